/**
 * `@smtp-codes/bounce`: reads bounce emails (DSNs, complaints, auto-replies, MTAs' own bounce
 * texts) and explains each recipient's outcome with `@smtp-codes/core`.
 */
export type { RecipientOutcome } from "@smtp-codes/core";
export * from "./mailbox/index.js";
export type { BounceOptions } from "./options.js";
export { defaultLimits } from "./options.js";
export { parseBounce } from "./parse-bounce.js";
export type { BounceReport, BounceWarning, Complaint, OriginalMessage, ReportKind } from "./report.js";
