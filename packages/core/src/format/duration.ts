/** Units a wait is written in, largest first, with their length in seconds. */
const units = [
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
  ["second", 1],
] as const;

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, unit: string): Intl.NumberFormat {
  const key = `${locale}\u0000${unit}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "unit",
      unit,
      unitDisplay: "long",
      maximumFractionDigits: 1,
    });
    // Locales come from callers; a bounded cache cannot grow without end.
    if (formatters.size >= 64) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A wait in seconds (such as an explanation's `retryAfter`) in words of the locale, through
 * `Intl.NumberFormat`: the largest unit in which the wait is a whole number or at least two,
 * with at most one decimal (written as the locale writes decimals).
 *
 * @param seconds - the wait, a finite number of seconds, 0 or more; rounded to whole seconds.
 * @param locale - a BCP 47 language tag such as `"en"` (default) or `"de"`.
 * @example
 * formatDuration(21600);        // "6 hours"
 * formatDuration(21600, "de");  // "6 Stunden"
 * formatDuration(300, "de");    // "5 Minuten"
 * formatDuration(5400);         // "90 minutes"
 * formatDuration(9000, "de");   // "2,5 Stunden"
 * formatDuration(1);            // "1 second"
 * @throws {TypeError} when `seconds` is not a number.
 * @throws {RangeError} when `seconds` is negative, not finite, or `locale` is not a valid tag.
 */
export function formatDuration(seconds: number, locale = "en"): string {
  if (typeof seconds !== "number") throw new TypeError(`seconds must be a number, got ${typeof seconds}`);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`seconds must be a finite number of 0 or more, got ${seconds}`);
  }
  if (typeof locale !== "string") throw new TypeError(`locale must be a string, got ${typeof locale}`);
  const whole = Math.round(seconds);
  for (const [unit, length] of units) {
    const amount = whole / length;
    if (amount >= 2 || (amount >= 1 && Number.isInteger(amount))) {
      return formatterFor(locale, unit).format(amount);
    }
  }
  return formatterFor(locale, "second").format(whole);
}
