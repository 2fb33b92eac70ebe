import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, sender reputation, shared by many servers (receivers' reputation systems). */
export const reputationRules: readonly Rule[] = [
  {
    id: "reputation",
    words: ["reputation", "complaints", "poor"],
    pattern:
      /\b(?:poor|low|bad) (?:sender |IP |domain )?reputation\b|\breputation (?:of|is|too low)\b|\buser complaints\b/i,
    reason: "badReputation",
    source: "Cisco, Microsoft, Yahoo: reputation",
  },
];
