/**
 * What decided an explanation's reason, as data: callers switch on `kind` instead of parsing
 * the `rule` string. Derived here, in one place, from the decision's `rule` name, so that the
 * decision table can grow kinds of rules without every caller learning their spelling.
 */

/**
 * The kinds of decision, most specific first: a text rule on the reply (`rule`), a rule on the
 * text around an embedded reply (`context`), a user's own rule (`user-rule`), the words of a reason family where no rule
 * matched (`words`, see `family-words.ts`), the enhanced code
 * (`enhanced`), the basic code, at its stage or alone (`basic`), the SMTP stage (`stage`), the
 * class digit (`class`), a client-side error code such as `ETIMEDOUT` (`client`), nothing
 * (`none`).
 */
export const decisionKinds = [
  "rule",
  "context",
  "user-rule",
  "words",
  "enhanced",
  "basic",
  "stage",
  "class",
  "client",
  "none",
] as const;

/** One of `decisionKinds`. */
export type DecisionKind = (typeof decisionKinds)[number];

/** What decided: the kind, and the id of the rule, code, stage or class (`null` for `none`). */
export interface DecidedBy {
  readonly kind: DecisionKind;
  /** Rule id (`"gmail.user-unknown"`), code (`"5.1.1"`, `"550"`), stage (`"RCPT"`), class (`"4"`) or error code. */
  readonly id: string | null;
}

/** The spelling of each kind in a `rule` name (`rule:<id>`, `user:<id>` ...). */
const kindByPrefix: readonly (readonly [string, DecisionKind])[] = [
  ["rule", "rule"],
  ["context", "context"],
  ["user", "user-rule"],
  ["words", "words"],
  ["enhanced", "enhanced"],
  ["basic", "basic"],
  ["stage", "stage"],
  ["class", "class"],
  ["client", "client"],
];

/** The kind spelled `rule[from, colon)`: compared in place, no slice to look up. */
function kindSpelled(rule: string, from: number, colon: number): DecisionKind | undefined {
  for (const [prefix, kind] of kindByPrefix) {
    if (prefix.length === colon - from && rule.startsWith(prefix, from)) return kind;
  }
  return undefined;
}

/**
 * The `decidedBy` of a `rule` name. The stage a decision was adjusted for (`rule:x@MAIL`,
 * `basic:550@RCPT`) and the `combined:` of a verdict over several recipients are not part of
 * the id; the `rule` string keeps them.
 *
 * @example
 * decidedByOf("rule:gmail.user-unknown@MAIL"); // { kind: "rule", id: "gmail.user-unknown" }
 * decidedByOf("none");                         // { kind: "none", id: null }
 */
export function decidedByOf(rule: string): DecidedBy {
  const from = rule.startsWith("combined:") ? "combined:".length : 0;
  const colon = rule.indexOf(":", from);
  const kind = colon > from ? kindSpelled(rule, from, colon) : undefined;
  if (kind === undefined) return { kind: "none", id: null };
  // A user rule's id may itself hold "@"; only the trailing stage suffix (`@` and capitals) is cut.
  return { kind, id: rule.slice(colon + 1, stageSuffixStart(rule, colon + 1)) };
}

/** Where a trailing `@STAGE` (an `@` and one or more capitals) begins after `from`, else the end. */
function stageSuffixStart(rule: string, from: number): number {
  let i = rule.length;
  while (i > from) {
    const c = rule.charCodeAt(i - 1);
    if (c < 65 || c > 90) break;
    i--;
  }
  return i < rule.length && i - 1 >= from && rule.charCodeAt(i - 1) === 64 ? i - 1 : rule.length;
}
