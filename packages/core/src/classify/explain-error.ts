import type { LocaleTexts } from "../catalogue/locales/locale-texts.js";
import { normalizeCommand } from "../parse/commands.js";
import { parseReply } from "../parse/parse-reply.js";
import { clientErrors } from "./client-errors.js";
import { combineExplanations } from "./combine.js";
import { decisionOf } from "./decide.js";
import { type ExplainOptions, type Explanation, explainWith, explanationOf } from "./explain.js";
import type { RuleMatcher } from "./match-rules.js";
import { transientByNature } from "./reason-traits.js";

/** The fields of an error that can carry SMTP information (nodemailer's errors have them all). */
interface ErrorFields {
  readonly rejectedErrors?: unknown;
  readonly recipient?: unknown;
  readonly response?: unknown;
  readonly responseCode?: unknown;
  readonly command?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly cause?: unknown;
}

/** One refused recipient: its address and the explanation of the server's reply. */
export interface RecipientExplanation extends Explanation {
  readonly recipient: string | null;
}

/** The explanation of an error or a send result, with the refused recipients where there are any. */
export interface ErrorExplanation extends Explanation {
  readonly recipients?: readonly RecipientExplanation[];
}

/**
 * Explains an error (or a send result) of an SMTP client: the server's reply when it carries one
 * (`response`, with `responseCode` and `command`), else a reply or known phrasing in its
 * message, else its error code (nodemailer's `ECONNECTION`, `EAUTH` ..., Node's `ECONNREFUSED`
 * ..., also on its `cause`). Per-recipient refusals in `rejectedErrors` (nodemailer's) are
 * explained one by one in `recipients`; for a failure the verdict covers them all: nodemailer
 * puts one recipient's reply on an all-recipients-refused error (a 4xx one when there is one),
 * and a failure after RCPT (at DATA) adds to the recipients' refusals. Never throws; anything
 * that is not an object is read as a message.
 */
export function explainErrorWith(
  texts: LocaleTexts,
  error: unknown,
  options: ExplainOptions = {},
  userRules?: RuleMatcher,
): ErrorExplanation {
  const own = explainOne(texts, error, options, userRules);
  const rejected =
    typeof error === "object" && error !== null ? (error as ErrorFields).rejectedErrors : undefined;
  if (!Array.isArray(rejected)) return own;
  const recipients: RecipientExplanation[] = [];
  for (const item of rejected) {
    if (typeof item !== "object" || item === null) continue;
    const recipient = (item as ErrorFields).recipient;
    // Each refusal names its own stage (RCPT TO, or DATA for LMTP), whatever the caller's is.
    const command = stringField((item as ErrorFields).command) ?? options.command;
    const explanation = explainOne(texts, item, { ...options, command }, userRules);
    recipients.push({ ...explanation, recipient: typeof recipient === "string" ? recipient : null });
  }
  if (recipients.length === 0) return own;
  if (own.severity === "success") return { ...own, recipients };
  const combined = combineExplanations(own.command === "RCPT" ? recipients : [own, ...recipients]) ?? own;
  // The verdict is about all recipients, not the one whose reply it was chosen from.
  const { recipient: _chosen, ...overall } = combined as RecipientExplanation;
  return { ...overall, recipients };
}

function explainOne(
  texts: LocaleTexts,
  error: unknown,
  options: ExplainOptions,
  userRules: RuleMatcher | undefined,
): Explanation {
  const fields: ErrorFields =
    typeof error === "object" && error !== null ? (error as ErrorFields) : { message: error };
  const command = options.command ?? stringField(fields.command);
  const withCommand: ExplainOptions = { ...options, command };
  const response = stringField(fields.response);
  if (response?.trim()) {
    const result = explainWith(texts, response, withCommand, userRules);
    const responseCode = fields.responseCode;
    if (result.code !== null || typeof responseCode !== "number" || !Number.isInteger(responseCode))
      return result;
    return explainWith(texts, `${responseCode} ${response}`, withCommand, userRules);
  }
  const message = stringField(fields.message) ?? (typeof error === "string" ? error : "");
  const fromMessage = explainWith(texts, message, withCommand, userRules);
  if (fromMessage.code !== null || fromMessage.enhanced !== null) return fromMessage;
  const code = knownCode(fields.code) ?? knownCode(causeCode(fields.cause));
  const meaning = code ? clientErrors[code] : undefined;
  if (!meaning) return fromMessage;
  // The message's words, where a rule knows them, say more than the code ("Message size larger
  // than allowed" under EMESSAGE); the code says whether the failure passes.
  const decidedBy = fromMessage.decidedBy.kind;
  const byText = decidedBy === "rule" || decidedBy === "user-rule";
  const reason = byText ? fromMessage.reason : meaning.reason;
  const retryable = reason === meaning.reason ? meaning.retryable : transientByNature.has(reason);
  const rule = byText ? fromMessage.rule : `client:${code}`;
  const decision = decisionOf(reason, rule, 0.7, null, undefined, retryable);
  // A client-side failure has no reply class; whether it passes decides between the two.
  const severity = retryable ? "transient" : "permanent";
  return explanationOf(texts, parseReply(message), decision, severity, normalizeCommand(command) ?? null);
}

function stringField(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function knownCode(value: unknown): string | undefined {
  return typeof value === "string" && Object.hasOwn(clientErrors, value) ? value : undefined;
}

function causeCode(cause: unknown): unknown {
  return typeof cause === "object" && cause !== null ? (cause as ErrorFields).code : undefined;
}
