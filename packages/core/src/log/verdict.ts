import { safeText } from "../parse/safe-text.js";
import type { SmtpLogField } from "./field.js";

/** Refused recipients named in a verdict before the rest are counted. */
const namedRecipients = 3;
/** Three addresses of at most 320 characters and the rest of the verdict fit. */
const maxVerdictLength = 1200;

/**
 * The verdict of a log field on one line, for consoles and message prefixes: codes, severity,
 * reason, bounce, retry, and the refused recipients of a send (the first three by address).
 * Escaped as a whole (a field read back from a record may hold anything), so it holds no line
 * break and no escape sequence.
 *
 * @example
 * verdictOf(field); // "550 5.1.1 permanent userUnknown, hard bounce, no retry"
 * verdictOf(sent);  // "250 2.0.0 success delivered, no retry; 1 refused: gone@example.com 550 5.1.1 userUnknown hard"
 */
export function verdictOf(field: SmtpLogField): string {
  const codes = [field.code, field.enhanced].filter((part) => part !== null).join(" ");
  const bounce = field.bounce ? `, ${field.bounce} bounce` : "";
  const retry = field.retryable ? "retry" : "no retry";
  const verdict = `${codes ? `${codes} ` : ""}${field.severity} ${field.reason}${bounce}, ${retry}`;
  return safeText(`${verdict}${refusedOf(field)}`, maxVerdictLength);
}

/** How `refusedOf` words its tail; the default is the field's own keys, in English. */
export interface RefusedWords {
  /** The word before the count's colon: `"refused"`. */
  readonly refused: string;
  readonly reason: (reason: string) => string;
  readonly bounce: (bounce: string) => string;
  /** After the count of recipients not named: `"more"`, or `""` for a bare `+2`. */
  readonly more: string;
}

const keyWords: RefusedWords = {
  refused: "refused",
  reason: (key) => key,
  bounce: (key) => key,
  more: "more",
};

/**
 * The refused recipients of a send as a verdict's tail, `"; 1 refused: gone@example.com 550
 * 5.1.1 userUnknown hard"` (the first three by address, the rest counted), or `""` when none
 * was refused. For renderings that word the rest of the verdict themselves: `words` labels the
 * reason and bounce (for example with core's `labels(locale)`).
 *
 * @example
 * refusedOf(sent); // "; 1 refused: gone@example.com 550 5.1.1 userUnknown hard"
 * refusedOf(sent, { refused: "abgelehnt", reason: (r) => labels("de").reasons[r], bounce: (b) => labels("de").bounces[b], more: "" });
 * // "; 1 abgelehnt: gone@example.com 550 5.1.1 Empfänger unbekannt Hard Bounce"
 */
export function refusedOf(field: Pick<SmtpLogField, "recipients">, words: RefusedWords = keyWords): string {
  const refused = Array.isArray(field.recipients) ? field.recipients.filter((r) => r.bounce !== null) : [];
  if (refused.length === 0) return "";
  const named = refused.slice(0, namedRecipients).map((r) => {
    const parts = [
      r.recipient ?? "(?)",
      r.code,
      r.enhanced,
      words.reason(r.reason),
      r.bounce === null ? null : words.bounce(r.bounce),
    ];
    return parts.filter((part) => part !== null).join(" ");
  });
  const unnamed = refused.length - namedRecipients;
  const more = unnamed > 0 ? `, +${unnamed}${words.more ? ` ${words.more}` : ""}` : "";
  return safeText(`; ${refused.length} ${words.refused}: ${named.join(", ")}${more}`, maxVerdictLength);
}
