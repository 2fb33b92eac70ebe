import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, local delivery programs, shared by many servers (Sendmail and Postfix local delivery). */
export const localDeliveryRules: readonly Rule[] = [
  {
    id: "mailer.program",
    words: ["pipe", "procmail", "maildrop"],
    pattern: /\bpipe to \||\b(?:procmail|maildrop)\b/i,
    reason: "systemError",
    source: "Sendmail, Postfix: a local delivery program failed",
  },
];
