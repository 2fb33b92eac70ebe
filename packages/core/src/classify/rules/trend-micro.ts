import type { Rule } from "./rule.js";

/**
 * Trend Micro (InterScan Messaging Security, Hosted Email Security, Email Reputation Services):
 * how its servers word their replies. Source: https://success.trendmicro.com/.
 */
export const trendMicroRules: readonly Rule[] = [
  {
    id: "trend-micro.forward-path-domain",
    words: ["forward"],
    pattern: /\bdomain of forward[ -]path is not allowed\b/i,
    reason: "relayDenied",
    source:
      "InterScan Messaging Security 550 domain of forward path is not allowed: the recipient's domain is not on its Relay Domains list (success.trendmicro.com, KA-0004824)",
  },
];
