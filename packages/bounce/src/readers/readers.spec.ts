import { describe, expect, it } from "vitest";
import { type BounceReport, parseBounce } from "../index.js";
import { expectSameReportOnEveryPath } from "../testing/fixtures.js";

const pipelinedTranscript = [
  "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
  "To: sender@example.org",
  "Subject: Returned mail: see transcript for details",
  "",
  "The original message was received at Mon, 2 Mar 2026 10:20:09 +0000",
  "from localhost [127.0.0.1]",
  "",
  "   ----- The following addresses had permanent fatal errors -----",
  "<ann@example.net>",
  "    (reason: 550 5.0.0 <ann@example.net>... No such user here)",
  "<ben@example.net>",
  "    (reason: 553 Sorry, ben@example.net is not a valid mailbox)",
  "",
  "   ----- Transcript of session follows -----",
  "... while talking to mx.example.net.:",
  ">>> DATA",
  "<<< 550 5.0.0 <ann@example.net>... No such user here",
  "550 5.1.1 <ann@example.net>... User unknown",
  "<<< 553 Sorry, ben@example.net is not a valid mailbox",
  "550 5.1.3 <ben@example.net>... User unknown",
  "<<< 503 5.0.0 Need RCPT (recipient)",
  "",
  "   ----- Original message follows -----",
  "",
  "From: Sender <sender@example.org>",
  "To: ann@example.net, ben@example.net",
  "Subject: Hello",
  "",
].join("\n");

