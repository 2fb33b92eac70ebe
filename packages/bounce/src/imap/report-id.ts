/**
 * The stable id of a message in a mailbox: mailbox, UIDVALIDITY and UID, written like the
 * path of an IMAP URL (RFC 5092): `INBOX;UIDVALIDITY=1712345678/;UID=42`. A server keeps a
 * UID for the life of its UIDVALIDITY (RFC 9051, section 2.3.1.1), so the id survives
 * reconnects and server restarts, and a caller can use it to drop the one report that a crash
 * between `onReport` and marking the message can repeat.
 */
export interface MessageLocation {
  readonly mailbox: string;
  readonly uidValidity: string;
  readonly uid: number;
}

/**
 * Formats a message's stable id.
 *
 * @example
 * reportIdOf({ mailbox: "INBOX", uidValidity: "1712345678", uid: 42 });
 * // "INBOX;UIDVALIDITY=1712345678/;UID=42"
 */
export function reportIdOf(location: MessageLocation): string {
  return `${encodeMailboxName(location.mailbox)};UIDVALIDITY=${location.uidValidity}/;UID=${location.uid}`;
}

/** RFC 5092's enc-mailbox: percent-encode what is not safe in a URL path segment. */
function encodeMailboxName(mailbox: string): string {
  return mailbox
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/;/g, "%3B"))
    .join("/");
}
