/**
 * `@smtp-codes/winston`: a logform format that adds structured, safe SMTP fields to winston log
 * records, explained by `@smtp-codes/core`, and a one-line console rendering.
 */
export { type SmtpConsoleOptions, smtpConsole } from "./console-format.js";
export { flatNames, type SmtpLogField } from "./fields.js";
export { type SmtpFormatOptions, smtpFormat } from "./smtp-format.js";
