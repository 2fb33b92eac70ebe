import { describe, expect, it } from "vitest";
import { parseLogLine, parseMessageEnd } from "../index.js";

/** Lines in the formats of Postfix's log_adhoc and Exim's main log, written for these tests. */
const postfix = (fields: string) => `Nov 29 10:00:00 mx postfix/smtp[1000]: 4C33C18207F: ${fields}`;
const exim = (rest: string) => `2026-11-29 10:00:00 1rX4kD-000abc-7Z ${rest}`;

describe("parseLogLine: Postfix", () => {
  it("reads a bounce with the server's reply, without Postfix's parentheses", () => {
    expect(
      parseLogLine(
        postfix(
          "to=<a@example.org>, relay=mx.example.org[192.0.2.5]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.5] said: 550 5.1.1 <a@example.org>: User unknown (in reply to RCPT TO command))",
        ),
      ),
    ).toEqual({
      mta: "postfix",
      queueId: "4C33C18207F",
      recipient: "a@example.org",
      type: "bounce",
      status: "bounced",
      dsn: "5.1.1",
      relay: "mx.example.org[192.0.2.5]:25",
      diagnostic:
        "host mx.example.org[192.0.2.5] said: 550 5.1.1 <a@example.org>: User unknown (in reply to RCPT TO command)",
    });
  });

  it.each([
    [
      "to=<a@example.net>, relay=none, delay=30, delays=0.01/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.9]:25: Connection timed out)",
      {
        type: "delay",
        dsn: "4.4.1",
        relay: null,
        diagnostic: "connect to mx.example.net[192.0.2.9]:25: Connection timed out",
      },
    ],
    [
      "to=<a@nowhere.example>, relay=none, delay=0.1, delays=0.01/0/0.09/0, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=nowhere.example type=A: Host not found)",
      {
        type: "bounce",
        dsn: "5.4.4",
        diagnostic:
          "Host or domain name not found. Name service error for name=nowhere.example type=A: Host not found",
      },
    ],
    [
      "to=<b@example.com>, orig_to=<alias@example.com>, relay=mx.example.com[192.0.2.1]:25, conn_use=2, delay=0.5, delays=0/0/0.2/0.3, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9A1B2C3D)",
      {
        type: "delivered",
        recipient: "b@example.com",
        dsn: "2.0.0",
        diagnostic: "250 2.0.0 Ok: queued as 9A1B2C3D",
      },
    ],
  ])("reads %s", (fields, expected) => {
    expect(parseLogLine(postfix(fields))).toMatchObject(expected);
  });

  it("takes long queue ids and a custom syslog name", () => {
    const line =
      "Nov 29 10:00:00 mx postfix-out/smtp[77]: 4Q8Vd42mrQz9sWD: to=<c@example.com>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again)";
    expect(parseLogLine(line)).toMatchObject({ queueId: "4Q8Vd42mrQz9sWD", type: "delay", dsn: "4.4.3" });
  });

  it.each([
    "Nov 29 10:00:00 mx postfix/qmgr[9]: 4C33C18207F: from=<s@example.com>, size=1234, nrcpt=1 (queue active)",
    "Nov 29 10:00:00 mx postfix/qmgr[9]: 4C33C18207F: removed",
    "Nov 29 10:00:00 mx postfix/smtpd[9]: NOQUEUE: reject: RCPT from unknown[192.0.2.7]: 554 5.7.1 <a@example.org>: Relay access denied; from=<x@example.net> to=<a@example.org> proto=ESMTP helo=<client>",
    postfix(
      "to=<a@example.org>, relay=none, delay=0, delays=0/0/0/0, dsn=2.1.5, status=deliverable (delivers to mailbox)",
    ),
    "hello world",
    "",
  ])("is null for a line that is no delivery: %s", (line) => {
    expect(parseLogLine(line)).toBeNull();
  });
});

