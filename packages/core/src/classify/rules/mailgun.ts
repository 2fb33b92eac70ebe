import type { Rule } from "./rule.js";

/** Mailgun (sending service): how its SMTP relay words its refusals of the customer's own mail. */
export const mailgunRules: readonly Rule[] = [
  {
    id: "mailgun.account-not-activated",
    words: ["activate"],
    // The sending account itself may not send yet (a new account, its sandbox domain included,
    // sends only once the owner has activated it): the sender's refusal, not the recipient's.
    pattern: /\bnot allowed to send: please activate your (?:Mailgun )?account\b/i,
    reason: "senderRejected",
    source:
      "Mailgun quickstart and getting-started guides: a new account must be activated in the dashboard before it sends, from its sandbox domain or a verified one (421 Domain <d> is not allowed to send: Please activate your Mailgun account)",
  },
];
