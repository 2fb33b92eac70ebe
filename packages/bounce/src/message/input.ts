/** The email as bytes, whatever form the caller gave it in. */
export function toBytes(message: unknown): Uint8Array {
  if (typeof message === "string") return new TextEncoder().encode(message);
  if (message instanceof Uint8Array) return message;
  if (message instanceof ArrayBuffer) return new Uint8Array(message);
  if (ArrayBuffer.isView(message))
    return new Uint8Array(message.buffer, message.byteOffset, message.byteLength);
  const got = message === null ? "null" : typeof message;
  throw new TypeError(`parseBounce: expected a string, Buffer, Uint8Array or ArrayBuffer, got ${got}`);
}

const utf8 = new TextDecoder("utf-8");

/** Bytes as UTF-8 text; invalid sequences become U+FFFD. */
export function utf8Text(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/**
 * CR-only line ends (old Mac OS mail stores) as LF, so that the MIME library and the readers
 * see the lines. Emails with any LF are left as they are.
 */
export function normalizeLineEnds(bytes: Uint8Array): Uint8Array {
  if (bytes.indexOf(13) < 0 || bytes.indexOf(10) >= 0) return bytes;
  const copy = new Uint8Array(bytes);
  for (let i = copy.indexOf(13); i >= 0; i = copy.indexOf(13, i + 1)) copy[i] = 10;
  return copy;
}

const iso2022jp = new TextDecoder("iso-2022-jp");

/**
 * A run of ISO-2022-JP (RFC 1468) text: a shift to JIS X 0208 (`ESC $ B`, `ESC $ @`) up to the
 * shift back to ASCII or JIS X 0201 Roman (`ESC ( B`, `ESC ( J`), 7-bit only; the shift back
 * may be missing at the end of a truncated text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape sequences are the format
const iso2022jpRun = /\u001b\$[@B][\u0000-\u001a\u001c-\u007f]*(?:\u001b\([BJ])?/g;

/**
 * Japanese text in ISO-2022-JP whose part declares no charset or US-ASCII, as many Japanese
 * MTAs send it: 7-bit text with `ESC $ B` shifts, in a text part or inside a delivery-status
 * field (Domino's `Diagnostic-Code: X-Notes; ...`). Each run between a shift in and a shift
 * out is decoded; the rest of the text, whatever its charset was, stays as it is.
 */
export function decodeUndeclaredIso2022jp(text: string): string {
  if (text.indexOf("\u001b$") < 0) return text;
  return text.replace(iso2022jpRun, (run) => iso2022jp.decode(Buffer.from(run, "latin1")));
}
