import type { Explanation } from "./explain.js";

/**
 * One verdict for several recipients' explanations (a send where some recipients were refused):
 * retryable when any refusal is, a hard bounce only when every refusal is hard, and otherwise
 * the explanation of the first refusal worth a retry, else of the first refusal. `undefined` for
 * an empty list.
 *
 * @example
 * combineExplanations([explain("550 5.1.1 User unknown"), explain("452 4.2.2 Mailbox full")]);
 * // { reason: "mailboxFull", severity: "transient", retryable: true, bounce: "soft", rule: "combined:...", ... }
 */
export function combineExplanations(explanations: readonly Explanation[]): Explanation | undefined {
  const failures = explanations.filter((explanation) => explanation.bounce !== null);
  const representative =
    failures.find((explanation) => explanation.retryable) ?? failures[0] ?? explanations[0];
  if (!representative) return undefined;
  if (failures.length === 0) return representative;
  return {
    ...representative,
    retryable: failures.some((explanation) => explanation.retryable),
    bounce: failures.every((explanation) => explanation.bounce === "hard") ? "hard" : "soft",
    rule: `combined:${representative.rule}`,
    decidedBy: representative.decidedBy,
  };
}
