import type { Rule } from "./rule.js";

/** HCL (formerly IBM) Domino: how its servers word their replies. Source: HCL Domino documentation. */
export const dominoRules: readonly Rule[] = [
  {
    id: "notes.not-listed",
    words: ["listed"],
    pattern: /\bnot listed in (?:the )?(?:public Name & Address Book|Domino Directory)\b/i,
    reason: "userUnknown",
    source: "IBM/HCL Domino",
  },
  {
    id: "notes.sender-denied",
    words: ["policy"],
    // The inbound sender controls ("Deny messages from the following Internet addresses/domains")
    // name the refused sender; a server mail rule's "Message rejected for policy reasons" names
    // none and stays a policy refusal.
    pattern: /\bMail from \S+ rejected for policy reasons\b/i,
    reason: "senderRejected",
    source:
      "IBM Redbook Lotus Domino 6 spam Survival Guide, inbound sender controls: a denied sender gets 554 Mail from <address> rejected for policy reasons.",
  },
];
