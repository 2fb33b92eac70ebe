import { isSafeAddress, safeText } from "@smtp-codes/core";
import type { BounceWarning } from "../report.js";

/** An email address: a local part (UTF-8 allowed, RFC 6531; or quoted) and a domain with a dot, or an IP literal. */
const addressPattern =
  /(?:"[^"\r\n]{1,64}"|[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]{1,64})@(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}|\[[0-9.:A-Fa-f]{3,45}\])(?![A-Za-z0-9-])/u;

/** The first email address in a text (angle brackets, `rfc822;` and quotes around it are fine), or `null`. */
export function firstAddress(text: string | null): string | null {
  if (!text) return null;
  const match = addressPattern.exec(text.length > 2_048 ? text.slice(0, 2_048) : text);
  return match ? normalizeAddress(match[0]) : null;
}

/** Every email address in a text, in order, without repeats. */
export function allAddresses(text: string, max: number): string[] {
  const found: string[] = [];
  const pattern = new RegExp(addressPattern.source, "gu");
  for (const match of text.matchAll(pattern)) {
    const address = normalizeAddress(match[0]);
    if (!found.includes(address)) found.push(address);
    if (found.length >= max) break;
  }
  return found;
}

/** The address with its domain in lower case and stray dots trimmed. */
export function normalizeAddress(address: string): string {
  let a = address.trim().replace(/^[<']+|['>.,;:]+$/g, "");
  // a quoted local part keeps its quotes (RFC 5321 section 4.1.2); stray quotes go
  if (!/^"[^"]*"@/.test(a)) a = a.replace(/"/g, "");
  if (a.toLowerCase().startsWith("mailto:")) a = a.slice(7);
  const at = a.lastIndexOf("@");
  return at < 0 ? a : `${a.slice(0, at)}@${a.slice(at + 1).toLowerCase()}`;
}

/** Whether a text is (only) an email address. */
export function isAddress(text: string): boolean {
  const match = addressPattern.exec(text);
  return match !== null && match[0].length === text.length;
}

/** Longest address named in a warning: RFC 5321's limit of a path. */
const maxWarnedAddressLength = 320;

/**
 * An address as a report may hand it out: as it is, or `null` when it holds characters no
 * address may hold (controls, bidirectional and invisible characters: core's `isSafeAddress`),
 * with an `unsafeAddress` warning that names it escaped. Such a text is no address (RFC 5321
 * allows none of them, even quoted), and a user who stores, compares or prints the report's
 * addresses should never get one raw: left `null`, the recipient and its verdict are kept, only
 * the address is not handed on.
 */
export function safeAddress(address: string | null, what: string, warnings: BounceWarning[]): string | null {
  if (address === null || isSafeAddress(address)) return address;
  warnings.push({
    type: "unsafeAddress",
    message: `${what} <${safeText(address, maxWarnedAddressLength)}> holds control or bidirectional characters; it is no address and was left out`,
  });
  return null;
}
