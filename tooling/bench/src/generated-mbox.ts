/**
 * A generated mbox of bounce reports for the readMailbox benchmark: RFC 3464 delivery status
 * notifications inside RFC 6522 multipart/report messages, written here from the RFCs, with one
 * to three recipients each and the returned message attached (its size varies from a short text
 * to a 60 KB base64 attachment, as real bounces do). Written to a file chunk by chunk, so making
 * it needs no memory.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";

const replies = [
  ["5.1.1", "smtp; 550 5.1.1 <{to}>: Recipient address rejected: User unknown in local recipient table"],
  ["4.2.2", "smtp; 452 4.2.2 <{to}>: Mailbox full, try again later"],
  ["5.7.1", "smtp; 550 5.7.1 Message rejected as spam by content filter"],
  ["4.4.7", "smtp; 421 4.4.7 Message expired: unable to deliver in 5 days"],
] as const;

const attachment = Buffer.alloc(45_000, "bench attachment line\n")
  .toString("base64")
  .replace(/.{76}/g, "$&\n");

function report(index: number): string {
  const boundary = `=_report_${index.toString(36)}`;
  const recipients = 1 + (index % 3);
  const date = "Tue, 01 Dec 2026 08:00:00 +0000";
  const fields = Array.from({ length: recipients }, (_, k) => {
    const to = `user${index * 3 + k}@example${k}.com`;
    const [status, diagnostic] = replies[(index + k) % replies.length] as (typeof replies)[number];
    const action = status.startsWith("4") ? "delayed" : "failed";
    return `Final-Recipient: rfc822; ${to}\nAction: ${action}\nStatus: ${status}\nRemote-MTA: dns; mx${k}.example${k}.com\nDiagnostic-Code: ${diagnostic.replace("{to}", to)}\nLast-Attempt-Date: ${date}\n`;
  }).join("\n");
  const body =
    index % 4 === 0
      ? `Content-Type: multipart/mixed; boundary="inner${index}"\n\n--inner${index}\nContent-Type: text/plain\n\nThe report is attached.\n>From the sales team\n--inner${index}\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n${attachment}\n--inner${index}--\n`
      : `Content-Type: text/plain; charset=utf-8\n\n${"Hello, this is the newsletter of this week.\n".repeat(1 + (index % 40))}`;
  return `From MAILER-DAEMON Tue Dec  1 08:00:00 2026
Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@relay.example.net>
To: <sender@example.org>
Subject: Undelivered Mail Returned to Sender
Date: ${date}
Message-ID: <bounce${index}@relay.example.net>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"

--${boundary}
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.example.net. Your message could not be delivered
to one or more recipients.

--${boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.net
Arrival-Date: ${date}

${fields}
--${boundary}
Content-Type: message/rfc822

From: sender@example.org
To: user${index * 3}@example0.com
Subject: Newsletter ${index}
Message-ID: <sent${index}@example.org>
MIME-Version: 1.0
${body}
--${boundary}--

`;
}

/** Writes about `bytes` bytes of bounce reports to `path`; returns how many messages and bytes. */
export async function writeBounceMbox(
  path: string,
  bytes: number,
): Promise<{ messages: number; bytes: number }> {
  const out = createWriteStream(path);
  let written = 0;
  let messages = 0;
  while (written < bytes) {
    const text = report(messages);
    messages++;
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { messages, bytes: written };
}
