import { describe, expect, it } from "vitest";
import { evaluate, parseCorpus, percent } from "./evaluate.js";

/** Records in the corpus's format, written for this test. */
const jsonl = [
  {
    file: "a.eml",
    diagnosticcode: "550 5.1.1 <a@example.com>... User unknown",
    smtpcommand: "RCPT",
    replycode: 550,
    deliverystatus: "5.1.1",
    reason: "userunknown",
    softbounce: 0,
  },
  {
    file: "b.eml",
    diagnosticcode: "552 5.2.2 Mailbox full",
    smtpcommand: "",
    replycode: 552,
    deliverystatus: "5.2.2",
    reason: "mailboxfull",
    softbounce: 1,
  },
  {
    file: "c.eml",
    diagnosticcode: "554 5.7.1 Client host rejected: cannot find your hostname",
    smtpcommand: "",
    replycode: 554,
    deliverystatus: "5.7.1",
    reason: "blocked",
    softbounce: 1,
  },
  {
    file: "d.eml",
    diagnosticcode: "550 5.1.1 User unknown",
    smtpcommand: "",
    replycode: 550,
    deliverystatus: "5.1.1",
    reason: "filtered",
    softbounce: 1,
  },
  {
    file: "e.eml",
    diagnosticcode: "I am away until Monday",
    smtpcommand: "",
    replycode: "",
    deliverystatus: "",
    reason: "vacation",
    softbounce: -1,
  },
  {
    file: "f.eml",
    diagnosticcode: "Unknown Recipient",
    smtpcommand: "",
    replycode: 550,
    deliverystatus: "5.0.911",
    reason: "userunknown",
    softbounce: 0,
  },
]
  .map((record) => JSON.stringify(record))
  .join("\n");

describe("the corpus evaluation", () => {
  const result = evaluate(parseCorpus(`${jsonl}\n\n`));

  it("leaves out records that are not replies", () => {
    expect(result).toMatchObject({ records: 6, skipped: 1 });
  });

  it("counts exact, finer and alternative agreement", () => {
    expect(result.reasonExact).toEqual({ agree: 3, total: 5 });
    expect(result.reasonRefined).toEqual({ agree: 4, total: 5 });
    expect(result.reasonAlternatives).toEqual({ agree: 5, total: 5 });
    expect(result.disagreements.map((d) => d.file)).toEqual(["d.eml"]);
    expect(result.confusion.get("blocked")?.get("requirePTR")).toBe(1);
  });

  it("compares codes only where the text holds them", () => {
    expect(result.basicCode).toEqual({ agree: 4, total: 4 });
    expect(result.basicCodeAll).toEqual({ agree: 4, total: 5 });
    expect(result.enhancedCode).toEqual({ agree: 4, total: 4 });
  });

  it("formats ratios and reports broken lines", () => {
    expect(percent({ agree: 1, total: 4 })).toBe("25.0 % (1/4)");
    expect(percent({ agree: 0, total: 0 })).toBe("n/a");
    expect(() => parseCorpus('{"file":1}\n{broken')).toThrow(/line 2/);
  });
});
