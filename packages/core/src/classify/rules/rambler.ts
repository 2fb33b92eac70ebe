import type { Rule } from "./rule.js";

/** Rambler Mail: how its servers word their replies. Source: https://help.rambler.ru/mail/mail-pochtovye-programmy/1274/. */
export const ramblerRules: readonly Rule[] = [
  {
    id: "rambler.frozen",
    words: ["frozen"],
    pattern: /\bmailbox is frozen\b/i,
    reason: "mailboxDisabled",
    source: "Rambler 550 5.2.1 Mailbox is frozen",
  },
];
