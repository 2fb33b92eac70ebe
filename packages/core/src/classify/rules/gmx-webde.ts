import type { Rule } from "./rule.js";

/** GMX and WEB.DE (1&1 Mail & Media): how its servers word their replies. Source: https://postmaster.gmx.net/. */
export const gmxWebdeRules: readonly Rule[] = [
  {
    id: "gmx.ptr",
    words: ["ptr"],
    pattern: /\bDNS PTR resource record\b/i,
    reason: "requirePTR",
    source: "GMX, WEB.DE 554 Bad DNS PTR resource record",
  },
  {
    id: "gmx.sender-domain-dns",
    words: ["mx", "aaaa"],
    // Led by GMX's generic 550 "Requested action not taken: mailbox unavailable": the words after
    // it name the sender's domain, not the recipient's mailbox.
    pattern: /\binvalid DNS MX or A\/AAAA resource record\b/i,
    reason: "senderRejected",
    source:
      "GMX, WEB.DE 550 invalid DNS MX or A/AAAA resource record: the sender's domain has no usable MX or address record (postmaster.gmx.net error messages)",
  },
  {
    id: "gmx.header-case",
    words: ["hi"],
    pattern: /[?&]c=hi\b/i,
    reason: "contentError",
    source:
      "GMX, WEB.DE, 1&1 554 Transaction failed, Reject due to policy restrictions, case hi: headers not RFC 5322 compliant",
  },
  {
    id: "gmx.rdns-case",
    words: ["rdns"],
    pattern: /[?&]c=rdns\b/i,
    reason: "requirePTR",
    source:
      "GMX, WEB.DE, 1&1 554 For explanation visit https://postmaster.gmx.net/en/case?c=rdns...: the case page for a sending IP without reverse DNS",
  },
];
