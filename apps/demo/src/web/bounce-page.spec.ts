import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemo } from "../server/app.js";
import { artefacts, builtWeb, chromiumAvailable, launchChromium } from "./testing/chromium.js";

/** The bounce section in Debian's Chromium, as page.spec.ts drives it (never a browser download). */

/** An RFC 3464 report written for this test; the first diagnostic carries markup. */
const bounce = `From: MAILER-DAEMON@relay.example.net
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="r"

--r
Content-Type: text/plain

Your message could not be delivered.
--r
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.net

Final-Recipient: rfc822; gone@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <img src=x onerror="document.title='owned'"> User unknown

Final-Recipient: rfc822; full@example.net
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--r
Content-Type: message/rfc822

From: sender@example.org
Subject: Hello
Message-ID: <hello-1@example.org>

Hi
--r--
`;

let browser: Browser;
let demo: Awaited<ReturnType<typeof startDemo>>;
let page: Page;

describe.skipIf(!chromiumAvailable)("the demo page's bounce section", () => {
  beforeAll(async () => {
    demo = await startDemo(0, builtWeb);
    browser = await launchChromium();
    page = await browser.newPage({ locale: "en-US" });
    page.setDefaultTimeout(10_000);
    await page.goto(demo.url);
    await page.waitForSelector("#catalogue tbody tr");
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const cards = () => page.locator("#bounce-result .card");
  /** Empties the result (so that a poll waits for the new one), then reads `text` (or what the box holds). */
  const read = async (text?: string) => {
    await page.evaluate(() => document.getElementById("bounce-result")?.replaceChildren());
    if (text !== undefined) await page.fill("#bounce-text", text);
    await page.click("#bounce-form button");
  };

  it("reads the example that the box starts with", async () => {
    await read();
    await expect.poll(() => cards().count()).toBe(2);
    expect(
      await cards().evaluateAll((nodes) => nodes.map((n) => [n.dataset.address, n.dataset.reason])),
    ).toEqual([
      ["ann@example.net", "userUnknown"],
      ["bob@example.de", "mailboxFull"],
    ]);
    expect(await page.textContent("#bounce-result .bounce-summary")).toContain("spring-1@example.org");
  });

  it("shows one card per recipient of a pasted bounce, remote text as text", async () => {
    await read(bounce);
    await expect.poll(() => cards().count()).toBe(2);
    expect(
      await cards().evaluateAll((nodes) => nodes.map((n) => [n.dataset.address, n.dataset.reason])),
    ).toEqual([
      ["gone@example.com", "userUnknown"],
      ["full@example.net", "mailboxFull"],
    ]);
    expect(await cards().first().textContent()).toContain("Stop mailing this addressyes (hard bounce)");
    expect(await cards().nth(1).textContent()).toContain("Stop mailing this addressno");
    expect(await page.textContent("#bounce-result .bounce-summary")).toContain("hello-1@example.org");
    expect(await cards().first().textContent()).toContain("<img src=x");
    expect(await page.locator("#bounce-result img").count()).toBe(0);
    expect(await page.title()).not.toBe("owned");
    await page.locator("section:has(#bounce-form)").screenshot({ path: join(artefacts, "bounce.png") });
  });

  it("reads a dropped .eml file", async () => {
    await page.fill("#bounce-text", "");
    await page.evaluate(() => document.getElementById("bounce-result")?.replaceChildren());
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text.replace("gone@example.com", "dropped@example.com")], "bounce.eml"));
      return data;
    }, bounce);
    await page.dispatchEvent("#bounce-text", "drop", { dataTransfer: transfer });
    await expect.poll(() => cards().first().getAttribute("data-address")).toBe("dropped@example.com");
    await expect.poll(() => page.inputValue("#bounce-text")).toContain("dropped@example.com");
  });

  it("speaks the page's language", async () => {
    await page.selectOption("#language", "de");
    await expect.poll(() => page.textContent("#bounce-heading")).toBe("Eine Bounce-Mail lesen");
    await read(bounce);
    await expect.poll(() => page.textContent("#bounce-result")).toContain("Adresse nicht mehr anschreiben");
    await page.selectOption("#language", "en");
    await expect.poll(() => page.textContent("#bounce-heading")).toBe("Read a bounce email");
  });

  it("shows a complaint as a complaint, and its address as one to stop mailing", async () => {
    await read(
      `From: feedback@isp.example
Subject: Abuse report
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="arf"

--arf
Content-Type: text/plain

An abuse report.
--arf
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: ExampleFBL/1.0
Version: 1
Original-Rcpt-To: <annoyed@example.net>
Source-IP: 192.0.2.5

--arf--
`,
    );
    await expect.poll(() => cards().first().getAttribute("data-address")).toBe("annoyed@example.net");
    const text = await cards().first().textContent();
    expect(text).toContain("reported the message as spam");
    expect(text).toContain("Stop mailing this addressyes (spam complaint)");
    expect(await page.textContent("#bounce-result .bounce-summary")).toContain("spam complaint");
  });

  it("says so when the text is not a bounce", async () => {
    await read("hello, world");
    await expect.poll(() => page.textContent("#bounce-result")).toContain("not a bounce report");
    expect(await cards().count()).toBe(0);
  });
});
