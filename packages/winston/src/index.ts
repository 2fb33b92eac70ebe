/**
 * `@smtp-codes/winston`: a logform format that adds structured, safe SMTP fields to winston log
 * records, explained by `@smtp-codes/core`, and a one-line console rendering. The logger-neutral
 * part (finding SMTP data, the field, the flat names) is `@smtp-codes/core/log`.
 */
export { flatNames, type SmtpLogField } from "@smtp-codes/core/log";
export { type SmtpConsoleOptions, smtpConsole } from "./console-format.js";
export { type SmtpFormatOptions, smtpFormat } from "./smtp-format.js";
