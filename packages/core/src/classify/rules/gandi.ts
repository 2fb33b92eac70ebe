import type { Rule } from "./rule.js";

/** Gandi Mail: how its servers word their replies. Source: https://postmaster.gandi.net/ (its error messages and what each means). */
export const gandiRules: readonly Rule[] = [
  {
    id: "gandi.rule-virus",
    words: ["rule1"],
    // "Reject for policy reason. RULE1_1": a possible virus or malware was detected.
    pattern: /\bReject for policy reason\. RULE1_\d\b/i,
    reason: "virusDetected",
    source: "Gandi postmaster: Reject for policy reason. RULE1_1 (a possible virus or malware)",
  },
  {
    id: "gandi.rule-spam",
    words: ["rule2", "rule3"],
    // RULE2_x: phishing or scam found by heuristics or a suspicious link; RULE3_x: suspicious
    // commercial mail or a high spam score.
    pattern: /\bReject for policy reason\. RULE[23]_\d\b/i,
    reason: "spamDetected",
    source:
      "Gandi postmaster: Reject for policy reason. RULE2_1/RULE2_2 (phishing, scam), RULE3_1/RULE3_2 (suspicious commercial mail, high spam score)",
  },
  {
    id: "gandi.sasl-rate-limit",
    words: ["sasl"],
    pattern: /\bsasl_rate_limit\b/i,
    reason: "rateLimited",
    source: "Gandi postmaster: sasl_rate_limit (the authenticated account's sending rate)",
  },
];
