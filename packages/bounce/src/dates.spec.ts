import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate } from "./dates.js";

/** What `Date.parse` makes of a date: the reading `isoDate` must keep. */
function byDateParse(value: string): string | null {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year < 1970 || year > 9999 ? null : new Date(time).toISOString();
}

const pad = (n: number): string => String(n).padStart(2, "0");
const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

describe("isoDate", () => {
  it("reads RFC 5322 dates, with comments, folded spaces, without a weekday or seconds", () => {
    expect(isoDate("Thu, 29 Apr 2010 23:34:45 +0900")).toBe("2010-04-29T14:34:45.000Z");
    expect(isoDate("Thu, 29 Apr 2010 23:34:45 +0900 (JST)")).toBe("2010-04-29T14:34:45.000Z");
    expect(isoDate("29 Apr 2010  23:34:45 -0130")).toBe("2010-04-30T01:04:45.000Z");
    expect(isoDate("29 Apr 2010 23.34 +0000")).toBe("2010-04-29T23:34:00.000Z");
    expect(isoDate("not a date")).toBeNull();
    expect(isoDate("31 Feb 2010 10:00:00 +0000")).toBe(byDateParse("31 Feb 2010 10:00:00 +0000"));
  });

  it("writes ISO timestamps as toISOString does, milliseconds included", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (time) => {
        const iso = new Date(time).toISOString();
        expect(isoDate(iso)).toBe(iso);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives what Date.parse gives, comments left out, for dates in the common shape, edge values included", () => {
    const date = fc.record({
      weekday: fc.constantFrom("", "Mon, ", "Tue,"),
      day: fc.integer({ min: 0, max: 32 }),
      month: fc.constantFrom(...monthNames),
      year: fc.integer({ min: 1960, max: 2100 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 61 }),
      second: fc.integer({ min: 0, max: 61 }),
      sign: fc.constantFrom("+", "-"),
      zone: fc.integer({ min: 0, max: 1459 }),
      comment: fc.constantFrom("", " (UTC)", "  (JST)", " (a (b))", " (x)(y)"),
    });
    fc.assert(
      fc.property(date, (d) => {
        const date = `${d.weekday}${d.day} ${d.month} ${d.year} ${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)} ${d.sign}${String(d.zone).padStart(4, "0")}`;
        const text = `${date}${d.comment}`;
        const withoutComments = text
          .replace(/\([^()]*\)/g, " ")
          .replace(/\s+/g, " ")
          .trim();
        expect(isoDate(text)).toBe(byDateParse(withoutComments));
      }),
      { numRuns: 5000 },
    );
  });
});
