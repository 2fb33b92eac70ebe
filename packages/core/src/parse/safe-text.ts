/**
 * Text from remote servers made safe for a log line: CR, LF, tabs, ANSI escape sequences, every
 * other control character (C0, DEL, C1, U+2028, U+2029), the bidirectional controls (U+061C,
 * U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), the zero-width space and the byte order
 * mark are written as escapes, so a hostile reply can neither start a forged log line, paint a
 * terminal, nor turn the text around or hide in it; the result is capped.
 */

/** The characters `safeText` escapes; core's `isSafeAddress` refuses an address holding one. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

const named: Readonly<Record<string, string>> = { "\r": "\\r", "\n": "\\n", "\t": "\\t" };

/**
 * Escapes control characters and caps the length (an ellipsis marks a cut): for writing text
 * from remote servers into logs and terminals.
 *
 * @example
 * safeText("550 5.7.1 spam\r\nforged: line", 100); // "550 5.7.1 spam\\r\\nforged: line"
 */
export function safeText(text: string, maxLength: number): string {
  const bounded = text.length > maxLength ? text.slice(0, maxLength) : text;
  const escaped = bounded.replace(
    unsafe,
    (c) => named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  const capped = escaped.length > maxLength ? escaped.slice(0, maxLength) : escaped;
  return text.length > maxLength || escaped.length > maxLength ? `${capped}…` : capped;
}
