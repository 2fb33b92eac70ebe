import type { Rule } from "./rule.js";

/** Fastmail (MessagingEngine): how its servers word their replies. */
export const fastmailRules: readonly Rule[] = [
  {
    id: "fastmail.account-locked",
    words: ["locked"],
    // Before the blocklist family: Fastmail's Postfix answers through its client restrictions
    // ("Client host rejected"), but the lock is on the recipient's account, not the client.
    pattern: /\bAddress locked or deactivated\b|\bAccount locked for abuse or overuse\b/i,
    reason: "mailboxDisabled",
    source:
      "MessagingEngine.com docs/locked.html (Fastmail): an account locked for breaching the terms of service or for going over its quota, 554 ... Recipient address rejected: Account locked for abuse or overuse",
  },
];
