import type { Rule } from "./rule.js";

/** STRATO: how its servers word their replies. Source: https://strato.de/faq/mail/fehlermeldungen-bei-e-mails. */
export const stratoRules: readonly Rule[] = [
  {
    id: "strato.attachment-hint",
    words: ["attach"],
    // STRATO's spam refusal ("Refused by local policy. No SPAM please!") names in brackets what
    // its filter objected to; B-ATTACH is an attachment the rules do not allow, which is a local
    // rule on well-formed content rather than a spam verdict (its B-URL and B-TEXT hints are).
    pattern: /\(B-ATTACH\)/i,
    reason: "policyViolation",
    source:
      "STRATO 550 5.7.1 Refused by local policy. No SPAM please! (B-ATTACH): an attachment that may not be sent",
  },
];
