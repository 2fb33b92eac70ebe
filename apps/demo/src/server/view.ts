import { type Explanation, formatDuration, type Locale, labels } from "@smtp-codes/core";

/** The words a result card shows for an explanation's values, in the page's language. */
export interface CardView {
  /** The verdict: the reason's label ("Mailbox full"), the card's heading. */
  readonly verdict: string;
  readonly severity: string;
  readonly bounce: string;
  readonly actor: string | null;
  /** "yes, after 6 hours" / "no": the wait through core's formatDuration. */
  readonly retry: string;
}

/**
 * What the card shows, from core's labels and duration formatter. Done on the server so that
 * the page's script stays small (core's texts are not bundled into it).
 */
export function viewOf(result: Explanation, locale: Locale): CardView {
  const words = labels(locale);
  return {
    verdict: words.reasons[result.reason],
    severity: words.severities[result.severity],
    bounce: words.bounces[result.bounce ?? "none"],
    actor: result.actor ? words.actors[result.actor] : null,
    retry: result.retryable
      ? words.retry.after.replace("{duration}", formatDuration(result.retryAfter ?? 0, locale))
      : words.retry.no,
  };
}
