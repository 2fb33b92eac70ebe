/**
 * `@smtp-codes/nodemailer`: every nodemailer send error and per-recipient rejection explained
 * by `@smtp-codes/core`.
 */
import "./augment.js";

export { enrichError, enrichInfo } from "./enrich.js";
export { type RetryOptions, type RetryPlan, retryPlan, smtpOf } from "./retry.js";
export type { RecipientExplanation, SmtpCodesOptions, SmtpError, SmtpExplanation } from "./types.js";
export { withSmtpCodes } from "./with-smtp-codes.js";
