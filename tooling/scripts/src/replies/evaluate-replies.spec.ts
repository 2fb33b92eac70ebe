import { describe, expect, it } from "vitest";
import { evaluateReplies } from "./evaluate-replies.js";
import type { LabelledReply } from "./labelled-replies.js";

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
