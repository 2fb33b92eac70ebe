import { safeText } from "@smtp-codes/core";
import { isExplanation } from "@smtp-codes/core/log";
import { err as standardErr } from "pino-std-serializers";

/** A serializer as pino calls it. */
export type Serializer = (value: unknown) => unknown;

/**
 * pino's `err` serializer (or the user's own), then two changes for errors of SMTP clients: the
 * explanation `@smtp-codes/nodemailer` attached as `smtp` is left out (the record's own `smtp`
 * field holds it, once), and the server's `response`, on the error and on each of its
 * `rejectedErrors`, is escaped and capped like the field's `reply`, so that a hostile server
 * cannot make a record huge or a pretty-printed one span lines.
 */
export function smtpErrSerializer(inner: Serializer | undefined, maxReplyLength: number): Serializer {
  const serialize = inner ?? (standardErr as Serializer);
  return (value) => {
    const serialized = serialize(value);
    if (typeof serialized !== "object" || serialized === null) return serialized;
    const fields = serialized as Record<string, unknown>;
    const hasSmtp = isExplanation(fields.smtp);
    const hasResponse = typeof fields.response === "string";
    const hasRejected = Array.isArray(fields.rejectedErrors);
    if (!hasSmtp && !hasResponse && !hasRejected) return serialized;
    if (hasSmtp) delete fields.smtp;
    if (hasResponse) fields.response = safeText(fields.response as string, maxReplyLength);
    if (hasRejected) {
      fields.rejectedErrors = (fields.rejectedErrors as unknown[]).map((item) =>
        typeof item === "object" && item !== null ? cappedRefusal(item, maxReplyLength) : item,
      );
    }
    return serialized;
  };
}

/** One refused recipient's error as JSON would write it, its reply escaped and capped. */
function cappedRefusal(item: object, maxReplyLength: number): Record<string, unknown> {
  const { smtp: _attached, ...copy } = item as Record<string, unknown>;
  if (typeof copy.response === "string") copy.response = safeText(copy.response, maxReplyLength);
  return copy;
}
