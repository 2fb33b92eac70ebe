import type { Rule } from "./rule.js";

/** Mail.ru: how its servers word their replies. Source: https://help.mail.ru/mail/postmaster/bounces. */
export const mailruRules: readonly Rule[] = [
  {
    id: "mailru.account-disabled",
    words: ["disabled"],
    pattern: /\bis unavailable: account is disabled\b/i,
    reason: "mailboxDisabled",
    source: "Mail.ru 550 Message was not accepted -- invalid mailbox ... account is disabled",
  },
  {
    id: "mailru.invalid-mailbox",
    words: ["mailbox"],
    pattern: /\bMessage was not accepted -- invalid mailbox\b/i,
    reason: "userUnknown",
    source: "Mail.ru 550 Message was not accepted -- invalid mailbox",
  },
  {
    id: "mailru.spam",
    words: ["notspam"],
    pattern: /\bhelp\.mail\.ru\/notspam-support\b/i,
    reason: "spamDetected",
    source: "Mail.ru 550 spam message rejected (notspam-support)",
  },
];
