import type { Rule } from "./rule.js";

/** mail.com (1&1 Mail & Media): how its servers word their replies. Source: https://postmaster.mail.com/en/error-messages. */
export const mailComRules: readonly Rule[] = [
  {
    id: "mail-com.administrative-reject",
    words: ["administrative"],
    // mail.com's page gives this temporary refusal one cause: its system is overloaded. The
    // words alone read like a ban of the sender, which the page says it is not.
    pattern: /\bAdministrative reject\b/i,
    reason: "systemError",
    source:
      "mail.com 4xy Administrative reject: delivery refused for a while because of a general system overload",
  },
];