describe("parseLogLine: Exim", () => {
  it("reads a failure with the remote server's reply", () => {
    expect(
      parseLogLine(
        exim(
          "** a@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.5]: SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 5.1.1 User unknown",
        ),
      ),
    ).toEqual({
      mta: "exim",
      queueId: "1rX4kD-000abc-7Z",
      recipient: "a@example.org",
      type: "bounce",
      status: "**",
      dsn: null,
      relay: "mx.example.org",
      diagnostic: "SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 5.1.1 User unknown",
    });
  });

  it.each([
    [
      "== b@example.net R=dnslookup T=remote_smtp defer (-44) H=mx.example.net [192.0.2.6]: SMTP error from remote mail server after RCPT TO:<b@example.net>: 451 4.7.1 Greylisted, try again later",
      {
        type: "delay",
        recipient: "b@example.net",
        diagnostic:
          "SMTP error from remote mail server after RCPT TO:<b@example.net>: 451 4.7.1 Greylisted, try again later",
      },
    ],
    [
      "** postmaster@nowhere.example: Unrouteable address",
      { type: "bounce", recipient: "postmaster@nowhere.example", diagnostic: "Unrouteable address" },
    ],
    [
      '=> c@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.1] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 OK id=1rX4kE-000abd-8A"',
      { type: "delivered", relay: "mx.example.com", diagnostic: "250 2.0.0 OK id=1rX4kE-000abd-8A" },
    ],
  ])("reads %s", (rest, expected) => {
    expect(parseLogLine(exim(rest))).toMatchObject(expected);
  });

  it("takes the message ids of Exim 4.97 and later", () => {
    const line = "2026-11-29 10:00:00 1rX4kD-00000000abc-0000 ** d@example.org: Unrouteable address";
    expect(parseLogLine(line)).toMatchObject({ queueId: "1rX4kD-00000000abc-0000", type: "bounce" });
  });

  it.each([exim("<= sender@example.com H=client [192.0.2.7] P=esmtp S=1234"), exim("Completed")])(
    "is null for a line that is no delivery: %s",
    (line) => {
      expect(parseLogLine(line)).toBeNull();
    },
  );
});

describe("parseLogLine on hostile input", () => {
  it("stays null or bounded for huge and odd lines, and never throws", () => {
    expect(parseLogLine(`${"postfix: to=<".repeat(50_000)}`)).toBeNull();
    expect(parseLogLine(null as never)).toBeNull();
    const long = postfix(
      `to=<a@example.org>, relay=none, dsn=5.1.1, status=bounced (${"x".repeat(100_000)})`,
    );
    expect(parseLogLine(long)?.diagnostic.length).toBeLessThanOrEqual(8_192);
  });
});

describe("parseMessageEnd", () => {
  it.each([
    // qmgr, when a message has left the queue (delivered, bounced or expired)
    ["Nov 29 10:00:03 mx postfix/qmgr[999]: 4C33C18207F: removed", "postfix", "4C33C18207F"],
    // a long queue id, a multi-instance syslog name, and a trailing CR
    ["Nov 29 10:00:03 mx postfix-out/qmgr[999]: 4Q8Vd42mrQz9sWD: removed\r", "postfix", "4Q8Vd42mrQz9sWD"],
    // postsuper -d
    ["Nov 29 10:00:03 mx postfix/postsuper[1200]: 6E55E3A429B: removed", "postfix", "6E55E3A429B"],
    // Exim's main log, bare and with queue_time_overall and a pid
    ["2026-11-29 10:00:03 1rX4kD-000abc-7Z Completed", "exim", "1rX4kD-000abc-7Z"],
    ["2026-11-29 10:00:03 [4242] 1rX4kD-00000000abc-0000 Completed QT=2s", "exim", "1rX4kD-00000000abc-0000"],
  ])("reads %s", (line, mta, queueId) => {
    expect(parseMessageEnd(line)).toEqual({ mta, queueId });
  });

  it.each([
    "Nov 29 10:00:02 mx postfix/qmgr[999]: 4C33C18207F: from=<s@example.org>, size=1200, nrcpt=1 (queue active)",
    "Nov 29 10:00:02 mx postfix/smtp[1000]: 4C33C18207F: to=<a@example.org>, relay=none, delay=1, delays=0/0/1/0, dsn=5.0.0, status=bounced (host said: 550 mailbox removed)",
    "Nov 29 10:00:02 mx postfix/cleanup[998]: 4C33C18207F: message-id=<removed>",
    "Nov 29 10:00:02 mx dovecot: imap(a@example.org): 4C33C18207F: removed",
    "Nov 29 10:00:02 mx postfix/qmgr[999]: not-an-id!: removed",
    "2026-11-29 10:00:03 1rX4kD-000abc-7Z Completed delivery of something else",
    '2026-11-29 10:00:03 1rX4kD-000abc-7Z => a@example.org R=dnslookup T=remote_smtp C="250 Completed"',
    "2026-11-29 10:00:03 Completed",
    "",
  ])("leaves %s", (line) => {
    expect(parseMessageEnd(line)).toBeNull();
  });

  it("takes any string and nothing else, in time linear in its length", () => {
    expect(parseMessageEnd(42 as unknown as string)).toBeNull();
    expect(parseMessageEnd(`${"postfix ".repeat(100_000)}: removed`)).toBeNull();
  });
});
