import { describe, expect, it } from "vitest";
import { safeText } from "../index.js";

describe("safeText", () => {
  it("escapes line breaks, ANSI sequences and other control characters", () => {
    expect(safeText("a\r\nb\tc", 100)).toBe("a\\r\\nb\\tc");
    expect(safeText("\u001b[31mred\u0007\u2028\u0085", 100)).toBe("\\u001b[31mred\\u0007\\u2028\\u0085");
    expect(safeText("plain text, ümlaut, 😀", 100)).toBe("plain text, ümlaut, 😀");
  });

  it("escapes bidirectional controls and invisible characters, so a text cannot turn around", () => {
    expect(safeText("user\u202egnp.exe\u2066\u200b\ufeff\u061c\u200e", 100)).toBe(
      "user\\u202egnp.exe\\u2066\\u200b\\ufeff\\u061c\\u200e",
    );
    // joiners are part of some scripts' spelling and stay
    expect(safeText("\u0645\u06cc\u200c\u062e", 100)).toBe("\u0645\u06cc\u200c\u062e");
  });

  it("caps the length and marks the cut", () => {
    expect(safeText("x".repeat(50), 10)).toBe(`${"x".repeat(10)}…`);
    expect(safeText("\n".repeat(10), 10)).toBe(`${"\\n".repeat(5)}…`);
  });
});
