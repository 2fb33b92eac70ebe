import type { Rule } from "./rule.js";

/** qmail: how its servers word their replies. Source: qmail source (qmail-smtpd.c). */
export const qmailRules: readonly Rule[] = [
  {
    id: "qmail.badrcptto",
    words: ["badrcptto"],
    pattern: /\bbadrcptto\b/i,
    reason: "filtered",
    source: "qmail: envelope recipient is in my badrcptto list",
  },
  {
    id: "qmail.badmailfrom",
    words: ["badmailfrom"],
    pattern: /\bbadmailfrom\b/i,
    reason: "senderRejected",
    source: "qmail: envelope sender is in my badmailfrom list",
  },
  {
    id: "qmail.rcpthosts",
    words: ["rcpthosts", "hosts"],
    pattern: /\bin my list of allowed (?:rcpt)?hosts\b/i,
    reason: "relayDenied",
    source: "qmail 553 sorry, that domain isn't in my list of allowed rcpthosts",
  },
];
