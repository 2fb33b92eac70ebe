import { describe, expect, it } from "vitest";
import { limits, type ParsedReply, parseReply } from "../index.js";

const gmail = [
  "550-5.1.1 The email account that you tried to reach does not exist. Please try",
  "550-5.1.1 double-checking the recipient's email address for typos or",
  "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser",
];
const gmailText =
  "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser";

type Expected = Partial<Pick<ParsedReply, "code" | "enhanced" | "text" | "command" | "form">> & {
  warnings?: string[];
};

describe("parseReply", () => {
  it.each<[string, string, Expected]>([
    [
      "a one-line reply",
      "550 5.1.1 User unknown",
      { code: 550, enhanced: "5.1.1", text: "User unknown", form: "reply" },
    ],
    [
      "a reply without enhanced code",
      "554 Transaction failed",
      { code: 554, enhanced: null, text: "Transaction failed" },
    ],
    ["a bare code", "421", { code: 421, enhanced: null, text: "" }],
    ["a code with an empty text", "250 ", { code: 250, text: "" }],
    [
      "a multi-line reply with CRLF",
      gmail.join("\r\n"),
      { code: 550, enhanced: "5.1.1", text: gmailText, warnings: [] },
    ],
    ["a multi-line reply with LF", gmail.join("\n"), { code: 550, enhanced: "5.1.1", text: gmailText }],
    [
      "a multi-line reply joined onto one line",
      gmail.join(" "),
      { code: 550, enhanced: "5.1.1", text: gmailText },
    ],
    [
      "a multi-line reply without enhanced codes joined onto one line",
      "550-mx.example.com [192.0.2.1] is not permitted to 550 relay through this server without authentication.",
      {
        code: 550,
        enhanced: null,
        text: "mx.example.com [192.0.2.1] is not permitted to relay through this server without authentication.",
      },
    ],
    [
      "nodemailer's err.message",
      "Can't send mail - all recipients were rejected: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown",
      {
        code: 550,
        enhanced: "5.1.1",
        text: "<a@example.com>: Recipient address rejected: User unknown",
        form: "embedded",
      },
    ],
    [
      "a Postfix log line",
      "Nov 29 10:00:00 mx postfix/smtp[123]: 4C33C18207F: to=<a@example.com>, relay=mx.example.com[192.0.2.5]:25, delay=1.2, status=bounced (host mx.example.com[192.0.2.5] said: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))",
      {
        code: 550,
        enhanced: "5.1.1",
        text: "<a@example.com>: Recipient address rejected: User unknown",
        command: "RCPT",
      },
    ],
    [
      "a reply with Postfix's note after it, as a bounce text quotes it",
      "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)",
      { code: 550, enhanced: "5.1.1", command: "RCPT", form: "reply" },
    ],
    [
      "a reply that only words a stage itself",
      "550 5.7.1 Rejected after DATA by policy",
      { code: 550, enhanced: "5.7.1", command: null, form: "reply" },
    ],
    [
      "a program's log with a file and line before the reply",
      "2017/11/16 10:38:35 [...les/mailer/mailer.go:201 processMailQueue()] [E] Fail to send emails: gomail: could not send email 1: Rcpt: 550 Mailbox not found",
      { code: 550, text: "Mailbox not found" },
    ],
    [
      "a Sendmail log line's reject= field",
      "Dec  1 10:00:00 mx sm-mta[123]: ruleset=check_rcpt, arg1=<ann@example.org>, relay=[192.0.2.8], reject=451 4.2.1 Mailbox busy, try again later",
      { code: 451, enhanced: "4.2.1", text: "Mailbox busy, try again later" },
    ],
    [
      "an enhanced code with the text glued to it",
      "550 5.7.1Relay not permitted for user.",
      { code: 550, enhanced: "5.7.1", text: "Relay not permitted for user." },
    ],
    [
      "an enhanced code run on into a serial number, which is not one",
      "550 5.7.1A2 refused",
      { code: 550, enhanced: null },
    ],
    [
      "an Exim log line",
      "** a@example.com R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<a@example.com>: 550 5.7.1 Relaying denied",
      { code: 550, enhanced: "5.7.1", text: "Relaying denied", command: "RCPT" },
    ],
    [
      "an Exim error after a pipelined command",
      "SMTP error from remote mail server after pipelined MAIL FROM:<sender@example.org>: 550 5.7.1 Sender rejected",
      { code: 550, enhanced: "5.7.1", command: "MAIL" },
    ],
    [
      "an Exim error after a pipelined DATA",
      "SMTP error from remote mail server after pipelined DATA: 554 5.5.1 No valid recipients",
      { code: 554, enhanced: "5.5.1", command: "DATA" },
    ],
    [
      "an Exim failure after the data",
      "SMTP error from remote mail server after end of data: 552 5.3.4 Message size exceeds fixed maximum message size",
      { code: 552, enhanced: "5.3.4", command: "DATA" },
    ],
    [
      "Exim's failure text as cPanel writes it, TEXT being the message",
      "a@example.com: SMTP error from remote server for TEXT command, host: mx.example.com (192.0.2.5) reason: 550 5.7.1 Content rejected",
      { code: 550, enhanced: "5.7.1", command: "DATA" },
    ],
    [
      "Nodemailer's error message at MAIL FROM",
      "Error: Mail command failed: 553 5.7.1 Sender address rejected: not owned by user",
      { code: 553, enhanced: "5.7.1", command: "MAIL" },
    ],
    [
      "Nodemailer's error message when every recipient was refused",
      "Error: Can't send mail - all recipients were rejected: 550 5.1.1 No such user",
      { code: 550, enhanced: "5.1.1", command: "RCPT" },
    ],
    [
      "Nodemailer's error message at the end of the data",
      "Error: Message failed: 554 5.7.1 Rejected by content filter",
      { code: 554, enhanced: "5.7.1", command: "DATA" },
    ],
    [
      "PHPMailer's debug line",
      "SMTP ERROR: RCPT TO command failed: 550 5.1.1 Unknown recipient",
      { code: 550, enhanced: "5.1.1", command: "RCPT" },
    ],
    [
      "PHPMailer's debug line after the data",
      "SMTP ERROR: DATA END command failed: 552 5.3.4 Message too big",
      { code: 552, enhanced: "5.3.4", command: "DATA" },
    ],
    [
      "Python's smtplib exception for the sender",
      "smtplib.SMTPSenderRefused: (553, b'5.7.1 Sender address rejected', 'a@example.com')",
      { code: 553, enhanced: "5.7.1", command: "MAIL" },
    ],
    [
      "Python's smtplib exception for the recipients",
      "smtplib.SMTPRecipientsRefused: {'a@example.com': (550, b'5.1.1 Mailbox unavailable')}",
      { code: 550, enhanced: "5.1.1", command: "RCPT" },
    ],
    [
      "Jakarta Mail's exception for an address",
      "com.sun.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Access denied",
      { code: 550, enhanced: "5.7.1", command: "RCPT" },
    ],
    [
      "Symfony Mailer waiting for the data's go-ahead",
      'Expected response code "354" but got code "554", with message "554 5.7.1 Rejected".',
      { code: 554, enhanced: "5.7.1", command: "DATA" },
    ],
    [
      "an error message that names no stage",
      "Error: Connection closed unexpectedly: 421 4.7.0 Try again later",
      { code: 421, enhanced: "4.7.0", command: null },
    ],
    [
      ".NET's SmtpException: the server's words after .NET's description of the code",
      "System.Net.Mail.SmtpException: Transaction failed. The server response was: 5.7.1 Relay access denied",
      { code: 554, enhanced: "5.7.1", text: "Relay access denied", form: "embedded" },
    ],
    [
      ".NET's 'Mailbox unavailable.', which stands for 450 and 550, read by the enhanced code's class",
      "Mailbox unavailable. The server response was: 4.2.1 Mailbox busy, try later",
      { code: 450, enhanced: "4.2.1", text: "Mailbox busy, try later" },
    ],
    [
      ".NET's 'Mailbox unavailable.' without an enhanced code: no code",
      "SmtpFailedRecipientException: Mailbox unavailable. The server response was: no such domain",
      { code: null, enhanced: null, text: "no such domain", form: "none", command: "RCPT" },
    ],
    [
      ".NET's wrapper around a reply that kept its code: the reply as it stands",
      "Mailbox unavailable. The server response was: 550 5.1.1 User unknown",
      { code: 550, enhanced: "5.1.1", text: "User unknown", form: "embedded" },
    ],
    [
      "DSN fields",
      "Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552-5.2.2 The email account that you tried to reach is over quota.\n",
      { code: 552, enhanced: "5.2.2", text: "The email account that you tried to reach is over quota." },
    ],
    [
      "a DSN Diagnostic-Code without enhanced code, with a Status field",
      "Status: 5.1.1\nDiagnostic-Code: smtp; 550 User unknown",
      { code: 550, enhanced: "5.1.1", text: "User unknown" },
    ],
    [
      "qmail's enhanced code in parentheses",
      "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)",
      { code: 550, enhanced: "5.1.1", text: "sorry, no mailbox here by that name (#5.1.1 - chkusr)" },
    ],
    [
      "a Microsoft NDR",
      "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
      {
        code: 550,
        enhanced: "5.1.10",
        text: "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      },
    ],
    [
      "a Microsoft code with a three-digit detail",
      "550 5.7.606 Access denied, banned sending IP [192.0.2.1]",
      { code: 550, enhanced: "5.7.606" },
    ],
    [
      "an Exchange '#' prefix",
      "#550 5.2.2 STOREDRV.Deliver: mailbox full ##",
      { code: 550, enhanced: "5.2.2", form: "embedded" },
    ],
    [
      "a second reply joined after the first",
      "550 5.1.1 <a@example.com>... User unknown 503 5.0.0 Need RCPT (recipient)",
      { code: 550, enhanced: "5.1.1", text: "<a@example.com>... User unknown", warnings: ["mixedCodes"] },
    ],
    [
      "an enhanced code alone",
      "5.1.1 <a@example.com>... User Unknown",
      { code: null, enhanced: "5.1.1", form: "enhancedOnly" },
    ],
    [
      "an enhanced code alone, with a number in its words",
      "4.2.0 <a@example.com>: Recipient address rejected: Greylisted for 300 seconds",
      { code: null, enhanced: "4.2.0", form: "enhancedOnly" },
    ],
    [
      "a multi-line reply whose lines a bounce text wrapped onto indented lines",
      "554-Transaction failed 554-Reject due to policy\n    restrictions. 554 For explanation visit\n    https://example.com/case?c=hi",
      {
        code: 554,
        text: "Transaction failed Reject due to policy restrictions. For explanation visit https://example.com/case?c=hi",
      },
    ],
    [
      "a message without any code",
      "connect to mx.example.com[192.0.2.1]:25: Connection timed out",
      {
        code: null,
        enhanced: null,
        text: "connect to mx.example.com[192.0.2.1]:25: Connection timed out",
        form: "none",
      },
    ],
    ["an empty string", "", { code: null, enhanced: null, text: "", form: "none", warnings: [] }],
    [
      "a class mismatch",
      "550 4.2.2 Mailbox full",
      { code: 550, enhanced: "4.2.2", warnings: ["classMismatch"] },
    ],
    ["an invalid reply code", "471 Local error", { code: 471, warnings: ["invalidCode"] }],
    [
      "lines whose codes differ",
      "550-5.1.1 first line\r\n551 5.1.1 last line",
      { code: 550, text: "first line last line", warnings: ["mixedCodes"] },
    ],
    [
      "a multi-line reply without its last line",
      "550-5.1.1 first line\r\n",
      { code: 550, warnings: ["truncated"] },
    ],
    ["a response code named in prose", "Error, ResponseCode 421, Host not reachable.", { code: 421 }],
  ])("reads %s", (_name, input, expected) => {
    const { warnings, ...fields } = expected;
    const parsed = parseReply(input);
    expect(parsed).toMatchObject(fields);
    if (warnings) expect(parsed.warnings.map((warning) => warning.type)).toEqual(warnings);
  });

  it.each([
    "the IP address 192.0.2.250 refused",
    "connect to mx.example.com:587 failed",
    "in 2015 the server at port 465",
    "message size 10485760 too big",
    "see https://example.com/550/help",
    "version 4.25.15 of the software",
    "error:0A000086:SSL routines:tls_post_process:bad record:../ssl/statem/statem_clnt.c:421:",
    "H=mx.example.org [192.0.2.1] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no F=<a@example.org> temporarily rejected RCPT <b@example.net>",
  ])("takes no numbers for codes in %j", (input) => {
    const parsed = parseReply(input);
    expect(parsed.code).toBeNull();
    expect(parsed.enhanced).toBeNull();
  });

  it("keeps the lines of a multi-line reply", () => {
    const { lines } = parseReply(gmail.join("\r\n"));
    expect(lines.map((line) => [line.code, line.separator, line.enhanced])).toEqual([
      [550, "-", "5.1.1"],
      [550, "-", "5.1.1"],
      [550, " ", "5.1.1"],
    ]);
    expect(lines[2]?.text).toBe("unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser");
  });

  it("joins a line someone wrapped when quoting a multi-line reply to the line above it", () => {
    const parsed = parseReply(
      "550-Sender verification failed for <ann@example.org>\n550-The server does not know ann@example.org as a\nsender. 550 Sender verify failed",
    );
    expect(parsed.lines.map((line) => [line.code, line.separator, line.text])).toEqual([
      [550, "-", "Sender verification failed for <ann@example.org>"],
      [550, "-", "The server does not know ann@example.org as a sender."],
      [550, " ", "Sender verify failed"],
    ]);
    expect(parsed.warnings).toEqual([]);
    // a line without the reply's code on it still ends the reply
    const cut = parseReply("550-5.1.1 Mailbox unknown\nThe mail system\n");
    expect(cut.text).toBe("Mailbox unknown");
    expect(cut.warnings.map((w) => w.type)).toEqual(["truncated"]);
    expect(parseReply("550-5.1.1 Mailbox unknown\nnext 421 line").text).toBe("Mailbox unknown");
    // a line marked as a transcript's reply line goes on the reply without its mark
    expect(parseReply("<<< 550-5.1.1 Mailbox unknown\n<<< 550 5.1.1 Check the address").text).toBe(
      "Mailbox unknown Check the address",
    );
  });

  it("joins the rest of a last line that someone wrapped without indenting it", () => {
    // cut in the middle of a sentence: the next line goes on in lower case or with a bracket
    expect(
      parseReply("554 5.7.1 Service unavailable; Client host\n[192.0.2.7] blocked using zen.example.org")
        .text,
    ).toBe("Service unavailable; Client host [192.0.2.7] blocked using zen.example.org");
    expect(parseReply("451 <ann@example.org>... open\ntimeout on /home/ann/.forward").text).toBe(
      "<ann@example.org>... open timeout on /home/ann/.forward",
    );
    // or after a word no sentence ends with, whatever case the next line starts in
    expect(parseReply("550 5.7.1 Blocked by the recipient OR by\nTrend Micro Email Reputation").text).toBe(
      "Blocked by the recipient OR by Trend Micro Email Reputation",
    );
    // Postfix's note after the wrap is still left out and still names the stage
    const noted = parseReply(
      "host mx.example.org[192.0.2.1] said: 550 5.1.1\n<ann@example.org>: Recipient address rejected: unknown (in reply to\nRCPT TO command)",
    );
    expect(noted.text).toBe("<ann@example.org>: Recipient address rejected: unknown");
    // a finished sentence, a new sentence, or a line with a reply of its own is not joined
    expect(parseReply("550 5.1.1 User unknown.\ngiving up on 192.0.2.1").text).toBe("User unknown.");
    expect(parseReply("550 5.1.1 User unknown\nGiving up on 192.0.2.1").text).toBe("User unknown");
    expect(parseReply("550 5.4.4 Invalid domain\nsmtp; 550 5.4.4 Invalid domain").text).toBe(
      "Invalid domain",
    );
  });

  it("takes no syslog process id for a reply code, and reads Postfix's dsn= field", () => {
    const line =
      "2019-04-11T19:41:56.554496+00:00 mx postfix/lmtp[238]: 87F043F2BE: to=<a@example.org>, relay=none, delay=2370, dsn=4.4.1, status=deferred (connect to 172.20.0.6[172.20.0.6]:2525: Connection refused)";
    expect(parseReply(line)).toMatchObject({ code: null, enhanced: "4.4.1", form: "enhancedOnly" });
    expect(parseReply("postfix/smtp[250]: status=sent").code).toBeNull();
  });

  it("reads PHPMailer's written-out reply: the server's words, then its codes", () => {
    const error =
      "SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: Error: message file too big\nSMTP code: 552 Additional SMTP info: 5.3.4";
    expect(parseReply(error)).toMatchObject({
      code: 552,
      enhanced: "5.3.4",
      text: "Error: message file too big",
      command: "DATA",
    });
    // without PHPMailer's enhanced field, the server's own code first in its words
    const bare =
      "SMTP server error: MAIL FROM command failed Detail: 5.7.57 Client was not authenticated SMTP code: 530";
    expect(parseReply(bare)).toMatchObject({
      code: 530,
      enhanced: "5.7.57",
      text: "Client was not authenticated",
    });
  });

  it("joins a reply's line that someone wrapped onto a line of its own, between two coded lines", () => {
    const quoted =
      "host mx.example.org said: 421-4.7.0\n[192.0.2.1] Our system has detected an unusual rate of\n421-4.7.0 unsolicited mail originating from your IP address.";
    expect(parseReply(quoted).text).toBe(
      "[192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address.",
    );
    // a line that stops at a bracketed address goes on in lower case on the next
    const cut = "said: 550 5.7.1 Service unavailable, Client host [192.0.2.1]\nblocked using zen.example.net";
    expect(parseReply(cut).text).toBe(
      "Service unavailable, Client host [192.0.2.1] blocked using zen.example.net",
    );
  });

  it("takes no Java logger's line number for a reply code, but a code in a library's brackets", () => {
    const line =
      "12:00:01.250 WARN [mail-1] c.e.m.MailService(256): Failed to send: 550 5.7.1 Sender refused";
    expect(parseReply(line)).toMatchObject({ code: 550, enhanced: "5.7.1", text: "Sender refused" });
    expect(parseReply("permanent error(554): 5.7.1 Spam message rejected").code).toBe(554);
  });

  it("finds a reply whose enhanced code has another class, and warns of it", () => {
    const parsed = parseReply("SMTP Error 450 5.2.3 Msg Size greater than allowed by Remote Host");
    expect(parsed).toMatchObject({ code: 450, enhanced: "5.2.3", form: "embedded" });
    expect(parsed.warnings.map((warning) => warning.type)).toContain("classMismatch");
  });

  it("turns control characters into spaces", () => {
    const { text } = parseReply("550 5.1.1 bad\u0000user\u001b[31m red\u0007 \u2028next");
    expect(text).toBe("bad user [31m red next");
  });

  it("caps what it reads and returns", () => {
    const huge = `550 5.1.1 ${"a".repeat(limits.maxInputLength * 2)}`;
    const parsed = parseReply(huge);
    expect(parsed.code).toBe(550);
    expect(parsed.text.length).toBeLessThanOrEqual(limits.maxTextLength);
    expect(parsed.warnings.map((warning) => warning.type)).toContain("truncated");
    const manyLines = Array.from({ length: 1000 }, () => "550-5.1.1 line").join("\r\n");
    expect(parseReply(manyLines).lines.length).toBeLessThanOrEqual(limits.maxLines);
  });

  it("does not split a surrogate pair when it caps the text", () => {
    const text = parseReply(`550 ${"😀".repeat(limits.maxTextLength)}`).text;
    expect(text.length).toBeLessThanOrEqual(limits.maxTextLength);
    expect(text).toBe(text.normalize());
    expect(/[\uD800-\uDBFF]$/.test(text)).toBe(false);
  });

  it.each([null, undefined, 550, {}, ["550"], Buffer.from("550 ok")])(
    "throws a TypeError for %j",
    (input) => {
      expect(() => parseReply(input as never)).toThrow(TypeError);
    },
  );
});
