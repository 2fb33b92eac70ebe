import type { Rule } from "./rule.js";

/** MailRoute (hosted filtering and outbound relay): how its servers word their replies. */
export const mailrouteRules: readonly Rule[] = [
  {
    id: "mailroute.outbound-quota",
    words: ["quota"],
    // Before the mailbox family, which would read "Quota Exceeded" as a full mailbox: this quota
    // is the sending account's, per hour.
    pattern: /\bPolicy Rejection- Quota Exceeded\b/i,
    reason: "rateLimited",
    source:
      "MailRoute support, Outbound Email Quotas: over 2000 emails, 2000 recipients or 1 GB an hour the relay refuses with Recipient address rejected: Policy Rejection- Quota Exceeded",
  },
];
