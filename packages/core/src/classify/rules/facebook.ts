import type { Rule } from "./rule.js";

/** Facebook (Meta) mail: how its servers word their replies. Source: Facebook bounce replies. */
export const facebookRules: readonly Rule[] = [
  {
    id: "facebook.recipient-preferences",
    words: ["preferences"],
    pattern: /\brefused due to recipient preferences\b/i,
    reason: "filtered",
    source: "Facebook 550 5.1.1 RCP-P2",
  },
];
