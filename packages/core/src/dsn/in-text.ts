import type { Phrasing } from "../parse/phrasings.js";
import { enhancedEnd } from "../parse/scan.js";

/**
 * DSN fields as they turn up inside other text (a pasted bounce, a log of a DSN), where the
 * reply parser and the recipient finder look for them. The field block reader
 * (`readDeliveryStatus`) reads whole `message/delivery-status` bodies.
 */

/** `Final-Recipient: rfc822; a@example.com` (RFC 3464 section 2.3.2); the capture is the address. */
export const finalRecipientPhrasing: Phrasing = {
  pattern: /\bFinal-Recipient:\s*rfc822;\s*<?([^<>\s@]{1,64}@[^<>\s;]{1,255})/i,
  source: "DSN (RFC 3464)",
};

/**
 * The enhanced code of a `Status: ` field (RFC 3464 section 2.3.4) in the text, when it is of
 * class `cls` (the character code of `2`, `4` or `5`) and does not start at `except`; else `null`.
 */
export function statusFieldCode(s: string, cls: number, except: number): string | null {
  const status = s.indexOf("Status: ");
  if (status < 0 || status === except) return null;
  const e = status + 8;
  if (s.charCodeAt(e) !== cls) return null;
  const end = enhancedEnd(s, e);
  return end > 0 ? s.slice(e, end) : null;
}
