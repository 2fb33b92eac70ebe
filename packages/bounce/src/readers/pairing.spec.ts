import { describe, expect, it } from "vitest";
import { type BounceReport, parseBounce } from "../index.js";

/**
 * Which reply belongs to which recipient: one email per pairing rule of the readers, each
 * written from its MTA's documentation or source, not taken from any collection of bounces.
 */
const cases: readonly {
  name: string;
  email: string;
  kind: BounceReport["kind"];
  format: string;
  /** Address, basic code of its explanation, its diagnostic code. */
  recipients: readonly (readonly [string, number | null, string | null])[];
  messageId?: string | null;
}[] = [
  {
    // deliver.c: a refused MAIL fails every recipient of the session; giveresponse writes
    // "554 <address>... Remote protocol error" for each, the remote reply is the "<<<" line
    name: "Sendmail's lines per address after a refused MAIL FROM, and another session's refusal",
    email: [
      "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
      "To: sender@example.org",
      "Subject: Returned mail: Remote protocol error",
      "",
      "   ----- Transcript of session follows -----",
      "While talking to mx.example.net:",
      ">>> MAIL From:<sender@example.org>",
      "<<< 553 Relaying denied for this sender",
      "554 <una@example.net>... Remote protocol error",
      "554 <vic@example.net>... Remote protocol error",
      "550 example.com (smtp)... 550 Host unknown",
      "554 <wes@example.com>... 550 Host unknown (Authoritative answer from name server)",
      "While talking to mx.example.info:",
      ">>> RCPT To:<xia@example.info>",
      "<<< 550 5.1.1 <xia@example.info>... Mailbox unknown here",
      "550 <xia@example.info>... User unknown",
      "",
      "   ----- Unsent message follows -----",
      "From: sender@example.org",
      "Message-Id: <s5-1@example.org>",
      "",
      "Hello",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "sendmail",
    recipients: [
      ["una@example.net", 553, "553 Relaying denied for this sender"],
      ["vic@example.net", 553, "553 Relaying denied for this sender"],
      ["wes@example.com", 550, "550 Host unknown (Authoritative answer from name server)"],
      ["xia@example.info", 550, "550 5.1.1 <xia@example.info>... Mailbox unknown here"],
    ],
    messageId: "s5-1@example.org",
  },
  {
    // savemail.c's errbody: "(reason: ...)" holds the last reply; an empty one leaves the
    // transcript's "<address>... Deferred: 421" (giveresponse's "Deferred: " and the reply)
    name: "Sendmail's empty reason, the reply in the transcript after its status word",
    email: [
      "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
      "To: sender@example.org",
      "Subject: Returned mail: see transcript for details",
      "",
      "   ----- The following addresses had permanent fatal errors -----",
      "<yan@example.net>",
      "    (reason: )",
      "",
      "   ----- Transcript of session follows -----",
      "... while talking to mx.example.net.:",
      "<<< 421",
      "<yan@example.net>... Deferred: 421",
      "Message could not be delivered for 5 days",
      "Message will be deleted from queue",
      "",
      "   ----- Original message follows -----",
      "Message-Id: <s8-2@example.org>",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "sendmail",
    recipients: [["yan@example.net", 421, "421"]],
    messageId: "s8-2@example.org",
  },
];

/** The same email with other line ends. */
const withLineEnds = (email: string, eol: string): string => email.replace(/\r\n|\n|\r/g, eol);

describe.each(cases)("$name", ({ email, kind, format, recipients, messageId }) => {
  it("gives each recipient its own reply", async () => {
    const report = await parseBounce(email);
    expect(report.kind).toBe(kind);
    expect(report.format).toBe(format);
    expect(report.recipients.map((r) => [r.address, r.explanation.code, r.diagnosticCode])).toEqual(
      recipients,
    );
    if (messageId !== undefined) expect(report.original.messageId).toBe(messageId);
  });

  it("gives the same report on the fast path and the full parse, with any line ends", async () => {
    const expected = await parseBounce(email);
    for (const eol of ["\r\n", "\n", "\r"]) {
      const text = withLineEnds(email, eol);
      expect(await parseBounce(text)).toEqual(expected);
      expect(await parseBounce(text, { mime: "full" })).toEqual(expected);
    }
  });
});
