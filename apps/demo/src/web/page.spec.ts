import { join } from "node:path";
import { labels, listEntries } from "@smtp-codes/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemo } from "../server/app.js";
import {
  artefacts,
  builtWeb,
  chromiumAvailable,
  executablePath,
  launchChromium,
} from "./testing/chromium.js";

/**
 * The page in a real headless Chromium: Debian's chromium, driven by playwright-core (never a
 * browser download). CI installs it; without it these tests skip, except in CI where they fail.
 */
if (!chromiumAvailable)
  console.warn(`page.spec: no Chromium at ${executablePath}, skipping (apt-get install chromium)`);

/** The built page (the test task builds the app first). */

let browser: Browser;
let demo: Awaited<ReturnType<typeof startDemo>>;
let page: Page;

describe.skipIf(!chromiumAvailable)("the demo page", () => {
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

  const shot = (name: string) => page.screenshot({ path: join(artefacts, `${name}.png`), fullPage: true });

  it("shows the whole catalogue and searches it", async () => {
    const all = listEntries().length;
    expect(await page.locator("#catalogue tbody tr").count()).toBe(all);
    await page.fill("#search", "greylist");
    await expect.poll(() => page.locator("#catalogue tbody tr").count()).toBeLessThan(all);
    await page.fill("#search", "5.7.708");
    await expect.poll(() => page.locator("#catalogue tbody tr").count()).toBe(1);
    expect(await page.textContent("#catalogue tbody")).toContain("Traffic not accepted from this IP");
    await page.fill("#search", "5.7.26");
    await expect.poll(() => page.locator("#catalogue tbody tr").count()).toBe(1);
    expect(await page.textContent("#catalogue tbody")).toContain("Multiple authentication checks failed");
    await page.selectOption("#kind", "nonstandard");
    await page.fill("#search", "");
    await expect.poll(() => page.locator("#catalogue tbody tr").count()).toBe(23);
    await shot("catalogue-search");
    await page.selectOption("#kind", "all");
  });

  it("switches to German", async () => {
    await page.selectOption("#language", "de");
    await expect.poll(() => page.textContent("h1")).toBe("SMTP-Antwortcodes erklärt");
    await page.fill("#search", "X.2.2");
    await expect.poll(() => page.textContent("#catalogue tbody")).toContain("Postfach voll");
    await shot("german");
    await page.fill("#search", "");
    await page.selectOption("#language", "en");
    await expect.poll(() => page.textContent("h1")).toBe("SMTP reply codes explained");
  });

  it("keeps the language in the address, across a reload", async () => {
    await page.selectOption("#language", "de");
    await expect.poll(() => page.textContent("h1")).toBe("SMTP-Antwortcodes erklärt");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("de");
    await page.reload();
    await expect.poll(() => page.textContent("h1")).toBe("SMTP-Antwortcodes erklärt");
    expect(await page.inputValue("#language")).toBe("de");
    await page.selectOption("#language", "en");
    await expect.poll(() => page.textContent("h1")).toBe("SMTP reply codes explained");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
  });

  it("heads the card with the verdict and puts the code's title below", async () => {
    await page.fill(
      "#explain-text",
      "450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.",
    );
    await page.click("#explain-form button");
    const card = page.locator("#explain-result .card");
    await expect.poll(() => card.getAttribute("data-reason")).toBe("rateLimited");
    expect(await card.locator("h3").textContent()).toBe("Rate limited");
    expect(await card.locator(".code-title").textContent()).toBe("450 4.2.1 · Mailbox disabled");
  });

  it("shows the cards already on the page in the new language after a switch", async () => {
    await page.fill("#explain-text", "452 4.2.2 Mailbox full");
    await page.click("#explain-form button");
    await page.selectOption("#scenario", "unknown");
    await page.click("#send-form button");
    await expect
      .poll(() => page.locator("#send-result .card").getAttribute("data-reason"))
      .toBe("userUnknown");
    await expect.poll(() => page.locator("#explain-result .card h3").textContent()).toBe("Mailbox full");
    await page.selectOption("#language", "de");
    const explained = page.locator("#explain-result .card");
    const german = labels("de");
    await expect.poll(() => explained.locator("h3").textContent()).toBe(german.reasons.mailboxFull);
    const text = (await explained.textContent()) ?? "";
    expect(text).toContain(german.severities.transient);
    expect(text).toContain("ja, nach 6 Stunden");
    expect(text).not.toMatch(/transient|mailboxFull|soft bounce|seconds/);
    const sent = (await page.locator("#send-result .card").textContent()) ?? "";
    expect(sent).toContain(`${german.fields.severity}${german.severities.permanent}`);
    expect(sent).toContain(german.bounces.hard);
    expect(await page.locator("#send-result .card h3").textContent()).toContain(german.reasons.userUnknown);
    expect(sent).not.toMatch(/permanent|userUnknown|hard bounce/);
    await shot("german-cards");
    await page.selectOption("#language", "en");
    await expect.poll(() => explained.locator("h3").textContent()).toBe("Mailbox full");
  });

  it("explains a pasted reply with the keyboard alone", async () => {
    await page.fill(
      "#explain-text",
      "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to user complaints",
    );
    await page.focus("#explain-text");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const card = page.locator("#explain-result .card");
    await expect.poll(() => card.getAttribute("data-reason")).toBe("badReputation");
    expect(await card.getAttribute("data-severity")).toBe("transient");
    await shot("explain");
  });

  it("renders remote text as text, never as markup", async () => {
    await page.fill("#explain-text", "550 5.7.1 <img src=x onerror=\"document.title='owned'\"><b>bold</b>");
    await page.click("#explain-form button");
    await expect.poll(() => page.locator("#explain-result .card").textContent()).toContain("<b>bold</b>");
    expect(await page.locator("#explain-result img, #explain-result b").count()).toBe(0);
    expect(await page.title()).not.toBe("owned");
  });

  it.each([
    ["unknown", "userUnknown", "permanent"],
    ["full", "mailboxFull", "transient"],
    ["greylist", "greylisted", "transient"],
    ["spam", "spamDetected", "permanent"],
    ["toobig", "messageTooBig", "permanent"],
    ["ratelimit", "rateLimited", "transient"],
    ["dmarc", "authFailure", "permanent"],
    ["accepted", "delivered", "success"],
  ])("sends a test mail to the %s mailbox", async (scenario, reason, severity) => {
    await page.selectOption("#scenario", scenario);
    await page.click("#send-form button");
    const card = page.locator("#send-result .card");
    await expect.poll(() => card.getAttribute("data-reason")).toBe(reason);
    expect(await card.getAttribute("data-severity")).toBe(severity);
    const logLine = (await page.textContent("#send-result .log-line")) ?? "{}";
    expect(JSON.parse(logLine).smtp.reason).toBe(reason);
    // Shown indented over several lines, not as one blob.
    expect(logLine.split("\n").length).toBeGreaterThan(3);
    await shot(`send-${scenario}`);
  });

  it("is readable at phone width, the advice included", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.fill("#search", "5.7.26");
    await expect.poll(() => page.locator("#catalogue tbody tr").count()).toBe(1);
    const advice = page.locator("#catalogue tbody td").nth(3);
    expect(await advice.isVisible()).toBe(true);
    const box = await advice.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect(box && box.x + box.width).toBeLessThanOrEqual(375);
    expect(await advice.evaluate((node) => getComputedStyle(node, "::before").content)).toContain("Advice");
    await shot("phone");
    await page.fill("#search", "");
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
