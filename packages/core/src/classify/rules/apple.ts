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
  {
    id: "apple.local-policy-tag",
    words: ["cs01", "cs02", "cs03", "cs04", "hm07", "hm08"],
    pattern: /\[(?:CS0[1-4]|HM0[78])\]/i,
    reason: "policyViolation",
    source: "iCloud 554 5.7.1 [CS01] and [HM07], [HM08]: refused by local policy",
  },
];
