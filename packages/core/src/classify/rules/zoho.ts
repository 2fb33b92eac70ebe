import type { Rule } from "./rule.js";

/** Zoho Mail: how its servers word their replies. Source: https://www.zoho.com/mail/help/adminconsole/smtp-error-codes.html. */
export const zohoRules: readonly Rule[] = [
  {
    id: "zoho.relaying-disallowed",
    words: ["relaying"],
    pattern: /\bRelaying disallowed as\b/i,
    reason: "senderRejected",
    source: "Zoho 553 Relaying disallowed: the From address is not the account's own",
  },
  {
    id: "zoho.outgoing-blocked",
    words: ["outgoing"],
    pattern: /\bEmail Outgoing Blocked\b/i,
    reason: "senderRejected",
    source: "Zoho 554 5.1.8 Email Outgoing Blocked: the sending account may not send (not its IP)",
  },
];
