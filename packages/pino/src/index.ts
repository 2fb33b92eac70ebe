/**
 * `@smtp-codes/pino`: pino options that add structured, safe SMTP fields to log records,
 * explained by `@smtp-codes/core` (logger-neutral part: `@smtp-codes/core/log`).
 */
export { flatNames, type SmtpLogField } from "@smtp-codes/core/log";
export { type SmtpPinoLoggerOptions, type SmtpPinoOptions, smtpPino } from "./smtp-pino.js";
