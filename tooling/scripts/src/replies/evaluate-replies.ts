import { explain, type Reason } from "@smtp-codes/core";
import type { LabelledReply } from "./labelled-replies.js";

/** One reply the classifier read differently from its label. */
export interface ReplyDisagreement {
  readonly reply: string;
  readonly expected: Reason;
  readonly got: Reason;
  readonly rule: string;
  readonly source: string;
}

/** Agreement of the classifier's reasons with the hand-written labels. */
export interface ReplyEvaluation {
  readonly total: number;
  readonly agreed: number;
  /** The held-out part: replies collected after the rules were last changed. */
  readonly heldOut: { readonly total: number; readonly agreed: number };
  /** Per provider: replies and agreements. */
  readonly byProvider: ReadonlyMap<string, { total: number; agreed: number }>;
  readonly disagreements: readonly ReplyDisagreement[];
}

/** Explains every labelled reply (with its stage, where known) and counts the reasons that match. */
export function evaluateReplies(replies: readonly LabelledReply[]): ReplyEvaluation {
  const byProvider = new Map<string, { total: number; agreed: number }>();
  const disagreements: ReplyDisagreement[] = [];
  let agreed = 0;
  const heldOut = { total: 0, agreed: 0 };
  for (const labelled of replies) {
    const result = explain(labelled.reply, labelled.command ? { command: labelled.command } : {});
    const counts = byProvider.get(labelled.provider) ?? { total: 0, agreed: 0 };
    counts.total++;
    if (labelled.heldOut) heldOut.total++;
    if (result.reason === labelled.reason) {
      agreed++;
      counts.agreed++;
      if (labelled.heldOut) heldOut.agreed++;
    } else {
      disagreements.push({
        reply: labelled.reply,
        expected: labelled.reason,
        got: result.reason,
        rule: result.rule,
        source: labelled.source,
      });
    }
    byProvider.set(labelled.provider, counts);
  }
  return { total: replies.length, agreed, heldOut, byProvider, disagreements };
}
