/**
 * Bounce emails for the tests, written here from RFC 3464 and RFC 6522: a multipart/report
 * with a human-readable part, a delivery-status part and the returned message, whose texts
 * quote SMTP replies as a log line would (so that a line-by-line reader counts them too).
 */
export interface TestRecipient {
  readonly address: string;
  readonly status: string;
  readonly diagnostic: string;
}

export function bounceEmail(recipients: readonly TestRecipient[], id = "1"): string {
  const fields = recipients
    .map(
      ({ address, status, diagnostic }) => `Final-Recipient: rfc822; ${address}
Action: ${status.startsWith("4") ? "delayed" : "failed"}
Status: ${status}
Remote-MTA: dns; mx.${address.split("@")[1]}
Diagnostic-Code: smtp; ${diagnostic.slice(0, 30)}
 ${diagnostic.slice(30)}
`,
    )
    .join("\n");
  return `Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@relay.example.net>
To: sender@example.org
Subject: Undelivered Mail Returned to Sender
Date: Tue, 01 Dec 2026 08:00:00 +0000
Message-ID: <bounce-${id}@relay.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="report-${id}"

--report-${id}
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.example.net. Your message could not be delivered:

${recipients.map(({ address, diagnostic }) => `<${address}>: host mx said: ${diagnostic}`).join("\n")}

--report-${id}
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.net

${fields}
--report-${id}
Content-Type: message/rfc822

From: sender@example.org
To: ${recipients.map(({ address }) => address).join(", ")}
Subject: Our newsletter
Message-ID: <newsletter-${id}@example.org>
X-Campaign-Id: winter-${id}

Last month our server said 550 5.7.1 for no reason, and 421 4.7.0 the day before.
--report-${id}--
`;
}

export const gone = {
  address: "gone@example.com",
  status: "5.1.1",
  diagnostic: "550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown",
};
export const full = {
  address: "full@example.net",
  status: "4.2.2",
  diagnostic: "452 4.2.2 <full@example.net>: Mailbox full, try again later",
};
export const moved = {
  address: "moved@example.org",
  status: "5.1.1",
  diagnostic: "550 5.1.1 No such user here",
};

/** Messages as an mboxrd file. */
export const mboxOf = (messages: readonly string[]) =>
  messages
    .map(
      (message) => `From MAILER-DAEMON Tue Dec  1 08:00:00 2026\n${message.replace(/^(>*From )/gm, ">$1")}\n`,
    )
    .join("");

/** An RFC 5965 feedback report: `complainer` marked the message as spam. */
export function complaintEmail(complainer: string): string {
  return `From: feedback@isp.example
To: abuse@example.org
Subject: Abuse report
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="arf"

--arf
Content-Type: text/plain

This is an email abuse report for a message received from 192.0.2.5.

--arf
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: ExampleFBL/1.0
Version: 1
Original-Mail-From: <sender@example.org>
Original-Rcpt-To: <${complainer}>
Source-IP: 192.0.2.5
Reported-Domain: example.org

--arf
Content-Type: message/rfc822

From: sender@example.org
To: ${complainer}
Subject: Our newsletter
Message-ID: <newsletter-arf@example.org>

Hello
--arf--
`;
}
