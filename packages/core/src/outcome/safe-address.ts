import { unsafe } from "../parse/safe-text.js";

/**
 * Whether an address holds none of the characters that could forge a log line, paint a
 * terminal or make it read as another address: the ones `safeText` escapes (C0 controls such as
 * NUL, CR, LF and ESC, DEL, C1 controls, the line and paragraph separators, the bidirectional
 * controls, the zero-width space and the byte order mark). RFC 5321 allows no control character
 * in a mailbox, quoted or not (`qtextSMTP` and `quoted-pairSMTP` are printable ASCII), and RFC
 * 6531's UTF-8 is there for letters, not for marks that turn text around or hide in it.
 * `@smtp-codes/bounce` and `@smtp-codes/webhooks` give such an address as `null`, with a
 * warning that names it escaped, so that an address in a `RecipientOutcome` is safe to store,
 * compare and print.
 *
 * @example
 * isSafeAddress("user@example.com");                    // true
 * isSafeAddress("Jörg@example.de");                     // true
 * isSafeAddress("evil\u202Emoc.elpmaxe@example.com");    // false (a right-to-left override)
 * isSafeAddress("a@example.com\r\nBcc: b@example.com"); // false
 */
export function isSafeAddress(address: string): boolean {
  // `unsafe` is global: a fresh search from the start, not from its last match
  unsafe.lastIndex = 0;
  return !unsafe.test(address);
}
