import type { Rule } from "./rule.js";

/**
 * Charter and Spectrum (Roadrunner, Time Warner Cable mail): refusals end in an acceptable-use tag,
 * `AUP#I-1010` or `AUP#In-1020`, after the Cloudmark server's name (`cmsmtp`). Spectrum publishes
 * no table of the tags; what its staff and deliverability guides say of each is noted per rule.
 */
export const charterRules: readonly Rule[] = [
  {
    id: "charter.aup-reputation",
    words: ["aup"],
    pattern: /\bAUP#In?-1020\b/i,
    reason: "badReputation",
    source:
      "Spectrum community, verified employee (2023): AUP#1020 is a block for suspicious activity, likely recipients marking the mail as spam, not an IP blocklist, and it expires on its own",
  },
  {
    id: "charter.aup-sender",
    words: ["aup"],
    pattern: /\bAUP#In?-1310\b/i,
    reason: "senderRejected",
    source: "Deliverability guides on Spectrum: 550 5.1.0 sender rejected. AUP#In-1310",
  },
  {
    id: "charter.aup-blocked",
    words: ["aup"],
    // The other tags refuse the connecting IP. Not "cmsmtp ... blocked" alone: the tag that says
    // why may follow after blank lines, outside the reply's text, and decides from there.
    pattern: /\bAUP#In?-\d{4}\b/i,
    reason: "blocked",
    source:
      "Deliverability guides on Spectrum: 554 ... ESMTP server not available AUP#I-1010 and 421 cmsmtp <ip> blocked. AUP#In-1370 refuse the sending IP",
  },
];
