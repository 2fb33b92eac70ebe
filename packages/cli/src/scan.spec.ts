import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { scan, TopCounter, textKey } from "./index.js";
import { logLine } from "./testing-log.js";

const lines = (count: number) => Readable.from(Array.from({ length: count }, (_, i) => `${logLine(i)}\n`));

describe("scan", () => {
  it("counts replies by severity, reason and domain", async () => {
    const report = await scan(lines(800));
    expect(report.lines).toBe(800);
    expect(report.replies).toBe(700); // one outcome in eight is a line without a reply
    expect(report.bySeverity).toEqual({ success: 200, permanent: 300, transient: 200 });
    expect(report.byReason).toMatchObject({
      delivered: 200,
      userUnknown: 100,
      greylisted: 100,
      badReputation: 100,
      mailboxFull: 100,
      blocked: 100,
    });
    expect(report.byDomain.map((d) => d.domain).sort()).toEqual([
      "example.com",
      "example.net",
      "example.org",
      "mail.example.de",
    ]);
    expect(report.topTexts[0]?.count).toBe(100);
    expect(report.topTexts.every((t) => !t.text.includes("@"))).toBe(true);
  });

  it("reads lines with no line break at all in bounded memory", async () => {
    const huge = Readable.from([Buffer.alloc(5_000_000, 0x35), "\n550 5.1.1 User unknown\n"]);
    const report = await scan(huge);
    expect(report.lines).toBe(2);
    expect(report.byReason.userUnknown).toBe(1);
  });

  it("takes CRLF, bytes that are not UTF-8 and a last line without a break", async () => {
    const input = Readable.from([
      Buffer.from([0xff, 0xfe, 0x0d, 0x0a]),
      "452 4.2.2 Mailbox full\r\n",
      "550 5.1.1 gone",
    ]);
    const report = await scan(input);
    expect(report).toMatchObject({ lines: 3, replies: 2 });
  });
});

const fixture = new URL("./fixtures/postfix-exim.log", import.meta.url);

describe("scan of Postfix and Exim delivery lines", () => {
  it("reads dsn= and status= of failures that have no reply code", async () => {
    const report = await scan(createReadStream(fixture));
    expect(report.replies).toBe(8);
    expect(report.byReason).toMatchObject({
      networkError: 1,
      hostUnknown: 1,
      userUnknown: 3,
      mailboxFull: 1,
    });
    const texts = report.topTexts.map((t) => t.text);
    expect(texts).toContain("connect to mx.example.net[…]:25: Connection timed out");
    expect(texts.some((text) => text.startsWith("Host or domain name not found"))).toBe(true);
  });

  it("groups a message's lines by queue id: a deferral then a delivery is one delivery", async () => {
    const report = await scan(createReadStream(fixture));
    expect(report.messages).toBe(6);
    expect(report.outcomes).toEqual({ delivered: 1, delay: 1, bounce: 4 });
  });

  it("keeps the log's framing out of the texts", async () => {
    const report = await scan(createReadStream(fixture));
    for (const { text } of report.topTexts) {
      expect(text).not.toMatch(/from=<|proto=ESMTP|helo=<|\)$/);
      expect(text).not.toContain("@");
    }
    expect(report.topTexts.map((t) => t.text)).toContain("…: Relay access denied");
  });

  it("reports each hard-bounced address once to onSuppress, soft bounces and delays not at all", async () => {
    const suppressed: string[] = [];
    await scan(createReadStream(fixture), { onSuppress: (address) => suppressed.push(address) });
    expect(suppressed).toEqual(["a@example.org", "c@nowhere.example", "d@example.org"]);
  });

  it("shows addresses in the texts only when asked", async () => {
    const report = await scan(createReadStream(fixture), { showAddresses: true });
    expect(report.topTexts.map((t) => t.text)).toContain("<x@example.org>: Relay access denied");
  });
});

describe("textKey", () => {
  it("drops smtpd's envelope and a closing parenthesis of the log's framing", () => {
    expect(
      textKey(
        "<a@example.com>: Relay access denied; from=<s@example.net> to=<a@example.com> proto=ESMTP helo=<c>",
        { showAddresses: true },
      ),
    ).toBe("<a@example.com>: Relay access denied");
    expect(textKey("Ok: queued as 1A2B)")).toBe("Ok: queued as 1A2B");
    expect(textKey("see (in reply to RCPT TO command)")).toBe("see (in reply to RCPT TO command)");
  });

  it("masks what differs between equal replies", () => {
    expect(textKey("<a@example.com>: User unknown, from 192.0.2.1 id 4C33C18207F")).toBe(
      "…: User unknown, from … id …",
    );
  });
});

describe("TopCounter", () => {
  it("keeps the frequent keys within its capacity", () => {
    const counter = new TopCounter(3);
    // A key more frequent than 1 in capacity is always kept.
    for (let i = 0; i < 1000; i++) counter.add(i % 2 === 0 ? "frequent" : `rare-${i}`);
    expect(counter.top(1)[0]).toMatchObject({ key: "frequent" });
    expect(counter.top(10)).toHaveLength(3);
  });
});
