import type { Rule } from "./rule.js";

/** Cox: how its servers word their replies. Source: Cox postmaster error codes. */
export const coxRules: readonly Rule[] = [
  {
    id: "cox.blocklist",
    words: ["aup"],
    pattern: /\bAUP#(?:CXBL|CDRBL|RBL|BL|IPBL)\w*/i,
    reason: "blocked",
    source: "Cox 550 ... AUP#CXBL, AUP#CDRBL: the sending IP is blocklisted",
  },
  {
    id: "cox.sender-authentication",
    words: ["aup"],
    pattern: /\bAUP#CXSNDR\b/i,
    reason: "authFailure",
    source:
      "Cox postmaster error codes: AUP#CXSNDR, the message failed the sender's authentication checks (SPF, DKIM)",
  },
];
