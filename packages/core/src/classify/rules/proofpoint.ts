import type { Rule } from "./rule.js";

/** Proofpoint (also in front of iCloud): how its servers word their replies. Source: https://ipcheck.proofpoint.com/. */
export const proofpointRules: readonly Rule[] = [
  {
    id: "proofpoint.blocked",
    words: ["proofpoint"],
    pattern: /\bBlocked - see https?:\/\/(?:ipcheck|support)\.proofpoint\.com\b/i,
    reason: "blocked",
    source: "Proofpoint 554 5.7.0 Blocked - see ipcheck.proofpoint.com: the sending IP is on its blocklist",
  },
];
