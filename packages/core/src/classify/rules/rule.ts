import type { SmtpCommand } from "../../parse/commands.js";
import type { EnhancedClass, Reason } from "../../types.js";

/**
 * How real receivers word their replies: the rule table. Data, reviewed like prose.
 *
 * A rule is tried when the reply text holds one of its `words` (lower-case tokens: letters and
 * digits, split at everything else; a word in Japanese or Chinese script, written without spaces,
 * anywhere in the text); it decides when its `pattern` (case-insensitive) matches.
 * The first deciding rule in table order wins, so the table runs from specific (one provider's
 * tags and phrasings) to general (phrasings many servers share): the order is set in `index.ts`. `source` notes the server or
 * standard a phrasing comes from. Patterns are written from public documentation and the
 * behaviour of the servers named, never copied from a test corpus; each must stay free of
 * nested quantifiers (CI checks them for catastrophic backtracking).
 */
export interface Rule {
  readonly id: string;
  readonly words: readonly string[];
  readonly pattern: RegExp;
  readonly reason: Reason;
  /** Only for replies of these classes (basic code first, else enhanced); any class when absent. */
  readonly classes?: readonly EnhancedClass[];
  /** Only for replies to these SMTP stages; any stage (or none known) when absent. */
  readonly commands?: readonly SmtpCommand[];
  /** Only for replies with these enhanced codes (registry form, `X.2.3`). */
  readonly enhanced?: readonly string[];
  /** Overrides the retry decision that follows from the reason and the class. */
  readonly retryable?: boolean;
  /**
   * A generic phrasing ("Service unavailable", "local policy") that servers put before more
   * specific reasons: a specific enhanced code outranks it.
   */
  readonly weak?: boolean;
  /**
   * The reason when the sending MTA has given up after this failure (`explain`'s `gaveUp`, a
   * DSN's `Action: failed`): a failure that lasted the whole queue lifetime can mean more than
   * one attempt's failure does.
   */
  readonly whenGivenUp?: Reason;
  /**
   * The provider answers so after DATA for a recipient it does not have (Yahoo gives its
   * "doesn't have an account" verdict at the end of DATA): the stage does not turn an unknown
   * recipient into `filtered`, as it does for a recipient refused after RCPT accepted it.
   */
  readonly keepsAtData?: boolean;
  /** How sure the rule is, 0 to 1; 0.9 when absent. */
  readonly confidence?: number;
  readonly source: string;
}
