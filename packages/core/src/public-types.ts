/** Everything `@smtp-codes/core` exports that needs no texts, shared by both entry points. */
export type { Classifier, ClassifierOptions, LocaleOptions, SmtpCodes } from "./api.js";
export { createSmtpCodes } from "./api.js";
export type { BasicCodeFacts } from "./catalogue/basic-codes.js";
export { basicCodes } from "./catalogue/basic-codes.js";
export type { EnhancedCodeFacts } from "./catalogue/enhanced-codes.js";
export { enhancedCodes } from "./catalogue/enhanced-codes.js";
export type { BasicEntry, CatalogueEntry, EnhancedEntry } from "./catalogue/entries.js";
export type { Labels } from "./catalogue/labels.js";
export type {
  BounceLabelKey,
  EntryTexts,
  FieldLabelKey,
  LabelTexts,
  LocaleTexts,
  ReasonTexts,
} from "./catalogue/locales/locale-texts.js";
export type { ListOptions } from "./catalogue/lookup.js";
export { isValidEnhancedCode, isValidReplyCode } from "./catalogue/syntax.js";
export { clientErrors } from "./classify/client-errors.js";
export { combineExplanations } from "./classify/combine.js";
export type { DecidedBy, DecisionKind } from "./classify/decided-by.js";
export { decisionKinds } from "./classify/decided-by.js";
export type { ExplainOptions, Explanation } from "./classify/explain.js";
export type { ErrorExplanation, RecipientExplanation } from "./classify/explain-error.js";
export type { Rule } from "./classify/rules/index.js";
export { rules } from "./classify/rules/index.js";
export type { UserRule } from "./classify/user-rules.js";
export { UserRuleError, userPatternLimits } from "./classify/user-rules.js";
export type { DeliveryStatusFields, DsnField, DsnFieldGroup, FieldBlockLimits } from "./dsn/fields.js";
export { decodeXtext, fieldValue, findField, readDeliveryStatus, readFieldGroups } from "./dsn/fields.js";
export { formatDuration } from "./format/duration.js";
export type { LogDelivery, LogMessageEnd } from "./logs/log-delivery.js";
export { parseLogLine, parseMessageEnd } from "./logs/parse-log-line.js";
export type {
  DsnAction,
  OutcomeSource,
  OutcomeType,
  RecipientOutcome,
  SuppressionReason,
} from "./outcome/recipient-outcome.js";
export { dsnActions, outcomeTypeOfAction, suppressionOf } from "./outcome/recipient-outcome.js";
export { isSafeAddress } from "./outcome/safe-address.js";
export type { SmtpCommand } from "./parse/commands.js";
export { normalizeCommand } from "./parse/commands.js";
export { limits } from "./parse/limits.js";
export type { ParsedReply, ParseWarning, ReplyForm, ReplyLine } from "./parse/parse-reply.js";
export { parseReply } from "./parse/parse-reply.js";
export { domainOf, findRecipient } from "./parse/recipient.js";
export { safeText } from "./parse/safe-text.js";
export type { Actor, EnhancedClass, Reason, ReplyClass, Severity } from "./types.js";
export { reasons } from "./types.js";
