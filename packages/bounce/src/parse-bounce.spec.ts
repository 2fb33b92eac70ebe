import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBounce } from "./index.js";

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

describe("parseBounce on an RFC 3464 report", () => {
  it("gives one explained outcome per recipient, and what the report shows of the original", async () => {
    const report = await parseBounce(fixture("postfix-dsn-two-recipients.eml"), {
      headers: ["X-Campaign-Id"],
    });
    expect(report.kind).toBe("bounce");
    expect(report.format).toBe("rfc3464");
    expect(report.reportingMta).toBe("mx.example.com");
    expect(report.arrivalDate).toBe("2026-03-02T10:14:58.000Z");
    expect(report.recipients.map((r) => [r.address, r.action, r.status, r.type])).toEqual([
      ["alice@example.net", "failed", "5.1.1", "bounce"],
      ["bob@example.net", "delayed", "4.2.2", "delay"],
    ]);
    const [alice, bob] = report.recipients;
    expect(alice?.originalRecipient).toBe("Alice+news@example.net");
    expect(alice?.diagnosticCode).toBe(
      "550 5.1.1 <alice@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
    );
    expect(alice?.remoteMta).toBe("mx1.example.net");
    expect(alice?.explanation.reason).toBe("userUnknown");
    expect(alice?.explanation.bounce).toBe("hard");
    expect(alice?.messageId).toBe("campaign-42.1@example.org");
    expect(alice?.source).toBe("bounce");
    expect(bob?.willRetryUntil).toBe("2026-03-07T10:14:58.000Z");
    expect(bob?.explanation.reason).toBe("mailboxFull");
    expect(report.original).toEqual({
      messageId: "campaign-42.1@example.org",
      from: "Sender <sender@example.org>",
      to: "alice@example.net, bob@example.net",
      subject: "Grüße",
      date: "2026-03-02T10:14:57.000Z",
      envelopeId: null,
      headers: { "X-Campaign-Id": "spring-sale" },
    });
  });

  it("calls a report with only delays `delay`, and one with only successes `delivered`", async () => {
    const report = (actions: string[]): string =>
      [
        "From: MAILER-DAEMON@mx.example.com",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        "",
        "--b",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.example.com",
        "",
        ...actions.flatMap((action, i) => [
          `Final-Recipient: rfc822; r${i}@example.net`,
          `Action: ${action}`,
          "",
        ]),
        "--b--",
      ].join("\r\n");
    expect((await parseBounce(report(["delayed", "delayed"]))).kind).toBe("delay");
    const delivered = await parseBounce(report(["delivered", "relayed", "expanded"]));
    expect(delivered.kind).toBe("delivered");
    expect(delivered.recipients.map((r) => [r.action, r.type])).toEqual([
      ["delivered", "delivered"],
      ["relayed", "delivered"],
      ["expanded", "delivered"],
    ]);
    expect((await parseBounce(report(["delayed", "failed"]))).kind).toBe("bounce");
  });

  it("reads the words of a status comment when there is no Diagnostic-Code, not a comment that only names the class", async () => {
    const report = await parseBounce(
      [
        "From: MAILER-DAEMON@mx.example.com",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        "",
        "--b",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.example.com",
        "",
        "Final-Recipient: rfc822; ann@example.net",
        "Action: delayed",
        "Status: 4.0.0 (example.net: host name lookup failure)",
        "",
        "Final-Recipient: rfc822; bob@example.net",
        "Action: failed",
        "Status: 5.0.0 (permanent failure)",
        "",
        "--b--",
      ].join("\r\n"),
    );
    const [ann, bob] = report.recipients;
    expect(ann?.explanation.reason).toBe("networkError");
    expect(ann?.diagnosticCode).toBeNull();
    expect(bob?.explanation.reason).toBe("undefined");
  });

  it("explains in the locale asked for", async () => {
    const report = await parseBounce(fixture("postfix-dsn-two-recipients.eml"), { locale: "de" });
    expect(report.recipients[0]?.explanation.summary).not.toBe(
      (await parseBounce(fixture("postfix-dsn-two-recipients.eml"))).recipients[0]?.explanation.summary,
    );
  });

  it("takes strings, Buffers, Uint8Arrays and ArrayBuffers alike", async () => {
    const bytes = fixture("postfix-dsn-two-recipients.eml");
    const expected = await parseBounce(bytes);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    for (const input of [bytes.toString("utf8"), new Uint8Array(bytes), arrayBuffer]) {
      expect(await parseBounce(input)).toEqual(expected);
    }
  });

  it("rejects what is not an email with a TypeError", async () => {
    await expect(parseBounce(42)).rejects.toThrow(TypeError);
    await expect(parseBounce(null)).rejects.toThrow(TypeError);
    await expect(parseBounce("x", { maxSize: -1 })).rejects.toThrow(TypeError);
  });
});
