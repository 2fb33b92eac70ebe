import { parseBounce } from "@smtp-codes/bounce";
import { describe, expect, it } from "vitest";
import { type BounceRecord, score } from "./score.js";
import { splitMbox } from "./split-mbox.js";

/** A qmail bounce written for this test. */
const qmailBounce = [
  "From: MAILER-DAEMON@mail.example.com",
  "Subject: failure notice",
  "",
  "Hi. This is the qmail-send program at mail.example.com.",
  "I'm afraid I wasn't able to deliver your message to the following addresses.",
  "",
  "<carol@example.net>:",
  "Remote host said: 550 5.1.1 <carol@example.net>: User unknown",
  "",
].join("\n");

const record = (fields: Partial<BounceRecord>): BounceRecord => ({
  file: "a.eml",
  msg: 1,
  recipient: "carol@example.net",
  alias: "",
  action: "failed",
  deliverystatus: "5.1.1",
  replycode: 550,
  smtpcommand: "",
  reason: "userunknown",
  softbounce: 0,
  feedbacktype: "",
  diagnosticcode: "550 5.1.1 User unknown",
  messageid: "",
  ...fields,
});

describe("score", () => {
  it("counts agreement per record and disagreements with their details", async () => {
    const report = await parseBounce(qmailBounce);
    const { ratios, disagreements } = score([
      {
        name: "a.eml",
        report,
        records: [record({}), record({ recipient: "dan@example.net", reason: "mailboxfull", softbounce: 1 })],
      },
      { name: "b.eml", report: await parseBounce("Subject: hi\n\nhello\n"), records: [] },
    ]);
    expect(ratios.recipientFound).toEqual({ agree: 1, total: 2 });
    expect(ratios.recipientReal).toEqual({ agree: 1, total: 1 });
    expect(ratios.status).toEqual({ agree: 1, total: 1 });
    expect(ratios.reason).toEqual({ agree: 1, total: 1 });
    expect(ratios.hardSoft).toEqual({ agree: 1, total: 1 });
    expect(ratios.notReport).toEqual({ agree: 1, total: 1 });
    expect(disagreements).toEqual([
      expect.stringMatching(/^recipientFound a\.eml: sisimai dan@example\.net/),
    ]);
  });

  it("leaves Sisimai's own X.0.9xx statuses out", async () => {
    const report = await parseBounce(qmailBounce);
    const { ratios } = score([{ name: "a.eml", report, records: [record({ deliverystatus: "5.0.911" })] }]);
    expect(ratios.status.total).toBe(0);
  });
});

describe("splitMbox", () => {
  it("splits at From lines after a blank line and unquotes >From", () => {
    const mbox = Buffer.from(
      "From a@b Mon Mar  2 10:00:00 2026\nSubject: 1\n\n>From here\n\nFrom c@d Mon Mar  2 10:01:00 2026\nSubject: 2\n\nx\n",
    );
    expect(splitMbox(mbox).map((m) => m.toString())).toEqual([
      "Subject: 1\n\nFrom here\n\n",
      "Subject: 2\n\nx\n",
    ]);
  });
});
