import type { BounceWarning } from "../report.js";
import type { Header } from "./headers.js";

/**
 * What the readers see of an email: the parts a report is made of, decoded. Both ways of
 * reading the MIME structure (the fast path and the full parse) produce this same view.
 */
export interface MessageView {
  /** The email's own headers (empty for a bounce text pasted without them). */
  readonly headers: readonly Header[];
  /** The text of its inline text/plain parts, joined; or of its HTML parts as text when it has no plain text. */
  text: string;
  /** The body of its `message/delivery-status` or `message/global-delivery-status` part, or `null`. */
  readonly deliveryStatus: string | null;
  /** The body of its `message/feedback-report` part (RFC 5965), or `null`. */
  readonly feedbackReport: string | null;
  /** The header block of the returned message (`message/rfc822`, `text/rfc822-headers`, `message/global`), or `null`. */
  readonly originalHeaders: string | null;
  readonly warnings: BounceWarning[];
}
