import { describe, expect, it } from "vitest";
import { type BounceReport, parseBounce } from "./index.js";
import { expectSameReportOnEveryPath, fixture } from "./testing/fixtures.js";

/** What each fixture (written from the RFCs and the MTAs' documentation and source) must give. */
const cases: readonly {
  file: string;
  kind: BounceReport["kind"];
  format: string;
  recipients: readonly (readonly [string, string | null, string | null])[]; // address, status, command
  reason?: string;
  messageId?: string | null;
}[] = [
  {
    file: "postfix-dsn-two-recipients.eml",
    kind: "bounce",
    format: "rfc3464",
    recipients: [
      ["alice@example.net", "5.1.1", "RCPT"],
      ["bob@example.net", "4.2.2", "RCPT"],
    ],
    reason: "userUnknown",
    messageId: "campaign-42.1@example.org",
  },
  {
    file: "qmail-qsbmf.eml",
    kind: "bounce",
    format: "qmail",
    recipients: [
      ["carol@example.net", "5.1.1", "RCPT"],
      ["dave@example.net", "5.1.2", null],
    ],
    reason: "userUnknown",
    messageId: "20260302102009.4711.qmail@example.org",
  },
  {
    file: "exim-bounce.eml",
    kind: "bounce",
    format: "exim",
    recipients: [["erin@example.net", "5.2.1", "RCPT"]],
    reason: "mailboxDisabled",
    messageId: "exim-test-1@example.org",
  },
  {
    file: "exim-delay.eml",
    kind: "delay",
    format: "exim",
    recipients: [["frank@example.net", "4.2.2", "RCPT"]],
    reason: "mailboxFull",
  },
  {
    file: "sendmail-returned.eml",
    kind: "bounce",
    format: "sendmail",
    recipients: [["grace@example.net", "5.2.2", "RCPT"]],
    reason: "mailboxFull",
    messageId: "202603020259.sendmail@example.org",
  },
  {
    file: "exchange-ndr-html.eml",
    kind: "bounce",
    format: "exchange",
    recipients: [["heidi@example.net", "5.1.10", null]],
    reason: "userUnknown",
    messageId: "report-7@example.org",
  },
  {
    file: "japanese-iso2022jp.eml",
    kind: "bounce",
    format: "rfc3464",
    recipients: [["judy@example.jp", "5.1.1", null]],
    reason: "userUnknown",
  },
  {
    file: "global-dsn.eml",
    kind: "bounce",
    format: "rfc3464",
    recipients: [["jörg@example.net", "5.1.1", null]],
    reason: "userUnknown",
    messageId: "global-1@example.org",
  },
  {
    file: "gmail-delay.eml",
    kind: "delay",
    format: "gmail",
    recipients: [["kim@example.net", "4.7.1", null]],
    messageId: "gmail-delay-1@example.org",
  },
  {
    file: "ses-bounce-notification.eml",
    kind: "bounce",
    format: "amazonSes",
    recipients: [["liam@example.net", "5.1.1", null]],
    reason: "userUnknown",
    messageId: "ses-1@example.org",
  },
  {
    file: "courier-dsn.eml",
    kind: "bounce",
    format: "rfc3464",
    recipients: [["oscar@example.net", "5.1.1", "RCPT"]],
    reason: "userUnknown",
  },
  {
    file: "domino-ndr.eml",
    kind: "bounce",
    format: "domino",
    recipients: [["paul@example.com", null, null]],
  },
  {
    file: "yahoo-bounce.eml",
    kind: "bounce",
    format: "yahoo",
    recipients: [["quinn@example.net", "5.2.2", "RCPT"]],
    reason: "mailboxFull",
    messageId: "yahoo-1@example.org",
  },
  {
    file: "arf-abuse.eml",
    kind: "complaint",
    format: "arf",
    recipients: [["user@mailbox.example.net", null, null]],
    messageId: "8787KJKJ3K4J3K4J3K4J3.mail@example.org",
  },
  {
    file: "autoreply-vacation.eml",
    kind: "autoReply",
    format: "rfc3834",
    recipients: [["ivan@example.net", null, null]],
  },
];

