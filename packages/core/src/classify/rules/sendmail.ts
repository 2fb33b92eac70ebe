import type { Rule } from "./rule.js";

/** Sendmail: how its servers word their replies. Source: https://www.proofpoint.com/us/products/email-protection/open-source-email-solution. */
export const sendmailRules: readonly Rule[] = [
  {
    id: "sendmail.cannot-send",
    words: ["days", "day"],
    pattern: /\bCannot send message for \d{1,3} days?\b/i,
    reason: "expired",
    source: "Sendmail: Cannot send message for 5 days (the queue gave up)",
  },
  {
    id: "sendmail.sender-domain-required",
    words: ["required"],
    // Sendmail's address parser on a MAIL FROM without a domain, under 5.5.4 (invalid
    // arguments): the sender address is what is refused.
    pattern: /\bDomain name required for sender address\b/i,
    reason: "senderRejected",
    source: "Sendmail parseaddr.c: 553 5.5.4 <address>... Domain name required for sender address <address>",
  },
  {
    id: "sendmail.read-error",
    words: ["read"],
    pattern: /\breply: read error from\b/i,
    reason: "networkError",
    source: "Sendmail 451 4.4.1 reply: read error from host",
  },
  {
    id: "sendmail.cannot-create-output",
    words: ["create"],
    // Local delivery could not open the mailbox file or a .forward's target (permissions, a
    // missing directory): the receiving system's own fault.
    pattern: /\bcan(?:'|no)t create output\b/i,
    reason: "systemError",
    source:
      "Sendmail deliver.c and mail.local: 550 ... Can't create output (local delivery could not write the mailbox or a .forward's file)",
  },
  {
    id: "sendmail.open-timeout",
    words: ["timeout"],
    // Opening a file of the local delivery (a .forward, a mailbox) timed out, as on a slow file
    // server: a fault of the receiving system, not of the network between the servers.
    pattern: /\bopen timeout on [/.~]/i,
    reason: "systemError",
    source:
      "Sendmail: 451 <address>... open timeout on /home/user/.forward (reading the recipient's .forward timed out)",
  },
];
