/**
 * Whether a text has no space and no control character (C0, DEL, C1). `bounces --suppress`
 * prints an address only when it is: a remote server's "address" with spaces or control
 * characters is none, and must not reach a suppression list or a terminal.
 */
export function printable(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  }
  return true;
}
