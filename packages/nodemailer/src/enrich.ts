import { explainError } from "@smtp-codes/core";
import type { SmtpCodesOptions, SmtpExplanation } from "./types.js";

/** Objects this package has explained, so that explaining twice changes nothing. */
const enriched = new WeakSet<object>();

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
  return enrich(err, options, false);
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
  return enrich(info, options, true);
}

function enrich<T>(target: T, options: SmtpCodesOptions, result: boolean): T {
  try {
    if (typeof target !== "object" || target === null || enriched.has(target)) return target;
    // A result without an SMTP response (JSON or stream transport) has nothing to explain.
    if (result && typeof (target as { response?: unknown }).response !== "string") return target;
    const smtp: SmtpExplanation = explainError(target, result ? { ...options, command: "DATA" } : options);
    const rejectedErrors = (target as { rejectedErrors?: unknown }).rejectedErrors;
    if (Array.isArray(rejectedErrors)) {
      rejectedErrors.forEach((rejected: unknown, i) => {
        const recipient = smtp.recipients?.[i];
        if (recipient && typeof rejected === "object" && rejected !== null && !enriched.has(rejected)) {
          attach(rejected, recipient);
        }
      });
    }
    attach(target, smtp);
  } catch {
    // Explaining must never replace or hide the user's error, nor break their result.
  }
  return target;
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
