import { finalRecipientPhrasing } from "../dsn/in-text.js";
import { firstCapture, type Phrasing } from "./phrasings.js";

/**
 * How mail logs and bounces name the recipient of a delivery. Data: one entry per line, with the
 * system that writes it; the first capture group is the address. Tried in order.
 */
export const recipientPhrasings: readonly Phrasing[] = [
  { pattern: /\bto=<([^<>\s@]{1,64}@[^<>\s]{1,255})>/, source: "Postfix" },
  finalRecipientPhrasing,
  { pattern: /(?:^|\s)(?:\*\*|==|=>|->)\s+([^<>\s@]{1,64}@[^<>\s:]{1,255})/, source: "Exim" },
  { pattern: /\bctladdr=<([^<>\s@]{1,64}@[^<>\s]{1,255})>/, source: "Sendmail" },
  { pattern: /<([^<>\s@]{1,64}@[^<>\s]{1,255})>/, source: "any reply or log line" },
];

/**
 * The recipient address a log line or bounce names, or `null`.
 *
 * @example
 * findRecipient("postfix/smtp[1]: 4C33: to=<a@example.com>, relay=mx[192.0.2.1]:25, status=bounced (...)"); // "a@example.com"
 */
export function findRecipient(text: string): string | null {
  return firstCapture(recipientPhrasings, text, 4_096);
}

/**
 * The domain of an address, lower case, or `null` (also for `null`, so that it takes
 * `findRecipient`'s result directly).
 *
 * @example
 * domainOf("Someone@Example.ORG"); // "example.org"
 * domainOf(findRecipient("no address here")); // null
 */
export function domainOf(address: string | null): string | null {
  if (!address) return null;
  const at = address.lastIndexOf("@");
  return at < 0 ? null : address.slice(at + 1).toLowerCase();
}
