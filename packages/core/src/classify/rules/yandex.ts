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
    id: "yandex.policy-target",
    words: ["policy"],
    pattern: /\bPolicy rejection on the target address\b/i,
    reason: "filtered",
    source: "Yandex 550 5.7.1 Policy rejection on the target address: the recipient's settings",
  },
];
