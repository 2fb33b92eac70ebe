import { describe, expect, it } from "vitest";
import { parseBounce } from "./index.js";
import { headersInBody } from "./original.js";
import { withLineEnds } from "./testing/fixtures.js";

/**
 * Where a bounce shows the returned message's headers, so that its Message-ID matches the
 * bounce to what was sent. Each email written from RFC 6522, RFC 5965 and RFC 2046.
 */
const cases: readonly { name: string; email: string; messageId: string }[] = [
  {
    // RFC 5965 section 2: the third part is message/rfc822 or text/rfc822-headers; the
    // singular is a misspelling some reports carry, the headers are the same
    name: "a feedback report whose headers part is text/rfc822-header",
    email: [
      "From: feedback@isp.example.net",
      "To: abuse@example.org",
      "Subject: Abuse report",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=feedback-report; boundary="f1"',
      "",
      "--f1",
      "Content-Type: text/plain",
      "",
      "This is an abuse report.",
      "",
      "--f1",
      "Content-Type: message/feedback-report",
      "",
      "Feedback-Type: abuse",
      "User-Agent: Reporter/1.0",
      "Version: 1",
      "",
      "--f1",
      "Content-Type: text/rfc822-header",
      "",
      "From: news@example.org",
      "To: reader@isp.example.net",
      "Subject: Offers",
      "Message-ID: arf-singular-1@example.org",
      "",
      "--f1--",
      "",
    ].join("\n"),
    messageId: "arf-singular-1@example.org",
  },
  {
    // RFC 2046 section 5.1.1: a body part's header fields come first; a part that starts with
    // the returned message's own fields has them as its header, and its body is the message's
    name: "a bounce whose second part is the returned message with no headers of its own",
    email: [
      "From: MAILER-DAEMON@mx.example.org",
      "To: sender@example.org",
      "Subject: Returned mail: User unknown",
      "Message-ID: <bounce-own-1@mx.example.org>",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="m1"',
      "",
      "--m1",
      "Content-Type: text/plain",
      "",
      "<bea@example.net>: 550 5.1.1 user unknown",
      "",
      "--m1",
      "Received: from relay.example.org by mx.example.org; Mon, 2 Mar 2026 10:20:09 +0000",
      "Message-Id: <headerless-part-1@example.org>",
      "From: sender@example.org",
      "To: bea@example.net",
      "",
      "Hello",
      "",
      "--m1--",
      "",
    ].join("\n"),
    messageId: "headerless-part-1@example.org",
  },
  {
    // the returned message's headers sent as a plain-text attachment, not as text/rfc822-headers
    name: "a bounce with the returned headers in a text attachment",
    email: [
      "From: MAILER-DAEMON@mx.example.org",
      "To: sender@example.org",
      "Subject: Undeliverable: Offers",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="m2"',
      "",
      "--m2",
      "Content-Type: text/plain",
      "",
      "<cid@example.net>: 550 5.1.1 user unknown",
      "",
      "--m2",
      'Content-Type: text/plain; name="headers.txt"',
      'Content-Disposition: attachment; filename="headers.txt"',
      "",
      "Received: from relay.example.org by mx.example.org; Mon, 2 Mar 2026 10:20:09 +0000",
      "From: sender@example.org",
      "Message-ID: <attached-headers-1@example.org>",
      "",
      "--m2--",
      "",
    ].join("\n"),
    messageId: "attached-headers-1@example.org",
  },
  {
    // a last part whose delimiter differs from the boundary: to a MIME reader it is still the
    // delivery-status part's body (RFC 2046 section 5.1.1), the headers are in there
    name: "a delivery status notification whose headers part has a mistyped delimiter",
    email: [
      "From: MAILER-DAEMON@mx.example.org",
      "To: sender@example.org",
      "Subject: Returned mail",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="r1"',
      "",
      "--r1",
      "Content-Type: text/plain",
      "",
      "Your message could not be delivered.",
      "",
      "--r1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.org",
      "",
      "Final-Recipient: rfc822; dan@example.net",
      "Action: failed",
      "Status: 5.1.1",
      "",
      "--r2",
      "Content-Type: text/rfc822-headers",
      "",
      "From: sender@example.org",
      "Message-Id: <mistyped-delimiter-1@example.org>",
      "",
      "--r1--",
      "",
    ].join("\n"),
    messageId: "mistyped-delimiter-1@example.org",
  },
];

/** The same email with other line ends. */

describe.each(cases)("$name", ({ email, messageId }) => {
  it("gives the returned message's Message-ID on both paths, with any line ends", async () => {
    for (const eol of ["\r\n", "\n", "\r"]) {
      for (const mime of ["auto", "full"] as const) {
        const report = await parseBounce(withLineEnds(email, eol), { mime });
        expect(report.original.messageId).toBe(messageId);
      }
    }
  });
});

describe("headersInBody", () => {
  it("reads below the bounce's own headers, never its own Message-ID", () => {
    const bytes = new TextEncoder().encode("Message-ID: <own@example.org>\n\nNo headers here.\n");
    expect(headersInBody(bytes)).toBeNull();
  });

  it("gives the block of lines around the Message-ID", () => {
    const bytes = new TextEncoder().encode("Subject: x\r\n\r\n--b\r\nMessage-ID: <a@b>\r\n\r\nHi");
    expect(headersInBody(bytes)).toBe("--b\nMessage-ID: <a@b>");
  });
});
