import type { Rule } from "./rule.js";

/** Paran (paran.com, a Korean portal, later KT's): how its servers word their replies. */
export const paranRules: readonly Rule[] = [
  {
    id: "paran.ip-control",
    words: ["control"],
    // Before the spam family and its words ("SPAM_SUSPECT"): the tag names the sending IP's
    // control, and the fix it points to is registering the IP (cleanip.paran.com), not the content.
    pattern: /\bIP_CONTROL\b/i,
    reason: "blocked",
    source:
      "Paran 550 Transaction failed. (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com, its sending-IP registration), which puffinknight.tistory.com/102 lists among the IPs a large portal blocked after bulk sending",
  },
];
