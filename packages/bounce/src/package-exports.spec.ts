import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const email = readFileSync(new URL("../fixtures/exim-bounce.eml", import.meta.url));

/** The built package, loaded the way users load it: through its exports map. */
describe("@smtp-codes/bounce", () => {
  it("loads from CommonJS", async () => {
    const bounce = require("@smtp-codes/bounce");
    expect(require.resolve("@smtp-codes/bounce")).toMatch(/\.cjs$/);
    const report = await bounce.parseBounce(email);
    expect(report.recipients[0].address).toBe("erin@example.net");
    expect(bounce.defaultLimits.maxRecipients).toBe(10_000);
  });

  it("loads from ESM", async () => {
    const bounce = await import("@smtp-codes/bounce");
    const report = await bounce.parseBounce(email);
    expect(report.kind).toBe("bounce");
    expect(report.recipients[0]?.explanation.reason).toBe("mailboxDisabled");
  });
});
