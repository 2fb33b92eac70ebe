import { formatDuration, labels, safeText } from "@smtp-codes/core";
import { isExplanation, type VerdictWords, verdictOf } from "@smtp-codes/core/log";

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

/**
 * A human rendering for development consoles, after `smtpFormat()`: one line per record, the
 * SMTP verdict coloured by severity (core/log's `verdictOf`, the same line as pino's message
 * prefix and the CLI's), in core's labels (`labels(locale)`) with bounce, reason, retry and its
 * wait (`formatDuration`), the refused recipients of a send, then the summary.
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
  const words: VerdictWords = {
    labels: labels(locale),
    duration: (seconds) => formatDuration(seconds, locale),
  };
  return {
    options,
    transform<T extends object>(input: T): T {
      const info = input as unknown as Record<string | symbol, unknown>;
      const level = String(info[LEVEL] ?? info.level ?? "info");
      const message = safeText(String(info.message ?? ""), maxLength);
      const smtp = info[field];
      let line = `${level}: ${message}`;
      if (isExplanation(smtp)) {
        const verdict = `[${verdictOf(smtp, words)}]`;
        const colour = colors ? (colourBySeverity[String(smtp.severity)] ?? "") : "";
        line += ` ${colour}${verdict}${colour ? reset : ""} ${safeText(String(smtp.summary ?? ""), maxLength)}`;
      }
      info[MESSAGE] = line;
      return input;
    },
  };
}
