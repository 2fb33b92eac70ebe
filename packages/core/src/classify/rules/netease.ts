import type { Rule } from "./rule.js";

/** NetEase Mail (163.com, 126.com, yeah.net): its tags. Source: https://help.mail.163.com/faq.do?m=list&categoryID=90. */
export const neteaseRules: readonly Rule[] = [
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
