import { explain, type Reason } from "@smtp-codes/core";
import type { LabelledReply } from "./labelled-replies.js";

/** One reply the classifier read differently from its label. */
export interface ReplyDisagreement {
  readonly reply: string;
  readonly expected: Reason;
  readonly got: Reason;
  readonly rule: string;
  /** What decided `got`: `rule`, `words`, `enhanced`, `basic`, `stage`, ... */
  readonly decidedBy: string;
  readonly source: string;
  readonly batch: number | undefined;
}

/** Agreement of the classifier's reasons with the hand-written labels. */
export interface ReplyEvaluation {
  readonly total: number;
  readonly agreed: number;
  /** The held-out part: replies collected after the rules were last changed. */
  readonly heldOut: { readonly total: number; readonly agreed: number };
  /** The held-out part per batch, in batch order. */
  readonly byBatch: ReadonlyMap<number, { total: number; agreed: number }>;
  /** Per provider: replies and agreements. */
  readonly byProvider: ReadonlyMap<string, { total: number; agreed: number }>;
  /** Per labelled reason: replies so labelled and how many got it. */
  readonly byReason: ReadonlyMap<Reason, { total: number; agreed: number }>;
  readonly disagreements: readonly ReplyDisagreement[];
}

/**
 * Explains every labelled reply (with its stage, where known) and counts the reasons that match;
 * `explainReply` is the package's `explain` unless another classifier is measured.
 */
export function evaluateReplies(
  replies: readonly LabelledReply[],
  explainReply: typeof explain = explain,
): ReplyEvaluation {
  const byProvider = new Map<string, { total: number; agreed: number }>();
  const byReason = new Map<Reason, { total: number; agreed: number }>();
  const disagreements: ReplyDisagreement[] = [];
  let agreed = 0;
  const heldOut = { total: 0, agreed: 0 };
  const byBatch = new Map<number, { total: number; agreed: number }>();
  for (const labelled of replies) {
    const result = explainReply(labelled.reply, labelled.command ? { command: labelled.command } : {});
    const counts = byProvider.get(labelled.provider) ?? { total: 0, agreed: 0 };
    counts.total++;
    const reasonCounts = byReason.get(labelled.reason) ?? { total: 0, agreed: 0 };
    reasonCounts.total++;
    byReason.set(labelled.reason, reasonCounts);
    const batch =
      labelled.heldOut && labelled.batch !== undefined
        ? (byBatch.get(labelled.batch) ?? { total: 0, agreed: 0 })
        : undefined;
    if (labelled.heldOut) heldOut.total++;
    if (batch) batch.total++;
    if (result.reason === labelled.reason) {
      agreed++;
      counts.agreed++;
      reasonCounts.agreed++;
      if (labelled.heldOut) heldOut.agreed++;
      if (batch) batch.agreed++;
    } else {
      disagreements.push({
        reply: labelled.reply,
        expected: labelled.reason,
        got: result.reason,
        rule: result.rule,
        decidedBy: result.decidedBy.kind,
        source: labelled.source,
        batch: labelled.batch,
      });
    }
    byProvider.set(labelled.provider, counts);
    if (batch && labelled.batch !== undefined) byBatch.set(labelled.batch, batch);
  }
  const batchesInOrder = new Map([...byBatch].sort((a, b) => a[0] - b[0]));
  return {
    total: replies.length,
    agreed,
    heldOut,
    byBatch: batchesInOrder,
    byProvider,
    byReason,
    disagreements,
  };
}
