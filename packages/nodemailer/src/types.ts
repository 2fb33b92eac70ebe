import type { ErrorExplanation, Locale } from "@smtp-codes/core";

export type { RecipientExplanation } from "@smtp-codes/core";

/**
 * What `@smtp-codes/nodemailer` attaches as `smtp` to errors and results: core's explanation;
 * for a send where recipients were refused, one verdict over all of them plus the explanation
 * of each in `recipients`.
 */
export type SmtpExplanation = ErrorExplanation;

/** Options of `withSmtpCodes`, `enrichError` and `enrichInfo`. */
export interface SmtpCodesOptions {
  /** Language of `summary` and `advice`: one of core's locales, `"en"` (default) or `"de"`. */
  readonly locale?: Locale;
}

/** An error that `@smtp-codes/nodemailer` has explained. */
export type SmtpError = Error & { readonly smtp: SmtpExplanation };
