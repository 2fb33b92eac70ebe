import { describe, expect, it } from "vitest";
import { explain, explainError, type Locale, listEntries, lookup, parseReply } from "./index.js";

/** Inputs that try to reach Object.prototype through property names. */
const hostile = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "550 __proto__ constructor prototype",
  '{"__proto__":{"polluted":true}}',
  "550 5.1.1 <__proto__@example.com>: hasOwnProperty",
];

describe("no prototype pollution", () => {
  it("leaves Object.prototype alone, whatever the input", () => {
    for (const text of hostile) {
      parseReply(text);
      explain(text, { command: "__proto__" });
      lookup(text);
      explainError(
        JSON.parse(
          '{"__proto__":{"polluted":true},"code":"__proto__","response":"550 x","rejectedErrors":[{"__proto__":{"polluted":true}}]}',
        ),
      );
      explainError({ code: "constructor", command: "toString", message: text });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
  });

  it("does not answer prototype keys as codes, locales or commands", () => {
    expect(lookup("__proto__")).toBeUndefined();
    expect(() => lookup(550, { locale: "constructor" as Locale })).toThrow(RangeError);
    expect(explain("550 Access denied", { command: "constructor" }).command).toBeNull();
    expect(listEntries().some((entry) => entry.code === "__proto__")).toBe(false);
  });
});

describe("bounded time on long inputs", () => {
  it("explains 1 MB of hostile text and returns bounded output", () => {
    for (const unit of ["5", "550-", " ", "-", "[", "5.1.", "user unknown ", "\u0000", "\uD800"]) {
      const result = explain(unit.repeat(Math.ceil(1_048_576 / unit.length)));
      expect(result.text.length).toBeLessThanOrEqual(4_096);
    }
  });
});
