import type { Rule } from "./rule.js";

/** qmail: how its servers word their replies. Source: qmail source (qmail-smtpd.c). */
export const qmailRules: readonly Rule[] = [
  {
    id: "qmail.bare-linefeed",
    words: ["smtplf"],
    // qmail-smtpd's whole answer to a message with bare LFs (RFC 5321 2.3.8: lines end in CRLF):
    // a link to djb's page on them, no words.
    pattern: /\bdocs\/smtplf\.html\b/i,
    reason: "contentError",
    source: "qmail-smtpd.c (451 See http://pobox.com/~djb/docs/smtplf.html.), RFC 5321 section 2.3.8",
  },
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
  {
    id: "qmail.unable-to-run",
    words: ["qmail"],
    // qmail-send's log writes a delivery's text with spaces as underscores.
    pattern: /\bunable[_ ]to[_ ](?:run|exec|fork)[_ ]qmail-(?:remote|local)\b/i,
    reason: "systemError",
    source: "qmail-send (qmail-send.c, spawn.c): delivery N: deferral: Unable_to_run_qmail-remote./",
  },
];
