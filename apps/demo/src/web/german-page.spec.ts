import { join } from "node:path";
import { labels } from "@smtp-codes/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishIn } from "../english-words.js";
import { startDemo } from "../server/app.js";
import { scenarios } from "../server/scenarios.js";
import { sampleProviders } from "../server/webhooks.js";
import { artefacts, builtWeb, chromiumAvailable, launchChromium } from "./testing/chromium.js";

/**
 * Nothing English on a German screen: both pages in Debian's headless Chromium (as
 * page.spec.ts drives them), in German, every section used; after each step the text a
 * reader sees (`document.body.innerText`, the title, placeholders, menus) is checked against
 * the English words derived from the English tables. Text the page marks as not its own
 * (`lang=""`: a server's reply, a subject line, a log record; the language menu's "English")
 * is left out, and only those kinds of elements may be so marked.
 */

/** The elements that may hold text in another language than the page's. */
const foreignAllowed = "textarea, option, blockquote.reply, pre, dd, td, code";

let browser: Browser;
let demo: Awaited<ReturnType<typeof startDemo>>;
let page: Page;

/** What a reader of the page sees in its language, and which elements are marked as not in it. */
async function visibleText(): Promise<{ text: string; foreign: string[] }> {
  return page.evaluate((allowed) => {
    const own = document.documentElement.lang;
    const foreign = [...document.body.querySelectorAll<HTMLElement>("[lang]")].filter(
      (node) => node.getAttribute("lang") !== own,
    );
    // The text as rendered without the foreign elements (innerText leaves out what is not displayed).
    const displays = foreign.map((node) => node.style.display);
    for (const node of foreign) node.style.display = "none";
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point, what a reader sees.
    const text = document.body.innerText;
    foreign.forEach((node, index) => {
      node.style.display = displays[index] ?? "";
    });
    const ownOptions = [...document.querySelectorAll("option")].filter((node) => !foreign.includes(node));
    const attributes = [
      ...document.querySelectorAll<HTMLElement>("[placeholder], [title], [aria-label]"),
    ].map((node) =>
      [node.getAttribute("placeholder"), node.getAttribute("title"), node.getAttribute("aria-label")].join(
        " ",
      ),
    );
    const columns = [...document.querySelectorAll<HTMLElement>("td[data-column]")]
      .slice(0, 20)
      .map((node) => node.dataset.column);
    return {
      text: [
        document.title,
        text,
        ...ownOptions.map((node) => node.textContent),
        ...attributes,
        ...columns,
      ].join("\n"),
      foreign: foreign.filter((node) => !node.matches(allowed)).map((node) => node.outerHTML.slice(0, 120)),
    };
  }, foreignAllowed);
}

/** Empties a result area, so that the next result is known to be new. */
const clear = (id: string) =>
  page.evaluate((target) => document.getElementById(target)?.replaceChildren(), id);

/** Fails on any English word the reader sees, naming the step. */
async function expectGerman(step: string): Promise<string> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
  const { text, foreign } = await visibleText();
  expect(foreign, `${step}: marked as foreign`).toEqual([]);
  const english = englishIn(text);
  // The lines that hold them, to say where they are.
  const lines = text.split("\n").filter((line) => englishIn(line).length > 0);
  expect(english, `${step}: ${lines.slice(0, 10).join(" | ")}`).toEqual([]);
  return text;
}

