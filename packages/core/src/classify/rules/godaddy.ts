import type { Rule } from "./rule.js";

/**
 * GoDaddy (Workspace Email, Professional Email): its replies end in an IB code. Source: GoDaddy
 * Help, "Fix rejected email with a bounce error" (article 40685), sender bounces.
 */
export const godaddyRules: readonly Rule[] = [
  {
    id: "godaddy.from-domain-invalid",
    words: ["domain"],
    // The From: domain has no usable MX or address record (or its DNS lookup failed), so the
    // sender is refused; the words alone ("Domain is invalid") would not say whose domain.
    pattern: /\bFrom: Domain is invalid\b/i,
    reason: "senderRejected",
    source:
      "GoDaddy IB506 (550 <d> From: Domain is invalid. Provide a valid From: IB506): the sending domain has no valid MX records or IP address",
  },
  {
    id: "godaddy.from-header-unusable",
    words: ["blank", "addresses"],
    // A From: header that is empty or an IP address literal breaks RFC 5322 3.6.2 (From holds a
    // mailbox): the message format, not the sender's standing.
    pattern: /\bBlank From: addresses are not allowed\b|\bIP addresses are not allowed as a From: Address\b/i,
    reason: "contentError",
    source:
      "GoDaddy IB501 (Blank From: addresses are not allowed) and IB502 (IP addresses are not allowed as a From: Address): add a valid From address",
  },
];
