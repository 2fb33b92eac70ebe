import { safeText } from "@smtp-codes/core";
import { type SmtpLogField, type VerdictWords, verdictOf } from "@smtp-codes/core/log";

/** Longest message taken from an error's own `message` when the log call gives none. */
const maxDerivedMessageLength = 1000;

/**
 * The arguments of a pino log call with the verdict put before its message
 * (`[550 5.1.1 permanent · hard bounce · User unknown · Retry? no] send failed`: core/log's
 * `verdictOf` in the words given, the same line as winston's console format and the CLI's), for
 * pino-pretty and every tool that shows `msg`. Where the call gives no message, pino's own choice (the error's
 * message) is made here, escaped and capped, since it holds the server's reply. A record whose
 * merging object already holds its message is left as it is.
 */
export function withPrefix(
  args: readonly unknown[],
  field: SmtpLogField,
  keys: { readonly messageKey: string; readonly errorKey: string },
  words: VerdictWords,
): unknown[] {
  const prefix = `[${verdictOf(field, words)}]`;
  const [first, message, ...rest] = args;
  if (typeof message === "string") {
    // With format arguments, a "%" in an address would take one of them.
    const safePrefix = rest.length > 0 ? prefix.replaceAll("%", "%%") : prefix;
    return [first, `${safePrefix} ${message}`, ...rest];
  }
  if (message !== undefined) return [...args];
  if (first instanceof Error) return [first, `${prefix} ${derived(first.message)}`];
  const fields = first as Record<string, unknown>;
  if (fields[keys.messageKey] !== undefined) return [...args];
  const error = fields[keys.errorKey];
  const errorMessage =
    typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
  return [first, typeof errorMessage === "string" ? `${prefix} ${derived(errorMessage)}` : prefix];
}

function derived(message: string): string {
  return safeText(message, maxDerivedMessageLength);
}