describe.each(cases)("$file", ({ file, kind, format, recipients, reason, messageId }) => {
  it("gives its kind, format, recipients, statuses and stages", async () => {
    const report = await parseBounce(fixture(file));
    expect(report.kind).toBe(kind);
    expect(report.format).toBe(format);
    expect(report.recipients.map((r) => [r.address, r.status, r.command])).toEqual(recipients);
    if (reason) expect(report.recipients[0]?.explanation.reason).toBe(reason);
    if (messageId !== undefined) expect(report.original.messageId).toBe(messageId);
    for (const recipient of report.recipients) {
      expect(recipient.source).toBe("bounce");
      expect(recipient.messageId).toBe(report.original.messageId);
    }
  });

  it("gives the same report on the fast path and the full parse, with any line ends", async () => {
    await expectSameReportOnEveryPath(fixture(file));
  });
});

describe("what the readers take from the report", () => {
  it("reads a complaint's feedback report", async () => {
    const report = await parseBounce(fixture("arf-abuse.eml"));
    expect(report.complaint).toEqual({
      feedbackType: "abuse",
      userAgent: "SomeGenerator/1.0",
      sourceIp: "192.0.2.1",
      originalRecipient: "user@mailbox.example.net",
      originalMailFrom: "somespammer@example.org",
      reportedDomain: "example.org",
      arrivalDate: "2026-03-08T18:00:00.000Z",
    });
    expect(report.recipients[0]?.type).toBe("complaint");
  });

  it("reads an RFC 6533 report's envelope id and UTF-8 headers", async () => {
    const report = await parseBounce(fixture("global-dsn.eml"));
    expect(report.original.envelopeId).toBe("env-42");
    expect(report.original.subject).toBe("Grüße");
    expect(report.recipients[0]?.diagnosticCode).toBe("550 5.1.1 No such user");
  });

  it("decodes ISO-2022-JP text and encoded words", async () => {
    const report = await parseBounce(fixture("japanese-iso2022jp.eml"));
    expect(report.recipients[0]?.diagnosticCode).toBe("550 5.1.1 ユーザーが存在しません");
  });

  it("names the reporting host a bounce text states", async () => {
    expect((await parseBounce(fixture("qmail-qsbmf.eml"))).reportingMta).toBe("mail.example.com");
    expect((await parseBounce(fixture("exchange-ndr-html.eml"))).reportingMta).toBe(
      "AM0PR01MB0001.eurprd01.prod.outlook.com",
    );
  });

  it("reads a qmail bounce's second recipient from its own paragraph", async () => {
    const report = await parseBounce(fixture("qmail-qsbmf.eml"));
    expect(report.recipients[1]?.diagnosticCode).toBe(
      "Sorry, I couldn't find any host named example.invalid. (#5.1.2)",
    );
    expect(report.recipients[1]?.explanation.reason).toBe("hostUnknown");
  });

  it("returns the headers the caller names from an inline copy of the message", async () => {
    const report = await parseBounce(fixture("exim-bounce.eml"), { headers: ["X-Campaign-Id", "X-Missing"] });
    expect(report.original.headers).toEqual({ "X-Campaign-Id": "march", "X-Missing": null });
    expect(report.recipients[0]?.remoteMta).toBe("mx.example.net");
  });

  it("reads a bounce text pasted without headers", async () => {
    const text = fixture("qmail-qsbmf.eml").toString("utf8").split("\n\n").slice(1).join("\n\n");
    const report = await parseBounce(text);
    expect(report.kind).toBe("bounce");
    expect(report.recipients.map((r) => r.address)).toEqual(["carol@example.net", "dave@example.net"]);
  });

  it("reads Outlook.com's JMRP complaint, the reported message attached whole", async () => {
    const email = [
      "From: staff@hotmail.com",
      "To: fbl@example.org",
      "Subject: complaint about message from 192.0.2.7",
      'Content-Type: multipart/mixed; boundary="j"',
      "",
      "--j",
      "Content-Type: message/rfc822",
      "",
      "X-HmXmrOriginalRecipient: <nina@hotmail.com>",
      "Message-ID: <offer-9@example.org>",
      "Subject: Offer",
      "",
      "Buy now.",
      "--j--",
      "",
    ].join("\r\n");
    const report = await parseBounce(email);
    expect(report.kind).toBe("complaint");
    expect(report.recipients.map((r) => r.address)).toEqual(["nina@hotmail.com"]);
    expect(report.complaint?.sourceIp).toBe("192.0.2.7");
    expect(report.original.messageId).toBe("offer-9@example.org");
  });

  it("decodes ISO-2022-JP text whose part declares no charset", async () => {
    const japanese = Buffer.from("\u001b$B%f!<%6!<$,B8:_$7$^$;$s\u001b(B", "latin1").toString("latin1");
    const email = `From: MAILER-DAEMON@mx.example.jp\r\nSubject: Returned mail\r\n\r\n<mia@example.jp>: ${japanese}\r\n`;
    const report = await parseBounce(email);
    expect(report.recipients[0]?.diagnosticCode).toBe("ユーザーが存在しません");
  });

  it("reads Domino's reason after 'because:' and Courier's transcript", async () => {
    const domino = await parseBounce(fixture("domino-ndr.eml"));
    expect(domino.recipients[0]?.diagnosticCode).toBe(
      "User paul (paul@example.com) not listed in Domino Directory",
    );
    const courier = await parseBounce(fixture("courier-dsn.eml"));
    expect(courier.recipients[0]?.diagnosticCode).toBe("550 5.1.1 <oscar@example.net>... User Unknown");
  });

  it("reads bounces of MTAs without a reader of their own in the common layouts", async () => {
    const sentence = await parseBounce(
      "From: Postmaster <postmaster@mail.example.com>\r\nSubject: Undeliverable Mail\r\n\r\nundeliverable to rita@example.net\r\n\r\n552 5.2.2 Mailbox full\r\n",
    );
    expect(sentence.format).toBe("generic");
    expect(sentence.recipients.map((r) => r.address)).toEqual(["rita@example.net"]);
    const bracketed = await parseBounce(
      "From: MAILER-DAEMON@mail.example.com\r\nSubject: Returned Mail\r\n\r\n--- The following addresses had delivery errors ---\r\n\r\nvera@example.net [User unknown]\r\n",
    );
    expect(bracketed.recipients.map((r) => [r.address, r.diagnosticCode])).toEqual([
      ["vera@example.net", "User unknown"],
    ]);
    const reasonFirst = await parseBounce(
      "From: MAILER-DAEMON@mail.example.com\r\nSubject: Delivery failure\r\n\r\nUser mailbox exceeds allowed size: <sam@example.net>\r\n",
    );
    expect(reasonFirst.recipients[0]?.address).toBe("sam@example.net");
    expect(reasonFirst.recipients[0]?.explanation.reason).toBe("mailboxFull");
  });

  it("finds the returned message's headers in the text under a marker no reader knows", async () => {
    const report = await parseBounce(
      [
        "From: MAILER-DAEMON@relay.example.com",
        "Subject: Mail delivery failed",
        "",
        "<tom@example.net>: 550 5.1.1 User unknown",
        "",
        "A copy of the header is attached here:",
        "",
        "Received: from client.example.org by relay.example.com",
        "Message-ID: <inline-3@example.org>",
        "Subject: Hello",
        "",
      ].join("\r\n"),
    );
    expect(report.original.messageId).toBe("inline-3@example.org");
    expect(report.original.subject).toBe("Hello");
  });

  it("reads recipients refused in a transcript, in both arrow conventions", async () => {
    for (const [sent, received] of [
      [">>> ", "<<< "],
      ["Sent <<< ", "Received >>> "],
    ]) {
      const report = await parseBounce(
        `From: postmaster@relay.example.com\r\nSubject: Undeliverable\r\n\r\n${sent}RCPT TO:<uma@example.net>\r\n${received}550 5.1.1 <uma@example.net>... user unknown\r\n`,
      );
      expect(report.recipients.map((r) => [r.address, r.command, r.status])).toEqual([
        ["uma@example.net", "RCPT", "5.1.1"],
      ]);
    }
  });

  it("says `none` for an ordinary email", async () => {
    const report = await parseBounce("From: a@example.org\nTo: b@example.net\nSubject: Lunch?\n\nAt noon?\n");
    expect(report).toMatchObject({ kind: "none", recipients: [], format: null });
  });
});
