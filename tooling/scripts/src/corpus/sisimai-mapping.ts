import type { Reason } from "@smtp-codes/core";

/**
 * Sisimai 4.25's reason names and ours. `exact` is the one reason of ours with the same meaning.
 * `finer` lists reasons of ours that Sisimai 4.25 has no name for and files under its broader
 * reason (Sisimai 5 added several of them: AuthFailure, RequirePTR, RateLimited, BadReputation).
 * The evaluation reports agreement both ways.
 */
export const sisimaiReasons: Readonly<Record<string, { exact: Reason; finer?: readonly Reason[] }>> = {
  userunknown: { exact: "userUnknown" },
  mailboxfull: { exact: "mailboxFull" },
  suspend: { exact: "mailboxDisabled" },
  hasmoved: { exact: "hasMoved" },
  hostunknown: { exact: "hostUnknown" },
  notaccept: { exact: "notAccept" },
  rejected: { exact: "senderRejected" },
  norelaying: { exact: "relayDenied" },
  blocked: { exact: "blocked", finer: ["requirePTR", "badReputation", "authFailure"] },
  policyviolation: { exact: "policyViolation", finer: ["authFailure"] },
  securityerror: { exact: "securityError", finer: ["authRequired", "requireTLS"] },
  spamdetected: { exact: "spamDetected" },
  virusdetected: { exact: "virusDetected" },
  contenterror: { exact: "contentError" },
  filtered: { exact: "filtered" },
  mesgtoobig: { exact: "messageTooBig" },
  exceedlimit: { exact: "exceedLimit" },
  syntaxerror: { exact: "syntaxError", finer: ["protocolError"] },
  systemerror: { exact: "systemError" },
  mailererror: { exact: "systemError" },
  systemfull: { exact: "systemFull" },
  networkerror: { exact: "networkError" },
  expired: { exact: "expired" },
  toomanyconn: { exact: "tooManyConnections", finer: ["rateLimited"] },
  delivered: { exact: "delivered" },
  onhold: { exact: "undefined" },
  undefined: { exact: "undefined" },
};

/**
 * Pairs Sisimai's own test suite accepts for the same message (see the corpus README): it calls
 * a user-unknown reply after DATA `filtered`, a label the record's text often cannot show.
 */
export const sisimaiAlternatives: Readonly<Record<string, readonly Reason[]>> = {
  filtered: ["userUnknown"],
  userunknown: ["filtered"],
};

/** Sisimai reasons for records that are not SMTP replies: left out of the evaluation. */
export const notReplies: ReadonlySet<string> = new Set(["feedback", "vacation"]);