const refusedAfterData = [
  "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
  "To: sender@example.org",
  "Subject: Returned mail: see transcript for details",
  "",
  "   ----- The following addresses had permanent fatal errors -----",
  "<cat@example.net>",
  "    (reason: 550 5.0.0 Unknown user cat@example.net)",
  "",
  "   ----- Transcript of session follows -----",
  "... while talking to mx.example.net.:",
  ">>> DATA",
  "<<< 550 5.0.0 Unknown user cat@example.net",
  "554 5.0.0 <cat@example.net>... Service unavailable",
  "",
  "   ----- Original message follows -----",
  "",
  "From: Sender <sender@example.org>",
  "To: cat@example.net",
  "Subject: Hello",
  "",
].join("\n");

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
  originalRecipient?: string | null;
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
  {
    // Sendmail's errbody (savemail.c) prints each failed address as the sender gave it (q_paddr):
    // with a phrase before the angle address, or bare
    name: "Sendmail's returned mail naming addresses as the sender wrote them",
    email: [
      "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
      "To: sender@example.org",
      "Subject: Returned mail: see transcript for details",
      "",
      "The original message was received at Mon, 2 Mar 2026 10:20:09 +0000",
      "from localhost [127.0.0.1]",
      "",
      "   ----- The following addresses had permanent fatal errors -----",
      "Bea Example <bea@example.net>",
      "    (reason: 550 5.1.1 <bea@example.net>... User unknown)",
      "cy@example.net",
      "    (reason: 552 5.2.2 Mailbox full)",
      "",
      "   ----- Transcript of session follows -----",
      "... while talking to mx.example.net.:",
      ">>> RCPT To:<bea@example.net>",
      "<<< 550 5.1.1 <bea@example.net>... User unknown",
      "",
      "   ----- Original message follows -----",
      "",
      "From: Sender <sender@example.org>",
      "To: Bea Example <bea@example.net>, cy@example.net",
      "Subject: Hello",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "sendmail",
    // the transcript shows bea's RCPT only: it says nothing of cy's stage
    recipients: [
      ["bea@example.net", "5.1.1", "RCPT"],
      ["cy@example.net", "5.2.2", null],
    ],
  },
  {
    // a line that says by itself that delivery to an address failed, from a sender no reader knows
    name: "a notice whose own line says it could not be delivered to an address",
    email: [
      "From: no-reply@notices.example.org",
      "To: sender@example.org",
      "Subject: Mail",
      "",
      "Your mail sent on: Mon, 2 Mar 2026 10:20:09 +0000",
      "     Could not be delivered to: <dee@example.net>",
      "     As their mailbox is full.",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "generic",
    recipients: [["dee@example.net", null, null]],
    diagnostic: "As their mailbox is full.",
  },
  {
    // a bounce forwarded inline by a mail client, its lines quoted below "Begin forwarded message:"
    name: "a bounce forwarded inline with its lines quoted",
    email: [
      "From: sender@example.org",
      "To: helpdesk@example.org",
      "Subject: Fwd: Returned mail: see transcript for details",
      "",
      "Why did this bounce?",
      "",
      "Begin forwarded message:",
      "",
      "> From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
      "> Subject: Returned mail: see transcript for details",
      ">",
      ">    ----- The following addresses had permanent fatal errors -----",
      "> <eli@example.net>",
      ">     (reason: 550 5.1.1 User unknown)",
      ">",
      ">    ----- Transcript of session follows -----",
      "> ... while talking to mx.example.net.:",
      "> >>> RCPT To:<eli@example.net>",
      "> <<< 550 5.1.1 User unknown",
      ">",
      "> Reporting-MTA: dns; mx.example.org",
      ">",
      "> Final-Recipient: RFC822; eli@example.net",
      "> Action: failed",
      "> Status: 5.1.1",
      "> Diagnostic-Code: SMTP; 550 5.1.1 User unknown",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "rfc3464",
    recipients: [["eli@example.net", "5.1.1", "RCPT"]],
  },
  {
    // Exim's deliver.c: a failed delivery to a file says "save to <path>" and "generated by
    // <address>"; its DSN's Final-Recipient is the path
    name: "Exim's bounce of a delivery to a file, with its DSN",
    email: [
      "From: Mail Delivery System <Mailer-Daemon@mx.example.org>",
      "To: sender@example.org",
      "Subject: Mail delivery failed: returning message to sender",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b4"',
      "",
      "--b4",
      "Content-Type: text/plain; charset=us-ascii",
      "",
      "This message was created automatically by mail delivery software.",
      "",
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:",
      "",
      "  save to /var/mail/fay",
      "    generated by fay@example.net",
      "    mailbox is full: retry timeout exceeded",
      "",
      "--b4",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.org",
      "",
      "Action: failed",
      "Final-Recipient: rfc822;/var/mail/fay",
      "Status: 5.0.0",
      "",
      "--b4--",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "rfc3464",
    recipients: [["fay@example.net", "5.0.0", null]],
    diagnostic: "mailbox is full: retry timeout exceeded",
  },
  {
    // Domino's text names the address the sender wrote; its DSN the one after rewriting
    name: "a Domino report whose DSN names the rewritten address",
    email: [
      "From: Postmaster@example.org",
      "To: sender@example.org",
      "Subject: DELIVERY FAILURE: User gus not listed in Domino Directory",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b5"',
      "",
      "--b5",
      "Content-Type: text/plain",
      "",
      "Your message",
      "",
      "  Subject: Plans",
      "",
      "was not delivered to:",
      "",
      "  gus@example.com",
      "",
      "because:",
      "",
      "  User gus (gus@example.com) not listed in Domino Directory",
      "",
      "--b5",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns;relay.example.org",
      "",
      "Final-Recipient: rfc822;gus@mail.example.com",
      "Action: failed",
      "Status: 5.1.1",
      "",
      "--b5--",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "rfc3464",
    recipients: [["gus@mail.example.com", "5.1.1", null]],
    originalRecipient: "gus@example.com",
  },
  {
    // Postfix's smtp_proto.c: "refused to talk to me" is the greeting; "lost connection with
    // ... while sending RCPT TO" names the stage of a broken session
    name: "Postfix's notice of a refused greeting and of a session lost at RCPT",
    email: [
      "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)",
      "To: sender@example.org",
      "Subject: Undelivered Mail Returned to Sender",
      "",
      "This is the mail system at host mx.example.org.",
      "",
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      "",
      "                   The mail system",
      "",
      "<hal@example.net>: host mx.example.net[192.0.2.8] refused to talk to me: 554",
      "    5.7.1 Service unavailable; client host blocked",
      "",
      "<ida@example.com>: lost connection with mx.example.com[192.0.2.9] while",
      "    sending RCPT TO",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "postfix",
    recipients: [
      ["hal@example.net", "5.7.1", "CONNECT"],
      ["ida@example.com", null, "RCPT"],
    ],
  },
  {
    // Sendmail 5 opens a session with "While talking to ...:"; after a refusal it prints its own
    // line per address ("554 <a@b>... Remote protocol error"), in that session's stage
    name: "a Sendmail 5 transcript refused at MAIL",
    email: [
      "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
      "To: sender@example.org",
      "Subject: Returned mail: Remote protocol error",
      "",
      "   ----- Transcript of session follows -----",
      "While talking to mx.example.net:",
      ">>> MAIL From:<sender@example.org>",
      "<<< 553 5.7.1 <sender@example.org>... sender rejected",
      "554 <jon@example.net>... Remote protocol error",
      "",
      "   ----- Unsent message follows -----",
      "From: sender@example.org",
      "To: jon@example.net",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "sendmail",
    recipients: [["jon@example.net", "5.7.1", "MAIL"]],
  },
  {
    // the stage in a section of its own below the server's reply
    name: "a bounce that names the SMTP command below the reply",
    email: [
      "From: MAILER-DAEMON@filter.example.org",
      "To: sender@example.org",
      "Subject: Undeliverable mail",
      "",
      "The message could not be sent to the following address.",
      "kay@example.net",
      "",
      "-------server message",
      "550 5.1.1 <kay@example.net>: Recipient address rejected",
      "",
      "-------SMTP command",
      "DATA",
      "",
      "-------original message",
      "From: sender@example.org",
      "To: kay@example.net",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "generic",
    recipients: [["kay@example.net", "5.1.1", "DATA"]],
  },
  {
    // a section of the recipient's own under a title and a rule still holds its reply
    name: "a recipient's reply under a titled section",
    email: [
      "From: Mail Delivery System <mailer-daemon@relay.example.org>",
      "To: sender@example.org",
      "Subject: Undeliverable: Plans",
      "",
      "Your message could not be delivered to this recipient:",
      "",
      "    max@example.net",
      "",
      "Technical details",
      "=================",
      "550 5.2.1 Mailbox disabled",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "generic",
    recipients: [["max@example.net", "5.2.1", null]],
    diagnostic: "550 5.2.1 Mailbox disabled",
  },
  {
    // Sendmail 5 ends the report with "----- Unsent message follows -----": an address alone
    // on a line of the returned message is no recipient
    name: "Sendmail 5's returned mail with the unsent message inline",
    email: [
      "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
      "To: sender@example.org",
      "Subject: Returned mail: User unknown",
      "",
      "   ----- Transcript of session follows -----",
      "While talking to mx.example.net:",
      ">>> RCPT To:<ned@example.net>",
      "<<< 550 <ned@example.net>... User unknown",
      "550 <ned@example.net>... User unknown",
      "",
      "   ----- Unsent message follows -----",
      "From: sender@example.org",
      "To: ned@example.net",
      "",
      "Please write to",
      "",
      "office@example.com",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "sendmail",
    recipients: [["ned@example.net", null, "RCPT"]],
  },
  {
    // With PIPELINING Sendmail sends DATA before it reads the RCPT replies (usersmtp.c,
    // smtpdata), and its transcript names the last command sent only once (reply()): the
    // replies under ">>> DATA" that it follows with "<a@b>... User unknown" (EX_NOUSER, which
    // only a 550, 551 or 553 to RCPT gives: smtprcptstat) answered each recipient's RCPT
    name: "Sendmail's transcript of a pipelined session, the RCPT replies read after DATA",
    email: pipelinedTranscript,
    kind: "bounce",
    format: "sendmail",
    recipients: [
      ["ann@example.net", "5.0.0", "RCPT"],
      ["ben@example.net", null, "RCPT"],
    ],
  },
  {
    // a refused MAIL FROM fails every recipient with the same reply: the transcript's refusal is
    // each one's, though no line of it names them
    name: "Sendmail's returned mail for a sender refused at MAIL, to two recipients",
    email: [
      "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
      "To: sender@example.org",
      "Subject: Returned mail: see transcript for details",
      "",
      "   ----- The following addresses had permanent fatal errors -----",
      "<fay@example.net>",
      "    (reason: 553 5.7.1 Sender address rejected)",
      "<gus@example.net>",
      "    (reason: 553 5.7.1 Sender address rejected)",
      "",
      "   ----- Transcript of session follows -----",
      "... while talking to mx.example.net.:",
      ">>> MAIL From:<sender@example.org> SIZE=1234",
      "<<< 553 5.7.1 Sender address rejected",
      "",
      "   ----- Original message follows -----",
      "",
      "From: sender@example.org",
      "To: fay@example.net, gus@example.net",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "sendmail",
    recipients: [
      ["fay@example.net", "5.7.1", "MAIL"],
      ["gus@example.net", "5.7.1", "MAIL"],
    ],
  },
  {
    // a 554 to a pipelined RCPT gives EX_UNAVAILABLE ("Service unavailable", as a refused DATA
    // does); the server's answer to DATA after it, "503 need RCPT", shows it was the RCPT's
    name: "Sendmail's transcript of a pipelined session whose DATA found no recipient",
    email: [
      "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
      "To: sender@example.org",
      "Subject: Returned mail: see transcript for details",
      "",
      "   ----- The following addresses had permanent fatal errors -----",
      "<ivy@example.net>",
      "    (reason: 554 5.7.1 <ivy@example.net>: Relay access denied)",
      "",
      "   ----- Transcript of session follows -----",
      "... while talking to mx.example.net.:",
      ">>> DATA",
      "<<< 554 5.7.1 <ivy@example.net>: Relay access denied",
      "554 5.0.0 <ivy@example.net>... Service unavailable",
      "<<< 503 5.5.1 Error: need RCPT command",
      "",
      "   ----- Original message follows -----",
      "",
      "From: sender@example.org",
      "To: ivy@example.net",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "sendmail",
    recipients: [["ivy@example.net", "5.7.1", "RCPT"]],
  },
  {
    // LMTP answers the end of the data once per recipient: refusals one after the other under
    // DATA, none saying that no recipient was accepted, are all DATA's
    name: "Sendmail's transcript of an LMTP delivery refused per recipient after the data",
    email: [
      "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
      "To: sender@example.org",
      "Subject: Returned mail: see transcript for details",
      "",
      "   ----- The following addresses had permanent fatal errors -----",
      "<jo@example.org>",
      "    (reason: 552 5.2.2 Mailbox full)",
      "<kim@example.org>",
      "    (reason: 554 5.7.1 Message rejected by filter)",
      "",
      "   ----- Transcript of session follows -----",
      "... while talking to lmtp.example.org.:",
      ">>> DATA",
      "<<< 552 5.2.2 Mailbox full",
      "554 5.0.0 <jo@example.org>... Service unavailable",
      "<<< 554 5.7.1 Message rejected by filter",
      "554 5.0.0 <kim@example.org>... Service unavailable",
      "",
      "   ----- Original message follows -----",
      "",
      "From: sender@example.org",
      "To: jo@example.org, kim@example.org",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "sendmail",
    recipients: [
      ["jo@example.org", "5.2.2", "DATA"],
      ["kim@example.org", "5.7.1", "DATA"],
    ],
  },
  {
    // a refused DATA: Sendmail's own line says "Service unavailable" (EX_UNAVAILABLE)
    name: "Sendmail's transcript of a message refused after DATA",
    email: refusedAfterData,
    kind: "bounce",
    format: "sendmail",
    recipients: [["cat@example.net", "5.0.0", "DATA"]],
  },
  {
    // Exim (transports/smtp.c, check_response) writes "after pipelined <command>" when the
    // command went out in a PIPELINING batch
    name: "Exim's bounce for a sender refused at a pipelined MAIL FROM",
    email: [
      "From: Mail Delivery System <Mailer-Daemon@mx.example.org>",
      "To: sender@example.org",
      "Subject: Mail delivery failed: returning message to sender",
      "",
      "This message was created automatically by mail delivery software.",
      "",
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:",
      "",
      "  eve@example.net",
      "    host mx.example.net [192.0.2.7]",
      "    SMTP error from remote mail server after pipelined MAIL FROM:<sender@example.org> SIZE=1234:",
      "    550 5.7.1 Sender address rejected",
      "",
      "------ This is a copy of the message, including all the headers. ------",
      "",
      "From: sender@example.org",
      "To: eve@example.net",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "exim",
    recipients: [["eve@example.net", "5.7.1", "MAIL"]],
  },
  {
    // Postfix appends "(in reply to ... command)" to the server's reply; a text that quotes the
    // reply with the note after an address still names the stage
    name: "a reply quoted with Postfix's note after its recipient",
    email: [
      "From: MAILER-DAEMON@relay.example.org",
      "To: sender@example.org",
      "Subject: Undelivered Mail Returned to Sender",
      "",
      "The message could not be delivered.",
      "",
      "<dan@example.net>: 550 mailbox unavailable (in reply to RCPT TO command)",
      "",
    ].join("\n"),
    kind: "bounce",
    format: "generic",
    recipients: [["dan@example.net", null, "RCPT"]],
  },
];

/** The same email with other line ends. */

describe.each(cases)("$name", ({ email, kind, format, recipients, diagnostic, originalRecipient }) => {
  it("gives its kind, format, recipients, statuses and stages", async () => {
    const report = await parseBounce(email);
    expect(report.kind).toBe(kind);
    expect(report.format).toBe(format);
    expect(report.recipients.map((r) => [r.address, r.status, r.command])).toEqual(recipients);
    if (diagnostic) expect(report.recipients[0]?.diagnosticCode).toBe(diagnostic);
    if (originalRecipient !== undefined)
      expect(report.recipients[0]?.originalRecipient).toBe(originalRecipient);
  });

  it("gives the same report on the fast path and the full parse, with any line ends", async () => {
    await expectSameReportOnEveryPath(email);
  });
});

describe("an Exim delay warning for an address without a delay reason", () => {
  // deliver.c lists the deferred addresses, a "Delay reason:" line under those with one, then
  // its closing words ("No action is required on your part. ..."): those are Exim's, not a reply
  const email = [
    "From: Mail Delivery System <Mailer-Daemon@mx.example.org>",
    "To: sender@example.org",
    "Subject: Warning: message 1aBcDe-000001-2F delayed 24 hours",
    "",
    "This message was created automatically by mail delivery software.",
    "A message that you sent has not yet been delivered to one or more of its",
    "recipients after more than 24 hours on the queue on mx.example.org.",
    "",
    "The addresses to which the message has not yet been delivered are:",
    "",
    "  hal@example.net",
    "    host mx.example.net [192.0.2.7]",
    "    Delay reason: SMTP error from remote mail server after RCPT TO:<hal@example.net>:",
    "    452 4.2.2 Mailbox over quota",
    "  gil@example.net",
    "",
    "No action is required on your part. Delivery attempts will continue for",
    "some time, and this warning may be repeated at intervals if the message",
    "remains undelivered. Eventually the mail delivery software will give up,",
    "and when that happens, the message will be returned to you.",
    "",
  ].join("\n");

  it("gives the last address no reply of Exim's closing words, and the other its own reply", async () => {
    const report = await parseBounce(email);
    expect(report).toMatchObject({ kind: "delay", format: "exim" });
    expect(report.recipients.map((r) => [r.address, r.action, r.diagnosticCode, r.command])).toEqual([
      ["hal@example.net", "delayed", "452 4.2.2 Mailbox over quota", "RCPT"],
      ["gil@example.net", "delayed", null, null],
    ]);
  });

  it("gives the same report on the fast path and the full parse, with any line ends", async () => {
    await expectSameReportOnEveryPath(email);
  });
});

describe("a Sendmail transcript of a pipelined session, addresses as given on the command line", () => {
  // Sendmail names the address as the sender gave it (q_paddr): bare when the message came in
  // on the command line. With PIPELINING it reads the RCPT replies after sending DATA, and its
  // transcript names only the last command sent: every reply under ">>> DATA" but the last
  // answered a RCPT (RFC 2920 keeps the replies in order)
  const email = [
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
    "To: sender@example.org",
    "Subject: Returned mail: see transcript for details",
    "",
    "The original message was received at Tue, 1 Dec 2026 10:00:00 GMT",
    "from localhost",
    "",
    "   ----- The following addresses had permanent fatal errors -----",
    "ivy@example.net",
    "    (reason: 552 5.2.2 Mailbox full)",
    "jon@example.net",
    "    (reason: 550 5.1.1 No such user)",
    "kim@example.net",
    "    (reason: 451 4.3.0 Try again later)",
    "",
    "   ----- Transcript of session follows -----",
    "... while talking to mx.example.net.:",
    ">>> DATA",
    "<<< 552 5.2.2 Mailbox full",
    "554 5.0.0 Service unavailable",
    "<<< 550 5.1.1 No such user",
    "550 5.1.1 jon@example.net... User unknown",
    "<<< 451 4.3.0 Try again later",
    "kim@example.net... Deferred: 451 4.3.0 Try again later",
    "<<< 503 5.5.1 No recipients",
    "",
  ].join("\n");

  it("gives every recipient the RCPT stage", async () => {
    const report = await parseBounce(email);
    expect(report.format).toBe("sendmail");
    expect(report.recipients.map((r) => [r.address, r.diagnosticCode, r.command])).toEqual([
      ["ivy@example.net", "552 5.2.2 Mailbox full", "RCPT"],
      ["jon@example.net", "550 5.1.1 No such user", "RCPT"],
      ["kim@example.net", "451 4.3.0 Try again later", "RCPT"],
    ]);
  });

  it("keeps DATA for the only reply under DATA (a refusal after the message)", async () => {
    const refusedData = email
      .replace(/ivy@example\.net\n.*\n|kim@example\.net\n.*\n/g, "")
      .replace(/<<< 552[\s\S]*$/, "<<< 554 5.6.0 Content rejected\n554 5.0.0 Service unavailable\n")
      .replace("(reason: 550 5.1.1 No such user)", "(reason: 554 5.6.0 Content rejected)");
    const report = await parseBounce(refusedData);
    expect(report.recipients.map((r) => [r.address, r.command])).toEqual([["jon@example.net", "DATA"]]);
  });

  it("gives the same report on the fast path and the full parse, with any line ends", async () => {
    await expectSameReportOnEveryPath(email);
  });
});

describe("a Sendmail bounce that states only the first line of a multi-line reply", () => {
  // savemail.c's "(reason: ...)" and the DSN's Diagnostic-Code hold the reply's first line
  // (e_message); the transcript shows every line of it
  const email = [
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
    "To: sender@example.org",
    "Subject: Returned mail: see transcript for details",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b9"',
    "",
    "--b9",
    "",
    "   ----- The following addresses had permanent fatal errors -----",
    "<lou@example.net>",
    "    (reason: 550-5.1.1 The email account that you tried to reach does not exist.)",
    "",
    "   ----- Transcript of session follows -----",
    "... while talking to mx.example.net.:",
    ">>> DATA",
    "<<< 550-5.1.1 The email account that you tried to reach does not exist.",
    "<<< 550 5.1.1 Please check the address.",
    "550 5.1.1 <lou@example.net>... User unknown",
    "<<< 503 5.5.1 No recipients",
    "",
    "--b9",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.org",
    "",
    "Final-Recipient: RFC822; lou@example.net",
    "Action: failed",
    "Status: 5.1.1",
    "Diagnostic-Code: SMTP; 550-5.1.1 The email account that you tried to reach does not exist.",
    "",
    "--b9--",
    "",
  ].join("\n");

  it("gives the whole reply, on both the DSN and the text alone", async () => {
    const whole =
      "550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1 Please check the address.";
    const textAlone = email.replace(/--b9\nContent-Type: message\/delivery-status[\s\S]*$/, "--b9--\n");
    for (const source of [email, textAlone]) {
      const [lou] = (await parseBounce(source)).recipients;
      expect([lou?.address, lou?.diagnosticCode, lou?.command]).toEqual(["lou@example.net", whole, "RCPT"]);
    }
  });

  it("gives the same report on the fast path and the full parse, with any line ends", async () => {
    await expectSameReportOnEveryPath(email);
  });
});

describe("a transcript's lines on hostile text", () => {
  // an address pattern whose local part could also take the "@" would try every split of a line
  // of 100 000 of them
  it("reads a transcript line of 100 000 '@' without a hang, on both paths", async () => {
    const line = `550 <${"a@".repeat(50_000)}`;
    const email = `From: MAILER-DAEMON@mx.example.org\nSubject: Returned mail\n\n   ----- Transcript of session follows -----\n>>> RCPT To:<${"b@".repeat(50_000)}\n<<< 550 5.1.1 unknown\n${line}\n`;
    for (const mime of ["auto", "full"] as const) {
      const report = await parseBounce(email, { mime });
      expect(["bounce", "none"]).toContain(report.kind);
    }
  });
});

describe("the readers' markers on hostile text", () => {
  // each marker pattern is tried at every line start: one that could also eat the blank lines
  // before it would cost the square of their number
  const markers = [
    "   ----- The following addresses had permanent fatal errors -----",
    "UNDELIVERABLE MAIL",
    "was not delivered to:",
    "                   The mail system",
    "    ----- Below this line is a copy of the message.",
  ];
  // postal-mime (the full path) takes about 10 µs a line, so 200 000 lines take a second or
  // three on a busy machine: the timeout leaves room for that, a square-cost marker would
  // need hours
  it.each(markers)(
    "reads 100 000 blank lines around %j without a hang, on both paths",
    async (marker) => {
      const blank = " \n\t\n".repeat(50_000);
      const email = `From: MAILER-DAEMON@mx.example.org\nSubject: Returned mail\n\n${blank}${marker}\n${blank}<lee@example.net>: 550 5.1.1 unknown\n`;
      for (const mime of ["auto", "full"] as const) {
        const report = await parseBounce(email, { mime });
        expect(["bounce", "none"]).toContain(report.kind);
      }
    },
    30_000,
  );
});

describe("what the stage says about the recipient", () => {
  it("calls an address refused at RCPT unknown, though the transcript shows it under DATA", async () => {
    const [ann] = (await parseBounce(pipelinedTranscript)).recipients;
    expect(ann?.explanation).toMatchObject({ reason: "userUnknown", bounce: "hard" });
  });

  it("calls an unknown user after an accepted RCPT a filter's refusal, not a dead address", async () => {
    const [cat] = (await parseBounce(refusedAfterData)).recipients;
    expect(cat?.explanation).toMatchObject({ reason: "filtered", bounce: "soft" });
  });
});
