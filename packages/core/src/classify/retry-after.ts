/** Seconds per unit of a "try again in N units" phrase. */
const secondsPerUnit: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * The words `waitPhrase` starts with, each a whole word followed by a space or a comma: a text
 * of ASCII characters without one of them as a token states no wait (see `lacksProbes`).
 */
export const waitVerbs: readonly string[] = ["try", "retry", "come", "wait", "resend"];

/** "try again in 5 minutes", "retry after 30 seconds", "please come back in 1 hour". */
export const waitPhrase =
  /\b(?:try(?: again)?|retry|come back|wait|resend)(?: later)?,? (?:in|after|for) (?:about |at least )?(\d{1,5}) ?(s|sec|secs|seconds?|m|min|mins|minutes?|h|hrs?|hours?|d|days?)\b/i;

/** Longest wait a reply may ask for; longer requests are capped. */
const maxWait = 7 * 86_400;

/** Longest text read for a wait. */
export const maxWaitText = 2_048;

/** The wait a reply asks for in its text, in seconds, or `null` when it names none. */
export function retryAfterFromText(text: string): number | null {
  const bounded = text.length > maxWaitText ? text.slice(0, maxWaitText) : text;
  const match = waitPhrase.exec(bounded);
  if (!match?.[1] || !match[2]) return null;
  const unit = secondsPerUnit[match[2].charAt(0).toLowerCase()] ?? 60;
  return Math.min(Number(match[1]) * unit, maxWait);
}
