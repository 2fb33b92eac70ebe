import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);

/** The published entry points, loaded the way users load them: through the package's exports map. */
describe.each(["@smtp-codes/core", "@smtp-codes/core/en"])("%s", (specifier) => {
  it("loads from CommonJS", () => {
    const core = require(specifier);
    expect(core.lookup(550).title).toBe("Mailbox unavailable");
    expect(core.explain("550 5.1.1 User unknown").reason).toBe("userUnknown");
    expect(require.resolve(specifier)).toMatch(/\.cjs$/);
  });

  it("loads from ESM", async () => {
    const core = await import(specifier);
    expect(core.parseReply("421 4.7.0 Try later").code).toBe(421);
    expect(core.isValidEnhancedCode("5.7.26")).toBe(true);
  });
});

describe("@smtp-codes/core/log", () => {
  it("loads from CommonJS and ESM, and explains with the explainError it is given", async () => {
    const core = require("@smtp-codes/core");
    for (const log of [require("@smtp-codes/core/log"), await import("@smtp-codes/core/log")]) {
      const smtpLog = log.createSmtpLog({ explainError: core.explainError });
      const found = smtpLog.find({ err: { response: "550 5.1.1 User unknown", command: "RCPT TO" } });
      expect(smtpLog.field(found).reason).toBe("userUnknown");
    }
    expect(require.resolve("@smtp-codes/core/log")).toMatch(/log\.cjs$/);
  });
});
