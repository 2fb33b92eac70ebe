import { describe, expect, it } from "vitest";
import { formatDuration } from "../index.js";

describe("formatDuration", () => {
  it.each([
    [21_600, "en", "6 hours"],
    [21_600, "de", "6 Stunden"],
    [3_600, "en", "1 hour"],
    [3_600, "de", "1 Stunde"],
    [300, "de", "5 Minuten"],
    [60, "en", "1 minute"],
    [5_400, "en", "90 minutes"],
    [9_000, "en", "2.5 hours"],
    [9_000, "de", "2,5 Stunden"],
    [172_800, "de", "2 Tage"],
    [86_400, "en", "1 day"],
    [90, "en", "90 seconds"],
    [1, "de", "1 Sekunde"],
    [0, "en", "0 seconds"],
    [0.4, "en", "0 seconds"],
    [119.6, "en", "2 minutes"],
  ])("%d seconds in %s: %s", (seconds, locale, expected) => {
    expect(formatDuration(seconds, locale)).toBe(expected);
  });

  it("writes English by default", () => {
    expect(formatDuration(900)).toBe("15 minutes");
  });

  it("rejects what is not a wait with a typed error", () => {
    expect(() => formatDuration(-1)).toThrow(RangeError);
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatDuration("60" as unknown as number)).toThrow(TypeError);
    expect(() => formatDuration(60, "not a tag!")).toThrow(RangeError);
    expect(() => formatDuration(60, 7 as unknown as string)).toThrow(TypeError);
  });

  it("stays bounded when called with many locales", () => {
    for (let index = 0; index < 500; index++) formatDuration(60, `en-x-${index}`);
    expect(formatDuration(120, "de")).toBe("2 Minuten");
  });
});
