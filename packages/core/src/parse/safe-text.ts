/**
 * Text from remote servers made safe for a log line: CR, LF, tabs, ANSI escape sequences and
 * every other control character (C0, DEL, C1, U+2028, U+2029) are written as escapes, so a
 * hostile reply can neither start a forged log line nor paint a terminal; the result is capped.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

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
