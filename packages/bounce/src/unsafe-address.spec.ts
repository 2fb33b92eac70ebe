import { Readable } from "node:stream";
import { isSafeAddress } from "@smtp-codes/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BounceReport, parseBounce, readMailbox } from "./index.js";

/** Characters no address may hold, one of each kind (a CR is a line end to a MIME reader): NUL, ESC, DEL, a C1 control, a right-to-left override, an isolate. */
const unsafeCharacters = ["\u0000", "\u001b", "\u007f", "\u0085", "\u202e", "\u2067"];

/** An RFC 3464 DSN (RFC 6533's global one, whose fields may hold UTF-8) with the recipient fields given. */
function dsn(groups: readonly string[]): string {
  return [
    "From: MAILER-DAEMON@mx.example.com",
    "To: sender@example.org",
    "Subject: Undelivered Mail Returned to Sender",
    "Date: Mon, 2 Mar 2026 10:20:09 +0000",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain",
    "",
    "Delivery failed.",
    "--b",
    "Content-Type: message/global-delivery-status",
    "Content-Transfer-Encoding: 8bit",
    "",
    "Reporting-MTA: dns; mx.example.com",
    "",
    groups.join("\r\n\r\n"),
    "--b--",
    "",
  ].join("\r\n");
}

const failed = (finalRecipient: string, originalRecipient?: string) =>
  [
    `Final-Recipient: rfc822; ${finalRecipient}`,
    ...(originalRecipient ? [`Original-Recipient: rfc822; ${originalRecipient}`] : []),
    "Action: failed",
    "Status: 5.1.1",
    "Diagnostic-Code: smtp; 550 5.1.1 User unknown",
  ].join("\r\n");

/** Every address a report hands out. */
const addressesOf = (report: BounceReport) => [
  ...report.recipients.flatMap((r) => [r.address, r.originalRecipient]),
  report.complaint?.originalRecipient ?? null,
  report.complaint?.originalMailFrom ?? null,
];

