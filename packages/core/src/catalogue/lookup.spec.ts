import { describe, expect, it } from "vitest";
import { lookup as lookupEnglish } from "../en.js";
import { type EnhancedEntry, isValidEnhancedCode, isValidReplyCode, lookup } from "../index.js";

describe("lookup", () => {
  it.each([550, "550", " 550 ", "550\n", "\t550"])("finds a basic code given as %j", (code) => {
    expect(lookup(code)).toMatchObject({
      kind: "basic",
      code: 550,
      severity: "permanent",
      registered: true,
    });
  });

  it.each([
    ["5.1.1", "5.1.1", 5, "permanent"],
    ["4.7.0", "4.7.0", 4, "transient"],
    ["2.1.5", "2.1.5", 2, "success"],
    ["X.1.1", "X.1.1", null, "unknown"],
    ["x.1.1", "X.1.1", null, "unknown"],
    [" 5.7.26 ", "5.7.26", 5, "permanent"],
  ])("finds enhanced code %j", (input, code, cls, severity) => {
    expect(lookup(input)).toMatchObject({ kind: "enhanced", code, class: cls, severity, registered: true });
  });

  it("answers in German when asked", () => {
    expect(lookup("5.2.2", { locale: "de" })).toMatchObject({ title: "Postfach voll", locale: "de" });
    expect(lookup(550, { locale: "de" })?.title).toBe("Postfach nicht verfügbar");
  });

  it("builds entries for well-formed codes that are not registered", () => {
    const detail = lookup("5.1.99") as EnhancedEntry;
    expect(detail).toMatchObject({ registered: false, severity: "permanent", subject: 1, detail: 99 });
    expect(detail.subjectTitle).toBe("Addressing status");
    expect(detail.advice).toBeTruthy();
    expect(lookup("4.9.1")).toMatchObject({ registered: false, severity: "transient", subjectTitle: null });
    expect(lookup("580")).toMatchObject({
      kind: "basic",
      registered: false,
      severity: "permanent",
      validSyntax: false,
    });
    expect(lookup("299")).toMatchObject({ registered: false, severity: "success", advice: null });
  });

  it.each([
    "",
    " ",
    "hello",
    "55",
    "5500",
    "999",
    "100",
    "5.1",
    "5.1.1.1",
    "5.01.1",
    "5.1.1000",
    "3.1.1",
    "6.1.1",
    "5..1",
    "5.1.-1",
    "X.Y.Z",
    "550-",
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "valueOf",
    "x".repeat(1_000_000),
  ])("gives undefined for %j", (input) => {
    expect(lookup(input)).toBeUndefined();
  });

  it.each([Number.NaN, 550.5, -550, Number.POSITIVE_INFINITY, 5500])(
    "gives undefined for the number %d",
    (code) => {
      expect(lookup(code)).toBeUndefined();
    },
  );

  it.each([null, undefined, {}, [], true, Symbol("550"), 550n, () => 550])(
    "throws a TypeError for %s",
    (input) => {
      expect(() => lookup(input as never)).toThrow(TypeError);
    },
  );

  it("throws a RangeError for a locale it does not have", () => {
    // @ts-expect-error: a locale the entry point does not hold does not compile either
    expect(() => lookup(550, { locale: "fr" })).toThrow(RangeError);
    // @ts-expect-error: the same for a prototype key
    expect(() => lookup(550, { locale: "__proto__" })).toThrow(RangeError);
    // @ts-expect-error: the English-only entry point's Locale is "en"
    expect(() => lookupEnglish(550, { locale: "de" })).toThrow(/available are en/);
  });

  it("returns frozen entries that users cannot corrupt for others", () => {
    const entry = lookup(550);
    expect(Object.isFrozen(entry)).toBe(true);
    expect(() => {
      (entry as { title: string }).title = "changed";
    }).toThrow(TypeError);
    expect(lookup(550)?.title).toBe("Mailbox unavailable");
  });
});

describe("code syntax", () => {
  it.each([
    [250, true],
    ["550", true],
    ["211", true],
    ["559", true],
    ["471", false],
    ["101", false],
    ["600", false],
    ["160", false],
    ["55", false],
    ["5500", false],
    [" 550", false],
    [550.0, true],
    [550.1, false],
    [null, false],
    [{}, false],
  ])("isValidReplyCode(%j) is %s", (code, valid) => {
    expect(isValidReplyCode(code)).toBe(valid);
  });

  it.each([
    ["5.1.1", true],
    ["4.7.650", true],
    ["2.0.0", true],
    ["5.999.999", true],
    ["5.0.0", true],
    ["3.1.1", false],
    ["X.1.1", false],
    ["5.1", false],
    ["5.1.1.1", false],
    ["5.01.1", false],
    ["5.1.1000", false],
    ["5.1.a", false],
    ["55.1.1", false],
    [" 5.1.1", false],
    [511, false],
  ])("isValidEnhancedCode(%j) is %s", (code, valid) => {
    expect(isValidEnhancedCode(code)).toBe(valid);
  });
});
