import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { limits } from "./limits.js";
import { joinedCode } from "./parse-reply.js";
import { cleanRunEnd, cleanSlice, cleanText, needsCleaning, printableWords } from "./text.js";

/** Text made of what the clean run decides on: words, single and double spaces, codes, controls. */
const lineish = fc
  .array(
    fc.oneof(
      fc.constantFrom("550", "550-", " 550 ", " 451-", " 5.1.1", " ", "  ", "\t", "\r\n", "\u00a0", "\u0085"),
      fc.string({ unit: "grapheme-ascii", maxLength: 6 }),
      fc.string({ unit: "binary", maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

describe("cleanRunEnd", () => {
  it("ends a run of printable words before a joined reply code", () => {
    const s = "User unknown 550-5.1.1 more";
    expect(s.slice(0, cleanRunEnd(s, 0))).toBe("User unknown");
  });

  it("ends a run at a line break, a double space or a trailing space", () => {
    expect(cleanRunEnd("a b\r\nc", 0)).toBe(3);
    expect(cleanRunEnd("a b  c", 0)).toBe(3);
    expect(cleanRunEnd("a b ", 0)).toBe(3);
    expect(cleanRunEnd(" a", 0)).toBe(0);
  });

  it("keeps a code that is not a joined line (`for 550 seconds` has no separator after it)", () => {
    const s = "wait 550seconds then 2.0";
    expect(cleanRunEnd(s, 0)).toBe(s.length);
  });

  it("covers only printable words, as the clean-text test reads them", () => {
    fc.assert(
      fc.property(lineish, fc.nat(), (s, at) => {
        const start = s.length === 0 ? 0 : at % s.length;
        const end = cleanRunEnd(s, start);
        expect(end).toBeGreaterThanOrEqual(start);
        if (end > start) expect(printableWords.test(s.slice(start, end))).toBe(true);
      }),
    );
  });

  it("has no joined reply code inside it, so the first one after it is the one the run stops at", () => {
    fc.assert(
      fc.property(lineish, fc.nat(), (s, at) => {
        const start = s.length === 0 ? 0 : at % s.length;
        const end = cleanRunEnd(s, start);
        joinedCode.lastIndex = start;
        const next = joinedCode.test(s) ? joinedCode.lastIndex - 5 : -1;
        if (next >= 0) expect(next).toBeGreaterThanOrEqual(end);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("cleanSlice", () => {
  it("returns what cleaning the slice returns, for any slice of any text", () => {
    fc.assert(
      fc.property(lineish, fc.nat(), fc.nat(), (s, a, b) => {
        const start = s.length === 0 ? 0 : a % s.length;
        const end = start + (b % (s.length - start + 1));
        expect(cleanSlice(s, start, end, cleanRunEnd(s, start))).toBe(cleanText(s.slice(start, end)));
      }),
      { numRuns: 2_000 },
    );
  });

  it("still caps clean text at the length limit", () => {
    const s = `${"word ".repeat(limits.maxTextLength)}end`;
    const text = cleanSlice(s, 0, s.length, cleanRunEnd(s, 0));
    expect(text.length).toBeLessThanOrEqual(limits.maxTextLength);
    expect(text).toBe(cleanText(s));
  });
});

describe("cleanText", () => {
  it("turns each run of white space and control characters into one space, as replacing every run would", () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the reference cleaning
    const everyRun = /[\s\u0000-\u001f\u007f-\u009f]+/g;
    fc.assert(
      fc.property(lineish, (s) => {
        fc.pre(!printableWords.test(s) && needsCleaning.test(s));
        expect(cleanText(s)).toBe(s.replace(everyRun, " ").trim());
      }),
      { numRuns: 2_000 },
    );
  });
});
