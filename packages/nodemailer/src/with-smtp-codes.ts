import { enrichError, enrichInfo } from "./enrich.js";
import type { SmtpCodesOptions } from "./types.js";

/** The part of a nodemailer transporter this package touches. */
interface SendsMail {
  sendMail(...args: never[]): unknown;
}

/** Transporters already wrapped, so that installing twice changes nothing. */
const installed = new WeakSet<object>();

type Callback = (err: unknown, info: unknown) => void;

/**
 * Makes every result of `transporter.sendMail` carry core's explanation: errors get `err.smtp`
 * (and each of `err.rejectedErrors` its own), results get `info.smtp` (and each of
 * `info.rejectedErrors`). Works with the callback and the promise style, pooled and non-pooled
 * SMTP transports, nodemailer 6.9 to 10. Returns the same transporter; installing twice changes
 * nothing.
 *
 * It wraps `sendMail` itself rather than the transport's `send`: errors nodemailer raises before
 * the transport runs (an invalid envelope, an aborted send) are explained too. nodemailer's own
 * `use("compile" | "stream")` plugins run before sending and never see errors.
 *
 * @example
 * const transporter = withSmtpCodes(nodemailer.createTransport({ host: "smtp.example.com", port: 587 }));
 * try {
 *   const info = await transporter.sendMail(message);
 *   console.log(info.smtp.queueId);
 * } catch (err) {
 *   console.error(err.smtp.summary, err.smtp.advice, err.smtp.retryable);
 * }
 */
export function withSmtpCodes<T extends SendsMail>(transporter: T, options: SmtpCodesOptions = {}): T {
  if (typeof transporter !== "object" || transporter === null || installed.has(transporter))
    return transporter;
  const original = transporter.sendMail as (...args: unknown[]) => unknown;
  if (typeof original !== "function") return transporter;
  const wrapped = function (this: unknown, ...args: unknown[]): unknown {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as Callback;
      args[args.length - 1] = (err: unknown, info: unknown) =>
        err ? callback(enrichError(err, options), info) : callback(err, enrichInfo(info, options));
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (!isPromise(result)) return result;
    return result.then(
      (info) => enrichInfo(info, options),
      (err: unknown) => {
        throw enrichError(err, options);
      },
    );
  };
  Object.defineProperty(transporter, "sendMail", { value: wrapped, configurable: true, writable: true });
  installed.add(transporter);
  return transporter;
}

function isPromise(value: unknown): value is Promise<unknown> {
  return (
    typeof value === "object" && value !== null && typeof (value as Promise<unknown>).then === "function"
  );
}
