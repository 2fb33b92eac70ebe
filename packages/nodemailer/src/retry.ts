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
  /** Never wait longer than this. Default one hour. */
  readonly maxDelayMs?: number;
}

/**
 * Decides whether and when to send again after a failure that `@smtp-codes/nodemailer`
 * explained: no retry for permanent failures (unless the reply is really a rate limit,
 * greylisting or a full mailbox), else wait the time the reply asked for, doubled per attempt.
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
  const maxDelayMs = options.maxDelayMs ?? 3_600_000;
  const smtp = smtpOf(error);
  if (!smtp?.retryable || attempt >= maxAttempts) return { retry: false, delayMs: 0 };
  const baseMs = (smtp.retryAfter ?? 60) * 1000;
  return { retry: true, delayMs: Math.min(baseMs * 2 ** (attempt - 1), maxDelayMs) };
}

/** The explanation attached to an error or result, if any. */
export function smtpOf(value: unknown): SmtpExplanation | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const smtp = (value as { smtp?: unknown }).smtp;
  return typeof smtp === "object" && smtp !== null && "reason" in smtp
    ? (smtp as SmtpExplanation)
    : undefined;
}
