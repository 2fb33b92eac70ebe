import { formatDuration, type Locale, labels, safeText } from "@smtp-codes/core";
import { isExplanation, refusedOf, type SmtpLogField } from "@smtp-codes/core/log";

const MESSAGE = Symbol.for("message");
const LEVEL = Symbol.for("level");

/** Options of `smtpConsole`. */
export interface SmtpConsoleOptions {
  /** The field `smtpFormat` wrote. Default `"smtp"`. */
  readonly field?: string;
  /** ANSI colours by severity. Default: when standard output is a terminal and NO_COLOR is not set. */
  readonly colors?: boolean;
  /** Longest message shown. Default 500. */
  readonly maxLength?: number;
  /** Language of the verdict's labels: `"en"` (default) or `"de"`; use the same as `smtpFormat`'s. */
  readonly locale?: "en" | "de";
}

const colourBySeverity: Readonly<Record<string, string>> = {
  permanent: "\u001b[31m",
  transient: "\u001b[33m",
  success: "\u001b[32m",
  intermediate: "\u001b[36m",
};
const reset = "\u001b[0m";

interface ConsoleField {
  readonly recipients?: SmtpLogField["recipients"];
  readonly code?: unknown;
  readonly enhanced?: unknown;
  readonly severity?: unknown;
  readonly reason?: unknown;
  readonly bounce?: unknown;
  readonly retryable?: unknown;
  readonly retryAfter?: unknown;
  readonly summary?: unknown;
}

/** The verdict in the locale's labels: "permanent · hard bounce · User unknown · Retry? no". */
function verdictOf(smtp: ConsoleField, locale: Locale): string {
  const labelled = labels(locale);
  const label = (table: Readonly<Record<string, string>>, key: unknown) =>
    typeof key === "string" && Object.hasOwn(table, key) ? (table[key] as string) : String(key);
  const wait = typeof smtp.retryAfter === "number" && smtp.retryAfter >= 0 ? smtp.retryAfter : null;
  const retry = !smtp.retryable
    ? labelled.retry.no
    : wait === null
      ? labelled.retry.yes
      : labelled.retry.after.replace("{duration}", formatDuration(wait, locale));
  return [
    label(labelled.severities, smtp.severity),
    smtp.bounce ? label(labelled.bounces, smtp.bounce) : null,
    label(labelled.reasons, smtp.reason),
    `${labelled.fields.retry} ${retry}`,
  ]
    .filter(Boolean)
    .join(" · ")
    .concat(
      refusedOf(smtp, {
        refused: labelled.fields.refused,
        reason: (key) => label(labelled.reasons, key),
        bounce: (key) => label(labelled.bounces, key),
        more: "",
      }),
    );
}

/**
 * A human rendering for development consoles, after `smtpFormat()`: one line per record, the
 * SMTP verdict coloured by severity, in core's labels (`labels(locale)`) with bounce, reason,
 * retry and its wait (`formatDuration`), the refused recipients of a send, then the summary.
 * Control characters in the message are escaped, so a record stays one line. Sets the record's
 * printed message. Reads the nested field (`fields: "nested"`).
 *
 * @example
 * format.combine(format.errors({ stack: true }), smtpFormat(), smtpConsole())
 * // error: send failed [550 5.1.1 permanent · hard bounce · User unknown · Retry? no] The recipient's mailbox does not exist.
 * // info: sent [250 2.0.0 success · Delivered · Retry? no; 1 refused: gone@example.com 550 5.1.1 User unknown hard bounce] ...
 * format.combine(smtpFormat({ locale: "de" }), smtpConsole({ locale: "de" }))
 * // error: send failed [550 5.1.1 dauerhaft · Hard Bounce · Empfänger unbekannt · Wiederholen? nein] Das Postfach ...
 */
export function smtpConsole(options: SmtpConsoleOptions = {}) {
  const field = options.field ?? "smtp";
  const colors = options.colors ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
  const maxLength = options.maxLength ?? 500;
  const locale = options.locale ?? "en";
  return {
    options,
    transform<T extends object>(input: T): T {
      const info = input as unknown as Record<string | symbol, unknown>;
      const level = String(info[LEVEL] ?? info.level ?? "info");
      const message = safeText(String(info.message ?? ""), maxLength);
      const smtp = info[field];
      let line = `${level}: ${message}`;
      if (isExplanation(smtp)) {
        const codes = [smtp.code, smtp.enhanced]
          .filter((part) => part !== null && part !== undefined)
          .join(" ");
        const verdict = `[${codes ? `${codes} ` : ""}${verdictOf(smtp as ConsoleField, locale)}]`;
        const colour = colors ? (colourBySeverity[String(smtp.severity)] ?? "") : "";
        line += ` ${colour}${verdict}${colour ? reset : ""} ${safeText(String(smtp.summary ?? ""), maxLength)}`;
      }
      info[MESSAGE] = line;
      return input;
    },
  };
}
