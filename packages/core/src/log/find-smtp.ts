import { clientErrors } from "../classify/client-errors.js";
import { combineExplanations } from "../classify/combine.js";
import type { ErrorExplanation, RecipientExplanation } from "../classify/explain-error.js";
import type { RecipientOutcome } from "../outcome/recipient-outcome.js";
import { parseReply } from "../parse/parse-reply.js";
import { isExplanation } from "./is-explanation.js";

/** Explains an error in the log's locale: core's `explainError`, bound to an entry point's locales. */
export type ExplainErrorFunction<L extends string> = (
  error: unknown,
  options?: { readonly locale?: L },
) => ErrorExplanation;

/** How to explain what is found: the function, and the log's locale (none: reuse any). */
export interface FindOptions<L extends string> {
  readonly explainError: ExplainErrorFunction<L>;
  /** When set, an explanation attached in another locale is made again in this one. */
  readonly locale?: L | undefined;
  /** Also look for a reply inside a plain string message. */
  readonly parseMessages?: boolean | undefined;
}

/** What was found: the value, its explanation (made on demand), the reply, and a memo key. */
export interface FoundSmtp {
  /** The value that carries the SMTP information (an error, a send result, an outcome). */
  readonly source: object;
  readonly explain: () => ErrorExplanation;
  /** The server's reply as received, for the field's `reply`; else the explanation's text is used. */
  readonly reply: string | undefined;
  /** The same key means the same explanation; `null` when it must not be memoised. */
  readonly key: string | null;
}

/** Fields by which a value shows it carries SMTP information. */
interface SmtpFields {
  readonly smtp?: unknown;
  readonly response?: unknown;
  readonly responseCode?: unknown;
  readonly rejectedErrors?: unknown;
  readonly recipients?: unknown;
  readonly code?: unknown;
  readonly command?: unknown;
  readonly message?: unknown;
  readonly cause?: unknown;
}

const outcomeSources = new Set(["smtp", "bounce", "webhook", "log"]);

/**
 * Whether a value is a `RecipientOutcome` (what `@smtp-codes/bounce` reports and
 * `@smtp-codes/webhooks` events hold for each recipient).
 *
 * @example
 * isRecipientOutcome({ source: "webhook", type: "bounce", address: "a@example.com", explanation: explain("550 5.1.1") }); // true
 */
export function isRecipientOutcome(value: unknown): value is RecipientOutcome {
  if (typeof value !== "object" || value === null) return false;
  const outcome = value as Partial<Record<keyof RecipientOutcome, unknown>>;
  return (
    typeof outcome.source === "string" &&
    outcomeSources.has(outcome.source) &&
    typeof outcome.type === "string" &&
    "address" in outcome &&
    isExplanation(outcome.explanation)
  );
}

/** The outcomes a value is or holds: one outcome, a list, or a report's `recipients`. */
function outcomesOf(value: object): readonly RecipientOutcome[] | undefined {
  if (isRecipientOutcome(value)) return [value];
  const list = Array.isArray(value) ? value : (value as SmtpFields).recipients;
  if (!Array.isArray(list) || list.length === 0 || !isRecipientOutcome(list[0])) return undefined;
  return list.filter(isRecipientOutcome);
}

/** An explanation `@smtp-codes/nodemailer` attached as `smtp`. */
function attached(value: SmtpFields): ErrorExplanation | undefined {
  return isExplanation(value.smtp) ? value.smtp : undefined;
}

/**
 * Whether a value carries SMTP information: an attached explanation, a server reply,
 * per-recipient errors, recipient outcomes, or a client error code together with the SMTP
 * command it happened at (so that a database's ECONNREFUSED is not taken for a mail failure).
 *
 * @example
 * carriesSmtp({ code: "EENVELOPE", response: "550 5.1.1 User unknown" }); // true
 * carriesSmtp({ code: "ECONNREFUSED" });                                 // false
 */
export function carriesSmtp(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  const fields = value as SmtpFields;
  return (
    typeof fields.response === "string" ||
    typeof fields.responseCode === "number" ||
    Array.isArray(fields.rejectedErrors) ||
    (typeof fields.code === "string" &&
      typeof fields.command === "string" &&
      Object.hasOwn(clientErrors, fields.code)) ||
    attached(fields) !== undefined ||
    outcomesOf(fields) !== undefined
  );
}

/**
 * Looks for SMTP information where loggers put it, in this order: the record itself (an error,
 * a send result, an outcome or a bounce report logged as the record), `record.err` and
 * `record.error`, an Error as `record.message`, then the `extra` values (winston's splat); with
 * `parseMessages`, a reply inside a plain string `message`. An Error without SMTP information
 * is looked through to its `cause` (three levels deep), where an application wrapped the SMTP
 * client's error.
 *
 * @example
 * findSmtp({ err: nodemailerError }, { explainError })?.explain().reason; // "userUnknown"
 */
