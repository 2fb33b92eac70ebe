import type { CatalogueEntry } from "../catalogue/entries.js";
import { cachedBasicEntry, cachedEntry } from "../catalogue/entry-cache.js";
import type { LocaleTexts } from "../catalogue/locales/locale-texts.js";
import { severityOfClass } from "../catalogue/severity.js";
import { normalizeCommand, type SmtpCommand } from "../parse/commands.js";
import { answersRecipientStage } from "../parse/context.js";
import { type ParsedReply, type ParseWarning, parseReply } from "../parse/parse-reply.js";
import { queueIdOf } from "../parse/queue-id.js";
import type { Actor, Reason, Severity } from "../types.js";
import { stageReasons } from "./code-reasons.js";
import { type Decision, decide } from "./decide.js";
import { type DecidedBy, decidedByOf } from "./decided-by.js";
import { lastMatchedLacksWaitVerbs, type RuleMatcher } from "./match-rules.js";
import { type ReasonTraits, reasonTraits, transientByNature } from "./reason-traits.js";
import { maxWaitText, retryAfterFromText } from "./retry-after.js";

/** Options of `explain`. */
export interface ExplainOptions<L extends string = string> {
  /** Language of `summary` and `advice`: one of the entry point's locales, default `"en"`. */
  readonly locale?: L;
  /**
   * The SMTP stage the reply answered: `CONNECT`, `EHLO`, `STARTTLS`, `AUTH`, `MAIL`, `RCPT`,
   * `DATA`, or nodemailer's spellings (`"RCPT TO"`, `"AUTH PLAIN"`, `"CONN"`). When absent, a
   * stage named in the text around the reply is used.
   */
  readonly command?: string;
  /**
   * Whether the sending MTA has stopped trying (a bounce report's `Action: failed`): the reply is
   * the last of a delivery given up. A destination that could not be reached for that long then
   * reads as `expired`, not as one attempt's `networkError`.
   */
  readonly gaveUp?: boolean;
}

/** What a reply means and what to do about it. */
export interface Explanation {
  /** Basic reply code, or `null`. */
  readonly code: number | null;
  /** Enhanced status code, or `null`. */
  readonly enhanced: string | null;
  /** Governed by the basic code; by the enhanced code's class when there is no basic code. */
  readonly severity: Severity;
  /** Whether sending again (unchanged, later) can succeed. */
  readonly retryable: boolean;
  /** When retryable: seconds to wait, from the reply's own words where it names a wait. */
  readonly retryAfter: number | null;
  /** `hard` when the address itself is bad, `soft` for other failures, `null` for success. */
  readonly bounce: "hard" | "soft" | null;
  readonly reason: Reason;
  /** Who has to act; `null` for success. */
  readonly actor: Actor | null;
  /** One sentence: what happened. */
  readonly summary: string;
  /** One sentence: what to do. */
  readonly advice: string;
  /** The catalogue title of the enhanced code (or else the basic code), or `null`. */
  readonly title: string | null;
  /**
   * What decided the reason, as a name for people: `rule:<id>`, `enhanced:<code>`,
   * `basic:<code>`, `stage:<command>`, ... Programs read `decidedBy` instead.
   */
  readonly rule: string;
  /** What decided the reason, as data: `{ kind: "rule", id: "gmail.user-unknown" }`, `{ kind: "none", id: null }`. */
  readonly decidedBy: DecidedBy;
  /** How sure the decision is, 0 to 1. */
  readonly confidence: number;
  /** The SMTP stage used: from the options, or named in the text. */
  readonly command: SmtpCommand | null;
  /** The queue id a success reply states (`queued as 4C33C18207F`), or `null`. */
  readonly queueId: string | null;
  /** The reply's text without codes, cleaned and capped. */
  readonly text: string;
  readonly warnings: readonly ParseWarning[];
  readonly locale: string;
}

