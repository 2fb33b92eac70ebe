import type { SmtpCommand } from "../parse/commands.js";
import type { Reason } from "../types.js";
import { vendorEnhancedReasons } from "./rules/index.js";

/**
 * What a code says when the reply's text says nothing the rules recognise. Data, one entry per
 * line, sorted by code, with the source of each meaning.
 */

/** Enhanced codes: subject, a range of details, and the reason they stand for. */
export interface EnhancedReason {
  readonly subject: number;
  readonly from: number;
  readonly to: number;
  /** Only for this class, where a vendor uses the same detail differently per class. */
  readonly cls?: 2 | 4 | 5;
  readonly reason: Reason;
  /** The reason when the sending MTA gave up after this failure (see the rules' `whenGivenUp`). */
  readonly whenGivenUp?: Reason;
  readonly source: string;
}

/** The registry's codes (RFC 3463, RFC 5248 and later RFCs); providers' own codes come from their rule files. */
const registryReasons: readonly EnhancedReason[] = [
  { subject: 1, from: 1, to: 1, reason: "userUnknown", source: "RFC 3463 X.1.1" },
  { subject: 1, from: 2, to: 2, reason: "hostUnknown", source: "RFC 3463 X.1.2" },
  {
    subject: 1,
    from: 3,
    to: 4,
    reason: "userUnknown",
    source: "RFC 3463 X.1.3, X.1.4: the address is unusable",
  },
  // X.1.5 and X.3.6 belong in positive reports; under a failure's class they say nothing of why.
  { subject: 1, from: 5, to: 5, cls: 2, reason: "delivered", source: "RFC 3463 X.1.5" },
  { subject: 1, from: 6, to: 6, reason: "hasMoved", source: "RFC 3463 X.1.6" },
  { subject: 1, from: 7, to: 8, reason: "senderRejected", source: "RFC 3463 X.1.7, X.1.8" },
  { subject: 1, from: 10, to: 10, reason: "notAccept", source: "RFC 7505 X.1.10" },
  { subject: 2, from: 1, to: 1, reason: "mailboxDisabled", source: "RFC 3463 X.2.1" },
  { subject: 2, from: 2, to: 2, reason: "mailboxFull", source: "RFC 3463 X.2.2" },
  {
    subject: 2,
    from: 3,
    to: 3,
    reason: "exceedLimit",
    source: "RFC 3463 X.2.3: the mailbox's message size limit",
  },
  { subject: 2, from: 4, to: 4, reason: "systemError", source: "RFC 3463 X.2.4" },
  { subject: 3, from: 0, to: 0, reason: "systemError", source: "RFC 3463 X.3.0" },
  { subject: 3, from: 1, to: 1, reason: "systemFull", source: "RFC 3463 X.3.1" },
  { subject: 3, from: 2, to: 2, reason: "systemError", source: "RFC 3463 X.3.2" },
  { subject: 3, from: 3, to: 3, reason: "protocolError", source: "RFC 3463 X.3.3" },
  { subject: 3, from: 4, to: 4, reason: "messageTooBig", source: "RFC 3463 X.3.4" },
  { subject: 3, from: 5, to: 5, reason: "systemError", source: "RFC 3463 X.3.5" },
  { subject: 3, from: 6, to: 6, cls: 2, reason: "delivered", source: "RFC 6710 X.3.6" },
  { subject: 4, from: 0, to: 0, reason: "networkError", source: "RFC 3463 X.4.0" },
  {
    subject: 4,
    from: 1,
    to: 1,
    reason: "networkError",
    whenGivenUp: "expired",
    source: "RFC 3463 X.4.1: no answer from host, until the queue gave up",
  },
  { subject: 4, from: 2, to: 3, reason: "networkError", source: "RFC 3463 X.4.2, X.4.3" },
  {
    subject: 4,
    from: 4,
    to: 4,
    reason: "hostUnknown",
    source: "RFC 3463 X.4.4: no route, usually no DNS record",
  },
  { subject: 4, from: 5, to: 5, reason: "systemError", source: "RFC 3463 X.4.5" },
  { subject: 4, from: 6, to: 6, reason: "networkError", source: "RFC 3463 X.4.6" },
  { subject: 4, from: 7, to: 7, reason: "expired", source: "RFC 3463 X.4.7" },
  { subject: 5, from: 0, to: 1, reason: "protocolError", source: "RFC 3463 X.5.0, X.5.1" },
  { subject: 5, from: 2, to: 2, reason: "syntaxError", source: "RFC 3463 X.5.2" },
  { subject: 5, from: 3, to: 3, reason: "exceedLimit", source: "RFC 3463 X.5.3: too many recipients" },
  { subject: 5, from: 4, to: 4, reason: "syntaxError", source: "RFC 3463 X.5.4" },
  { subject: 5, from: 5, to: 6, reason: "protocolError", source: "RFC 3463 X.5.5, RFC 4954 X.5.6" },
  { subject: 6, from: 0, to: 10, reason: "contentError", source: "RFC 3463, RFC 6531 X.6.0 to X.6.10" },
  {
    subject: 7,
    from: 0,
    to: 1,
    reason: "policyViolation",
    source: "RFC 3463 X.7.0, X.7.1: refused by policy",
  },
  { subject: 7, from: 2, to: 2, reason: "policyViolation", source: "RFC 3463 X.7.2" },
  { subject: 7, from: 3, to: 7, reason: "securityError", source: "RFC 3463 X.7.3 to X.7.7" },
  { subject: 7, from: 8, to: 9, reason: "authRequired", source: "RFC 4954 X.7.8, X.7.9" },
  { subject: 7, from: 10, to: 11, reason: "requireTLS", source: "RFC 5248 X.7.10, RFC 4954 X.7.11" },
  { subject: 7, from: 12, to: 12, reason: "authRequired", source: "RFC 4954 X.7.12" },
  { subject: 7, from: 13, to: 13, reason: "mailboxDisabled", source: "RFC 5248 X.7.13" },
  { subject: 7, from: 14, to: 14, reason: "securityError", source: "RFC 5248 X.7.14" },
  { subject: 7, from: 15, to: 15, reason: "policyViolation", source: "RFC 6710 X.7.15" },
  { subject: 7, from: 16, to: 16, reason: "messageTooBig", source: "RFC 6710 X.7.16" },
  { subject: 7, from: 17, to: 18, reason: "hasMoved", source: "RFC 7293 X.7.17, X.7.18" },
  { subject: 7, from: 19, to: 19, reason: "policyViolation", source: "RFC 7293 X.7.19" },
  { subject: 7, from: 20, to: 24, reason: "authFailure", source: "RFC 7372 X.7.20 to X.7.24: DKIM, SPF" },
  { subject: 7, from: 25, to: 25, reason: "requirePTR", source: "RFC 7372 X.7.25" },
  { subject: 7, from: 26, to: 26, reason: "authFailure", source: "RFC 7372 X.7.26" },
  { subject: 7, from: 27, to: 27, reason: "senderRejected", source: "RFC 7505 X.7.27" },
  { subject: 7, from: 28, to: 28, reason: "rateLimited", source: "X.7.28 mail flood detected" },
  { subject: 7, from: 29, to: 29, reason: "authFailure", source: "RFC 8617 X.7.29" },
  { subject: 7, from: 30, to: 30, reason: "requireTLS", source: "RFC 8689 X.7.30" },
];

