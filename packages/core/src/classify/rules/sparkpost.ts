import type { Rule } from "./rule.js";

/** SparkPost (sending service): how its SMTP relay words its refusals of the customer's own mail. */
export const sparkpostRules: readonly Rule[] = [
  {
    id: "sparkpost.unconfigured-sending-domain",
    words: ["unconfigured"],
    // Before the policy family (X.7.1): the From domain is not one of the account's registered
    // sending domains, so the relay refuses the sender.
    pattern: /\bunconfigured sending domain\b/i,
    reason: "senderRejected",
    source:
      "SparkPost API reference, Sending Domains (a sending domain, the From: header's domain, must be registered on the account) and its error 7001 Invalid domain: Unconfigured Sending Domain <d>; its SMTP relay answers 550 5.7.1 Unconfigured Sending Domain <d>",
  },
];
