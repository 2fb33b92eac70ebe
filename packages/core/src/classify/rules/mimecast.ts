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
];
