import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemo } from "../server/app.js";
import { artefacts, builtWeb, chromiumAvailable, launchChromium } from "./testing/chromium.js";

/** The webhook events page in Debian's headless Chromium, as page.spec.ts drives the main page. */

let browser: Browser;
let demo: Awaited<ReturnType<typeof startDemo>>;
let page: Page;

describe.skipIf(!chromiumAvailable)("the webhook events page", () => {
  beforeAll(async () => {
    demo = await startDemo(0, builtWeb);
    browser = await launchChromium();
    page = await browser.newPage({ locale: "en-US" });
    page.setDefaultTimeout(10_000);
    await page.goto(new URL("/webhooks.html", demo.url).href);
    await page.waitForSelector("#provider option", { state: "attached" });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it("is linked from the main page", async () => {
    await page.goto(demo.url);
    await page.click("#webhooks-link");
    await page.waitForSelector("#provider option", { state: "attached" });
    expect(await page.textContent("h1")).toBe("Webhook events received");
  });

  it.each([
    ["sendgrid", "gone@receiver.example", "userUnknown"],
    ["mailgun", "full@receiver.example", "mailboxFull"],
    ["sparkpost", "blocked@receiver.example", "blocked"],
    ["brevo", "later@receiver.example", "mailboxFull"],
  ])("sends a signed %s sample and shows its events, explained", async (provider, address, reason) => {
    await page.selectOption("#provider", provider);
    await page.click("#sample-form button");
    await expect.poll(() => page.getAttribute("#sample-result", "data-status")).toBe("200");
    const row = page.locator("#events tbody tr", { hasText: address }).first();
    await expect.poll(() => row.getAttribute("data-reason")).toBe(reason);
    expect(await row.getAttribute("data-provider")).toBe(provider);
    await page.screenshot({ path: join(artefacts, `webhooks-${provider}.png`), fullPage: true });
  });

  it("gives a spam complaint no verdict of a refusal", async () => {
    await page.selectOption("#provider", "sparkpost");
    await page.click("#sample-form button");
    const row = page.locator('#events tbody tr[data-type="complaint"]').first();
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator("td").nth(1).textContent()).toBe("spam complaint");
    expect(await row.locator("td").nth(3).textContent()).toBe("—");
  });

  it("is readable at phone width", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
