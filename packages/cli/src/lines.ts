import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";

/**
 * The lines of a stream, each cut at `maxLength` characters, in memory bounded by `maxLength`
 * whatever the input: a file with no line break at all cannot exhaust memory. Invalid UTF-8
 * becomes U+FFFD. Calls `onBytes` with the bytes read so far.
 */
export async function* boundedLines(
  input: Readable,
  maxLength: number,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let current = "";
  let overflow = false;
  let bytes = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    onBytes?.(bytes);
    let text = decoder.write(buffer);
    for (let newline = text.indexOf("\n"); newline >= 0; newline = text.indexOf("\n")) {
      if (!overflow) current += text.slice(0, Math.max(0, Math.min(newline, maxLength - current.length)));
      yield stripCarriageReturn(current);
      current = "";
      overflow = false;
      text = text.slice(newline + 1);
    }
    if (!overflow) {
      current += text.slice(0, Math.max(0, maxLength - current.length));
      overflow = current.length >= maxLength;
    }
  }
  current += decoder.end();
  if (current.length > 0) yield stripCarriageReturn(current.slice(0, maxLength));
}

function stripCarriageReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
