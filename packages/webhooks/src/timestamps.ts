/** Timestamps as providers write them, to ISO 8601 in UTC. */

// Unix seconds below this are taken as seconds, above as milliseconds (the year 5138 in seconds).
const millisecondsThreshold = 1e11;

/** Unix time in seconds (or milliseconds, told apart by size) to ISO 8601, or `null`. */
export function fromUnix(value: number | null): string | null {
  if (value === null || !Number.isFinite(value) || value < 0) return null;
  const milliseconds = value >= millisecondsThreshold ? value : value * 1000;
  return isoOrNull(milliseconds);
}

/**
 * A date string to ISO 8601 in UTC, or `null`: ISO 8601 with a zone, and `YYYY-MM-DD HH:MM:SS`
 * without one (taken as UTC, which is how the providers that write it document it).
 */
export function fromDateText(value: string | null): string | null {
  if (value === null || value.length > 64) return null;
  const plain = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/.exec(value);
  if (plain) return isoOrNull(Date.parse(`${plain[1]}T${plain[2]}Z`));
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  return isoOrNull(Date.parse(value));
}

function isoOrNull(milliseconds: number): string | null {
  if (!Number.isFinite(milliseconds)) return null;
  const date = new Date(milliseconds);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
