import type { Rule } from "./rule.js";

/** Mimecast: how its servers word their replies. Source: https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754. */
export const mimecastRules: readonly Rule[] = [
  {
    id: "mimecast.blocked-senders",
    words: ["blocked", "envelope"],
    pattern: /\bBlocked Senders\b|\benvelope blocked\b/i,
    reason: "filtered",
    source:
      "Mimecast 550 Rejected by header based Blocked Senders, Administrative prohibition - envelope blocked",
  },
  {
    id: "mimecast.anti-spoofing-policy",
    words: ["spoofing"],
    // Mimecast's Anti-Spoofing policy: the recipient's organisation refuses outside mail that
    // claims one of its own domains, by its own policy; no SPF, DKIM or DMARC check named.
    pattern: /\bAnti-Spoofing policy\b/i,
    reason: "policyViolation",
    source:
      "Mimecast SMTP error codes (550 Rejected by header based Anti-Spoofing policy; 550 Anti-Spoofing policy - Inbound not allowed)",
  },
];