/** Explains a reply with the given texts. */
export function explainWith(
  texts: LocaleTexts,
  input: unknown,
  options: ExplainOptions = {},
  userRules?: RuleMatcher,
): Explanation {
  const parsed = toParsed(input);
  let command = normalizeCommand(options.command) ?? parsed.command;
  if (command === "DATA" && answersRecipientStage(typeof input === "string" ? input : parsed.text))
    command = "RCPT";
  const cls = classOf(parsed);
  const surrounding =
    typeof input === "string" && (parsed.form === "embedded" || parsed.warnings.length > 0) ? input : null;
  const decided = adjustForStage(
    decide(parsed, cls, command, surrounding, userRules),
    command,
    parsed.enhanced,
  );
  const decision = options.gaveUp ? adjustForGivingUp(decided) : decided;
  return explanationOf(texts, parsed, decision, severityOfClass(cls ?? undefined), command);
}

/** The explanation of a decision: retry, bounce, actor and the texts in the locale. */
export function explanationOf(
  texts: LocaleTexts,
  parsed: ParsedReply,
  decision: Decision,
  severity: Severity,
  command: SmtpCommand | null,
): Explanation {
  const reason = decision.reason;
  const traits = reasonTraits[reason];
  const success = severity === "success" || severity === "intermediate";
  const entry = catalogueEntry(parsed, texts, success);
  const reasonTexts = texts.reasons[reason];
  const undecided = reason === "undefined";
  // Nothing in the input says it failed or succeeded: no bounce, nothing to retry.
  const unknown = undecided && severity === "unknown";
  const retryable = !unknown && isRetryable(severity, reason, traits, decision);
  return {
    code: parsed.code,
    enhanced: parsed.enhanced,
    severity,
    retryable,
    retryAfter: retryable ? (statedWait(parsed.text) ?? traits.retryAfter) : null,
    bounce: bounceOf(severity, reason, traits, success || unknown),
    reason,
    actor: success ? null : (traits.actor ?? entry?.actor ?? null),
    summary: (success || undecided) && entry && isDescribed(entry) ? entry.explanation : reasonTexts.summary,
    advice: success
      ? texts.reasons.delivered.advice
      : undecided
        ? (entry?.advice ?? reasonTexts.advice)
        : reasonTexts.advice,
    title: entry && isDescribed(entry) ? entry.title : null,
    rule: decision.rule,
    decidedBy: decision.decidedBy ?? decidedByOf(decision.rule),
    confidence: decision.confidence,
    command,
    queueId: severity === "success" ? queueIdOf(parsed.text) : null,
    text: parsed.text,
    warnings: parsed.warnings,
    locale: texts.locale,
  };
}

/**
 * The wait the reply's text states, read only when it can state one: most texts were just
 * matched against the rules, whose reading of their words tells when they hold none of the
 * verbs a wait starts with.
 */
function statedWait(text: string): number | null {
  const bounded = text.length > maxWaitText ? text.slice(0, maxWaitText) : text;
  return lastMatchedLacksWaitVerbs(bounded) ? null : retryAfterFromText(text);
}

function toParsed(input: unknown): ParsedReply {
  if (typeof input === "string") return parseReply(input);
  // A number is a bare code, as `lookup(550)` takes it: 550 reads as the reply "550".
  if (typeof input === "number") return parseReply(String(input));
  if (isParsedReply(input)) return input;
  throw new TypeError("explain: expected a reply string, a code number or the result of parseReply");
}

function isParsedReply(value: unknown): value is ParsedReply {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<ParsedReply>;
  return (
    (candidate.code === null || typeof candidate.code === "number") &&
    (candidate.enhanced === null || typeof candidate.enhanced === "string") &&
    typeof candidate.text === "string" &&
    Array.isArray(candidate.warnings)
  );
}

/** The class digit: the basic code governs; the enhanced code's class stands in when there is none. */
function classOf(parsed: ParsedReply): number | null {
  if (parsed.code !== null) return Math.floor(parsed.code / 100);
  if (parsed.enhanced !== null) return parsed.enhanced.charCodeAt(0) - 48;
  return null;
}

