import type { ErrorExplanation } from "@smtp-codes/core";
import { safeText } from "@smtp-codes/core";

/** The structured field the format adds (nested form). */
export interface SmtpLogField {
  readonly code: number | null;
  readonly enhanced: string | null;
  readonly severity: string;
  readonly reason: string;
  readonly bounce: "hard" | "soft" | null;
  readonly retryable: boolean;
  readonly retryAfter: number | null;
  readonly summary: string;
  /** The server's reply, control characters escaped, capped. */
  readonly reply: string;
  /** Refused recipients (address, code, reason, bounce), where a send had some. */
  readonly recipients?: readonly {
    readonly recipient: string | null;
    readonly code: number | null;
    readonly reason: string;
    readonly bounce: "hard" | "soft" | null;
  }[];
}

/**
 * Flat field names, for Elastic Common Schema and OpenTelemetry users. Neither defines SMTP
 * fields, so these follow their naming rules (dotted, lower-case, snake_case) under a custom
 * `smtp.` namespace; `email.to.address` is ECS's own field for a refused recipient.
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
} as const;

/** The nested field for an explanation and the reply it came from. */
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
      recipient: r.recipient === null ? null : safeText(r.recipient, 320),
      code: r.code,
      reason: r.reason,
      bounce: r.bounce,
    })),
  };
}

/** The same, as flat key-value pairs (`smtp.reply.code: 550`, ...). */
export function flatFields(field: SmtpLogField): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(flatNames)) {
    const value = field[key as keyof SmtpLogField];
    if (key === "recipients") {
      if (field.recipients) flat[name] = field.recipients.map((r) => r.recipient).filter((r) => r !== null);
    } else {
      flat[name] = value;
    }
  }
  return flat;
}
