import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainError, formatDuration, labels } from "../index.js";
import { createSmtpLog, verdictOf, writeField } from "./index.js";

/** Records shaped like what loggers pass, with SMTP-looking fields of any type. */
const smtpish = fc.record(
  {
    response: fc.oneof(fc.string(), fc.constant("550 5.1.1 User unknown\r\n"), fc.anything()),
    responseCode: fc.oneof(fc.integer(), fc.anything()),
    code: fc.oneof(fc.constantFrom("EENVELOPE", "ESOCKET", "ETIMEDOUT", "ECONNREFUSED"), fc.anything()),
    command: fc.oneof(fc.constantFrom("RCPT TO", "CONN", "DATA"), fc.anything()),
    rejectedErrors: fc.oneof(fc.array(fc.anything()), fc.anything()),
    recipients: fc.oneof(fc.array(fc.anything()), fc.anything()),
    smtp: fc.anything(),
    message: fc.anything(),
    cause: fc.anything(),
  },
  { requiredKeys: [] },
);
const record = fc.oneof(
  smtpish,
  fc.record({ err: smtpish, error: fc.anything() }, { requiredKeys: [] }),
  fc.object(),
);

describe("log support on any record", () => {
  it("reads a record whose fields' own toString is no function (a case the property once found)", () => {
    const smtpLog = createSmtpLog({ explainError, locale: "de", parseMessages: true });
    const input = { err: { response: "", command: { toString: [] } } };
    expect(() => smtpLog.find(input, [input])).not.toThrow();
  });

  it("never throws, and writes a field whose verdict is one line", () => {
    const smtpLog = createSmtpLog({ explainError, locale: "de", parseMessages: true });
    let explained = 0;
    fc.assert(
      fc.property(record, fc.constantFrom("nested" as const, "flat" as const), (input, fields) => {
        const found = smtpLog.find(input, [input]);
        if (!found) return;
        const field = smtpLog.field(found);
        explained++;
        const words = { labels: labels("de"), duration: (seconds: number) => formatDuration(seconds, "de") };
        for (const text of [verdictOf(field, words), field.reply]) {
          expect(text.includes("\n") || text.includes("\r") || text.includes("\u001b")).toBe(false);
        }
        writeField({ ...input }, field, { fields });
      }),
      { numRuns: 500 },
    );
    // The records reach the explaining part, not only the early "no SMTP here" answer.
    expect(explained).toBeGreaterThan(100);
  });
});
