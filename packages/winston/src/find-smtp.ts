import { clientErrors, type ErrorExplanation, explainError, parseReply } from "@smtp-codes/core";

const SPLAT = Symbol.for("splat");

/** Fields by which a value shows it carries SMTP information. */
interface SmtpFields {
  readonly smtp?: unknown;
  readonly response?: unknown;
  readonly responseCode?: unknown;
  readonly rejectedErrors?: unknown;
  readonly code?: unknown;
  readonly command?: unknown;
}

/** What the format found: the value, its explanation (computed on demand) and a memo key. */
export interface Found {
  readonly explanation: () => ErrorExplanation;
  readonly source: object;
  /** The same key means the same explanation; `null` when it must not be memoised. */
  readonly key: string | null;
}

/** An explanation `@smtp-codes/nodemailer` already attached. */
function attached(value: SmtpFields): ErrorExplanation | undefined {
  const smtp = value.smtp;
  return typeof smtp === "object" && smtp !== null && "reason" in smtp && "severity" in smtp
    ? (smtp as ErrorExplanation)
    : undefined;
}

/**
 * Whether a value carries SMTP information: an explanation, a server reply, per-recipient
 * errors, or a client error code together with the SMTP command it happened at (so that a
 * database's ECONNREFUSED is not taken for a mail failure).
 */
export function carriesSmtp(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  const fields = value as SmtpFields;
  return (
    attached(fields) !== undefined ||
    typeof fields.response === "string" ||
    typeof fields.responseCode === "number" ||
    Array.isArray(fields.rejectedErrors) ||
    (typeof fields.code === "string" &&
      typeof fields.command === "string" &&
      Object.hasOwn(clientErrors, fields.code))
  );
}

/**
 * Looks where winston puts SMTP information, in this order: the record itself (`logger.error(err)`
 * and nodemailer `info` objects), `info.err` and `info.error`, an Error as `info.message`
 * (`logger.log({ level, message: err })`), and the extra arguments winston keeps in
 * `info[SPLAT]` (`logger.error("message", err)`); with `parseMessages`, a reply inside a plain
 * string message. Reuses an explanation already attached.
 */
export function findSmtp(
  info: Record<string | symbol, unknown>,
  locale: "en" | "de",
  parseMessages: boolean,
): Found | undefined {
  // Checked one by one, without building a list: most records carry no SMTP data at all.
  const found =
    foundIn(info, locale) ??
    foundIn(info.err, locale) ??
    foundIn(info.error, locale) ??
    foundIn(info.message, locale);
  if (found) return found;
  const splat = info[SPLAT];
  if (Array.isArray(splat)) {
    for (const candidate of splat) {
      const inSplat = foundIn(candidate, locale);
      if (inSplat) return inSplat;
    }
  }
  // Off by default: a plain message that holds a reply ("... said: 550 5.1.1 ...").
  const message = info.message;
  if (parseMessages && typeof message === "string" && parseReply(message).code !== null) {
    return {
      explanation: () => explainError({ message }, { locale }),
      source: { response: message },
      key: null,
    };
  }
  return undefined;
}

function foundIn(candidate: unknown, locale: "en" | "de"): Found | undefined {
  if (!carriesSmtp(candidate)) return undefined;
  const reused = attached(candidate as SmtpFields);
  if (reused) return { explanation: () => reused, source: candidate, key: null };
  return {
    explanation: () => explainError(candidate, { locale }),
    source: candidate,
    key: memoKey(candidate),
  };
}

/**
 * What an explanation of a value depends on, as a key: its reply, code and command. Values with
 * per-recipient errors or a cause are not memoised (their explanation depends on more).
 */
function memoKey(value: object): string | null {
  const fields = value as SmtpFields & { readonly message?: unknown; readonly cause?: unknown };
  if (fields.rejectedErrors !== undefined || fields.cause !== undefined) return null;
  const { response, responseCode, code, command, message } = fields;
  if (typeof response !== "string" && typeof message !== "string") return null;
  return `${String(responseCode)}\u0000${String(code)}\u0000${String(command)}\u0000${
    typeof response === "string" ? response : ""
  }\u0000${typeof response === "string" ? "" : String(message)}`;
}
