import type { DsnAction, RecipientOutcome } from "@smtp-codes/core";
import { isoDate } from "./dates.js";
import { headerValue } from "./message/headers.js";
import { normalizeLineEnds, toBytes } from "./message/input.js";
import type { MessageView } from "./message/view.js";
import { viewOf } from "./message/view-of.js";
import { type BounceOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { headersInBody, inlineHeaders, originalOf } from "./original.js";
import { outcomeOf } from "./outcome.js";
import { safeAddress } from "./readers/address.js";
import { readView } from "./readers/read-view.js";
import type { BounceReport, BounceWarning, Complaint, ReportKind } from "./report.js";

/**
 * Reads a bounce email and explains it recipient by recipient: an RFC 3464 delivery status
 * notification, an RFC 5965 complaint, an RFC 3834 auto-reply, or the bounce text of an MTA
 * that writes no DSN (or an incomplete one). `message` is the raw email, or a bounce's text
 * pasted without headers. An email that is no report gives `kind: "none"`; odd input gives
 * warnings, never an exception. An address holding control, bidirectional or invisible
 * characters (core's `isSafeAddress`) is no address: the recipient is kept with `address` (or
 * `originalRecipient`) `null`, and an `unsafeAddress` warning names it escaped.
 *
 * @example
 * const report = await parseBounce(rawEmail);
 * report.kind; // "bounce"
 * report.recipients[0]?.address; // "user@example.net"
 * report.recipients[0]?.explanation.bounce; // "hard"
 * @throws {TypeError} when `message` is not a string, Buffer, Uint8Array or ArrayBuffer, or an option is wrong.
 * @throws {RangeError} when `options.locale` is not available.
 */
export async function parseBounce(message: unknown, options?: BounceOptions): Promise<BounceReport> {
  const resolved = resolveOptions(options);
  let bytes = toBytes(message);
  const warnings: BounceWarning[] = [];
  if (bytes.length > resolved.maxSize) {
    bytes = bytes.subarray(0, resolved.maxSize);
    warnings.push({
      type: "truncated",
      message: `the email is longer than ${resolved.maxSize} bytes and was cut`,
    });
  }
  const normalized = normalizeLineEnds(bytes);
  const view = await viewOf(normalized, resolved);
  warnings.push(...view.warnings);
  return reportOf(view, normalized, resolved, warnings);
}

function reportOf(
  view: MessageView,
  bytes: Uint8Array,
  options: ResolvedOptions,
  warnings: BounceWarning[],
): BounceReport {
  const result = readView(view, options, warnings);
  const original = originalOf(
    result?.originalHeaders ??
      view.originalHeaders ??
      inlineHeaders(view.text) ??
      inlineHeaders(view.deliveryStatus) ??
      headersInBody(bytes),
    result?.envelopeId ?? null,
    options.headers,
  );
  if (!result) {
    return {
      kind: "none",
      recipients: [],
      format: null,
      reportingMta: null,
      arrivalDate: null,
      original,
      complaint: null,
      warnings,
    };
  }
  let facts = result.recipients;
  if (facts.length > options.maxRecipients) {
    facts = facts.slice(0, options.maxRecipients);
    warnings.push({
      type: "tooManyRecipients",
      message: `the report names more than ${options.maxRecipients} recipients; the rest were left out`,
    });
  }
  const fallback: DsnAction =
    result.kind === "complaint" || result.kind === "autoReply" ? "delivered" : "failed";
  const timestamp = isoDate(headerValue(view.headers, "date"));
  const recipients = facts.map((f, index) =>
    outcomeOf(
      {
        ...f,
        address: safeAddress(f.address, `recipient ${index + 1}: the address`, warnings),
        originalRecipient: safeAddress(
          f.originalRecipient,
          `recipient ${index + 1}: the original recipient`,
          warnings,
        ),
      },
      { messageId: original.messageId, timestamp, locale: options.locale, fallback },
    ),
  );
  const kind = result.kind ?? kindOf(recipients);
  return {
    kind,
    recipients:
      kind === "complaint" || kind === "autoReply"
        ? recipients.map((r) => ({ ...r, type: kind, action: null }))
        : recipients,
    format: kind === "none" ? null : result.format,
    reportingMta: result.reportingMta ?? null,
    arrivalDate: result.arrivalDate ?? null,
    original,
    complaint: result.complaint ? safeComplaint(result.complaint, warnings) : null,
    warnings,
  };
}

/** A feedback report's addresses as safe as the recipients'. */
function safeComplaint(complaint: Complaint, warnings: BounceWarning[]): Complaint {
  return {
    ...complaint,
    originalRecipient: safeAddress(
      complaint.originalRecipient,
      "the complaint's original recipient",
      warnings,
    ),
    originalMailFrom: safeAddress(complaint.originalMailFrom, "the complaint's original sender", warnings),
  };
}

/** `bounce` when any recipient failed, else `delay` when any is delayed, else `delivered`. */
function kindOf(recipients: readonly RecipientOutcome[]): ReportKind {
  if (recipients.length === 0) return "none";
  if (recipients.some((r) => r.type === "bounce")) return "bounce";
  if (recipients.some((r) => r.type === "delay")) return "delay";
  return "delivered";
}
