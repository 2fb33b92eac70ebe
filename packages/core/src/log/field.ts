import type { ErrorExplanation } from "../classify/explain-error.js";
import { safeText } from "../parse/safe-text.js";
import type { Reason, Severity } from "../types.js";

/** One refused (or reported) recipient in a log field. */
export interface SmtpLogRecipient {
  /** The address, control characters escaped, capped at 320 characters; `null` when unknown. */
  readonly recipient: string | null;
  readonly code: number | null;
  readonly enhanced: string | null;
  readonly reason: Reason;
  readonly bounce: "hard" | "soft" | null;
}

/** The structured field a log adapter adds to a record (nested form). */
export interface SmtpLogField {
  readonly code: number | null;
  readonly enhanced: string | null;
  readonly severity: Severity;
  readonly reason: Reason;
  readonly bounce: "hard" | "soft" | null;
  readonly retryable: boolean;
  readonly retryAfter: number | null;
  /** One sentence, in the log's locale. */
  readonly summary: string;
  /** The server's reply, control characters escaped, capped. */
  readonly reply: string;
  /** Refused recipients (address, code, reason, bounce), where a send had some. */
  readonly recipients?: readonly SmtpLogRecipient[];
}

/** Longest address copied into a record: RFC 5321's limit of a path. */
const maxAddressLength = 320;

/**
 * Flat field names, for Elastic Common Schema and OpenTelemetry users. Neither defines SMTP
 * fields, so these follow their naming rules (dotted, lower-case, snake_case) under a custom
 * `smtp.` namespace; `email.to.address` is ECS's own field for a recipient.
 *
 * @example
 * flatNames.code; // "smtp.reply.code"
 */
export const flatNames = {
  code: "smtp.reply.code",
  enhanced: "smtp.reply.enhanced_code",
  severity: "smtp.severity",
  reason: "smtp.reason",
  bounce: "smtp.bounce",
  retryable: "smtp.retryable",
  retryAfter: "smtp.retry_after_seconds",
  summary: "smtp.summary",
  reply: "smtp.reply.text",
  recipients: "email.to.address",
} as const satisfies Record<keyof SmtpLogField, string>;

/**
 * The nested field for an explanation and the reply it came from: the reply and the addresses
 * escaped and capped, so that text from remote servers cannot forge log lines or paint a
 * terminal.
 *
 * @example
 * logField(explain("550 5.1.1 User unknown"), "550 5.1.1 User unknown\r\n", 1000).reply; // "550 5.1.1 User unknown\\r\\n"
 */
export function logField(explanation: ErrorExplanation, reply: string, maxReplyLength: number): SmtpLogField {
  const field: SmtpLogField = {
    code: explanation.code,
    enhanced: explanation.enhanced,
    severity: explanation.severity,
    reason: explanation.reason,
    bounce: explanation.bounce,
    retryable: explanation.retryable,
    retryAfter: explanation.retryAfter,
    summary: explanation.summary,
    reply: safeText(reply, maxReplyLength),
  };
  if (!explanation.recipients?.length) return field;
  return {
    ...field,
    recipients: explanation.recipients.map((r) => ({
      recipient: r.recipient === null ? null : safeText(r.recipient, maxAddressLength),
      code: r.code,
      enhanced: r.enhanced,
      reason: r.reason,
      bounce: r.bounce,
    })),
  };
}

/**
 * The same field as flat key-value pairs (`"smtp.reply.code": 550`, ...); recipients become
 * the list of their addresses under `email.to.address`.
 *
 * @example
 * flatFields(logField(explain("550 5.1.1 User unknown"), "550 5.1.1 User unknown", 1000))["smtp.reason"]; // "userUnknown"
 */
export function flatFields(field: SmtpLogField): Record<string, unknown> {
  const flat: Record<string, unknown> = {
    [flatNames.code]: field.code,
    [flatNames.enhanced]: field.enhanced,
    [flatNames.severity]: field.severity,
    [flatNames.reason]: field.reason,
    [flatNames.bounce]: field.bounce,
    [flatNames.retryable]: field.retryable,
    [flatNames.retryAfter]: field.retryAfter,
    [flatNames.summary]: field.summary,
    [flatNames.reply]: field.reply,
  };
  if (field.recipients) {
    flat[flatNames.recipients] = field.recipients.flatMap((r) => (r.recipient === null ? [] : [r.recipient]));
  }
  return flat;
}
