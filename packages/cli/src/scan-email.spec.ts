import { describe, expect, it } from "vitest";
import { looksLikeEmail } from "./scan-email.js";
import { bounceEmail, gone, mboxOf } from "./testing-bounce.js";
import { logLine } from "./testing-log.js";

const head = (text: string) => Buffer.from(text);

describe("looksLikeEmail", () => {
  it.each([
    ["a bounce email", bounceEmail([gone])],
    ["an mbox of them", mboxOf([bounceEmail([gone])])],
    [
      "an email with CRLF and folded headers",
      "Received: from a\r\n\tby b; Tue, 1 Dec 2026\r\nFrom: x@example.org\r\nSubject: hi\r\n\r\nbody",
    ],
    [
      "an email whose head is cut",
      "Return-Path: <>\nDate: Tue, 01 Dec 2026 08:00:00 +0000\nX-Very-Long: aaaa",
    ],
  ])("takes %s for an email", (_name, text) => {
    expect(looksLikeEmail(head(text))).toBe(true);
  });

  it.each([
    ["a Postfix log", Array.from({ length: 20 }, (_, i) => logLine(i)).join("\n")],
    [
      "an Exim log",
      "2026-12-01 08:00:00 1rX4kD-000abc-7Z ** gone@example.com R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<gone@example.com>: 550 5.1.1 User unknown\n",
    ],
    [
      "nodemailer error output",
      "Error: Can't send mail - all recipients were rejected: 550 5.1.1 <gone@example.com>: User unknown\n    at SMTPConnection._formatError (node_modules/nodemailer/lib/smtp-connection/index.js:807:19)\n",
    ],
    ["a single header line", "Subject: hello\n\nbody"],
    ["a reply", "550 5.1.1 User unknown"],
    ["nothing", ""],
  ])("takes %s for no email", (_name, text) => {
    expect(looksLikeEmail(head(text))).toBe(false);
  });
});
