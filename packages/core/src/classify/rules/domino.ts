import type { Rule } from "./rule.js";

/** HCL (formerly IBM) Domino: how its servers word their replies. Source: HCL Domino documentation. */
export const dominoRules: readonly Rule[] = [
  {
    id: "notes.not-listed",
    words: ["listed"],
    pattern: /\bnot listed in (?:the )?(?:public Name & Address Book|Domino Directory)\b/i,
    reason: "userUnknown",
    source: "IBM/HCL Domino",
  },
];