export function findSmtp<L extends string>(
  record: object,
  options: FindOptions<L>,
  extra?: readonly unknown[],
): FoundSmtp | undefined {
  const fields = record as SmtpFields & { readonly err?: unknown; readonly error?: unknown };
  // Checked one by one, without building a list: most records carry no SMTP data at all.
  const found =
    foundIn(record, options) ??
    foundIn(fields.err, options) ??
    foundIn(fields.error, options) ??
    foundIn(fields.message, options);
  if (found) return found;
  if (extra) {
    for (const candidate of extra) {
      const inExtra = foundIn(candidate, options);
      if (inExtra) return inExtra;
    }
  }
  const message = fields.message;
  if (options.parseMessages === true && typeof message === "string" && parseReply(message).code !== null) {
    const { explainError, locale } = options;
    return {
      source: { response: message },
      explain: () => explainError({ message }, { locale }),
      reply: message,
      key: null,
    };
  }
  return undefined;
}

/** How deep `cause` chains are followed: an application's error around a library's around the SMTP client's. */
const maxCauseDepth = 3;

function foundIn<L extends string>(
  candidate: unknown,
  options: FindOptions<L>,
  depth = 0,
): FoundSmtp | undefined {
  if (!carriesSmtp(candidate)) {
    // An error of the application that wraps the SMTP client's (`new Error("...", { cause: err })`).
    const cause = candidate instanceof Error ? (candidate as SmtpFields).cause : undefined;
    return cause !== undefined && depth < maxCauseDepth ? foundIn(cause, options, depth + 1) : undefined;
  }
  const { explainError, locale } = options;
  const fields = candidate as SmtpFields;
  const response = typeof fields.response === "string" ? fields.response : undefined;
  const reused = attached(fields);
  // The log's locale wins over the one the explanation was attached in.
  if (reused && (locale === undefined || reused.locale === locale)) {
    return { source: candidate, explain: () => reused, reply: response, key: null };
  }
  const outcomes = reused ? undefined : outcomesOf(candidate);
  if (outcomes) {
    return {
      source: candidate,
      explain: () => explainOutcomes(outcomes, options),
      reply: outcomes.length === 1 ? (outcomes[0]?.diagnosticCode ?? undefined) : undefined,
      key: null,
    };
  }
  return {
    source: candidate,
    explain: () => explainError(candidate, { locale }),
    reply: response,
    key: memoKey(fields, response),
  };
}

/** One verdict over the outcomes, each of them listed as a recipient. */
function explainOutcomes<L extends string>(
  outcomes: readonly RecipientOutcome[],
  options: FindOptions<L>,
): ErrorExplanation {
  const recipients: RecipientExplanation[] = outcomes.map((outcome) => ({
    ...inLocale(outcome, options),
    recipient: outcome.address,
  }));
  const combined = combineExplanations(recipients) ?? (recipients[0] as RecipientExplanation);
  const { recipient: _one, ...overall } = combined as RecipientExplanation;
  return { ...overall, recipients };
}

/**
 * An outcome's explanation in the log's locale: made again from its reply (or status) and stage
 * when it was written in another one, kept as it is when that would decide differently (its
 * source may have known more than the reply, an ESP's own category for instance).
 */
function inLocale<L extends string>(outcome: RecipientOutcome, options: FindOptions<L>): ErrorExplanation {
  const original = outcome.explanation;
  const { locale, explainError } = options;
  if (locale === undefined || original.locale === locale) return original;
  const reply = outcome.diagnosticCode ?? outcome.status;
  if (reply === null) return original;
  const again = explainError({ response: reply, command: outcome.command ?? undefined }, { locale });
  return again.reason === original.reason ? again : original;
}

/**
 * What an explanation of a value depends on, as a key: its reply, code and command. Values with
 * per-recipient errors or a cause are not memoised (their explanation depends on more).
 */
function memoKey(fields: SmtpFields, response: string | undefined): string | null {
  if (fields.rejectedErrors !== undefined || fields.cause !== undefined) return null;
  const { responseCode, code, command, message } = fields;
  if (response === undefined && typeof message !== "string") return null;
  // Only plain values make a key: an object's own toString (a record's, untrusted) may throw.
  if (!isPlain(responseCode) || !isPlain(code) || !isPlain(command)) return null;
  return `${String(responseCode)}\u0000${String(code)}\u0000${String(command)}\u0000${
    response ?? ""
  }\u0000${response === undefined ? String(message) : ""}`;
}

/** Whether `String(value)` reads the value itself rather than calling code of an object. */
function isPlain(value: unknown): boolean {
  return value === null || (typeof value !== "object" && typeof value !== "function");
}
