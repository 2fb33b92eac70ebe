import type { Explanation } from "@smtp-codes/core";

/** One refused recipient: its address and the explanation of the server's reply. */
export interface RecipientExplanation extends Explanation {
  readonly recipient: string | null;
}

/**
 * What `@smtp-codes/nodemailer` attaches as `smtp` to errors and results: core's explanation;
 * for a send where several recipients were refused, one verdict over all of them plus the
 * explanation of each in `recipients`.
 */
export interface SmtpExplanation extends Explanation {
  readonly recipients?: readonly RecipientExplanation[];
}

/** Options of `withSmtpCodes`, `enrichError` and `enrichInfo`. */
export interface SmtpCodesOptions {
  /** Language of `summary` and `advice`: `"en"` (default) or `"de"`. */
  readonly locale?: "en" | "de";
}

/** An error that `@smtp-codes/nodemailer` has explained. */
export type SmtpError = Error & { readonly smtp: SmtpExplanation };