describe.skipIf(!chromiumAvailable)("nothing English on the German pages", () => {
  beforeAll(async () => {
    demo = await startDemo(0, builtWeb);
    browser = await launchChromium();
    // An English browser: the German comes from the address alone.
    page = await browser.newPage({ locale: "en-US" });
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it("finds the English words on the English page, so that it can fail", async () => {
    await page.goto(demo.url);
    await page.waitForSelector("#catalogue tbody tr");
    const { text } = await visibleText();
    expect(englishIn(text)).toEqual(expect.arrayContaining(["explain", "mailbox", "search"]));
  });

  it("shows the main page, its title and the whole catalogue in German", async () => {
    await page.goto(`${demo.url}?lang=de`);
    await page.waitForSelector("#catalogue tbody tr");
    await expect.poll(() => page.title()).toBe("smtp-codes: SMTP-Antwortcodes erklärt");
    const text = await expectGerman("the page as loaded");
    expect(text).toContain("Eine Antwort erklären");
    expect(await page.getAttribute("#search", "placeholder")).toContain("Greylisting");
  });

  it.each([
    "550-5.1.1 The email account that you tried to reach does not exist.",
    "450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.",
    "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to user complaints",
    "Error: connect ECONNREFUSED 127.0.0.1:25",
    "hallo welt",
    "600 foo",
  ])("explains %j in German", async (reply) => {
    await clear("explain-result");
    await page.fill("#explain-text", reply);
    await page.click("#explain-form button");
    await expect.poll(() => page.locator("#explain-result .card").count()).toBe(1);
    expect(await page.textContent("#explain-result")).toContain("Schweregrad");
    await expectGerman(`explain ${reply}`);
  });

  it.each(scenarios.map((scenario) => scenario.id))(
    "sends a test mail to the %s mailbox in German",
    async (id) => {
      await clear("send-result");
      await page.selectOption("#scenario", id);
      await page.click("#send-form button");
      await expect.poll(() => page.locator("#send-result .card").count()).toBe(1);
      const text = await expectGerman(`test mail to ${id}`);
      expect(text).toContain("Logzeile von");
      expect(JSON.parse((await page.textContent("#send-result .log-line")) ?? "{}").message).toMatch(
        /^Testmail/,
      );
    },
  );

  it("reads the sample bounce, a complaint, a text that is none, and an empty box in German", async () => {
    await page.click("#bounce-form button");
    await expect.poll(() => page.locator("#bounce-result .card").count()).toBe(2);
    const bounceText = await expectGerman("the sample bounce");
    // The names of a verdict's fields are core's, as on the other cards.
    for (const field of ["reason", "severity", "actor"] as const)
      expect(bounceText).toContain(labels("de").fields[field]);
    await page.screenshot({ path: join(artefacts, "german-bounce.png"), fullPage: true });
    await page.fill(
      "#bounce-text",
      [
        "From: feedback@isp.example",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=feedback-report; boundary="arf"',
        "",
        "--arf",
        "Content-Type: message/feedback-report",
        "",
        "Feedback-Type: abuse",
        "Version: 1",
        "Original-Rcpt-To: <annoyed@example.net>",
        "",
        "--arf--",
        "",
      ].join("\n"),
    );
    await page.click("#bounce-form button");
    await expect.poll(() => page.textContent("#bounce-result")).toContain("Spam-Beschwerde");
    await expectGerman("a complaint");
    await page.fill("#bounce-text", "hallo welt");
    await page.click("#bounce-form button");
    await expect.poll(() => page.textContent("#bounce-result")).toContain("kein Unzustellbarkeitsbericht");
    await expectGerman("no bounce");
    await page.fill("#bounce-text", "");
    await page.click("#bounce-form button");
    await expect.poll(() => page.textContent("#bounce-result")).toContain("Keine Mail erhalten");
    await expectGerman("an empty box");
  });

  it("keeps the German on a reload, the results of before shown again", async () => {
    await page.reload();
    await page.waitForSelector("#catalogue tbody tr");
    await expectGerman("after a reload");
    await page.selectOption("#language", "en");
    await expect.poll(() => page.textContent("h1")).toBe("SMTP reply codes explained");
    await page.fill("#explain-text", "452 4.2.2 Mailbox full");
    await page.click("#explain-form button");
    await expect.poll(() => page.textContent("#explain-result .card h3")).toBe("Mailbox full");
    await page.fill("#bounce-text", "");
    await page.click("#bounce-form button");
    await expect.poll(() => page.textContent("#bounce-result")).toContain("Something went wrong");
    await page.selectOption("#language", "de");
    await expect.poll(() => page.textContent("#explain-result .card h3")).toBe("Postfach voll");
    await expect.poll(() => page.textContent("#bounce-result")).toContain("Keine Mail erhalten");
    await expectGerman("switched from English");
  });

  it("shows the webhooks page in German, with a sample of each provider", async () => {
    await page.click("#webhooks-link");
    await page.waitForSelector("#provider option", { state: "attached" });
    expect(new URL(page.url()).searchParams.get("lang")).toBe("de");
    await expect.poll(() => page.textContent("h1")).toBe("Empfangene Webhook-Ereignisse");
    await expectGerman("the webhooks page");
    for (const provider of sampleProviders) {
      await page.evaluate(() => {
        const result = document.getElementById("sample-result");
        if (result) delete result.dataset.status;
      });
      await page.selectOption("#provider", provider);
      await page.click("#sample-form button");
      await expect.poll(() => page.getAttribute("#sample-result", "data-status")).toBe("200");
      expect(await page.textContent("#sample-result")).toMatch(/Ereignis/);
      await expect
        .poll(() => page.locator(`#events tbody tr[data-provider="${provider}"]`).count())
        .toBeGreaterThan(0);
      await expectGerman(`a ${provider} sample`);
    }
    expect(await page.locator("#events tbody tr").count()).toBeGreaterThanOrEqual(sampleProviders.length);
    await page.screenshot({ path: join(artefacts, "german-webhooks.png"), fullPage: true });
    await page.click("#back-link");
    await page.waitForSelector("#catalogue tbody tr");
    await expectGerman("back on the main page");
  });
});
