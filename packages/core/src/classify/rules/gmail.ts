import type { Rule } from "./rule.js";

/** Gmail and Google Workspace: how its servers word their replies. Source: https://support.google.com/a/answer/3726730. */
export const gmailRules: readonly Rule[] = [
  {
    id: "gmail.account-does-not-exist",
    words: ["exist"],
    pattern: /\baccount that you tried to reach does not exist\b/i,
    reason: "userUnknown",
    source: "Gmail 550-5.1.1",
  },
  {
    id: "gmail.account-disabled",
    words: ["disabled"],
    pattern: /\baccount that you tried to reach is disabled\b/i,
    reason: "mailboxDisabled",
    source: "Gmail 550-5.2.1",
  },
  {
    id: "gmail.over-quota",
    words: ["quota", "storage"],
    pattern: /\b(?:tried to reach is over quota|inbox is out of storage space|out of storage space)\b/i,
    reason: "mailboxFull",
    source: "Gmail 452-4.2.2, 552-5.2.2",
  },
  {
    id: "gmail.receiving-rate",
    words: ["rate", "receiving", "quickly"],
    pattern: /\breceiving mail (?:at a rate|too quickly)\b/i,
    reason: "rateLimited",
    source: "Gmail 450-4.2.1: the recipient receives mail faster than allowed",
  },
  {
    id: "gmail.unusual-rate",
    words: ["unusual", "unsolicited", "reputation"],
    pattern: /\bunusual rate of unsolicited mail\b|\bsuspicious due to the very low reputation\b/i,
    reason: "badReputation",
    source: "Gmail 421-4.7.0, 550-5.7.1, 4.7.28",
  },
  {
    id: "gmail.unauthenticated",
    words: ["unauthenticated", "authentication"],
    pattern:
      /\bsender is unauthenticated\b|\bauthentication information or fails to pass authentication checks\b/i,
    reason: "authFailure",
    source: "Gmail 550-5.7.26, 550-5.7.1",
  },
  {
    id: "gmail.likely-unsolicited",
    words: ["unsolicited", "spam"],
    pattern: /\blikely unsolicited mail\b/i,
    reason: "spamDetected",
    source: "Gmail 550-5.7.1",
  },
  {
    id: "gmail.ptr",
    words: ["ptr", "pointer"],
    pattern: /\b(?:does not have a PTR record|pointer \(PTR\) record|PTR record setup)\b/i,
    reason: "requirePTR",
    source: "Gmail 550-5.7.25, 421-4.7.23",
  },
  {
    id: "gmail.security-issue",
    words: ["security"],
    pattern: /\bcontent presents a potential security issue\b/i,
    reason: "policyViolation",
    source: "Gmail 552-5.7.0: blocked attachment types",
  },
  {
    id: "gmail.multiple-from",
    words: ["multiple"],
    pattern: /\bmultiple addresses in From: header\b/i,
    reason: "contentError",
    source: "Gmail 550-5.7.1",
  },
  {
    id: "gmail.group-permission",
    words: ["group"],
    pattern: /\bgroup you tried to contact \S+ may not exist, or you may not have permission\b/i,
    reason: "senderRejected",
    source: "Google Groups bounce",
  },
];
