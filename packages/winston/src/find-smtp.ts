import { clientErrors, type Explanation, explainError } from "@smtp-codes/core";

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

/** What the format found: the explanation and the value it came from. */
export interface Found {
  readonly explanation: Explanation & { readonly recipients?: readonly unknown[] };
  readonly source: object;
}

/** An explanation `@smtp-codes/nodemailer` already attached. */
function attached(value: SmtpFields): Found["explanation"] | undefined {
  const smtp = value.smtp;
  return typeof smtp === "object" && smtp !== null && "reason" in smtp && "severity" in smtp
    ? (smtp as Found["explanation"])
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
    (typeof fields.code === "string" && typeof fields.command === "string" && Object.hasOwn(clientErrors, fields.code))
  );
}

/**
 * Looks where winston puts SMTP information, in this order: the record itself (`logger.error(err)`
 * and nodemailer `info` objects), `info.err` and `info.error`, an Error as `info.message`
 * (`logger.log({ level, message: err })`), and the extra arguments winston keeps in
 * `info[SPLAT]` (`logger.error("message", err)`). Reuses an explanation already attached.
 */
export function findSmtp(info: Record<string | symbol, unknown>, locale: "en" | "de"): Found | undefined {
  const splat = info[SPLAT];
  const candidates: unknown[] = [info, info.err, info.error, info.message];
  if (Array.isArray(splat)) candidates.push(...splat);
  for (const candidate of candidates) {
    if (!carriesSmtp(candidate)) continue;
    const reused = attached(candidate as SmtpFields);
    return { explanation: reused ?? explainError(candidate, { locale }), source: candidate };
  }
  return undefined;
}
