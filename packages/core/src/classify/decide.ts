import { parseEnhancedParts } from "../catalogue/syntax.js";
import type { SmtpCommand } from "../parse/commands.js";
import type { ParsedReply } from "../parse/parse-reply.js";
import { cleanText } from "../parse/text.js";
import type { Reason } from "../types.js";
import {
  type BasicReason,
  basicReasons,
  type EnhancedReason,
  enhancedReasons,
  stageReasons,
} from "./code-reasons.js";
import type { DecidedBy } from "./decided-by.js";
import { familyVerdictOf } from "./family-words.js";
import { matchRule, type RuleMatcher } from "./match-rules.js";
import type { Rule } from "./rules/index.js";

/** The reason a reply stands for, and what decided it. */
export interface Decision {
  readonly reason: Reason;
  /** `user:<id>` (a user rule), `rule:<id>`, `context:<id>`, `enhanced:<code>`, `basic:<code>`, `stage:<command>`, `class:<digit>`, `none`. */
  readonly rule: string;
  readonly confidence: number;
  /** The text rule that decided, if one did. */
  readonly textRule: Rule | null;
  /** Set where the decision itself knows whether a retry helps (client-side errors). */
  readonly retryable?: boolean;
  /** The reason once the sending MTA has given up, where the deciding rule or code names one. */
  readonly whenGivenUp?: Reason;
  /**
   * `rule` as data, set by rule decisions (whose ids hold no `@`, so `decidedByOf(rule)` reads
   * the same) to spare reading it back from the string; `decidedByOf(rule)` when absent.
   */
  readonly decidedBy?: DecidedBy;
}

/** Enhanced codes that say too little on their own to outrank the stage or the basic code. */
const vagueEnhanced = new Set(["X.0.0", "X.7.0", "X.7.1", "X.3.0", "X.5.0", "X.4.0", "X.2.0", "X.1.0"]);

/**
 * Basic codes that RFC 5321 gives to any failure of their class ("service not available",
 * "local error in processing", 552 both storage and size): a vague enhanced code says as much.
 */
/** Enhanced codes that say neither subject nor detail: any failure, any policy or security refusal. */
const subjectless = new Set(["X.0.0", "X.7.0", "X.7.1"]);

const genericBasic = new Set([421, 450, 451, 452, 550, 552, 553, 554]);

/**
 * Decides the reason in a fixed order, most specific first:
 * the class for successes; the text rules on the reply's text (a weak, generic rule yields to a
 * specific enhanced code); the text rules on the text
 * around an embedded reply; a specific enhanced code; the words of a reason family
 * (`family-words.ts`); the basic code at its stage; the stage alone for permanent greeting, EHLO,
 * STARTTLS and AUTH failures; a basic code that names one thing over a subjectless enhanced code;
 * a vague enhanced code; the basic code. `surrounding` is the input an embedded reply was found in, or `null`.
 */
export function decide(
  parsed: ParsedReply,
  cls: number | null,
  command: SmtpCommand | null,
  surrounding: string | null,
  userRules?: RuleMatcher,
): Decision {
  // The text around an embedded reply is cleaned only when a rule needs it, and then once.
  let context: string | null | undefined;
  if (cls === 2) return decisionOf("delivered", "class:2", 1, null);
  if (cls === 3) return decisionOf("undefined", "class:3", 1, null);
  const parts = parsed.enhanced ? parseEnhancedParts(parsed.enhanced, false) : undefined;
  const enhancedKey = parts ? `X.${parts.subject}.${parts.detail}` : null;
  const ruleContext = { cls, command, enhancedKey };
  if (userRules) {
    // A team's own rules come before the built-in table, on the reply and then the text around it.
    const own = userRules.match(parsed.text, ruleContext);
    if (!own) context = surrounding === null ? null : cleanText(surrounding);
    const aroundText = own ? null : context;
    const userRule = own ?? (aroundText ? userRules.match(aroundText, ruleContext) : undefined);
    if (userRule) {
      const confidence = (userRule.confidence ?? 0.9) * (own ? 1 : 0.8);
      return decisionOf(userRule.reason, `user:${userRule.id}`, confidence, userRule, {
        kind: "user-rule",
        id: userRule.id,
      });
    }
  }
  const found = matchRule(parsed.text, ruleContext);
  // Most replies are decided here, by a rule that is not weak: the enhanced code is read after.
  if (found && !found.weak) return ruleDecision(found);
  // What the enhanced code says on its own: a weak rule yields to it, and it decides after the rules.
  const byEnhanced =
    parts && enhancedKey ? enhancedDefault(Number(parts.cls), parts.subject, parts.detail) : undefined;
  const vague = enhancedKey !== null && vagueEnhanced.has(enhancedKey);
  // A weak, generic phrasing ("Service unavailable", "local policy") yields to an enhanced code
  // that names something specific.
  if (found && !(byEnhanced && !vague)) return ruleDecision(found);
  if (context === undefined) context = surrounding === null ? null : cleanText(surrounding);
  const aroundText = context;
  if (aroundText) {
    const contextRule = matchRule(aroundText, ruleContext);
    if (contextRule) {
      const confidence = (contextRule.confidence ?? 0.9) * 0.8;
      return decisionOf(
        contextRule.reason,
        `context:${contextRule.id}`,
        confidence,
        contextRule,
        { kind: "context", id: contextRule.id },
        undefined,
        contextRule.whenGivenUp,
      );
    }
  }
  if (byEnhanced && !vague) {
    return decisionOf(
      byEnhanced.reason,
      `enhanced:${parsed.enhanced}`,
      0.8,
      null,
      undefined,
      undefined,
      byEnhanced.whenGivenUp,
    );
  }
  // No rule knew the phrasing: the words still name a family more often than a generic code does.
  const byWords = cls === 2 || cls === 3 ? undefined : familyVerdictOf(parsed.text);
  if (byWords) {
    return decisionOf(byWords.reason, `words:${byWords.family.id}`, 0.5, null, {
      kind: "words",
      id: byWords.family.id,
    });
  }
  const byBasicAtStage = parsed.code !== null && command ? basicDefault(parsed.code, command) : undefined;
  if (byBasicAtStage?.commands) {
    return decisionOf(byBasicAtStage.reason, `basic:${parsed.code}@${command}`, 0.6, null);
  }
  const byStage = command && cls === 5 ? stageReasons[command] : undefined;
  if (byStage) return decisionOf(byStage, `stage:${command}`, 0.6, null);
  const byBasic = parsed.code !== null ? basicDefault(parsed.code, null) : undefined;
  // A basic code that names one thing (535 credentials) says more than an enhanced code that
  // names no subject either (X.0.0, X.7.0, X.7.1); X.3.0 or X.5.0 still say which subsystem.
  if (byBasic && !genericBasic.has(byBasic.code) && (enhancedKey === null || subjectless.has(enhancedKey)))
    return decisionOf(byBasic.reason, `basic:${parsed.code}`, 0.5, null);
  if (byEnhanced) return decisionOf(byEnhanced.reason, `enhanced:${parsed.enhanced}`, 0.5, null);
  if (byBasic) return decisionOf(byBasic.reason, `basic:${parsed.code}`, 0.5, null);
  if (cls !== null) return decisionOf("undefined", `class:${cls}`, 0.2, null);
  return decisionOf("undefined", "none", 0, null);
}

