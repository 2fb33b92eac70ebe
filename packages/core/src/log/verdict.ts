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
  const refused = Array.isArray(field.recipients) ? field.recipients.filter((r) => r.bounce !== null) : [];
  if (refused.length === 0) return safeText(verdict, maxVerdictLength);
  const named = refused.slice(0, namedRecipients).map((r) => {
    const parts = [r.recipient ?? "(unknown)", r.code, r.enhanced, r.reason, r.bounce];
    return parts.filter((part) => part !== null).join(" ");
  });
  const more = refused.length > namedRecipients ? `, +${refused.length - namedRecipients} more` : "";
  return safeText(`${verdict}; ${refused.length} refused: ${named.join(", ")}${more}`, maxVerdictLength);
}
