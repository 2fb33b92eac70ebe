import type { Labels } from "../catalogue/labels.js";
import { safeText } from "../parse/safe-text.js";
import type { SmtpLogRecipient } from "./field.js";

/** Refused recipients named in a verdict before the rest are counted. */
const namedRecipients = 3;
/** Three addresses of at most 320 characters and the rest of the verdict fit. */
const maxVerdictLength = 1200;

/**
 * The words a verdict is written in: a locale's labels (core's `labels(locale)`, or any object
 * of the same shape) and its way of writing a wait (`formatDuration` in the same locale). The
 * log subpath holds no texts of its own, so the caller brings them.
 */
export interface VerdictWords {
  readonly labels: Pick<Labels, "severities" | "bounces" | "reasons" | "retry" | "fields">;
  /** Writes a wait of some seconds: `(seconds) => formatDuration(seconds, locale)`. */
  readonly duration: (seconds: number) => string;
}

/**
 * What a verdict is made of: a log field, an explanation, or a record's field read back (whose
 * values may be anything: a value without a label is printed as it is, and escaped).
 */
export interface VerdictSource {
  readonly code?: unknown;
  readonly enhanced?: unknown;
  readonly severity?: unknown;
  readonly reason?: unknown;
  readonly bounce?: unknown;
  readonly retryable?: unknown;
  readonly retryAfter?: unknown;
  readonly recipients?: unknown;
}

/** Options of `verdictOf`. */
export interface VerdictOptions {
  /** Begin with the codes (`550 5.1.1`). Default `true`; `false` for a caller that prints them apart. */
  readonly codes?: boolean;
}

/**
 * The verdict of a log field or an explanation on one line, in the words given: codes,
 * severity, bounce, reason, "Retry?" with its wait, and the refused recipients of a send (the
 * first three by address, the rest counted). The one rendering of a verdict that the winston
 * console format, pino's message prefix and the CLI print. Escaped as a whole and capped (a
 * field read back from a record may hold anything), so it holds no line break and no escape
 * sequence.
 *
 * @example
 * const words = { labels: labels("en"), duration: (seconds: number) => formatDuration(seconds, "en") };
 * verdictOf(field, words);  // "550 5.1.1 permanent · hard bounce · User unknown · Retry? no"
 * verdictOf(sent, words);   // "250 2.0.0 success · Delivered · Retry? no; 1 refused: gone@example.com 550 5.1.1 User unknown hard bounce"
 * verdictOf(field, { labels: labels("de"), duration: (seconds: number) => formatDuration(seconds, "de") });
 * // "550 5.1.1 dauerhaft · Hard Bounce · Empfänger unbekannt · Wiederholen? nein"
 * @throws {TypeError} when `words` is not given (the subpath has no texts to fall back on).
 */
export function verdictOf(field: VerdictSource, words: VerdictWords, options: VerdictOptions = {}): string {
  if (typeof words?.labels !== "object" || typeof words.duration !== "function")
    throw new TypeError(
      "verdictOf needs the words to write in: { labels: labels(locale), duration: (seconds) => formatDuration(seconds, locale) }",
    );
  const { labels } = words;
  const codes =
    options.codes === false
      ? ""
      : [field.code, field.enhanced]
          .map(textOf)
          .filter((part) => part !== "")
          .join(" ");
  const parts = [
    labelOf(labels.severities, field.severity),
    field.bounce ? labelOf(labels.bounces, field.bounce) : null,
    labelOf(labels.reasons, field.reason),
    `${labels.fields.retry} ${retryOf(field, words)}`,
  ].filter((part) => part !== null && part !== "");
  const verdict = `${codes ? `${codes} ` : ""}${parts.join(" · ")}${refusedOf(field.recipients, labels)}`;
  return safeText(verdict, maxVerdictLength);
}

/** A key's label, or the value as it is when the table has none (an unknown or forged value). */
function labelOf(table: Readonly<Record<string, string>>, key: unknown): string {
  return typeof key === "string" && Object.hasOwn(table, key) ? (table[key] as string) : textOf(key);
}

/** A value read back from a record as text; an object (which may not even convert) as `?`. */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  return value === null || value === undefined ? "" : "?";
}

/** "no", "yes", "yes, after 6 hours": a wait is written only when it is a real one. */
function retryOf(field: VerdictSource, { labels, duration }: VerdictWords): string {
  if (!field.retryable) return labels.retry.no;
  const wait = field.retryAfter;
  if (typeof wait !== "number" || !Number.isFinite(wait) || wait < 0) return labels.retry.yes;
  return labels.retry.after.replace("{duration}", duration(wait));
}

/** `"; 1 refused: gone@example.com 550 5.1.1 User unknown hard bounce"`, or `""` when none was. */
function refusedOf(recipients: unknown, labels: VerdictWords["labels"]): string {
  const refused = Array.isArray(recipients)
    ? (recipients as readonly Partial<SmtpLogRecipient>[]).filter(
        (r) => typeof r === "object" && r !== null && r.bounce !== null && r.bounce !== undefined,
      )
    : [];
  if (refused.length === 0) return "";
  const named = refused
    .slice(0, namedRecipients)
    .map((r) =>
      [
        textOf(r.recipient) || "(?)",
        textOf(r.code),
        textOf(r.enhanced),
        labelOf(labels.reasons, r.reason),
        labelOf(labels.bounces, r.bounce),
      ]
        .filter((part) => part !== "")
        .join(" "),
    );
  const unnamed = refused.length - namedRecipients;
  return `; ${refused.length} ${labels.fields.refused}: ${named.join(", ")}${unnamed > 0 ? `, +${unnamed}` : ""}`;
}
