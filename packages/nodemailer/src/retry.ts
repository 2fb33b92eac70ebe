import type { SmtpExplanation } from "./types.js";

/** How to retry a failed send, from its explanation. */
export interface RetryPlan {
  /** Whether another attempt can succeed. */
  readonly retry: boolean;
  /** Milliseconds to wait before the attempt, with exponential backoff over `attempt`. */
  readonly delayMs: number;
}

/** Options of `retryPlan`. */
export interface RetryOptions {
  /** The attempt that just failed, from 1. Default 1. */
  readonly attempt?: number;
  /** Give up after this many attempts. Default 5. */
  readonly maxAttempts?: number;
  /**
   * Cap for the doubling: later attempts never wait longer than this, unless the reply's own
   * `retryAfter` is longer (that wait is never shortened). Default 24 hours.
   */
  readonly maxDelayMs?: number;
}

/** Default cap of the doubled wait: a day, the longest any reason's default `retryAfter` is. */
const defaultMaxDelayMs = 86_400_000;

/**
 * Decides whether and when to send again after a failure that `@smtp-codes/nodemailer`
 * explained: no retry when core says the failure is not `retryable` (permanent failures,
 * unless the reply is really a rate limit, greylisting or a full mailbox), else one rule for
 * the wait: the first retry waits exactly core's `retryAfter` (what the reply asked for, or the
 * reason's default; 60 s when core has none), and each later attempt doubles it, capped at
 * `maxDelayMs` but never below `retryAfter`.
 *
 * @example
 * for (let attempt = 1; ; attempt++) {
 *   try {
 *     return await transporter.sendMail(message);
 *   } catch (err) {
 *     const plan = retryPlan(err, { attempt });
 *     if (!plan.retry) throw err;
 *     await new Promise((resolve) => setTimeout(resolve, plan.delayMs));
 *   }
 * }
 */
export function retryPlan(error: unknown, options: RetryOptions = {}): RetryPlan {
  const attempt = Math.max(1, Math.floor(options.attempt ?? 1));
  const maxAttempts = options.maxAttempts ?? 5;
  const maxDelayMs = options.maxDelayMs ?? defaultMaxDelayMs;
  const smtp = smtpOf(error);
  if (!smtp?.retryable || attempt >= maxAttempts) return { retry: false, delayMs: 0 };
  const baseMs = (smtp.retryAfter ?? 60) * 1000;
  const doubled = Math.min(baseMs * 2 ** (attempt - 1), maxDelayMs);
  return { retry: true, delayMs: Math.max(baseMs, doubled) };
}

/** The explanation attached to an error or result, if any. */
export function smtpOf(value: unknown): SmtpExplanation | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const smtp = (value as { smtp?: unknown }).smtp;
  return typeof smtp === "object" && smtp !== null && "reason" in smtp
    ? (smtp as SmtpExplanation)
    : undefined;
}
