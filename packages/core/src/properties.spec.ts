import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explain, limits, lookup, parseReply } from "./index.js";

/** Strings that look a little like replies, so the properties reach deep into the parser. */
const replyish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "550",
        "550-",
        "550 ",
        "421 ",
        "5.1.1 ",
        "4.7.0",
        "\r\n",
        "\n",
        " ",
        "-",
        "(#5.1.1)",
        "'",
        "[",
        "<",
        ">",
      ),
      fc.constantFrom(
        "said: ",
        "Status: ",
        "Diagnostic-Code: smtp; ",
        "(in reply to RCPT TO command)",
        "user unknown",
      ),
      fc.string({ unit: "grapheme-composite", maxLength: 8 }),
      fc.string({ unit: "binary", maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

const anyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  replyish,
);

describe("on any string", () => {
  it("parseReply never throws and keeps its output bounded", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const parsed = parseReply(input);
        expect(parsed.text.length).toBeLessThanOrEqual(limits.maxTextLength);
        expect(parsed.lines.length).toBeLessThanOrEqual(limits.maxLines);
        for (const line of parsed.lines) expect(line.text.length).toBeLessThanOrEqual(limits.maxTextLength);
        if (parsed.code !== null) expect(parsed.code).toBeGreaterThanOrEqual(200);
        if (parsed.enhanced !== null) expect(parsed.enhanced).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
      }),
      { numRuns: 3000 },
    );
  });

  it("explain never throws, answers from its vocabulary and gives the same answer twice", () => {
    fc.assert(
      fc.property(
        anyString,
        fc.constantFrom(undefined, "RCPT TO", "DATA", "MAIL", "bogus"),
        (input, command) => {
          const first = explain(input, command ? { command } : {});
          expect(first).toEqual(explain(input, command ? { command } : {}));
          expect(["success", "intermediate", "transient", "permanent", "unknown"]).toContain(first.severity);
          expect([null, "hard", "soft"]).toContain(first.bounce);
          expect(first.summary.length).toBeGreaterThan(0);
          expect(first.text.length).toBeLessThanOrEqual(limits.maxTextLength);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("lookup never throws for strings and numbers", () => {
    fc.assert(
      fc.property(fc.oneof(anyString, fc.double(), fc.integer()), (input) => {
        const entry = lookup(input);
        if (entry) expect(entry.title.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("takes lone surrogates and NUL bytes and leaves no NUL in its text", () => {
    const result = explain("550 5.1.1 \uD800bad\u0000user\uDFFF");
    expect(result.text).toBe("\uD800bad user\uDFFF");
    expect(result.reason).toBe("userUnknown");
    expect(JSON.parse(JSON.stringify(result)).text).toBe(result.text);
  });
});
