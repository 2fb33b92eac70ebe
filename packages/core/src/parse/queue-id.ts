import { firstCapture, type Phrasing } from "./phrasings.js";

/**
 * How servers state the queue id of an accepted message. Data: one entry per line, with the
 * server that writes it; the first capture group is the id.
 */
export const queueIdPhrasings: readonly Phrasing[] = [
  { pattern: /\bqueued as ([A-Za-z0-9._-]{4,64})/i, source: "Postfix, Sendmail, smtp-server" },
  { pattern: /\bOK id=([A-Za-z0-9-]{6,64})/, source: "Exim" },
  { pattern: /\bInternalId=(\d{1,20})/, source: "Exchange" },
  { pattern: /\s([A-Za-z0-9._-]{6,64}) - gsmtp\b/, source: "Gmail" },
  { pattern: /^Ok ([0-9a-f]{16}-[0-9a-f-]{20,60})/i, source: "Amazon SES" },
  {
    pattern: /\b(?:message|mail) accepted (?:for delivery )?(?:as |id:? )?<?([A-Za-z0-9._@-]{6,64})>?/i,
    source: "various",
  },
];

/** The queue id a success reply states, or `null`. */
export function queueIdOf(text: string): string | null {
  return firstCapture(queueIdPhrasings, text, 512);
}
