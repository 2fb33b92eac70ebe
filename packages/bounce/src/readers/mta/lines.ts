import type { SmtpCommand } from "@smtp-codes/core";

/**
 * Recipient lines several MTAs share. Data: one pattern per layout; the first capture is the
 * address, the second what follows it on the line.
 */

/** `<a@example.com>: reason` or `<a@example.com>` alone, at the very start of a line (Postfix, qmail, Sendmail, Courier); indented lines continue the reply. */
export const angleAddressLine = /^<([^<>\s@]{1,64}@[^<>\s]{1,255})>(?:\s*\(expanded from [^)]*\))?:?\s*(.*)$/;

/** An address alone on an indented line (Exim, Gmail). */
export const indentedAddressLine = /^\s{1,8}<?([^\s<>()@]{1,64}@[^\s<>():]{1,255}?)>?:?\s*$/;

/** An address alone on a line, indented or not, possibly in angle brackets (Exchange, Domino). */
export const addressAloneLine = /^\s*(?:[*\u2022-]\s+)?<?([^\s<>()"@]{1,64}@[^\s<>():]{1,255}?)>?\s*$/;

/** A line that starts the copy of the returned message, in the words many MTAs share. */
export const returnedMessageMarkers: readonly RegExp[] = [
  /^-{2,}\s*(?:Original message|Original Message|Undelivered message|Returned message|Forwarded message)/i,
  /^[ \t]*-{3,}\s*(?:Below this line is a copy of the message|This is a copy of (?:the|your) message)/i,
  /^Content-Type: (?:message\/rfc822|text\/rfc822-headers)/i,
];

/**
 * The stage as bounce texts of many MTAs name it next to the reply: "SMTP command: RCPT",
 * "SMTP:RCPT", "refused ... (DATA)". Only a command name in those places counts, not the word
 * alone (which a reply may quote).
 */
export const namedStages: readonly (readonly [RegExp, SmtpCommand])[] = (
  [
    ["RCPT", "RCPT"],
    ["MAIL", "MAIL"],
    ["DATA", "DATA"],
    ["EHLO", "EHLO"],
    ["HELO", "EHLO"],
  ] as const
).map(([word, command]) => [
  new RegExp(`\\bSMTP(?:[ -]?command\\W{1,20}|:)${word}\\b|\\(${word}\\)`, "i"),
  command,
]);
