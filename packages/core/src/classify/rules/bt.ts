import type { Rule } from "./rule.js";

/** BT (btinternet.com, btopenworld.com): how its servers word their replies. Source: https://www.bt.com/help/email/fix-a-problem/problems-with-email/bt-email-problems--error-code-0x800ccc79--error-550-. */
export const btRules: readonly Rule[] = [
  {
    id: "bt.no-destination-groups",
    words: ["destination"],
    // Worded as a refusal of the recipient, but BT's page gives one cause: the address the mail
    // is sent from is mistyped in the client or not yet active (a new address takes up to a
    // day). It is the sending account that is refused.
    pattern: /\bno authori[sz]ed destination groups?\b/i,
    reason: "senderRejected",
    source:
      "BT 550 Recipient Not Authorised [recipient rejected due to no authorised destination groups]: the sending address is invalid or not yet active",
  },
];
