import type { Rule } from "./rule.js";

/** T-Online (Deutsche Telekom): how its servers word their replies. Source: https://postmaster.t-online.de/. */
export const tOnlineRules: readonly Rule[] = [
  {
    id: "t-online.tag",
    words: ["bl"],
    pattern: /\(BL\)\s*$/,
    reason: "blocked",
    source: "T-Online 554 IP=... (BL): the IP is blocklisted",
  },
];
