import type { Rule } from "./rule.js";

/** Zoho Mail: how its servers word their replies. Source: https://www.zoho.com/mail/help/adminconsole/smtp-error-codes.html. */
export const zohoRules: readonly Rule[] = [
  {
    id: "zoho.mail-policy",
    words: ["mailpolicy"],
    // Zoho's own word under 5.2.3, which RFC 3463 gives to a message over a size limit: the
    // words name a policy, the code does not decide.
    pattern: /\bMailPolicy violation\b/i,
    reason: "policyViolation",
    source: "Zoho Mail (554 5.2.3 MailPolicy violation Error delivering to mailboxes)",
  },
  {
    id: "zoho.email-policy-violation",
    words: ["violation"],
    // Zoho's outgoing policy under 5.7.7 (which RFC 3463 gives to a message integrity failure):
    // its page reads it as content against its sending policy.
    pattern: /\bEmail policy violation detected\b/i,
    reason: "policyViolation",
    source:
      "https://www.zoho.com/mail/help/adminconsole/smtp-error-codes.html (554 5.7.7 Email policy violation detected)",
  },
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
