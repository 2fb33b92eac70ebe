/** A date with a comment, or white space other than single spaces between its words. */
const needsCleaning = /[()]|\s\s|[^\S ]|^\s|\s$/;

/**
 * An RFC 5322 date (`Thu, 29 Apr 2010 23:34:45 +0900 (JST)`) as ISO 8601 UTC, or `null` when it
 * does not read as a date.
 */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  // Most dates have single spaces and at most a zone comment at the end (Postfix's `(UTC)`):
  // then cutting that comment off is all the cleaning there is.
  const uncommented = withoutTrailingComment(value);
  const cleaned = needsCleaning.test(uncommented)
    ? value
        .replace(/\([^()]*\)/g, " ")
        .replace(/\s+/g, " ")
        .trim()
    : uncommented;
  if (cleaned === "" || cleaned.length > 200) return null;
  let time = Date.parse(cleaned);
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
  return year < 1970 || year > 9999 ? null : isoString(date);
}

/** `value` without one comment that ends it (` (UTC)`), when that is its only parenthesis. */
function withoutTrailingComment(value: string): string {
  const open = value.indexOf(" (");
  if (open < 0 || value.charCodeAt(value.length - 1) !== 41) return value;
  const rest = value.indexOf("(", open + 2);
  const close = value.indexOf(")", open + 2);
  return rest < 0 && close === value.length - 1 ? value.slice(0, open) : value;
}

/** `toISOString` for years 1970 to 9999, written out: the built-in takes twice as long. */
function isoString(date: Date): string {
  const ms = date.getUTCMilliseconds();
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}.${ms < 10 ? "00" : ms < 100 ? "0" : ""}${ms}Z`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}
