/**
 * What decided an explanation's reason, as data: callers switch on `kind` instead of parsing
 * the `rule` string. Derived here, in one place, from the decision's `rule` name, so that the
 * decision table can grow kinds of rules without every caller learning their spelling.
 */

/**
 * The kinds of decision, most specific first: a text rule on the reply (`rule`), a rule on the
 * text around an embedded reply (`context`), a user's own rule (`user-rule`), the enhanced code
 * (`enhanced`), the basic code, at its stage or alone (`basic`), the SMTP stage (`stage`), the
 * class digit (`class`), a client-side error code such as `ETIMEDOUT` (`client`), nothing
 * (`none`).
 */
export const decisionKinds = [
  "rule",
  "context",
  "user-rule",
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
const kindByPrefix: Readonly<Record<string, DecisionKind>> = {
  rule: "rule",
  context: "context",
  user: "user-rule",
  enhanced: "enhanced",
  basic: "basic",
  stage: "stage",
  class: "class",
  client: "client",
};

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
  const name = rule.startsWith("combined:") ? rule.slice("combined:".length) : rule;
  const colon = name.indexOf(":");
  const kind = colon > 0 ? kindByPrefix[name.slice(0, colon)] : undefined;
  if (kind === undefined) return { kind: "none", id: null };
  const rest = name.slice(colon + 1);
  // A user rule's id may itself hold "@"; only the trailing stage suffix is cut.
  const stage = /@[A-Z]+$/.exec(rest);
  return { kind, id: stage ? rest.slice(0, stage.index) : rest };
}
