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
  {
    id: "mailgun.authorized-recipients-only",
    words: ["authorized", "purposes"],
    // A sandbox domain or a free account sends only to the recipients its owner authorised: a
    // limit of the sending account, whatever the recipient.
    pattern:
      /\b(?:free accounts|sandbox (?:sub)?domains?) are for test purposes only\b|\badd the address to (?:your )?authorized recipients\b/i,
    reason: "senderRejected",
    source:
      "Mailgun quickstart: a sandbox domain sends only to authorized recipients (Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings)",
  },
];
