/**
 * `@smtp-codes/core/log`: the logger-neutral log support every log adapter of smtp-codes is
 * built on (`@smtp-codes/winston`, `@smtp-codes/pino`): finding SMTP information in a record or
 * an error, the safe field (nested or with flat ECS/OpenTelemetry names), its one-line verdict (in the
 * labels the caller passes),
 * and one test for "this is already an explanation". Holds no texts: explanations come from the
 * `explainError` an adapter passes in, so an English-only bundle stays English-only.
 */
export {
  flatFields,
  flatNames,
  logField,
  type SmtpLogField,
  type SmtpLogRecipient,
} from "./field.js";
export {
  carriesSmtp,
  type ExplainErrorFunction,
  type FindOptions,
  type FoundSmtp,
  findSmtp,
  isRecipientOutcome,
} from "./find-smtp.js";
export { isExplanation } from "./is-explanation.js";
export {
  createSmtpLog,
  type SmtpLog,
  type SmtpLogOptions,
  type WriteOptions,
  writeField,
} from "./smtp-log.js";
export { type VerdictOptions, type VerdictSource, type VerdictWords, verdictOf } from "./verdict.js";
