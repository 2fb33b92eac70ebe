import type { Rule } from "./rule.js";

/** Apple iCloud Mail: how its servers word their replies. Source: https://support.apple.com/en-us/102322. */
export const appleRules: readonly Rule[] = [
  {
    id: "apple.unknown-or-illegal",
    words: ["illegal"],
    pattern: /\bunknown or illegal (?:alias|user)\b/i,
    reason: "userUnknown",
    source: "iCloud, qmail chkuser 550 5.1.1 unknown or illegal alias",
  },
];
