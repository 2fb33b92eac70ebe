import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";

/**
 * What the demo's browser specs share: Debian's Chromium driven by playwright-core (never a
 * browser download). CI installs it; without it the specs skip, except in CI where they fail.
 */
export const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumAvailable = existsSync(executablePath);
if (!chromiumAvailable && process.env.CI === "true")
  throw new Error(`no Chromium at ${executablePath}; .ci/run must install it`);

const here = dirname(fileURLToPath(import.meta.url));
/** Where screenshots of the pages go. */
export const artefacts = join(here, "../../../../../test-results/demo");
/** The built pages the demo server serves. */
export const builtWeb = join(here, "../../../dist/web");

/** Chromium headless, without the background traffic a test has no use for. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(artefacts, { recursive: true });
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
