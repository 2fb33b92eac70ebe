import type { Rule } from "./rule.js";

/** Barracuda Email Security Gateway: how its servers word their replies. Source: https://campus.barracuda.com/product/emailsecuritygateway/doc/. */
export const barracudaRules: readonly Rule[] = [
  {
    id: "barracuda.recipient-blocked",
    words: ["blocked"],
    pattern: /\bpermanent failure for one or more recipients \([^()]{1,200}:blocked\)/i,
    reason: "policyViolation",
    source: "Barracuda 550 permanent failure for one or more recipients (...:blocked): refused by policy",
  },
];
