import { combineExplanations, type Explanation, explain, explainError } from "@smtp-codes/core";
import type { RecipientExplanation, SmtpCodesOptions, SmtpExplanation } from "./types.js";

/** Objects this package has explained, so that explaining twice changes nothing. */
const enriched = new WeakSet<object>();

interface ErrorFields {
  readonly recipient?: unknown;
  readonly rejectedErrors?: unknown;
}

interface InfoFields {
  readonly response?: unknown;
  readonly rejectedErrors?: unknown;
}

/**
 * Attaches core's explanation to an error from nodemailer's `sendMail`, as a `smtp` property,
 * and to each element of `err.rejectedErrors`. The error keeps its identity, class, message,
 * stack, code and cause. Never throws, and doing it twice changes nothing.
 *
 * @example
 * try {
 *   await transporter.sendMail(message);
 * } catch (err) {
 *   enrichError(err);
 *   if (err.smtp?.bounce === "hard") await suppressAddress(message.to);
 * }
 */
export function enrichError<E>(err: E, options: SmtpCodesOptions = {}): E {
  try {
    if (typeof err !== "object" || err === null || enriched.has(err)) return err;
    const recipients = rejectedRecipients((err as ErrorFields).rejectedErrors, options);
    const own = explainError(err, options);
    if (recipients.length === 0) {
      attach(err, own);
      return err;
    }
    // nodemailer puts one recipient's reply on an all-recipients-refused error (a 4xx one when
    // there is one): the verdict must cover every recipient. A failure after RCPT (at DATA)
    // adds to the recipients' refusals.
    const overall = combineExplanations(own.command === "RCPT" ? recipients : [own, ...recipients]) ?? own;
    attach(err, { ...overall, recipients });
  } catch {
    // Explaining must never replace or hide the user's error.
  }
  return err;
}

/**
 * Attaches the explanation of the final server response to nodemailer's `info` (with the queue id
 * when the server states one), and one to each element of `info.rejectedErrors`: recipients the
 * server refused while the message went to the others. Never throws; twice changes nothing.
 *
 * @example
 * const info = enrichInfo(await transporter.sendMail(message));
 * info.smtp?.queueId; // "4C33C18207F"
 * for (const refused of info.smtp?.recipients ?? []) console.warn(refused.recipient, refused.reason);
 */
export function enrichInfo<I>(info: I, options: SmtpCodesOptions = {}): I {
  try {
    if (typeof info !== "object" || info === null || enriched.has(info)) return info;
    const response = (info as InfoFields).response;
    if (typeof response !== "string") return info;
    const recipients = rejectedRecipients((info as InfoFields).rejectedErrors, options);
    const own = explain(response, { ...options, command: "DATA" });
    attach(info, recipients.length > 0 ? { ...own, recipients } : own);
  } catch {
    // A result that cannot be explained is still the user's result.
  }
  return info;
}

/** Explains each rejected recipient's error in place and returns the explanations. */
function rejectedRecipients(rejectedErrors: unknown, options: SmtpCodesOptions): RecipientExplanation[] {
  if (!Array.isArray(rejectedErrors)) return [];
  const explanations: RecipientExplanation[] = [];
  for (const rejected of rejectedErrors) {
    if (typeof rejected !== "object" || rejected === null) continue;
    const explanation: Explanation = explainError(rejected, options);
    const recipient = (rejected as ErrorFields).recipient;
    const entry = { ...explanation, recipient: typeof recipient === "string" ? recipient : null };
    if (!enriched.has(rejected)) attach(rejected, entry);
    explanations.push(entry);
  }
  return explanations;
}

function attach(target: object, smtp: SmtpExplanation): void {
  Object.defineProperty(target, "smtp", {
    value: smtp,
    enumerable: true,
    configurable: true,
    writable: true,
  });
  enriched.add(target);
}
