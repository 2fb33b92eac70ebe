import { decodeWords } from "postal-mime";

/** One header: name in lower case, value unfolded but not decoded. */
export interface Header {
  readonly name: string;
  readonly value: string;
}

/**
 * Reads an RFC 5322 header block (CRLF, LF or CR-only line ends): unfolds continuation lines
 * and skips lines that are not headers (an mbox `From ` line, garbage).
 */
export function readHeaders(block: string, maxHeaders = 1_000): Header[] {
  const headers: Header[] = [];
  const lines = block.split(/\r\n|\n|\r/);
  let name: string | null = null;
  let value = "";
  const flush = (): void => {
    if (name !== null && headers.length < maxHeaders) headers.push({ name, value: value.trim() });
    name = null;
  };
  for (const line of lines) {
    const first = line.charCodeAt(0);
    if (first === 32 || first === 9) {
      if (name !== null && value.length < 65_536) value += ` ${line.trim()}`;
      continue;
    }
    flush();
    const colon = line.indexOf(":");
    if (colon <= 0 || colon > 76 || !/^[!-9;-~]+$/.test(line.slice(0, colon))) continue;
    name = line.slice(0, colon).toLowerCase();
    value = line.slice(colon + 1);
  }
  flush();
  return headers;
}

/** The first header of that name (lower case), or `null`. */
export function headerValue(headers: readonly Header[], name: string): string | null {
  for (const header of headers) if (header.name === name) return header.value;
  return null;
}

/** A header value with its RFC 2047 encoded words decoded. */
export function decodeHeader(value: string | null): string | null {
  if (value === null) return null;
  if (value.indexOf("=?") < 0) return value;
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}

/**
 * Where the header block ends in a text: the index of the blank line's first character, and
 * where the body starts. A text whose first line is no header has no header block.
 */
export function headerEnd(text: string, from = 0): { end: number; body: number } {
  const pattern = /\r\n\r\n|\n\n|\r\r|\r\n\n|\n\r\n/g;
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  if (!match) return { end: text.length, body: text.length };
  return { end: match.index, body: match.index + match[0].length };
}

/** Whether the text starts like an email's header block (a header, or an mbox `From ` line). */
export function startsWithHeaders(text: string): boolean {
  const firstLine = /^[^\r\n]{0,998}/.exec(text)?.[0] ?? "";
  return /^From \S/.test(firstLine) || /^[!-9;-~]{1,76}:/.test(firstLine);
}

/** A MIME parameter (`boundary`, `charset`, `report-type`) of a Content-Type value, or `null`. */
export function parameterOf(value: string, parameter: string): string | null {
  const pattern = new RegExp(`(?:^|;)\\s*${parameter}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i");
  const match = pattern.exec(value);
  if (!match) return null;
  return match[1] ?? match[2] ?? null;
}

/** The media type of a Content-Type value in lower case (`multipart/report`), `text/plain` when absent. */
export function mediaTypeOf(value: string | null): string {
  if (!value) return "text/plain";
  const semicolon = value.indexOf(";");
  return (semicolon < 0 ? value : value.slice(0, semicolon)).trim().toLowerCase() || "text/plain";
}
