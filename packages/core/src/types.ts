/**
 * Shared vocabulary of the catalogue and the classifier. Every value here is a stable,
 * documented string that users may switch on in code.
 */

/** What a reply means for the mail: governed by the first digit of the basic code. */
export type Severity = "success" | "intermediate" | "transient" | "permanent" | "unknown";

/** Who has to act to fix a failure. */
export type Actor =
  /** The program that sends the mail: change the message, the envelope or the way it sends. */
  | "sendingApplication"
  /** Whoever runs the sending mail system: DNS, SPF/DKIM/DMARC, IP reputation, credentials, TLS. */
  | "senderAdmin"
  /** The person behind the recipient address. */
  | "recipient"
  /** Whoever runs the receiving mail system. */
  | "recipientAdmin"
  /** Nobody in particular: the network between the two systems, usually transient. */
  | "network";

/** The class digit of a basic reply code. */
export type ReplyClass = 2 | 3 | 4 | 5;

/** The class digit of an enhanced status code (RFC 3463): 2 success, 4 transient, 5 permanent. */
export type EnhancedClass = 2 | 4 | 5;

/**
 * Every reason, in the order the README documents them: why a message failed (or `delivered`).
 * The names follow Sisimai's where the meaning is the same. `Reason` is derived from this list,
 * so the type and the list cannot disagree.
 */
export const reasons = [
  "userUnknown",
  "mailboxFull",
  "mailboxDisabled",
  "hasMoved",
  "hostUnknown",
  "notAccept",
  "senderRejected",
  "relayDenied",
  "blocked",
  "badReputation",
  "rateLimited",
  "tooManyConnections",
  "greylisted",
  "authFailure",
  "authRequired",
  "requireTLS",
  "requirePTR",
  "policyViolation",
  "securityError",
  "spamDetected",
  "virusDetected",
  "contentError",
  "filtered",
  "messageTooBig",
  "exceedLimit",
  "syntaxError",
  "protocolError",
  "systemError",
  "systemFull",
  "networkError",
  "expired",
  "delivered",
  "undefined",
] as const;

/** Why a message failed (or `delivered`), one of `reasons`. The README describes each. */
export type Reason = (typeof reasons)[number];
