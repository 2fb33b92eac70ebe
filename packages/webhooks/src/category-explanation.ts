import type { Locale } from "@smtp-codes/core";
import { type Explanation, explain, type Reason } from "@smtp-codes/core";
import type { CategoryMapping } from "./types.js";

/**
 * The explanation of a provider's category when the event carries no reply of the remote
 * server: core's explanation of a reply typical of the category's reason, relabelled so that
 * nothing claims a code the provider did not send. Each reply below is what core classifies as
 * that reason (a test checks every one, in both classes where both occur).
 */
const typicalReplies: Readonly<Record<Reason, string>> = {
  userUnknown: "550 5.1.1",
  mailboxFull: "552 5.2.2 mailbox full",
  mailboxDisabled: "550 5.2.1",
  hasMoved: "551 5.1.6",
  hostUnknown: "550 5.1.2",
  notAccept: "556 5.1.10",
  senderRejected: "550 5.1.8",
  relayDenied: "550 5.7.1 Relay access denied",
  blocked: "554 5.7.1 Service unavailable; client host blocked using a blocklist",
  badReputation: "550 5.7.1 poor reputation",
  rateLimited: "550 5.7.28",
  tooManyConnections: "421 4.7.0 too many connections",
  greylisted: "451 4.7.1 greylisted, try again later",
  authFailure: "550 5.7.26",
  authRequired: "530 5.7.8",
  requireTLS: "530 5.7.10",
  requirePTR: "550 5.7.25",
  policyViolation: "550 5.7.2",
  securityError: "550 5.7.5",
  spamDetected: "550 5.7.1 Message rejected as spam",
  virusDetected: "554 5.7.1 virus detected",
  contentError: "554 5.6.0",
  filtered: "550 5.7.1 refused due to recipient preferences",
  messageTooBig: "552 5.3.4",
  exceedLimit: "552 5.5.3",
  syntaxError: "501 5.5.2",
  protocolError: "503 5.5.1",
  systemError: "451 4.3.0",
  systemFull: "452 4.3.1",
  networkError: "421 4.4.1",
  expired: "550 5.4.7",
  delivered: "250 2.0.0",
  undefined: "550 5.0.0",
};

/** A reply typical of a reason, in the class of the given severity. */
export function typicalReply(reason: Reason, severity: CategoryMapping["severity"]): string {
  const reply = typicalReplies[reason];
  if (severity === "unknown") return "";
  if (severity === "transient" && reply.startsWith("5")) return reply.replace(/5(\d\d) 5\./, "4$1 4.");
  if (severity === "permanent" && reply.startsWith("4")) return reply.replace(/4(\d\d) 4\./, "5$1 5.");
  return reply;
}

/** core's explanation of a category, with `rule` naming the category it came from. */
export function explainCategory(mapping: CategoryMapping, locale: Locale | undefined): Explanation {
  const explanation = explain(typicalReply(mapping.reason, mapping.severity), localeOption(locale));
  return {
    ...explanation,
    code: null,
    enhanced: null,
    title: null,
    queueId: null,
    text: "",
    rule: `provider:${mapping.provider}:${mapping.category}`,
    // A provider's label is coarser than the server's own reply.
    confidence: Math.min(explanation.confidence, 0.7),
  };
}

/** `{ locale }` when one was given. */
export function localeOption(locale: Locale | undefined): { locale?: Locale } {
  return locale === undefined ? {} : { locale };
}
