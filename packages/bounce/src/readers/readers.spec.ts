import { describe, expect, it } from "vitest";
import { type BounceReport, parseBounce } from "../index.js";

/**
 * One email per layout rule of the readers, each written from its format's specification
 * (RFC 3464, the MTA's source or documentation), not taken from any collection of bounces.
 */
const cases: readonly {
  name: string;
  email: string;
  kind: BounceReport["kind"];
  format: string;
  recipients: readonly (readonly [string, string | null, string | null])[]; // address, status, command
  diagnostic?: string;
}[] = [
  {
    // RFC 3464 section 2.3 lists a recipient's fields in an order; some MTAs write Status and
    // Diagnostic-Code before Final-Recipient, in the same group
    name: "a delivery-status group whose recipient is named last",
    email: [
      "From: MAILER-DAEMON@mx.example.org",
      "To: sender@example.org",
      "Subject: Delivery failure",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain",
      "",
      "Your message could not be delivered.",
      "",
      "--b1",
      "Content-Type: message/delivery-status",
      "",
      "Arrival-Date: Mon, 2 Mar 2026 10:20:09 +0000",
      "Reporting-MTA: dns; mx.example.org",
      "",
      "Diagnostic-Code: smtp; 550 5.1.1 <rita@example.net>: mailbox unknown",
      "Status: 5.1.1",
      "Action: failed",
      "Final-Recipient: rfc822; rita@example.net",
      "",
      "Status: 4.2.2",
      "Action: delayed",
      "Final-Recipient: rfc822; sam@example.net",
      "",
      "--b1--",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "rfc3464",
    recipients: [
      ["rita@example.net", "5.1.1", null],
      ["sam@example.net", "4.2.2", null],
    ],
  },
  {
    // Exchange 2000/2003 NDR: "<address> on <date in the server's format>" under the heading
    name: "an Exchange 2003 report whose attempt date is written out",
    email: [
      "From: System Administrator <postmaster@example.org>",
      "To: sender@example.org",
      "Subject: Undeliverable: Plans",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b2"',
      "",
      "--b2",
      "Content-Type: text/plain",
      "",
      "Your message",
      "",
      "  To:      tina@example.net",
      "  Subject: Plans",
      "  Sent:    Mon, 2 Mar 2026 10:20:09 +0000",
      "",
      "did not reach the following recipient(s):",
      "",
      "uma@example.net on Mon, 2 Mar 2026 10:21:00 +0000",
      "    The e-mail account does not exist at the organization this message was sent to.",
      "    <mx.example.net #5.1.1>",
      "",
      "--b2",
      "Content-Type: message/rfc822",
      "",
      "From: sender@example.org",
      "To: tina@example.net",
      "Subject: Plans",
      "",
      "Hello",
      "",
      "--b2--",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "exchange",
    recipients: [["uma@example.net", "5.1.1", null]],
  },
  {
    // Exim's moan.c, ERRMESS_BADADDRESS: "  <address as written>: <error>"
    name: "Exim's notice of a malformed recipient address",
    email: [
      "From: Mail Delivery System <Mailer-Daemon@mx.example.org>",
      "To: sender@example.org",
      "Subject: Mail failure - malformed recipient address",
      "Auto-Submitted: auto-replied",
      "",
      "A message that you sent contained one or more recipient addresses that were",
      "incorrectly constructed:",
      "",
      "  Victor Example <victor@example.net>: malformed address: <victor@example.net> may not follow Victor Example",
      "",
      "This address has been ignored. The other addresses in the message were",
      "syntactically valid and have been passed on for an attempt at delivery.",
      "",
      "------ This is a copy of your message, including all the headers. ------",
      "",
      "From: sender@example.org",
      "To: Victor Example <victor@example.net>",
      "Subject: Hello",
      "",
      "Hello",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "exim",
    recipients: [["victor@example.net", null, null]],
    diagnostic: "malformed address: <victor@example.net> may not follow Victor Example",
  },
  {
    // a notification that says why first, then lists the recipients, then a titled section of
    // its own: the reason before the list is every recipient's reply
    name: "a report that states the reason before the list of recipients",
    email: [
      "From: postmaster@gateway.example.org",
      "To: sender@example.org",
      'Subject: Undeliverable Mail: "Plans"',
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b3"',
      "",
      "--b3",
      "Content-Type: text/plain; charset=us-ascii",
      "",
      "Your message:",
      "   From:    sender@example.org",
      "   Subject: Plans",
      "",
      "Could not be delivered because of",
      "",
      "550 5.2.2 Mailbox full",
      "",
      "The following recipients were affected:",
      "    wendy@example.net",
      "",
      "",
      "Additional Information",
      "======================",
      "Reporting-MTA:      <gateway.example.org>",
      "",
      "--b3--",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "generic",
    recipients: [["wendy@example.net", "5.2.2", null]],
    diagnostic: "550 5.2.2 Mailbox full",
  },
  {
    // Trend Micro InterScan's notification: "Unable to deliver message to <address>"
    name: "a notification that it was unable to deliver message to an address",
    email: [
      'From: postmaster@gateway.example.org ("InterScan Notification")',
      "To: sender@example.org",
      "Subject: Mail could not be delivered",
      "",
      "Unable to deliver message to <xavier@example.net>. Please check if address is correct.",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "generic",
    recipients: [["xavier@example.net", null, null]],
  },
  {
    // the stage named next to the reply: "SMTP:RCPT", "(DATA)"
    name: "a bounce that names the SMTP stage in words",
    email: [
      "From: Mail Delivery Subsystem <mailer-daemon@relay.example.org>",
      "To: sender@example.org",
      "Subject: Delivery Status Notification (Failure)",
      "",
      "Delivery to the following recipients failed permanently:",
      "",
      "   * yara@example.net",
      "",
      "Technical details:",
      "SMTP:RCPT host 192.0.2.7: 550 5.1.1 <yara@example.net>... No such user",
      "",
      "The following recipients returned permanent errors: zoe@example.net. Reason: the server refused to accept your message (DATA), with the error: [554 5.7.1 Message refused]",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "generic",
    recipients: [
      ["yara@example.net", "5.1.1", "RCPT"],
      ["zoe@example.net", "5.7.1", "DATA"],
    ],
  },
  {
    // Amazon SNS writes the notification on one line; a relay folded it past 998 characters
    name: "an Amazon SES notification whose long line a relay folded",
    email: [
      "From: AWS Notifications <no-reply@sns.amazonaws.com>",
      "To: sender@example.org",
      "Subject: AWS Notification Message",
      "Content-Type: text/plain; charset=UTF-8",
      "",
      "{",
      '  "Type" : "Notification",',
      `  "Message" : "{\\"notificationType\\":\\"Bounce\\",\\"bounce\\":{\\"bounceType\\":\\"Permanent\\",\\"bouncedRecipients\\":[{\\"emailAddress\\":\\"amy@example.net\\",\\"action\\":\\"failed\\",\\"status\\":\\"5.1.1\\",\\"diagnosticCode\\":\\"smtp; 550 5.1.1 user unkn`,
      ` own\\"}]},\\"mail\\":{\\"messageId\\":\\"0100-abc\\"}}"`,
      "}",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "amazonSes",
    recipients: [["amy@example.net", "5.1.1", null]],
    diagnostic: "550 5.1.1 user unknown",
  },
];

/** The same email with other line ends. */
const withLineEnds = (email: string, eol: string): string => email.replace(/\r\n|\n|\r/g, eol);

describe.each(cases)("$name", ({ email, kind, format, recipients, diagnostic }) => {
  it("gives its kind, format, recipients, statuses and stages", async () => {
    const report = await parseBounce(email);
    expect(report.kind).toBe(kind);
    expect(report.format).toBe(format);
    expect(report.recipients.map((r) => [r.address, r.status, r.command])).toEqual(recipients);
    if (diagnostic) expect(report.recipients[0]?.diagnosticCode).toBe(diagnostic);
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
