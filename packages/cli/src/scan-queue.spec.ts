import { Readable } from "node:stream";
import { parseLogLine, parseMessageEnd } from "@smtp-codes/core";
import { describe, expect, it } from "vitest";
import { scan } from "./index.js";
import { MessageOutcomes } from "./message-outcomes.js";

/*
 * Log lines written for these tests after the formats Postfix and Exim document: Postfix's
 * delivery agents log `QUEUEID: to=<...>, relay=..., dsn=..., status=...`, its queue manager
 * `QUEUEID: removed` when the message leaves the queue; Exim's main log has `ID => address`,
 * `ID == address ...: reason`, `ID ** address ...: reason`, and `ID Completed` when it is done
 * with a message.
 */
const postfix = (id: string, recipient: string, status: string, time = "10:00:00") =>
  `Nov 29 ${time} mx postfix/smtp[1000]: ${id}: to=<${recipient}>, relay=mx.example.org[192.0.2.5]:25, delay=1, delays=0/0/0.5/0.5, ${status}`;
const removed = (id: string, time = "10:00:01") => `Nov 29 ${time} mx postfix/qmgr[999]: ${id}: removed`;
const sent = "dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 1A2B3C)";
const bounced =
  "dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.5] said: 550 5.1.1 <a@example.org>: User unknown (in reply to RCPT TO command))";
const deferred =
  "dsn=4.2.2, status=deferred (host mx.example.org[192.0.2.5] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))";
const exim = (id: string, rest: string) => `2026-11-29 10:00:00 ${id} ${rest}`;

const log = (lines: readonly string[]) => Readable.from(lines.map((line) => `${line}\n`));

/** Feeds lines to a MessageOutcomes as scan does, and notes the most messages it held open. */
function feed(outcomes: MessageOutcomes, lines: Iterable<string>): number {
  let mostOpen = 0;
  for (const line of lines) {
    const delivery = parseLogLine(line);
    if (delivery) outcomes.add(delivery);
    else {
      const end = parseMessageEnd(line);
      if (end) outcomes.close(end.queueId);
    }
    mostOpen = Math.max(mostOpen, outcomes.open);
  }
  return mostOpen;
}

/** `count` Postfix messages, each delivered and removed, and Exim ones, each delivered and completed. */
function* shortMessages(count: number): Generator<string> {
  for (let i = 0; i < count; i++) {
    const id = (0x100000 + i).toString(16).toUpperCase();
    if (i % 2 === 0) {
      yield postfix(`AB${id}`, `user${i}@example.net`, sent);
      yield removed(`AB${id}`);
    } else {
      const eximId = `1rX${id.slice(-3)}-${id}-7Z`;
      yield exim(
        eximId,
        `=> user${i}@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.6] C="250 OK"`,
      );
      yield exim(eximId, "Completed QT=1s");
    }
  }
}

describe("scan closes a message when the log says it left the queue", () => {
  it("counts a Postfix queue id used again after `removed` as a new message", async () => {
    const report = await scan(
      log([
        postfix("4C33C18207F", "a@example.org", deferred, "10:00:00"),
        postfix("4C33C18207F", "a@example.org", bounced, "11:00:00"),
        removed("4C33C18207F", "11:00:01"),
        // Postfix gives a short queue id to a new message once the old one is gone
        postfix("4C33C18207F", "a@example.org", sent, "12:00:00"),
        removed("4C33C18207F", "12:00:01"),
      ]),
    );
    expect(report.messages).toBe(2);
    expect(report.outcomes).toEqual({ delivered: 1, delay: 0, bounce: 1 });
    expect(report.lines).toBe(5);
    // the removed lines hold no reply and are counted as no reply
    expect(report.replies).toBe(3);
  });

  it("closes an Exim message on `Completed`", async () => {
    const id = "1rX4kD-000abc-7Z";
    const report = await scan(
      log([
        exim(
          id,
          "== a@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.5]: SMTP error from remote mail server after RCPT TO:<a@example.org>: 452 4.2.2 Mailbox full",
        ),
        exim(
          id,
          "** a@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.5]: SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 5.1.1 User unknown",
        ),
        exim(id, "Completed"),
      ]),
    );
    expect(report.messages).toBe(1);
    expect(report.outcomes).toEqual({ delivered: 0, delay: 0, bounce: 1 });
  });

  it("holds what the queue holds, not what the log held: a long deferral outlives many short messages", () => {
    const outcomes = new MessageOutcomes(10);
    const lines = [
      postfix("5D44D29318A", "b@example.net", deferred, "10:00:00"),
      ...shortMessages(1_000),
      postfix("5D44D29318A", "b@example.net", sent, "14:00:00"),
      removed("5D44D29318A", "14:00:01"),
    ];
    const mostOpen = feed(outcomes, lines);
    expect(mostOpen).toBe(2); // the long one and the short one being delivered
    expect(outcomes.open).toBe(0);
    expect(outcomes.messages).toBe(1_001);
    // the deferral and the later delivery are one message, delivered
    expect(outcomes.counts()).toEqual({ delivered: 1_001, delay: 0, bounce: 0 });
  });

  it("keeps the capacity bound as the last resort, for logs without the lines that end a message", () => {
    const outcomes = new MessageOutcomes(10);
    const deliveries = [...shortMessages(1_000)].filter((line) => parseMessageEnd(line) === null);
    const mostOpen = feed(outcomes, [postfix("5D44D29318A", "b@example.net", deferred), ...deliveries]);
    expect(mostOpen).toBe(10);
    expect(outcomes.messages).toBe(1_001);
    expect(outcomes.counts()).toEqual({ delivered: 1_000, delay: 1, bounce: 0 });
  });

  it("ignores an end line of a message it never saw, and a second one", () => {
    const outcomes = new MessageOutcomes();
    feed(outcomes, [
      removed("9A8B7C6D5E"),
      postfix("9A8B7C6D5E", "c@example.org", sent),
      removed("9A8B7C6D5E"),
      removed("9A8B7C6D5E"),
    ]);
    expect(outcomes.messages).toBe(1);
    expect(outcomes.counts()).toEqual({ delivered: 1, delay: 0, bounce: 0 });
  });
});

describe("scan --suppress and untrusted addresses", () => {
  it("hands on only printable addresses: a log line's address with control or bidirectional characters is none", async () => {
    const suppressed: string[] = [];
    await scan(
      log([
        postfix("4C33C18207F", "a@example.org", bounced),
        postfix("5D44D29318A", "evil\u001b[2J@example.org", bounced),
        postfix("6E55E3A429B", "gpj.exe\u202e@example.org", bounced),
        postfix("7F66F4B53AC", "tab\there@example.org", bounced),
      ]),
      { onSuppress: (address) => suppressed.push(address) },
    );
    expect(suppressed).toEqual(["a@example.org"]);
  });
});