describe("an address with control or bidirectional characters is no address", () => {
  for (const mime of ["auto", "full"] as const) {
    it(`keeps the recipient and its verdict, gives the address as null and warns (mime: ${mime})`, async () => {
      for (const character of unsafeCharacters) {
        const email = dsn([failed(`"us${character}er"@example.net`), failed("ok@example.net")]);
        const report = await parseBounce(email, { mime });
        expect(report.kind).toBe("bounce");
        expect(report.recipients).toHaveLength(2);
        const [unsafe, ok] = report.recipients;
        expect(unsafe?.address, JSON.stringify(character)).toBeNull();
        expect(unsafe?.explanation).toMatchObject({ reason: "userUnknown", bounce: "hard" });
        expect(unsafe?.diagnosticCode).toBe("550 5.1.1 User unknown");
        expect(ok?.address).toBe("ok@example.net");
        const warning = report.warnings.find((w) => w.type === "unsafeAddress");
        expect(warning?.message).toMatch(
          /^recipient 1: the address <"us\\u[0-9a-f]{4}er"@example\.net> holds control/,
        );
        expect(isSafeAddress(warning?.message ?? "")).toBe(true);
      }
    });
  }

  it("drops an unsafe original recipient and keeps the final one", async () => {
    const report = await parseBounce(dsn([failed("ann@example.net", "ann\u202e@example.net")]));
    expect(report.recipients[0]).toMatchObject({ address: "ann@example.net", originalRecipient: null });
    expect(report.warnings.map((w) => w.message)).toEqual([
      "recipient 1: the original recipient <ann\\u202e@example.net> holds control or bidirectional characters; it is no address and was left out",
    ]);
  });

  it("cleans a complaint's addresses and an Amazon SES notification's", async () => {
    const arf = [
      "From: feedback@isp.example",
      "To: abuse@example.org",
      "Subject: complaint",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=feedback-report; boundary="f"',
      "",
      "--f",
      "Content-Type: text/plain",
      "",
      "A complaint about a message from your network.",
      "--f",
      "Content-Type: message/feedback-report",
      "",
      "Feedback-Type: abuse",
      "User-Agent: ExampleFBL/1.0",
      "Version: 1",
      'Original-Mail-From: <"bounce\u2066"@example.org>',
      'Original-Rcpt-To: <"user\u202e"@example.net>',
      "",
      "--f",
      "Content-Type: text/rfc822-headers",
      "",
      "From: news@example.org",
      "To: user@example.net",
      "Subject: News",
      "",
      "--f--",
      "",
    ].join("\r\n");
    const complaint = await parseBounce(arf);
    expect(complaint.kind).toBe("complaint");
    expect(addressesOf(complaint).every((address) => address === null || isSafeAddress(address))).toBe(true);
    expect(complaint.complaint).toMatchObject({ originalRecipient: null, originalMailFrom: null });
    expect(complaint.warnings.filter((w) => w.type === "unsafeAddress")).toHaveLength(
      complaint.recipients.length + 2,
    );

    const notification = JSON.stringify({
      notificationType: "Bounce",
      bounce: {
        bounceType: "Permanent",
        bouncedRecipients: [{ emailAddress: "amy\u0000@example.net", action: "failed", status: "5.1.1" }],
      },
      mail: { messageId: "0100-abc" },
    });
    const ses = await parseBounce(
      [
        "From: no-reply@sns.amazonaws.com",
        "To: sender@example.org",
        "Subject: AWS Notification Message",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        notification,
        "",
      ].join("\n"),
    );
    expect(ses.format).toBe("amazonSes");
    expect(ses.recipients[0]).toMatchObject({ address: null, status: "5.1.1" });
    expect(ses.warnings.map((w) => w.message)).toContain(
      "recipient 1: the address <amy\\u0000@example.net> holds control or bidirectional characters; it is no address and was left out",
    );
  });

  it("gives readMailbox's reports the same safe addresses", async () => {
    const mbox = [
      "From MAILER-DAEMON Mon Mar  2 10:20:09 2026",
      dsn([failed('"eve\u202e"@example.net')]).replaceAll("\r\n", "\n"),
      "From MAILER-DAEMON Mon Mar  2 10:21:09 2026",
      dsn([failed("ok@example.net")]).replaceAll("\r\n", "\n"),
    ].join("\n");
    const reports: BounceReport[] = [];
    for await (const { report } of readMailbox(Readable.from([Buffer.from(mbox)]))) reports.push(report);
    expect(reports.map((r) => r.recipients.map((x) => x.address))).toEqual([[null], ["ok@example.net"]]);
    expect(reports[0]?.warnings.map((w) => w.type)).toEqual(["unsafeAddress"]);
  });

  it("never hands out an unsafe address, whatever the report holds", async () => {
    const unsafe = fc.constantFrom(...unsafeCharacters, "\r", "\n", "\u200b", "\ufeff", "\u2028", "\u061c");
    const local = fc.tuple(
      fc.stringMatching(/^[a-z0-9.]{1,10}$/),
      unsafe,
      fc.stringMatching(/^[a-z0-9]{0,10}$/),
    );
    await fc.assert(
      fc.asyncProperty(
        local,
        fc.boolean(),
        fc.constantFrom("auto" as const, "full" as const),
        async ([a, c, b], quoted, mime) => {
          const address = quoted ? `"${a}${c}${b}"@example.net` : `${a}${c}${b}@example.net`;
          for (const email of [
            dsn([failed(address, address)]),
            // an MTA's own text, pasted without headers
            `<${address}>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <${address}>: User unknown (in reply to RCPT TO command)`,
          ]) {
            const report = await parseBounce(email, { mime });
            for (const found of addressesOf(report))
              if (found !== null) expect(isSafeAddress(found), found).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