/**
 * What the stage changes: before any recipient was named (the greeting, EHLO, STARTTLS, AUTH) a
 * reply cannot say that the recipient's address is bad, so an "unknown" there is the sending
 * host's: the stage's own reason, as for any refusal then; at MAIL FROM an unknown address or
 * domain is the sender's; after DATA,
 * a recipient the server had accepted at RCPT and now calls unknown was refused by a filter,
 * unless the enhanced code is an address status (X.1.x, RFC 3463 section 3.2): then the code and
 * the text agree that the address itself is bad. That is also what a sending MTA reports for a
 * recipient refused at RCPT when pipelining made DATA the last command it logged.
 */
function adjustForStage(decision: Decision, command: SmtpCommand | null, enhanced: string | null): Decision {
  const beforeRecipients = command === null ? undefined : stageReasons[command];
  if (
    beforeRecipients &&
    (decision.reason === "userUnknown" || decision.reason === "hostUnknown" || decision.reason === "hasMoved")
  ) {
    return { ...decision, reason: beforeRecipients, rule: `${decision.rule}@${command}` };
  }
  if (
    command === "MAIL" &&
    (decision.reason === "userUnknown" ||
      decision.reason === "hostUnknown" ||
      decision.reason === "notAccept")
  ) {
    return { ...decision, reason: "senderRejected", rule: `${decision.rule}@MAIL` };
  }
  if (
    command === "DATA" &&
    decision.reason === "userUnknown" &&
    decision.textRule &&
    !decision.textRule.keepsAtData &&
    !isAddressStatus(enhanced)
  ) {
    return {
      ...decision,
      reason: "filtered",
      rule: `${decision.rule}@DATA`,
      confidence: Math.min(decision.confidence, 0.6),
    };
  }
  return decision;
}

/**
 * What giving up changes: the deciding rule's or code's reason for a failure that lasted until
 * the MTA gave up. `rule` still names that rule or code, whose data holds the second reason.
 */
function adjustForGivingUp(decision: Decision): Decision {
  const reason = decision.whenGivenUp;
  return reason ? { ...decision, reason } : decision;
}

/** Whether an enhanced code is about the address (subject 1: `5.1.1`, `5.1.6`, ...). */
function isAddressStatus(enhanced: string | null): boolean {
  return enhanced?.startsWith(".1.", 1) ?? false;
}

/** `traits` are the reason's, looked up once by `explanationOf` (a keyed look-up per use cost ~1 %). */
function bounceOf(
  severity: Severity,
  reason: Reason,
  traits: ReasonTraits,
  noFailure: boolean,
): "hard" | "soft" | null {
  if (noFailure || reason === "delivered") return null;
  const permanentOrUnknown = severity === "permanent" || severity === "unknown";
  return permanentOrUnknown && traits.addressIsBad ? "hard" : "soft";
}

function isRetryable(severity: Severity, reason: Reason, traits: ReasonTraits, decision: Decision): boolean {
  if (decision.retryable !== undefined) return decision.retryable;
  switch (severity) {
    case "success":
    case "intermediate":
      return false;
    case "transient":
      return true;
    case "permanent":
      return decision.textRule?.retryable ?? traits.retryDespitePermanent;
    default:
      return decision.textRule?.retryable ?? transientByNature.has(reason);
  }
}

/**
 * The catalogue entry that describes the reply best: a registered enhanced code that says more
 * than its class, else the basic code. Successes are described by the basic code.
 */
function catalogueEntry(
  parsed: ParsedReply,
  texts: LocaleTexts,
  success: boolean,
): CatalogueEntry | undefined {
  if (parsed.enhanced && !(success && parsed.code !== null) && !parsed.enhanced.endsWith(".0.0")) {
    const entry = cachedEntry(parsed.enhanced, texts);
    if (entry && isDescribed(entry)) return entry;
  }
  return parsed.code !== null ? cachedBasicEntry(parsed.code, texts) : undefined;
}

/** Entries with texts of their own: the registry's codes and the providers' documented ones. */
function isDescribed(entry: CatalogueEntry): boolean {
  return entry.registered || (entry.kind === "enhanced" && entry.vendor !== null);
}
