/** A date with a comment, or white space other than single spaces between its words. */
const needsCleaning = /[()]|\s\s|[^\S ]|^\s|\s$/;

/**
 * An RFC 5322 date (`Thu, 29 Apr 2010 23:34:45 +0900 (JST)`) as ISO 8601 UTC, or `null` when it
 * does not read as a date.
 */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  // Most dates have no comment and single spaces: then there is nothing to clean.
  const cleaned = needsCleaning.test(value)
    ? value
        .replace(/\([^()]*\)/g, " ")
        .replace(/\s+/g, " ")
        .trim()
    : value;
  if (cleaned === "" || cleaned.length > 200) return null;
  let time = commonShape(cleaned) ?? Date.parse(cleaned);
  if (Number.isNaN(time)) {
    // "Thu, 29 Apr 2010 23:34:45 +0900" without the weekday, or with a dotted time, as some MTAs write
    const match =
      /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([+-]\d{4}|[A-Z]{1,5})?/.exec(
        cleaned,
      );
    if (!match) return null;
    const [, day, month, year, hour, minute, second, zone] = match;
    const fullYear = (year as string).length === 2 ? `20${year}` : year;
    time = Date.parse(`${day} ${month} ${fullYear} ${hour}:${minute}:${second ?? "00"} ${zone ?? "+0000"}`);
    if (Number.isNaN(time)) return null;
  }
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year < 1970 || year > 9999 ? null : date.toISOString();
}

/** `Thu, 29 Apr 2010 23:34:45 +0900`: the shape nearly every MTA writes, weekday optional. */
const rfc5322Date =
  /^(?:[A-Z][a-z]{2}, ?)?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;
const months = "JanFebMarAprMayJunJulAugSepOctNovDec";

/**
 * The time of a date in the common shape, computed directly: `Date.parse` reads RFC 5322 dates
 * with its slow legacy parser, and a bounce has several dates. `undefined` for any other shape
 * (or a day past its month's end), which `Date.parse` then reads as before.
 */
function commonShape(value: string): number | undefined {
  const match = rfc5322Date.exec(value);
  if (!match) return undefined;
  const [, day, monthName, year, hour, minute, second, sign, zoneHours, zoneMinutes] =
    match as unknown as string[];
  const month = months.indexOf(monthName as string) / 3;
  const dayOfMonth = Number(day);
  const fullYear = Number(year);
  if (fullYear < 1970) return undefined;
  if (dayOfMonth < 1 || dayOfMonth > new Date(Date.UTC(fullYear, month + 1, 0)).getUTCDate())
    return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  const offset = (sign === "-" ? -1 : 1) * (Number(zoneHours) * 60 + Number(zoneMinutes)) * 60_000;
  return Date.UTC(fullYear, month, dayOfMonth, Number(hour), Number(minute), Number(second)) - offset;
}
