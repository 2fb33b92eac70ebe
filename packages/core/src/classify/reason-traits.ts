import type { Actor, Reason } from "../types.js";

/** What follows from a reason, whatever the reply that led to it. */
export interface ReasonTraits {
  /** Who has to act; `null` when nobody has to. */
  readonly actor: Actor | null;
  /** The address itself is bad: a hard bounce when the failure is permanent. */
  readonly addressIsBad: boolean;
  /** Worth a retry even when the server sent a 5xx code (rate limits, greylisting, full mailboxes). */
  readonly retryDespitePermanent: boolean;
  /** Seconds to wait before a retry, when one is worth it. */
  readonly retryAfter: number;
}

const minute = 60;
const hour = 60 * minute;

/** One entry per reason, in the order of the README. */
export const reasonTraits: Readonly<Record<Reason, ReasonTraits>> = {
  userUnknown: {
    actor: "sendingApplication",
    addressIsBad: true,
    retryDespitePermanent: false,
    retryAfter: hour,
  },
  mailboxFull: { actor: "recipient", addressIsBad: false, retryDespitePermanent: true, retryAfter: 6 * hour },
  mailboxDisabled: {
    actor: "recipient",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: 6 * hour,
  },
  hasMoved: {
    actor: "sendingApplication",
    addressIsBad: true,
    retryDespitePermanent: false,
    retryAfter: hour,
  },
  hostUnknown: {
    actor: "sendingApplication",
    addressIsBad: true,
    retryDespitePermanent: false,
    retryAfter: hour,
  },
  notAccept: {
    actor: "sendingApplication",
    addressIsBad: true,
    retryDespitePermanent: false,
    retryAfter: hour,
  },
  senderRejected: {
    actor: "senderAdmin",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: 15 * minute,
  },
  relayDenied: {
    actor: "senderAdmin",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: 15 * minute,
  },
  blocked: { actor: "senderAdmin", addressIsBad: false, retryDespitePermanent: false, retryAfter: hour },
  badReputation: {
    actor: "senderAdmin",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: hour,
  },
  rateLimited: {
    actor: "sendingApplication",
    addressIsBad: false,
    retryDespitePermanent: true,
    retryAfter: 15 * minute,
  },
  tooManyConnections: {
    actor: "sendingApplication",
    addressIsBad: false,
    retryDespitePermanent: true,
    retryAfter: 5 * minute,
  },
  greylisted: { actor: "network", addressIsBad: false, retryDespitePermanent: true, retryAfter: 5 * minute },
  authFailure: {
    actor: "senderAdmin",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: 15 * minute,
  },
  authRequired: {
    actor: "senderAdmin",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: 15 * minute,
  },
  requireTLS: {
    actor: "senderAdmin",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: 15 * minute,
  },
  requirePTR: { actor: "senderAdmin", addressIsBad: false, retryDespitePermanent: false, retryAfter: hour },
  policyViolation: {
    actor: "senderAdmin",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: hour,
  },
  securityError: {
    actor: "senderAdmin",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: 15 * minute,
  },
  spamDetected: {
    actor: "sendingApplication",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: hour,
  },
  virusDetected: {
    actor: "sendingApplication",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: hour,
  },
  contentError: {
    actor: "sendingApplication",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: hour,
  },
  filtered: { actor: "recipient", addressIsBad: false, retryDespitePermanent: false, retryAfter: hour },
  messageTooBig: {
    actor: "sendingApplication",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: hour,
  },
  exceedLimit: {
    actor: "sendingApplication",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: hour,
  },
  syntaxError: {
    actor: "sendingApplication",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: hour,
  },
  protocolError: {
    actor: "sendingApplication",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: hour,
  },
  systemError: {
    actor: "recipientAdmin",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: 15 * minute,
  },
  systemFull: { actor: "recipientAdmin", addressIsBad: false, retryDespitePermanent: true, retryAfter: hour },
  networkError: {
    actor: "network",
    addressIsBad: false,
    retryDespitePermanent: false,
    retryAfter: 10 * minute,
  },
  expired: { actor: "network", addressIsBad: false, retryDespitePermanent: false, retryAfter: hour },
  delivered: { actor: null, addressIsBad: false, retryDespitePermanent: false, retryAfter: 0 },
  undefined: { actor: null, addressIsBad: false, retryDespitePermanent: false, retryAfter: 15 * minute },
};

/** Reasons that, without any code, still describe a condition that passes (worth a retry). */
export const transientByNature: ReadonlySet<Reason> = new Set<Reason>([
  "mailboxFull",
  "rateLimited",
  "tooManyConnections",
  "greylisted",
  "badReputation",
  "systemError",
  "systemFull",
  "networkError",
]);
