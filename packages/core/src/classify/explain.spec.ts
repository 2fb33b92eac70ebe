import { describe, expect, it } from "vitest";
import { type Explanation, explain, lookup, parseReply } from "../index.js";
import { waitPhrase } from "./retry-after.js";

type Expected = Partial<Omit<Explanation, "warnings">>;

describe("explain", () => {
  it.each<[string, string, Expected, string?]>([
    [
      "Gmail's unknown user",
      "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550 5.1.1 double-checking the recipient's email address.",
      {
        severity: "permanent",
        reason: "userUnknown",
        bounce: "hard",
        retryable: false,
        actor: "sendingApplication",
      },
    ],
    [
      "Yahoo's complaint deferral",
      "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints",
      {
        severity: "transient",
        reason: "badReputation",
        bounce: "soft",
        retryable: true,
        actor: "senderAdmin",
      },
    ],
    [
      "a rate limit sent with a permanent code",
      "550 5.7.1 Message rejected: you are sending too fast, rate limited",
      { severity: "permanent", reason: "rateLimited", retryable: true, bounce: "soft" },
    ],
    [
      "greylisting sent with a permanent code",
      "550 5.7.1 Greylisted for 5 minutes, try again in 5 minutes",
      { severity: "permanent", reason: "greylisted", retryable: true, retryAfter: 300 },
    ],
    [
      "a 5.7.1 that is really an unknown mailbox",
      "550 5.7.1 <a@example.com>: Recipient address rejected: User unknown",
      { reason: "userUnknown", bounce: "hard" },
    ],
    [
      "a 554 for spam",
      "554 Message rejected as spam by Content Filtering",
      { reason: "spamDetected", bounce: "soft" },
    ],
    [
      "a full mailbox",
      "552 5.2.2 Mailbox full",
      { reason: "mailboxFull", retryable: true, bounce: "soft", actor: "recipient" },
    ],
    [
      "a null MX",
      "556 5.1.10 Recipient address has null MX",
      { reason: "notAccept", bounce: "hard", retryable: false },
    ],
    [
      "a DMARC rejection",
      "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
      { reason: "authFailure", actor: "senderAdmin" },
    ],
    ["bad credentials", "535 5.7.8 Authentication credentials invalid", { reason: "authRequired" }],
    ["TLS required", "530 5.7.0 Must issue a STARTTLS command first", { reason: "requireTLS" }],
    [
      "a bare enhanced code",
      "5.2.2",
      { severity: "permanent", reason: "mailboxFull", code: null, enhanced: "5.2.2" },
    ],
    [
      "a code only",
      "452",
      { severity: "transient", reason: "systemFull", retryable: true, rule: "basic:452" },
    ],
    [
      "a too-big message",
      "552 5.3.4 Message size exceeds fixed maximum message size",
      { reason: "messageTooBig" },
    ],
    [
      "a success with a queue id",
      "250 2.0.0 Ok: queued as 4C33C18207F",
      {
        severity: "success",
        reason: "delivered",
        bounce: null,
        retryable: false,
        queueId: "4C33C18207F",
        actor: null,
      },
    ],
    [
      "an intermediate reply",
      "354 End data with <CR><LF>.<CR><LF>",
      { severity: "intermediate", bounce: null, retryable: false },
    ],
    [
      "text without any code or known phrasing",
      "something odd happened",
      {
        severity: "unknown",
        reason: "undefined",
        bounce: null,
        retryable: false,
        rule: "none",
        confidence: 0,
      },
    ],
    [
      "a transient unknown reason",
      "450 4.0.0 zorg",
      { severity: "transient", reason: "undefined", retryable: true, bounce: "soft", rule: "class:4" },
    ],
    [
      "a connection error message",
      "connect ECONNREFUSED 127.0.0.1:25: Connection refused",
      { reason: "networkError", retryable: true },
    ],
  ])("explains %s", (_name, input, expected) => {
    expect(explain(input)).toMatchObject(expected);
  });

  it("never calls a failure delivered for a positive report's enhanced code (X.1.5, X.3.6)", () => {
    for (const reply of ["550 5.1.5 Recipient refused", "501 5.1.5 bad address", "554 5.3.6 refused"]) {
      const result = explain(reply);
      expect(result.reason, reply).not.toBe("delivered");
      expect(result.severity, reply).toBe("permanent");
    }
    expect(explain("250 2.1.5 Recipient OK").reason).toBe("delivered");
  });

  it("uses the SMTP stage", () => {
    expect(explain("550 Access denied", { command: "MAIL FROM" })).toMatchObject({
      reason: "senderRejected",
      command: "MAIL",
    });
    expect(explain("550 Requested action not taken", { command: "RCPT TO" })).toMatchObject({
      reason: "userUnknown",
      command: "RCPT",
    });
    expect(explain("554 No SMTP service here", { command: "CONN" })).toMatchObject({
      reason: "blocked",
      command: "CONNECT",
    });
    expect(explain("550 5.1.2 No such domain", { command: "MAIL" }).reason).toBe("senderRejected");
    expect(explain("552 Requested mail action aborted", { command: "DATA" }).reason).toBe("messageTooBig");
    expect(explain("552 Requested mail action aborted", { command: "RCPT" }).reason).toBe("mailboxFull");
    expect(explain("550 Requested action not taken", { command: "bogus" }).command).toBeNull();
  });

  it("reads the stage from a sending library's error message when none is given", () => {
    expect(explain("Error: Mail command failed: 550 Access denied")).toMatchObject({
      reason: "senderRejected",
      command: "MAIL",
    });
    expect(explain("smtplib.SMTPDataError: (552, b'Requested mail action aborted')")).toMatchObject({
      reason: "messageTooBig",
      command: "DATA",
    });
    // A stage the caller gives wins over the words around the reply.
    expect(explain("Error: Mail command failed: 550 Access denied", { command: "RCPT" }).command).toBe(
      "RCPT",
    );
  });

  it("calls an unknown user after DATA a filter, unless the text shows the failure was at RCPT", () => {
    expect(explain("550 Unknown user a@example.jp", { command: "DATA" }).reason).toBe("filtered");
    // Yahoo answers its unknown recipients only at the end of DATA: still an unknown recipient.
    expect(
      explain(
        "554 delivery error: dd This user doesn't have a yahoo.com account (ann@yahoo.com) [0] - mta1001.mail.gq1.yahoo.com",
        { command: "DATA" },
      ),
    ).toMatchObject({ reason: "userUnknown", bounce: "hard", rule: "rule:yahoo.no-account" });
    expect(
      explain("550 5.1.1 <a@example.jp>... User unknown 503 5.0.0 Need RCPT", { command: "DATA" }).reason,
    ).toBe("userUnknown");
    // Exim's answer to DATA after it refused every recipient repeats the RCPT error
    expect(
      explain(
        "503-All RCPT commands were rejected with this error:\n503-No Such User Here\n503 Valid RCPT command must precede DATA",
        { command: "DATA" },
      ).reason,
    ).toBe("userUnknown");
  });

  it("reads the rest of the input when the parser stopped at a second reply", () => {
    // the first reply is a relay's own wrapper; the receiver's reply is quoted inside it
    const result = explain(
      '554 Error for mail.example.org of "all recipients were rejected: 554 5.7.1 <ann@example.org>: Relay access denied"',
    );
    expect(result).toMatchObject({ code: 554, reason: "relayDenied", decidedBy: { kind: "context" } });
  });

  it("takes no log's source line number for a reply code", () => {
    const result = explain(
      "[2024-07-14 00:43:05][__main__.py:main:217][ERROR] (534, b'5.7.9 Application-specific password required.')",
    );
    expect(result).toMatchObject({ code: 534, reason: "authRequired" });
  });

  it("reads no log field's value as a word of the reply", () => {
    // `mailer=relay,` is Sendmail's mailer name, not a refused relay
    const line =
      "sm-mta[1]: u0IH813T014384: to=<ann@example.org>, delay=1+16:01:50, mailer=relay, pri=14971234, dsn=4.0.0, stat=Deferred";
    expect(explain(line).reason).not.toBe("relayDenied");
  });

  it("keeps an unknown user after DATA when the enhanced code is an address status", () => {
    expect(explain("550 5.1.1 <a@example.jp>... User unknown", { command: "DATA" })).toMatchObject({
      reason: "userUnknown",
      bounce: "hard",
    });
    expect(explain("550 5.1.0 Invalid recipient <a@example.jp>", { command: "DATA" }).reason).toBe(
      "userUnknown",
    );
    // a mailbox code says nothing about the address: the filter reading stands
    expect(explain("550 5.7.1 Unknown user a@example.jp", { command: "DATA" }).reason).toBe("filtered");
  });

  it("calls an unknown address before any recipient was named the sending host's, not the recipient's", () => {
    // RFC 5321 section 3.3: the recipient is named only at RCPT; a refusal of the greeting or of
    // EHLO is a refusal of the client
    expect(explain("550 Host unknown", { command: "EHLO" })).toMatchObject({
      reason: "blocked",
      bounce: "soft",
      rule: "rule:domain.unknown@EHLO",
    });
    expect(explain("550 5.1.1 User unknown", { command: "CONNECT" })).toMatchObject({
      reason: "blocked",
      bounce: "soft",
    });
    // a domain that accepts no mail at all says so at the greeting: that is about the recipient
    expect(explain("554 5.3.2 This domain does not accept mail", { command: "CONNECT" }).bounce).toBe("hard");
    expect(explain("550 Host unknown", { command: "RCPT" }).reason).toBe("hostUnknown");
  });

  it("calls a destination that stayed unreachable until the MTA gave up an expired delivery", () => {
    const reply = "connect to mx.example.com[192.0.2.1]:25: Connection timed out";
    expect(explain(reply).reason).toBe("networkError");
    expect(explain(reply, { gaveUp: true })).toMatchObject({
      reason: "expired",
      rule: "rule:network.unreachable",
    });
    // a connection lost during the session, or DNS, says more than that the time ran out
    expect(
      explain("lost connection with mx.example.com while sending RCPT TO", { gaveUp: true }).reason,
    ).toBe("networkError");
    expect(explain("550 5.1.1 User unknown", { gaveUp: true }).reason).toBe("userUnknown");
    // RFC 3463 X.4.1, no answer from host, alone
    expect(explain("4.4.1", { gaveUp: true })).toMatchObject({ reason: "expired", rule: "enhanced:4.4.1" });
    expect(explain("4.4.1").reason).toBe("networkError");
  });

  it("reads the stage from the log line around the reply", () => {
    const result = explain(
      "host mx.example.com[192.0.2.1] said: 550 Access denied (in reply to MAIL FROM command)",
    );
    expect(result).toMatchObject({ command: "MAIL", reason: "senderRejected" });
  });

  it("reads the stage from Postfix's note after a reply given on its own", () => {
    expect(explain("550 Access denied (in reply to MAIL FROM command)")).toMatchObject({
      command: "MAIL",
      reason: "senderRejected",
    });
    expect(explain("550 Unknown user a@example.jp (in reply to end of DATA command)")).toMatchObject({
      command: "DATA",
      reason: "filtered",
    });
  });

  it("answers in German", () => {
    const result = explain("550 5.1.1 User unknown", { locale: "de" });
    expect(result).toMatchObject({ locale: "de", summary: "Das Postfach des Empfängers existiert nicht." });
    expect(result.title).toBe("Fehlerhafte Postfachadresse des Empfängers");
  });

  it("takes a parsed reply", () => {
    const parsed = parseReply("452 4.2.2 Mailbox full");
    expect(explain(parsed)).toMatchObject({ reason: "mailboxFull", code: 452 });
  });

  it("says when the classes disagree", () => {
    expect(explain("550 4.2.2 Mailbox full").warnings.map((warning) => warning.type)).toContain(
      "classMismatch",
    );
    expect(explain("550 4.2.2 Mailbox full").severity).toBe("permanent");
  });

  it("caps the wait a reply asks for", () => {
    expect(explain("451 4.7.1 Please try again in 99999 hours").retryAfter).toBe(7 * 86_400);
  });

  it("reads the wait whatever the verb's case and the characters around it", () => {
    // The wait's pattern is skipped for ASCII text whose tokens hold none of its verbs.
    expect(
      waitPhrase.source.startsWith(`\\b(?:try(?: again)?|retry|come back|wait|resend)(?: later)?,? `),
    ).toBe(true);
    expect(explain("451 4.7.1 Greylisted, RETRY in 7 minutes").retryAfter).toBe(420);
    expect(explain("451 4.7.1 Greylisted, please Come back in 2 hours").retryAfter).toBe(7_200);
    expect(explain("451 4.7.1 Greylisted \u00e9try again in 7 minutes").retryAfter).toBe(420);
    // No wait stated (a verb inside a word): the reason's own wait, 5 minutes for greylisting.
    expect(explain("451 4.7.1 Greylisted; _retry in 7 minutes").retryAfter).toBe(300);
    expect(explain("451 4.7.1 Greylisted; entry in 7 minutes").retryAfter).toBe(300);
  });

  it("describes the rule and confidence of every answer", () => {
    for (const reply of ["550 5.1.1 User unknown", "550 5.1.1", "550", "hello"]) {
      const result = explain(reply);
      expect(result.rule).toMatch(/^(rule|context|enhanced|basic|stage|class):|^none$/);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("takes a code as a number, as lookup does", () => {
    expect(explain(550)).toEqual(explain("550"));
    expect(explain(421, { command: "CONNECT" })).toEqual(explain("421", { command: "CONNECT" }));
    expect(explain(550).code).toBe(lookup(550)?.code);
    expect(explain(999)).toEqual(explain("999"));
    expect(explain(999).severity).toBe("unknown");
    expect(explain(Number.NaN)).toMatchObject({ code: null, severity: "unknown" });
  });

  it.each([null, undefined, {}, { code: "550" }, []])("throws a TypeError for %j", (input) => {
    expect(() => explain(input as never)).toThrow(TypeError);
  });

  it("throws a RangeError for an unknown locale and a TypeError for bad options", () => {
    // @ts-expect-error: an unknown locale does not compile either
    expect(() => explain("550", { locale: "xx" })).toThrow(RangeError);
    expect(() => explain("550", "de" as never)).toThrow(TypeError);
  });
});
