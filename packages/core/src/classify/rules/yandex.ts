import type { Rule } from "./rule.js";

/** Yandex Mail: how its servers word their replies. Source: https://yandex.com/support/mail/web/spam/smtp-errors.html. */
export const yandexRules: readonly Rule[] = [
  {
    id: "yandex.spam",
    words: ["spam"],
    pattern: /\bMessage rejected under suspicion of SPAM\b/i,
    reason: "spamDetected",
    source: "Yandex 554 5.7.1 Message rejected under suspicion of SPAM",
  },
  {
    id: "yandex.spam-statistics",
    words: ["statistics"],
    // Before spam.content: the sender is blocked for a day, not this message's content.
    pattern: /\bblocked by spam statistics\b/i,
    reason: "blocked",
    source:
      'Yandex (https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html): when only spam comes from a sender, Yandex blocks it for 24 hours, "Blocked by spam statistics"',
  },
  {
    id: "yandex.bad-recipient",
    words: ["syntax", "correct"],
    // Before the syntax rule ("bad address syntax"): Yandex files these with "No such user", an
    // address that reaches no mailbox, not a command it could not parse.
    pattern: /\bBad address mailbox syntax\b|\bNo correct recipients\b/i,
    reason: "userUnknown",
    source:
      "Yandex, Report on non-delivery to Yandex (yandex.com/support/mail/bounces/yandex.html): Bad recipient address syntax, Bad address mailbox syntax, No correct recipients, No such user: the email was sent to a non-existing address",
  },
  {
    id: "yandex.policy-target",
    words: ["policy"],
    pattern: /\bPolicy rejection on the target address\b/i,
    reason: "filtered",
    source: "Yandex 550 5.7.1 Policy rejection on the target address: the recipient's settings",
  },
];
