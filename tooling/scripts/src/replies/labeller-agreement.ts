import { explain, type Reason, reasons } from "@smtp-codes/core";
import { independentLabels, replyKey } from "./independent-labels.js";
import type { LabelledReply } from "./labelled-replies.js";

/** How the label, the independent labellers and the classifier agree on the replies all read. */
export interface LabellerAgreement {
  /** Replies with independent labels. */
  readonly total: number;
  /** Per independent labeller (in the order given): replies on which it gave the label. */
  readonly labelAndEach: readonly number[];
  /** Per pair of independent labellers: replies on which both gave one reason. */
  readonly betweenLabellers: readonly number[];
  /** Replies on which the classifier gives the label. */
  readonly classifierAndLabel: number;
  /** Replies on which the classifier gives the commonest of the four reasons (the label wins ties). */
  readonly classifierAndMajority: number;
  /** Replies on which the classifier gives the reason of at least one of the four. */
  readonly classifierAndAnyone: number;
}

const known = new Set<string>(reasons);

/** The independent reasons of a labelled reply, or `undefined` when it has none. */
export function independentReasonsOf(
  labelled: LabelledReply,
  labels: Readonly<Record<string, string>> = independentLabels,
): readonly Reason[] | undefined {
  if (labelled.batch === undefined) return undefined;
  const given = labels[replyKey(labelled.batch, labelled.reply)];
  if (given === undefined) return undefined;
  const list = given.split(" ");
  for (const reason of list) {
    if (!known.has(reason)) throw new Error(`independent labels: unknown reason "${reason}"`);
  }
  return list as Reason[];
}

/** The commonest reason of the label and the others; the label wins a tie. */
function majority(label: Reason, others: readonly Reason[]): Reason {
  const counts = new Map<Reason, number>();
  for (const reason of [label, ...others]) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  let best = label;
  for (const [reason, count] of counts) if (count > (counts.get(best) ?? 0)) best = reason;
  return best;
}

/**
 * Compares, on the labelled replies that other labellers also read (`independent-labels.ts`),
 * the label with each of them, the labellers with each other, and the classifier with the
 * label, with the majority and with anyone.
 */
export function labellerAgreement(
  replies: readonly LabelledReply[],
  explainReply: typeof explain = explain,
  labels: Readonly<Record<string, string>> = independentLabels,
): LabellerAgreement {
  let total = 0;
  const labelAndEach: number[] = [];
  const betweenLabellers: number[] = [];
  let classifierAndLabel = 0;
  let classifierAndMajority = 0;
  let classifierAndAnyone = 0;
  for (const labelled of replies) {
    const others = independentReasonsOf(labelled, labels);
    if (!others) continue;
    total++;
    others.forEach((reason, k) => {
      labelAndEach[k] = (labelAndEach[k] ?? 0) + (reason === labelled.reason ? 1 : 0);
    });
    let pair = 0;
    for (let a = 0; a < others.length; a++)
      for (let b = a + 1; b < others.length; b++, pair++)
        betweenLabellers[pair] = (betweenLabellers[pair] ?? 0) + (others[a] === others[b] ? 1 : 0);
    const got = explainReply(labelled.reply, labelled.command ? { command: labelled.command } : {}).reason;
    if (got === labelled.reason) classifierAndLabel++;
    if (got === majority(labelled.reason, others)) classifierAndMajority++;
    if (got === labelled.reason || others.includes(got)) classifierAndAnyone++;
  }
  return {
    total,
    labelAndEach,
    betweenLabellers,
    classifierAndLabel,
    classifierAndMajority,
    classifierAndAnyone,
  };
}