/** Sorted by subject and detail; the first entry whose range holds the detail wins. */
export const enhancedReasons: readonly EnhancedReason[] = [...registryReasons, ...vendorEnhancedReasons];

/** Basic codes, optionally for one SMTP stage only. The first matching entry wins. */
export interface BasicReason {
  readonly code: number;
  readonly commands?: readonly SmtpCommand[];
  readonly reason: Reason;
  readonly source: string;
}

export const basicReasons: readonly BasicReason[] = [
  { code: 101, reason: "networkError", source: "copied lists: cannot connect" },
  { code: 111, reason: "networkError", source: "copied lists: connection refused" },
  { code: 420, reason: "networkError", source: "GroupWise: timeout" },
  { code: 421, reason: "systemError", source: "RFC 5321: service not available" },
  { code: 422, reason: "mailboxFull", source: "copied lists: 4.2.2 without dots" },
  { code: 431, reason: "systemFull", source: "copied lists: 4.3.1 without dots" },
  { code: 432, reason: "authRequired", source: "RFC 4954: password transition" },
  { code: 441, reason: "networkError", source: "copied lists: 4.4.1 without dots" },
  { code: 442, reason: "networkError", source: "copied lists: 4.4.2 without dots" },
  { code: 446, reason: "networkError", source: "copied lists: 4.4.6 without dots" },
  { code: 447, reason: "expired", source: "copied lists: 4.4.7 without dots" },
  { code: 449, reason: "networkError", source: "copied lists: Exchange routing error" },
  { code: 451, reason: "systemError", source: "RFC 5321: local error in processing" },
  { code: 452, reason: "systemFull", source: "RFC 5321: insufficient system storage" },
  { code: 454, reason: "securityError", source: "RFC 3207, RFC 4954: TLS or AUTH temporarily unavailable" },
  { code: 455, reason: "syntaxError", source: "RFC 5321: parameters" },
  { code: 471, reason: "policyViolation", source: "copied lists: 4.7.1 without dots" },
  { code: 499, reason: "networkError", source: "copied lists: cannot reach MX" },
  { code: 500, reason: "syntaxError", source: "RFC 5321" },
  { code: 501, reason: "syntaxError", source: "RFC 5321" },
  { code: 502, reason: "protocolError", source: "RFC 5321" },
  { code: 503, reason: "protocolError", source: "RFC 5321" },
  { code: 504, reason: "protocolError", source: "RFC 5321" },
  { code: 510, reason: "userUnknown", source: "copied lists: 5.1.0 without dots" },
  { code: 511, reason: "userUnknown", source: "copied lists: 5.1.1 without dots" },
  { code: 512, reason: "hostUnknown", source: "copied lists: 5.1.2 without dots" },
  { code: 513, reason: "userUnknown", source: "copied lists: 5.1.3 without dots" },
  { code: 521, reason: "notAccept", source: "RFC 7504" },
  { code: 523, reason: "requireTLS", source: "RFC 5248 association with X.7.10" },
  { code: 524, reason: "requireTLS", source: "RFC 5248 association with X.7.11" },
  { code: 525, reason: "mailboxDisabled", source: "RFC 5248 association with X.7.13" },
  { code: 530, reason: "authRequired", source: "RFC 4954, RFC 3207" },
  { code: 534, reason: "authRequired", source: "RFC 4954" },
  { code: 535, reason: "authRequired", source: "RFC 4954" },
  { code: 538, reason: "requireTLS", source: "RFC 4954" },
  { code: 541, reason: "spamDetected", source: "copied lists: refused by the recipient's anti-spam filter" },
  { code: 550, commands: ["MAIL"], reason: "senderRejected", source: "RFC 5321: 550 to MAIL FROM" },
  {
    code: 550,
    commands: ["RCPT"],
    reason: "userUnknown",
    source: "RFC 5321: 550 to RCPT TO, mailbox unavailable",
  },
  { code: 551, reason: "hasMoved", source: "RFC 5321: user not local, please try <forward-path>" },
  { code: 552, commands: ["RCPT"], reason: "mailboxFull", source: "RFC 5321: exceeded storage allocation" },
  { code: 552, reason: "messageTooBig", source: "RFC 1870: message size exceeds the limit" },
  {
    code: 553,
    commands: ["MAIL"],
    reason: "senderRejected",
    source: "RFC 5321: sender mailbox name not allowed",
  },
  { code: 553, commands: ["RCPT"], reason: "userUnknown", source: "RFC 5321: mailbox name not allowed" },
  { code: 555, reason: "syntaxError", source: "RFC 5321" },
  { code: 556, reason: "notAccept", source: "RFC 7504" },
];

/**
 * What any failure means at the stages where the stage alone says enough: refused at the
 * greeting or EHLO is a refusal of the client; at AUTH a problem with the credentials.
 */
export const stageReasons: Readonly<Partial<Record<SmtpCommand, Reason>>> = {
  CONNECT: "blocked",
  EHLO: "blocked",
  AUTH: "authRequired",
  STARTTLS: "securityError",
};
