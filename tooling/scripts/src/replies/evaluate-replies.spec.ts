import { explain } from "@smtp-codes/core";
import { describe, expect, it } from "vitest";
import { evaluateReplies } from "./evaluate-replies.js";
import { replyKey } from "./independent-labels.js";
import type { LabelledReply } from "./labelled-replies.js";
import { independentReasonsOf, labellerAgreement } from "./labeller-agreement.js";

const reply = (text: string, reason: LabelledReply["reason"], batch?: number): LabelledReply => ({
  reply: text,
  reason,
  provider: "test",
  source: "written for this test",
  ...(batch === undefined ? {} : { heldOut: true, batch }),
});

describe("evaluateReplies", () => {
  it("counts agreement per held-out batch, in batch order, apart from the replies in no batch", () => {
    const result = evaluateReplies([
      reply("550 5.1.1 User unknown", "userUnknown", 2),
      reply("552 5.2.2 Mailbox full", "mailboxFull", 1),
      reply("552 5.2.2 Mailbox full", "userUnknown", 2),
      reply("450 4.2.0 Greylisted, try again later", "greylisted"),
    ]);
    expect(result.total).toBe(4);
    expect(result.agreed).toBe(3);
    expect(result.heldOut).toEqual({ total: 3, agreed: 2 });
    expect([...result.byBatch]).toEqual([
      [1, { total: 1, agreed: 1 }],
      [2, { total: 2, agreed: 1 }],
    ]);
    expect(result.disagreements).toHaveLength(1);
    expect(result.disagreements[0]).toMatchObject({ expected: "userUnknown", got: "mailboxFull", batch: 2 });
  });
});

describe("labellerAgreement", () => {
  const labelled = (text: string, reason: LabelledReply["reason"]): LabelledReply => ({
    ...reply(text, reason, 27),
  });
  const labels = {
    [replyKey(27, "550 5.1.1 User unknown")]: "userUnknown userUnknown undefined",
    [replyKey(27, "550 Requested action not taken: mailbox unavailable")]: "undefined undefined undefined",
  };

  it("compares the label, the other labellers and the classifier on the replies they all read", () => {
    const result = labellerAgreement(
      [
        labelled("550 5.1.1 User unknown", "userUnknown"),
        labelled("550 Requested action not taken: mailbox unavailable", "userUnknown"),
        labelled("552 5.2.2 Mailbox full", "mailboxFull"),
      ],
      explain,
      labels,
    );
    expect(result.total).toBe(2);
    expect(result.labelAndEach).toEqual([1, 1, 0]);
    expect(result.betweenLabellers).toEqual([2, 1, 1]);
    expect(result.classifierAndLabel).toBe(2);
    // The commonest of "userUnknown undefined undefined undefined" is undefined.
    expect(result.classifierAndMajority).toBe(1);
    expect(result.classifierAndAnyone).toBe(2);
  });

  it("refuses a reason the package does not know", () => {
    expect(() =>
      independentReasonsOf(labelled("550 5.1.1 User unknown", "userUnknown"), {
        [replyKey(27, "550 5.1.1 User unknown")]: "userUnknown nosuchreason userUnknown",
      }),
    ).toThrow(/unknown reason "nosuchreason"/);
  });
});
