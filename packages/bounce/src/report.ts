import type { RecipientOutcome } from "@smtp-codes/core";

/** What kind of report an email is. */
export type ReportKind = "bounce" | "delay" | "delivered" | "complaint" | "autoReply" | "none";

/** Something odd about the email, worth knowing but not fatal. */
export interface BounceWarning {
  readonly type:
    | "truncated" // the email was longer than `maxSize` and was cut
    | "tooManyRecipients" // more recipients than `maxRecipients`; the rest were left out
    | "tooManyParts" // more MIME parts than `maxParts`; the rest were not read
    | "tooDeep" // MIME nested deeper than `maxDepth`; deeper parts were not read
    | "malformedMime" // the MIME library could not read the email; its raw text was read instead
    | "incompleteReport" // a delivery-status part without recipients, or recipients without a status
    | "unsafeAddress"; // an address held control or bidirectional characters: it is given as `null`
  readonly message: string;
}

/** What the report shows of the message that bounced, to match it to what was sent. */
export interface OriginalMessage {
  /** Its Message-ID without angle brackets (what nodemailer returns as `info.messageId`, bracketed). */
  readonly messageId: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly subject: string | null;
  /** Its Date (ISO 8601, UTC). */
  readonly date: string | null;
  /** The DSN's `Original-Envelope-Id` (RFC 3464 section 2.2.1), the sender's `ENVID`. */
  readonly envelopeId: string | null;
  /** The headers named in `options.headers`, by the name given; `null` when absent. */
  readonly headers: Readonly<Record<string, string | null>>;
}

/** An RFC 5965 feedback report (a spam complaint, an opt-out ...). */
export interface Complaint {
  /** `abuse`, `fraud`, `virus`, `other`, `not-spam`, `opt-out` ... (RFC 5965 section 7.3). */
  readonly feedbackType: string | null;
  readonly userAgent: string | null;
  readonly sourceIp: string | null;
  readonly originalRecipient: string | null;
  readonly originalMailFrom: string | null;
  readonly reportedDomain: string | null;
  /** When the reported message arrived (ISO 8601, UTC). */
  readonly arrivalDate: string | null;
}

/**
 * What `parseBounce` found in an email.
 *
 * @example
 * const report = await parseBounce(email);
 * if (report.kind === "bounce") for (const r of report.recipients) if (r.explanation.bounce === "hard") suppress(r.address);
 */
export interface BounceReport {
  readonly kind: ReportKind;
  /** One entry per recipient the report names (for complaints and auto-replies: the one who complained or replied). */
  readonly recipients: readonly RecipientOutcome[];
  /** Which reader recognised it: `rfc3464`, `arf`, `rfc3834`, an MTA's or provider's name (`postfix`, `exim`, `exchange` ...), or `null` for `none`. */
  readonly format: string | null;
  /** The MTA that wrote the report (`Reporting-MTA`, or the host the text names). */
  readonly reportingMta: string | null;
  /** When the reporting MTA received the message (ISO 8601, UTC). */
  readonly arrivalDate: string | null;
  readonly original: OriginalMessage;
  /** The feedback report of a complaint, else `null`. */
  readonly complaint: Complaint | null;
  readonly warnings: readonly BounceWarning[];
}
