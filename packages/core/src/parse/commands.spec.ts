import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeCommand, type SmtpCommand, stageByWord } from "./commands.js";

/** normalizeCommand as it was before it compared in place: a sliced upper-case copy looked up in the table. */
function plainNormalize(command: string): SmtpCommand | null {
  let start = 0;
  while (start < command.length && command.charCodeAt(start) <= 32) start++;
  let end = start;
  while (end < command.length && end - start < 12) {
    const c = command.charCodeAt(end) | 32;
    if (c < 97 || c > 122) break;
    end++;
  }
  const word = command.slice(start, end).toUpperCase();
  return Object.hasOwn(stageByWord, word) ? (stageByWord[word] ?? null) : null;
}

describe("normalizeCommand", () => {
  it("reads the stage from a command's first word, in any case", () => {
    expect(normalizeCommand("RCPT TO")).toBe("RCPT");
    expect(normalizeCommand("rcpt_to")).toBe("RCPT");
    expect(normalizeCommand("  end of DATA")).toBe("DATA");
    expect(normalizeCommand("Auth Plain")).toBe("AUTH");
    expect(normalizeCommand("initial connection")).toBe("CONNECT");
    expect(normalizeCommand("CONNECTIONS")).toBeNull();
    expect(normalizeCommand("VRFY")).toBeNull();
    expect(normalizeCommand("")).toBeNull();
    expect(normalizeCommand(42)).toBeNull();
  });

  it("answers as the sliced upper-case copy looked up in the table would, for any text", () => {
    const word = fc.constantFrom(...Object.keys(stageByWord), "rcpt", "Ehlo", "x", "DATAX", "conn");
    const text = fc.oneof(
      fc.string({ maxLength: 16 }),
      fc
        .tuple(fc.constantFrom("", " ", "\t", "\r\n "), word, fc.string({ maxLength: 4 }))
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(text, (command) => {
        expect(normalizeCommand(command)).toBe(plainNormalize(command));
      }),
    );
  });
});
