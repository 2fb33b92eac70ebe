import { explainError, type Locale } from "@smtp-codes/core";
import { createSmtpLog, writeField } from "@smtp-codes/core/log";

/** Options of `smtpFormat`. */
export interface SmtpFormatOptions {
  /** Name of the added field. Default `"smtp"`. */
  readonly field?: string;
  /** `"nested"` (default): one object under `field`; `"flat"`: ECS/OpenTelemetry-style dotted keys only. */
  readonly fields?: "nested" | "flat";
  /**
   * Language of `summary`: one of core's locales (`"en"`, `"de"`). When set, it wins over the
   * language an explanation was attached in by `@smtp-codes/nodemailer`; unset, English, and
   * attached explanations are reused as they are.
   */
  readonly locale?: Locale;
  /** Longest server reply copied into a record, after escaping. Default 1000. */
  readonly maxReplyLength?: number;
  /** Also look for SMTP replies inside a plain string `message`. Default `false`. */
  readonly parseMessages?: boolean;
}

type Info = Record<string | symbol, unknown>;

const SPLAT = Symbol.for("splat");

/**
 * A logform format for `format.combine(...)`: finds SMTP information in a log record, wherever
 * winston put it (the record, `info.err`, `info.error`, an Error as `info.message`, the extra
 * arguments in `info[SPLAT]`), and adds one structured, safe field explaining it, built by
 * `@smtp-codes/core/log`. Records without SMTP information pass through as they are, the same
 * object. The user's Error objects are never changed: a record that is an Error is copied (with
 * its message and stack) first.
 *
 * Order: `errors({ stack: true })`, then `smtpFormat()`, then `json()`, `logstash()`, `printf()`
 * or `prettyPrint()`.
 *
 * @example
 * const logger = winston.createLogger({
 *   format: winston.format.combine(winston.format.errors({ stack: true }), smtpFormat(), winston.format.json()),
 *   transports: [new winston.transports.Console()],
 * });
 * logger.error("send failed", err); // {"level":"error","message":"send failed ...","smtp":{"code":550,"reason":"userUnknown",...}}
 */
export function smtpFormat(options: SmtpFormatOptions = {}) {
  const smtpLog = createSmtpLog({
    explainError,
    locale: options.locale,
    maxReplyLength: options.maxReplyLength,
    parseMessages: options.parseMessages,
  });
  const write = { field: options.field, fields: options.fields };
  return {
    options,
    transform<T extends object>(input: T): T {
      const info = input as unknown as Info;
      try {
        const splat = info[SPLAT];
        const found = smtpLog.find(info, Array.isArray(splat) ? splat : undefined);
        if (!found) return input;
        const record = info instanceof Error ? copyError(info) : info;
        writeField(record as Record<string, unknown>, smtpLog.field(found), write);
        return record as unknown as T;
      } catch {
        // A record a getter throws on is logged as it is rather than lost.
        return input;
      }
    },
  };
}

/** A plain copy of an Error record: its fields, message, stack and winston's symbols. */
function copyError(error: Error & Info): Info {
  const copy: Info = { ...error };
  copy.message = error.message;
  if (error.stack !== undefined) copy.stack = error.stack;
  for (const symbol of Object.getOwnPropertySymbols(error)) copy[symbol] = error[symbol];
  return copy;
}
