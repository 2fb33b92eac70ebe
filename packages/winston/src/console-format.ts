import { safeText } from "@smtp-codes/core";

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

interface ConsoleField {
  readonly code?: unknown;
  readonly enhanced?: unknown;
  readonly severity?: unknown;
  readonly reason?: unknown;
  readonly bounce?: unknown;
  readonly retryable?: unknown;
  readonly summary?: unknown;
}

/**
 * A human rendering for development consoles, after `smtpFormat()`: one line per record, the
 * SMTP verdict coloured by severity, with reason, bounce, retry and summary. Control characters
 * in the message are escaped, so a record stays one line. Sets the record's printed message.
 *
 * @example
 * format.combine(format.errors({ stack: true }), smtpFormat(), smtpConsole())
 * // error: send failed [550 5.1.1 permanent userUnknown, hard bounce, no retry] The recipient's mailbox does not exist.
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
      const smtp = info[field] as ConsoleField | undefined;
      let line = `${level}: ${message}`;
      if (smtp && typeof smtp === "object" && typeof smtp.reason === "string") {
        const codes = [smtp.code, smtp.enhanced]
          .filter((part) => part !== null && part !== undefined)
          .join(" ");
        const bounce = smtp.bounce ? `, ${smtp.bounce} bounce` : "";
        const verdict = `[${codes ? `${codes} ` : ""}${smtp.severity} ${smtp.reason}${bounce}, ${smtp.retryable ? "retry" : "no retry"}]`;
        const colour = colors ? (colourBySeverity[String(smtp.severity)] ?? "") : "";
        line += ` ${colour}${verdict}${colour ? reset : ""} ${safeText(String(smtp.summary ?? ""), maxLength)}`;
      }
      info[MESSAGE] = line;
      return input;
    },
  };
}
