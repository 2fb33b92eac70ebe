import type { Rule } from "./rule.js";

/** QQ Mail (Tencent): how its servers word their replies. Source: QQ Mail help pages. */
export const qqRules: readonly Rule[] = [
  {
    id: "qq.frequency",
    words: ["frequency"],
    pattern: /\bconnection frequency limited\b/i,
    reason: "tooManyConnections",
    source: "QQ Mail 550 Connection frequency limited: the client connects too often",
  },
  {
    id: "qq.sending-frequency",
    words: ["frequency"],
    pattern: /\b(?:ip|domain|sender|mail) frequency limited\b/i,
    reason: "rateLimited",
    source:
      "QQ Mail 550 Ip frequency limited (and by domain, sender): too much mail too fast from one source",
  },
  {
    id: "qq.content-denied",
    words: ["content"],
    pattern: /\bmail content denied\b/i,
    reason: "spamDetected",
    source: "QQ Mail 550 Mail content denied",
  },
  {
    id: "qq.inappropriate-content",
    words: ["inappropriate"],
    pattern: /\bmay contain inappropriate (?:words|content)\b/i,
    reason: "spamDetected",
    source: "QQ Mail 550 The mail may contain inappropriate words or content (its content filter)",
  },
];
