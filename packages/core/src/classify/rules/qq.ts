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
    id: "qq.recipient-frequency",
    words: ["unavailable"],
    // Before the mailbox family: QQ documents this wording as a per-recipient limit, not a
    // missing mailbox.
    pattern: /\bmailbox unavailable or access denied\b/i,
    reason: "rateLimited",
    source:
      "QQ Mail 550 Mailbox unavailable or access denied: the recipient has received a lot of mail in a short time and QQ holds further mail to it for a while",
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
