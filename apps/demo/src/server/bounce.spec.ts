import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemo } from "./app.js";
import { maxBounceBytes } from "./bounce.js";

let demo: Awaited<ReturnType<typeof startDemo>>;
beforeAll(async () => {
  demo = await startDemo(0, join(dirname(fileURLToPath(import.meta.url)), "../../dist/web"));
});
afterAll(async () => {
  await demo.close();
});

/** A two-recipient RFC 3464 report in ISO-8859-1, written for this test. */
const report = Buffer.from(
  `From: MAILER-DAEMON@relay.example.net
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="r"

--r
Content-Type: text/plain; charset=iso-8859-1

Ihre Nachricht konnte nicht zugestellt werden. Grüße
--r
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.net

Final-Recipient: rfc822; gone@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <gone@example.com>: User unknown

Final-Recipient: rfc822; full@example.net
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--r--
`,
  "latin1",
);

const postBounce = (body: BodyInit, lang = "en") =>
  fetch(new URL(`/api/bounce?lang=${lang}`, demo.url), { method: "POST", body });

describe("POST /api/bounce", () => {
  it("answers one explained recipient each, and whether to stop mailing it", async () => {
    const response = await postBounce(report);
    expect(response.status).toBe(200);
    const { report: parsed, suppression } = await response.json();
    expect(parsed.kind).toBe("bounce");
    expect(
      parsed.recipients.map((r: { address: string; explanation: { reason: string } }) => [
        r.address,
        r.explanation.reason,
      ]),
    ).toEqual([
      ["gone@example.com", "userUnknown"],
      ["full@example.net", "mailboxFull"],
    ]);
    expect(suppression).toEqual(["hardBounce", null]);
  });

  it("explains in German with lang=de", async () => {
    const { report: parsed } = await (await postBounce(report, "de")).json();
    expect(parsed.recipients[0].explanation.locale).toBe("de");
  });

  it("refuses an empty body and one over the limit", async () => {
    expect((await postBounce("")).status).toBe(400);
    expect((await postBounce(Buffer.alloc(maxBounceBytes + 1, "x"))).status).toBe(413);
  });

  it("gives kind none for text that is not a report", async () => {
    const { report: parsed } = await (await postBounce("hello world")).json();
    expect(parsed).toMatchObject({ kind: "none", recipients: [] });
  });
});
