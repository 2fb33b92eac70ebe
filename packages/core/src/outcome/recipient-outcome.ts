import type { Explanation } from "../classify/explain.js";
import type { SmtpCommand } from "../parse/commands.js";

/**
 * What happened to one recipient, in one shape whatever said it: an SMTP session, a bounce
 * email (`@smtp-codes/bounce`), an ESP's webhook (`@smtp-codes/webhooks`) or a mail log. The
 * CLI, the log formats and users handle this one type.
 */

/** A DSN's `Action:` field (RFC 3464, section 2.3.3). */
export type DsnAction = "failed" | "delayed" | "delivered" | "relayed" | "expanded";

/** Every `DsnAction`. */
export const dsnActions: readonly DsnAction[] = ["failed", "delayed", "delivered", "relayed", "expanded"];

/**
 * What happened: `bounce` (refused or given up), `delay` (the sending side still retries),
 * `delivered` (also relayed or expanded), `complaint` (the recipient reported the mail as spam),
 * `autoReply` (vacation, out of office, challenge), `dropped` (an ESP did not even try, for
 * example an address on its suppression list), `unsubscribed`, `other` (an event that is none
 * of these, kept so nothing is lost).
 */
export type OutcomeType =
  | "bounce"
  | "delay"
  | "delivered"
  | "complaint"
  | "autoReply"
  | "dropped"
  | "unsubscribed"
  | "other";

/** Where the news came from. */
export type OutcomeSource = "smtp" | "bounce" | "webhook" | "log";

/** What happened to one recipient. Fields a source does not give are `null`. */
export interface RecipientOutcome {
  readonly source: OutcomeSource;
  readonly type: OutcomeType;
  /**
   * The recipient (a DSN's `Final-Recipient`), lower-cased domain, as given otherwise; `null`
   * when unknown or when it held characters no address may hold (see `isSafeAddress`).
   */
  readonly address: string | null;
  /** The address as first given (a DSN's `Original-Recipient`), when it differs or is stated; as safe as `address`. */
  readonly originalRecipient: string | null;
  /** The DSN action, when the source states one or it follows from `type`. */
  readonly action: DsnAction | null;
  /** Enhanced status code (RFC 3463), `5.1.1`. */
  readonly status: string | null;
  /** The remote server's reply (unfolded), or the sending MTA's own explanation. */
  readonly diagnosticCode: string | null;
  /** The server that refused, as named (`mx.example.com`, `[192.0.2.1]`). */
  readonly remoteMta: string | null;
  /** The SMTP stage the refusal answered. */
  readonly command: SmtpCommand | null;
  /** When it happened (ISO 8601, UTC): the last attempt, the event's time, the report's date. */
  readonly timestamp: string | null;
  /** A DSN's `Last-Attempt-Date` (ISO 8601, UTC). */
  readonly lastAttempt: string | null;
  /** A DSN's `Will-Retry-Until` (ISO 8601, UTC), for delays. */
  readonly willRetryUntil: string | null;
  /** The Message-ID of the message this is about (without angle brackets), to match it to a send. */
  readonly messageId: string | null;
  /** The ESP that reported it (`ses`, `sendgrid` ...), or `null`. */
  readonly provider: string | null;
  /** The ESP's own id of the message. */
  readonly providerMessageId: string | null;
  /** The ESP's own classification, as given (`Permanent/NoEmail`, `bounce class 10`). */
  readonly providerCategory: string | null;
  /** core's explanation of the reply (or status) with the stage as context. */
  readonly explanation: Explanation;
}

/** The `OutcomeType` a DSN action stands for. */
export function outcomeTypeOfAction(action: DsnAction): OutcomeType {
  switch (action) {
    case "failed":
      return "bounce";
    case "delayed":
      return "delay";
    default:
      return "delivered";
  }
}

/** Why an address should no longer be mailed. */
export type SuppressionReason = "hardBounce" | "complaint" | "unsubscribed";

/**
 * Whether to stop mailing the outcome's address, and why: a hard bounce (the address itself is
 * bad), a spam complaint, or an unsubscribe. Soft bounces, delays and auto-replies are not
 * reasons to suppress. This one rule is what every `--suppress` and every suppression list of
 * smtp-codes uses.
 *
 * @example
 * suppressionOf(outcome); // "hardBounce" for a 550 5.1.1 bounce, null for a 452 4.2.2 one
 */
export function suppressionOf(
  outcome: Pick<RecipientOutcome, "type" | "explanation">,
): SuppressionReason | null {
  switch (outcome.type) {
    case "bounce":
    case "dropped":
      return outcome.explanation.bounce === "hard" ? "hardBounce" : null;
    case "complaint":
      return "complaint";
    case "unsubscribed":
      return "unsubscribed";
    default:
      return null;
  }
}
