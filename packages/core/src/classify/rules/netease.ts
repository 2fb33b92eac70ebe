import type { Rule } from "./rule.js";

/** NetEase Mail (163.com, 126.com, yeah.net): its tags. Source: https://help.mail.163.com/faq.do?m=list&categoryID=90. */
export const neteaseRules: readonly Rule[] = [
  {
    id: "netease.local-sender-only",
    words: ["only"],
    pattern: /\blocal user only\b/i,
    reason: "senderRejected",
    commands: ["MAIL"],
    source:
      "NetEase 553 Local user only to MAIL FROM: the sender must be the logged-in local account (to RCPT TO it is relaying)",
  },
  {
    id: "netease.spam",
    words: ["spm"],
    pattern: /\bDT:SPM\b/i,
    reason: "spamDetected",
    source: "NetEase 554 DT:SPM: the content is taken for spam",
  },
  {
    id: "netease.blocklist",
    words: ["rbl"],
    pattern: /\bDT:RBL\b/i,
    reason: "blocked",
    source: "NetEase 554 DT:RBL: the sending IP is on a blocklist",
  },
];
