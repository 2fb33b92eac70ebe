import { describe, expect, it } from "vitest";
import { safeText } from "../index.js";

describe("safeText", () => {
  it("escapes line breaks, ANSI sequences and other control characters", () => {
    expect(safeText("a\r\nb\tc", 100)).toBe("a\\r\\nb\\tc");
    expect(safeText("\u001b[31mred\u0007\u2028\u0085", 100)).toBe("\\u001b[31mred\\u0007\\u2028\\u0085");
    expect(safeText("plain text, ümlaut, 😀", 100)).toBe("plain text, ümlaut, 😀");
  });

  it("caps the length and marks the cut", () => {
    expect(safeText("x".repeat(50), 10)).toBe(`${"x".repeat(10)}…`);
    expect(safeText("\n".repeat(10), 10)).toBe(`${"\\n".repeat(5)}…`);
  });
});
