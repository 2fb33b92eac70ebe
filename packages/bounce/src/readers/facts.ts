import type { DsnAction, SmtpCommand } from "@smtp-codes/core";
import type { Complaint, ReportKind } from "../report.js";

/** What a reader found about one recipient, before core explains it. */
export interface RecipientFacts {
  address: string | null;
  originalRecipient: string | null;
  action: DsnAction | null;
  status: string | null;
  diagnosticCode: string | null;
  remoteMta: string | null;
  command: SmtpCommand | null;
  lastAttempt: string | null;
  willRetryUntil: string | null;
  /**
   * The comment of a DSN's `Status:` field (`4.0.0 (host name lookup failure)`, RFC 3464's own
   * example): the only words about the failure when there is no `Diagnostic-Code:`.
   */
  statusComment?: string;
  /** What the format itself says the failure means (its `MtaFormat.meaning`), when it says one. */
  formatMeaning?: string;
}

/** What a reader found in an email. */
export interface ReaderResult {
  /** The reader's name: `rfc3464`, `arf`, `rfc3834`, an MTA's name. */
  readonly format: string;
  /** Set by readers whose reports are not about deliveries (`complaint`, `autoReply`). */
  readonly kind?: ReportKind;
  readonly recipients: RecipientFacts[];
  readonly reportingMta?: string | null;
  readonly arrivalDate?: string | null;
  readonly envelopeId?: string | null;
  readonly complaint?: Complaint | null;
  /** The returned message's headers, when the reader found them inside the text. */
  readonly originalHeaders?: string | null;
}

/** Facts with nothing known yet. */
export function emptyFacts(address: string | null): RecipientFacts {
  return {
    address,
    originalRecipient: null,
    action: null,
    status: null,
    diagnosticCode: null,
    remoteMta: null,
    command: null,
    lastAttempt: null,
    willRetryUntil: null,
  };
}
