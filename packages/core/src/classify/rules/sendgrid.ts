import type { Rule } from "./rule.js";

/**
 * SendGrid (Twilio SendGrid, sending service): how its SMTP relay words its refusals of the
 * customer's own mail, and how it words replies in its event data. Source: SendGrid docs, SMTP
 * Errors and Troubleshooting (https://www.twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting).
 */
export const sendgridRules: readonly Rule[] = [
  {
    id: "sendgrid.sender-identity",
    words: ["authorized", "authorised", "identity"],
    // The From address is none of the account's verified Sender Identities (a single sender or
    // an authenticated domain): the sending account may not send as it until it is verified.
    pattern:
      /\bnot authori[sz]ed to send from that (?:e-?mail )?address\b|\bdoes not match a verified Sender Identity\b/i,
    reason: "senderRejected",
    source:
      "SendGrid SMTP errors: 403 You are not authorized to send from that email address (the from address does not match a verified Sender Identity)",
  },
  {
    id: "sendgrid.credits-exceeded",
    words: ["credits"],
    // Before the SMTP AUTH family, whose "Authentication failed" it begins with: the login
    // worked, and the account has used up the emails it may send per day or plan.
    pattern: /\bmaximum credits exceeded\b/i,
    reason: "rateLimited",
    source:
      "SendGrid SMTP errors: 451 Authentication failed: Maximum credits exceeded (a credit limit of emails per day on the account)",
  },
  {
    id: "sendgrid.invalid-or-inactive-user",
    words: ["inactive"],
    // Before the mailbox family's "inactive user" (a disabled mailbox): SendGrid's page says
    // the mailbox name is malformed or does not exist, and to remove the address.
    pattern: /\binvalid\s*\/\s*inactive (?:user|recipient|mailbox)\b/i,
    reason: "userUnknown",
    source:
      "SendGrid SMTP errors: 553 Invalid/inactive user. (the mailbox name is malformed or does not exist)",
  },
  {
    id: "sendgrid.throttled-storage",
    words: ["storage", "resources"],
    // SendGrid appends "(throttled)" to the receiver's reply when it slows its own retries;
    // before the rate family, which would read that mark: the receiver's words name the cause.
    pattern: /\binsufficient system (?:storage|resources)\b[^\n]{0,40}\(throttled\)/i,
    reason: "systemFull",
    source:
      "SendGrid, Common SMTP Server Bounce Responses: 452 4.3.1 Insufficient system storage (throttled), deferred for the receiver's insufficient system storage",
  },
];
