import { flatFields, logField, type SmtpLogField } from "./fields.js";
import { type Found, findSmtp } from "./find-smtp.js";
import { Memo } from "./memo.js";

/** Options of `smtpFormat`. */
export interface SmtpFormatOptions {
  /** Name of the added field. Default `"smtp"`. */
  readonly field?: string;
  /** `"nested"` (default): one object under `field`; `"flat"`: ECS/OpenTelemetry-style dotted keys. */
  readonly fields?: "nested" | "flat";
  /** Language of `summary`. Default `"en"`. */
  readonly locale?: "en" | "de";
  /** Longest server reply copied into a record, after escaping. Default 1000. */
  readonly maxReplyLength?: number;
  /** Also look for SMTP replies inside a plain string `message`. Default `false`. */
  readonly parseMessages?: boolean;
}

type Info = Record<string | symbol, unknown>;

/**
 * A logform format for `format.combine(...)`: finds SMTP information in a log record, wherever
 * winston put it (see `findSmtp`), and adds one structured, safe field explaining it. Records
 * without SMTP information pass through as they are, the same object. The user's Error objects
 * are never changed: a record that is an Error is copied (with its message and stack) first.
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
  const field = options.field ?? "smtp";
  const locale = options.locale ?? "en";
  const maxReplyLength = options.maxReplyLength ?? 1000;
  // The field depends only on the reply and how it was found: the same reply gives the same field.
  const memo = new Memo<SmtpLogField>(512);
  return {
    options,
    transform<T extends object>(input: T): T {
      const info = input as unknown as Info;
      let found: Found | undefined;
      try {
        found = findSmtp(info, locale, options.parseMessages === true);
      } catch {
        return input;
      }
      if (!found) return input;
      const record = info instanceof Error ? copyError(info) : info;
      const nested = fieldFor(found, memo, maxReplyLength);
      if (options.fields === "flat") Object.assign(record, flatFields(nested));
      else record[freeField(record, field)] = nested;
      return record as unknown as T;
    },
  };
}

/** The field name, or a free variant when the user's own data (defaultMeta, say) holds it. */
function freeField(record: Info, field: string): string {
  const current = record[field];
  if (current === undefined || isExplanation(current)) return field;
  return `${field}_explained`;
}

function isExplanation(value: unknown): boolean {
  return typeof value === "object" && value !== null && "reason" in value && "severity" in value;
}

/** The field for what was found; explanations attached by the nodemailer plugin are not memoised. */
function fieldFor(found: Found, memo: Memo<SmtpLogField>, maxReplyLength: number): SmtpLogField {
  const key = found.key;
  const make = () =>
    logField(found.explanation(), replyOf(found.source) ?? found.explanation().text, maxReplyLength);
  return key === null ? make() : memo.get(key, make);
}

function replyOf(source: object): string | undefined {
  const response = (source as { response?: unknown }).response;
  return typeof response === "string" ? response : undefined;
}

/** A plain copy of an Error record: its fields, message, stack and winston's symbols. */
function copyError(error: Error & Info): Info {
  const copy: Info = { ...error };
  copy.message = error.message;
  if (error.stack !== undefined) copy.stack = error.stack;
  for (const symbol of Object.getOwnPropertySymbols(error)) copy[symbol] = error[symbol];
  return copy;
}
