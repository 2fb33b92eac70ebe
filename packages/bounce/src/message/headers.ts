import { decodeWords } from "postal-mime";

/** One header: name in lower case, value unfolded but not decoded. */
export interface Header {
  readonly name: string;
  readonly value: string;
}

/**
 * Reads an RFC 5322 header block (CRLF, LF or CR-only line ends): unfolds continuation lines
 * and skips lines that are not headers (an mbox `From ` line, garbage), and headers `wanted`
 * does not accept.
 */
export function readHeaders(block: string, wanted?: (name: string) => boolean, maxHeaders = 1_000): Header[] {
  const headers: Header[] = [];
  let name: string | null = null;
  let value = "";
  const flush = (): void => {
    if (name !== null && headers.length < maxHeaders) headers.push({ name, value: value.trim() });
    name = null;
  };
  const length = block.length;
  // Without a CR that is no CRLF's, every line ends at an LF: found natively by indexOf.
  const loneCr = hasLoneCarriageReturn(block);
  let start = 0;
  while (start <= length) {
    let end = start;
    if (!loneCr) {
      end = block.indexOf("\n", start);
      if (end < 0) end = length;
      else if (end > start && block.charCodeAt(end - 1) === 13) end--;
    } else {
      while (end < length) {
        const c = block.charCodeAt(end);
        if (c === 10 || c === 13) break;
        end++;
      }
    }
    const first = block.charCodeAt(start);
    if (first === 32 || first === 9) {
      if (name !== null && value.length < 65_536) value += ` ${block.slice(start, end).trim()}`;
    } else {
      flush();
      const colon = nameEnd(block, start, end);
      if (colon > start) {
        const found = block.slice(start, colon).toLowerCase();
        if (wanted === undefined || wanted(found)) {
          name = found;
          value = block.slice(colon + 1, end);
        }
      }
    }
    start = block.charCodeAt(end) === 13 && block.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  flush();
  return headers;
}

/** Whether a CR stands anywhere but before an LF (a CR-only line end, or a stray CR). */
function hasLoneCarriageReturn(text: string): boolean {
  for (let at = text.indexOf("\r"); at >= 0; at = text.indexOf("\r", at + 1)) {
    if (text.charCodeAt(at + 1) !== 10) return true;
  }
  return false;
}

/** Where the colon after a header name is (printable US-ASCII, up to 76 characters), or -1. */
function nameEnd(block: string, start: number, end: number): number {
  const stop = Math.min(end, start + 77);
  for (let i = start; i < stop; i++) {
    const c = block.charCodeAt(i);
    if (c === 58) return i;
    if (c <= 32 || c >= 127) return -1;
  }
  return -1;
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
 * where the body starts. A text whose first line is no header has no header block. With `to`,
 * only a blank line that starts before `to` counts; without one both are `to`.
 */
export function headerEnd(text: string, from = 0, to = text.length): { end: number; body: number } {
  const pattern = /\r\n\r\n|\n\n|\r\r|\r\n\n|\n\r\n/g;
  pattern.lastIndex = from;
  // Searched up to `to` (and the 3 characters a blank line starting before it may take), so
  // that finding the headers of each of many parts does not read the rest of the email.
  const match = pattern.exec(to + 3 < text.length ? text.slice(0, to + 3) : text);
  if (!match || match.index >= to) return { end: to, body: to };
  return { end: match.index, body: match.index + match[0].length };
}

/** Whether the text starts like an email's header block (a header, or an mbox `From ` line). */
export function startsWithHeaders(text: string): boolean {
  const firstLine = /^[^\r\n]{0,998}/.exec(text)?.[0] ?? "";
  return /^From \S/.test(firstLine) || /^[!-9;-~]{1,76}:/.test(firstLine);
}

const parameterPatterns = new Map<string, RegExp>();

/** A MIME parameter (`boundary`, `charset`, `report-type`) of a Content-Type value, or `null`. */
export function parameterOf(value: string, parameter: string): string | null {
  let pattern = parameterPatterns.get(parameter);
  if (!pattern) {
    pattern = new RegExp(`(?:^|;)\\s*${parameter}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i");
    parameterPatterns.set(parameter, pattern);
  }
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

/**
 * The email's own headers the readers may look at: all but the trace and signature headers
 * that make up most of a header block and that no reader reads.
 */
const unreadHeaders: ReadonlySet<string> = new Set([
  "received",
  "x-received",
  "dkim-signature",
  "arc-seal",
  "arc-message-signature",
  "arc-authentication-results",
  "authentication-results",
  "received-spf",
]);
export const isReadHeader = (name: string): boolean => !unreadHeaders.has(name);
