/**
 * Bounce emails for the tests and the bench, written from RFC 3464 (the delivery-status
 * fields), RFC 6522 (multipart/report) and the layout Postfix's bounce(8) gives its DSNs: a
 * human-readable part, the machine-readable status, and the returned message's headers.
 */
export interface DsnFields {
  recipient: string;
  status: string;
  diagnostic: string;
  /** The bounced message's Message-ID, without angle brackets. */
  messageId: string;
  action?: "failed" | "delayed";
  /** Makes each generated message unique (its own Message-ID and queue id). */
  serial?: number;
}

export function postfixStyleDsn(fields: DsnFields): string {
  const serial = fields.serial ?? 0;
  const queueId = (0x1a2b3c + serial).toString(16).toUpperCase();
  const boundary = `${queueId}.1764582000/mail.example.net`;
  const action = fields.action ?? "failed";
  const subject =
    action === "failed" ? "Undelivered Mail Returned to Sender" : "Delayed Mail (still being retried)";
  return [
    "Return-Path: <>",
    "Date: Mon, 1 Dec 2025 09:40:00 +0000 (UTC)",
    "From: MAILER-DAEMON@mail.example.net (Mail Delivery System)",
    `Subject: ${subject}`,
    "To: bounces@example.org",
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0",
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    "Content-Transfer-Encoding: 8bit",
    `Message-Id: <20251201094000.${queueId}@mail.example.net>`,
    "",
    "This is a MIME-encapsulated message.",
    "",
    `--${boundary}`,
    "Content-Description: Notification",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "This is the mail system at host mail.example.net.",
    "",
    action === "failed"
      ? "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients."
      : "####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################",
    "",
    `<${fields.recipient}>: host mx.example.com[192.0.2.25] said: ${fields.diagnostic} (in reply to RCPT TO command)`,
    "",
    `--${boundary}`,
    "Content-Description: Delivery report",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mail.example.net",
    `X-Postfix-Queue-ID: ${queueId}`,
    "X-Postfix-Sender: rfc822; bounces@example.org",
    "Arrival-Date: Mon,  1 Dec 2025 09:39:58 +0000 (UTC)",
    "",
    `Final-Recipient: rfc822; ${fields.recipient}`,
    `Original-Recipient: rfc822;${fields.recipient}`,
    `Action: ${action}`,
    `Status: ${fields.status}`,
    "Remote-MTA: dns; mx.example.com",
    `Diagnostic-Code: smtp; ${fields.diagnostic}`,
    ...(action === "delayed" ? ["Will-Retry-Until: Mon, 6 Dec 2025 09:39:58 +0000 (UTC)"] : []),
    "",
    `--${boundary}`,
    "Content-Description: Undelivered Message Headers",
    "Content-Type: text/rfc822-headers",
    "",
    "From: Newsletter <bounces@example.org>",
    `To: ${fields.recipient}`,
    "Subject: Our December news",
    `Message-ID: <${fields.messageId}>`,
    "Date: Mon, 1 Dec 2025 09:39:57 +0000",
    "",
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

/** An ordinary email that is no report of any kind. */
export function plainMessage(serial = 0): string {
  return [
    "From: Alice <alice@example.org>",
    "To: bounces@example.org",
    "Subject: Lunch on Friday?",
    `Message-ID: <lunch-${serial}@example.org>`,
    "Date: Mon, 1 Dec 2025 09:00:00 +0000",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Shall we meet at noon?",
    "",
  ].join("\r\n");
}

/** A report whose MIME is broken: a boundary that never closes, bad base64, a NUL byte. */
export function malformedReport(): string {
  return [
    "From: MAILER-DAEMON@mail.example.net",
    "Subject: Undelivered Mail Returned to Sender",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="never-closed"',
    "",
    "--never-closed",
    "Content-Type: message/delivery-status",
    "Content-Transfer-Encoding: base64",
    "",
    "UmVwb3J0aW5nLU1UQTogZG5zOyBtYWlsLmV4YW1wbGUubmV0\u0000*** not base64 ***",
    "--never-closed",
    "Content-Type: text/plain",
    "",
    "Final-Recipient: rfc822; broken@example.com",
    "Action: failed",
    "Status: 5.1.1",
  ].join("\r\n");
}

/** A DSN for the nth bounce of a mailbox, cycling through common refusals. */
export function nthBounce(serial: number): string {
  const kinds = [
    { status: "5.1.1", diagnostic: "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown" },
    { status: "5.2.2", diagnostic: "552 5.2.2 Mailbox full, quota exceeded" },
    { status: "5.7.1", diagnostic: "554 5.7.1 Service unavailable; client host blocked" },
    {
      status: "4.7.1",
      diagnostic: "450 4.7.1 Greylisted, please try again later",
      action: "delayed" as const,
    },
  ];
  const kind = kinds[serial % kinds.length] as (typeof kinds)[number];
  return postfixStyleDsn({
    ...kind,
    recipient: `user${serial}@example.com`,
    messageId: `send-${serial}@example.org`,
    serial,
  });
}
