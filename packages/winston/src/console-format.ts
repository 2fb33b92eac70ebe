import { safeText } from "@smtp-codes/core";
import { isExplanation, type SmtpLogField, verdictOf } from "@smtp-codes/core/log";

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
 * SMTP verdict coloured by severity, with reason, bounce, retry, the refused recipients of a
 * send, and the summary. Control characters in the message are escaped, so a record stays one
 * line. Sets the record's printed message. Reads the nested field (`fields: "nested"`).
 *
 * @example
 * format.combine(format.errors({ stack: true }), smtpFormat(), smtpConsole())
 * // error: send failed [550 5.1.1 permanent userUnknown, hard bounce, no retry] The recipient's mailbox does not exist.
 * // info: sent [250 2.0.0 success delivered, no retry; 1 refused: gone@example.com 550 5.1.1 userUnknown hard] ...
 */
export function smtpConsole(options: SmtpConsoleOptions = {}) {
  const field = options.field ?? "smtp";
  const colors = options.colors ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
  const maxLength = options.maxLength ?? 500;
  return {
    options,
    transform<T extends object>(input: T): T {
      const info = input as unknown as Record<string | symbol, unknown>;
      const level = String(info[LEVEL] ?? info.level ?? "info");
      const message = safeText(String(info.message ?? ""), maxLength);
      const smtp = info[field];
      let line = `${level}: ${message}`;
      if (isExplanation(smtp)) {
        const verdict = `[${verdictOf(smtp as unknown as SmtpLogField)}]`;
        const colour = colors ? (colourBySeverity[smtp.severity] ?? "") : "";
        line += ` ${colour}${verdict}${colour ? reset : ""} ${safeText(String(smtp.summary ?? ""), maxLength)}`;
      }
      info[MESSAGE] = line;
      return input;
    },
  };
}
