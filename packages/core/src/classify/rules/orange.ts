import type { Rule } from "./rule.js";

/** Orange (orange.fr, wanadoo.fr): how its servers word their replies. Source: https://postmaster.orange.fr/. */
export const orangeRules: readonly Rule[] = [
  {
    id: "orange.size",
    words: ["maximum", "taille"],
    pattern: /\bMaximum size of the message reached\b|\bTaille limite du message atteinte\b/i,
    reason: "messageTooBig",
    source: "Orange OFR_514: the message is over the size limit",
  },
  {
    id: "orange.overquota",
    words: ["overquota", "pleine"],
    pattern: /\bRecipient overquota\b|\bBoite du destinataire pleine\b/i,
    reason: "mailboxFull",
    source: "Orange OFR_417: the recipient's mailbox is full (whatever X.1.1 says)",
  },
];
