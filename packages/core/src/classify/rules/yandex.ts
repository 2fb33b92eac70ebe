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
    id: "yandex.policy-target",
    words: ["policy"],
    pattern: /\bPolicy rejection on the target address\b/i,
    reason: "filtered",
    source: "Yandex 550 5.7.1 Policy rejection on the target address: the recipient's settings",
  },
];