/** The decision of a text rule on the reply's own text. */
function ruleDecision(textRule: Rule): Decision {
  return decisionOf(
    textRule.reason,
    `rule:${textRule.id}`,
    textRule.confidence ?? 0.9,
    textRule,
    { kind: "rule", id: textRule.id },
    undefined,
    textRule.whenGivenUp,
  );
}

/** Every decision is made here, so that all have one shape and reading them stays fast. */
export function decisionOf(
  reason: Reason,
  rule: string,
  confidence: number,
  textRule: Rule | null,
  decidedBy?: DecidedBy,
  retryable?: boolean,
  whenGivenUp?: Reason,
): Decision {
  return { reason, rule, confidence, textRule, retryable, decidedBy, whenGivenUp };
}

/**
 * The enhanced codes' reasons by class, subject and detail (`codeNumber`), the first entry of
 * `enhancedReasons` whose range and class hold the code: a scan of the table (80 entries of three
 * shapes) took a tenth of `decide`'s time; the ranges spell out about 1 200 codes. Built on first
 * use, as the rule matcher is, so that a process that trims the tables before classifying (the
 * generic-layer measurement, `eval:replies --generic-only`) is read with the trimmed table.
 */
let enhancedByNumber: Map<number, EnhancedReason> | undefined;

function indexEnhancedReasons(): Map<number, EnhancedReason> {
  const byNumber = new Map<number, EnhancedReason>();
  for (const entry of enhancedReasons)
    for (const cls of [2, 4, 5])
      if (entry.cls === undefined || entry.cls === cls)
        for (let detail = entry.from; detail <= entry.to; detail++) {
          const key = codeNumber(cls, entry.subject, detail);
          if (!byNumber.has(key)) byNumber.set(key, entry);
        }
  return byNumber;
}

/** An enhanced code as one number (subject and detail have at most three digits). */
function codeNumber(cls: number, subject: number, detail: number): number {
  return (cls * 1_000 + subject) * 1_000 + detail;
}

function enhancedDefault(cls: number, subject: number, detail: number): EnhancedReason | undefined {
  enhancedByNumber ??= indexEnhancedReasons();
  return enhancedByNumber.get(codeNumber(cls, subject, detail));
}

/** The entries of `basicReasons` per code, in the table's order (one to three a code); built on first use too. */
let basicByCode: Map<number, BasicReason[]> | undefined;

function indexBasicReasons(): Map<number, BasicReason[]> {
  const byCode = new Map<number, BasicReason[]>();
  for (const entry of basicReasons) {
    const entries = byCode.get(entry.code);
    if (entries) entries.push(entry);
    else byCode.set(entry.code, [entry]);
  }
  return byCode;
}

function basicDefault(code: number, command: SmtpCommand | null): BasicReason | undefined {
  basicByCode ??= indexBasicReasons();
  const entries = basicByCode.get(code);
  if (!entries) return undefined;
  for (const entry of entries) {
    if (entry.commands && (command === null || !entry.commands.includes(command))) continue;
    return entry;
  }
  return undefined;
}
