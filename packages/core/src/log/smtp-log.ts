import { flatFields, logField, type SmtpLogField } from "./field.js";
import { type ExplainErrorFunction, type FoundSmtp, findSmtp } from "./find-smtp.js";
import { isExplanation } from "./is-explanation.js";
import { Memo } from "./memo.js";

/** Options of `createSmtpLog`: what every log adapter of smtp-codes offers its users. */
export interface SmtpLogOptions<L extends string> {
  /** core's `explainError` (from `@smtp-codes/core` or `@smtp-codes/core/en`). */
  readonly explainError: ExplainErrorFunction<L>;
  /**
   * Language of `summary`. Default: `"en"`, and explanations `@smtp-codes/nodemailer` attached
   * are reused in their own language; when set, the log's locale wins and they are made again.
   */
  readonly locale?: L | undefined;
  /** Longest server reply copied into a record, after escaping. Default 1000. */
  readonly maxReplyLength?: number | undefined;
  /** Also look for SMTP replies inside a plain string `message`. Default `false`. */
  readonly parseMessages?: boolean | undefined;
}

/** Where and how a log adapter writes the field into a record. */
export interface WriteOptions {
  /** Name of the nested field. Default `"smtp"`. */
  readonly field?: string | undefined;
  /** `"nested"` (default): one object under `field`; `"flat"`: dotted ECS/OpenTelemetry names only. */
  readonly fields?: "nested" | "flat" | undefined;
}

/** Log support bound to an `explainError` and options: find, explain (memoised), write. */
export interface SmtpLog {
  /** Finds SMTP information in a record (see `findSmtp`); `extra` are more values to look at. */
  find(record: object, extra?: readonly unknown[]): FoundSmtp | undefined;
  /** The field for what was found; the same reply gives the same field, from a bounded memo. */
  field(found: FoundSmtp): SmtpLogField;
}

/** Fields kept per reply: a mail log repeats a few hundred replies again and again. */
const memoCapacity = 512;

/**
 * The logger-neutral part of every log adapter of smtp-codes (`@smtp-codes/winston`,
 * `@smtp-codes/pino`): finds SMTP information in a record, explains it in the log's locale and
 * builds the safe field, memoised per reply. An adapter only knows where its logger puts
 * errors and how it writes records.
 *
 * @example
 * import { explainError } from "@smtp-codes/core";
 * import { createSmtpLog } from "@smtp-codes/core/log";
 * const smtpLog = createSmtpLog({ explainError, locale: "de" });
 * const found = smtpLog.find({ err: { code: "EENVELOPE", response: "550 5.1.1 User unknown", command: "RCPT TO" } });
 * found && smtpLog.field(found).reason; // "userUnknown"
 * @throws {RangeError} when `locale` is not one of the locales of `explainError`.
 */
export function createSmtpLog<L extends string>(options: SmtpLogOptions<L>): SmtpLog {
  const maxReplyLength = options.maxReplyLength ?? 1000;
  // A locale the entry point does not hold is a mistake of configuration: say so now (core's
  // RangeError), not by leaving every record without its field later.
  if (options.locale !== undefined) options.explainError("", { locale: options.locale });
  const findOptions = {
    explainError: options.explainError,
    locale: options.locale,
    parseMessages: options.parseMessages === true,
  };
  const memo = new Memo<SmtpLogField>(memoCapacity);
  return {
    find: (record, extra) => findSmtp(record, findOptions, extra),
    field(found) {
      const make = () => {
        const explanation = found.explain();
        return logField(explanation, found.reply ?? explanation.text, maxReplyLength);
      };
      return found.key === null ? make() : memo.get(found.key, make);
    },
  };
}

/**
 * Writes the field into a record the adapter may change (its own copy, never the user's
 * object). Nested: under `field`, or `<field>_explained` when the record holds a value of the
 * user's own under that name (winston's `defaultMeta`, say). Flat: the dotted names only. An
 * explanation copied onto the record from an error (`@smtp-codes/nodemailer`'s `smtp`) is
 * removed, so that a record holds the explanation once, and a flat record no nested object.
 *
 * @example
 * writeField(record, field, { fields: "flat" }); // record["smtp.reason"] === "userUnknown", no record.smtp
 */
export function writeField(
  record: Record<string, unknown>,
  field: SmtpLogField,
  options: WriteOptions = {},
): void {
  const name = options.field ?? "smtp";
  // What @smtp-codes/nodemailer attached (as `smtp`) and a logger copied onto the record: the
  // field says it again, safely, so the copy goes.
  if (isExplanation(record.smtp) && (options.fields === "flat" || name !== "smtp")) delete record.smtp;
  if (options.fields === "flat") {
    Object.assign(record, flatFields(field));
    return;
  }
  const current = record[name];
  record[current === undefined || isExplanation(current) ? name : `${name}_explained`] = field;
}
