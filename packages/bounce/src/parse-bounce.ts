import { type DsnAction, parseReply, type RecipientOutcome, type SmtpCommand } from "@smtp-codes/core";
import { isoDate } from "./dates.js";
import { viewByStructure } from "./message/fast-path.js";
import { rawBody, viewByFullParse } from "./message/full-parse.js";
import { headerEnd, headerValue, readHeaders, startsWithHeaders } from "./message/headers.js";
import { decodeUndeclaredIso2022jp, normalizeLineEnds, toBytes, utf8Text } from "./message/input.js";
import type { MessageView } from "./message/view.js";
import { type BounceOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { originalOf } from "./original.js";
import { outcomeOf } from "./outcome.js";
import { readSesNotification } from "./readers/amazon-ses.js";
import { readFeedbackReport, readMicrosoftComplaint } from "./readers/arf.js";
import type { ReaderResult, RecipientFacts } from "./readers/facts.js";
import { readMtaText } from "./readers/mta-text.js";
import { readDeliveryStatusPart } from "./readers/rfc3464.js";
import { readAutoReply } from "./readers/rfc3834.js";
import type { BounceReport, BounceWarning, ReportKind } from "./report.js";

/**
 * Reads a bounce email and explains it recipient by recipient: an RFC 3464 delivery status
 * notification, an RFC 5965 complaint, an RFC 3834 auto-reply, or the bounce text of an MTA
 * that writes no DSN (or an incomplete one). `message` is the raw email, or a bounce's text
 * pasted without headers. An email that is no report gives `kind: "none"`; odd input gives
 * warnings, never an exception.
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
  const view = !startsWithHeaders(utf8Text(normalized.subarray(0, 1_000)))
    ? pastedText(normalized)
    : ((resolved.mime === "auto" ? await viewByStructure(normalized, resolved) : null) ??
      (await fullParseOrRaw(normalized, resolved)));
  warnings.push(...view.warnings);
  view.text = decodeUndeclaredIso2022jp(view.text);
  return reportOf(view, resolved, warnings);
}

/**
 * The full parse; when the MIME library gives up (nesting deeper than `maxDepth`, headers
 * beyond its size limit), the email's raw text is read instead, with a warning.
 */
async function fullParseOrRaw(bytes: Uint8Array, options: ResolvedOptions): Promise<MessageView> {
  try {
    return await viewByFullParse(bytes, options);
  } catch (error) {
    const head = utf8Text(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    return {
      headers: readHeaders(head.slice(0, headerEnd(head).end)),
      text: rawBody(bytes),
      deliveryStatus: null,
      feedbackReport: null,
      originalHeaders: null,
      warnings: [
        {
          type: "malformedMime",
          message: `the MIME structure could not be read (${(error as Error).message}); the raw text was read`,
        },
      ],
    };
  }
}

/** A bounce's text pasted without its headers. */
function pastedText(bytes: Uint8Array): MessageView {
  return {
    headers: [],
    text: utf8Text(bytes),
    deliveryStatus: null,
    feedbackReport: null,
    originalHeaders: null,
    warnings: [],
  };
}

/**
 * The readers in the order they are tried: a feedback report, a delivery-status part (completed
 * from the bounce's text where its fields are missing), an MTA's bounce text, an auto-reply.
 */
function readView(
  view: MessageView,
  options: ResolvedOptions,
  warnings: BounceWarning[],
): ReaderResult | null {
  const complaint = readFeedbackReport(view, options.maxRecipients + 1) ?? readMicrosoftComplaint(view);
  if (complaint) return complaint;
  const ses = readSesNotification(view, options.maxRecipients + 1);
  if (ses) return ses;
  const dsn = readDeliveryStatusPart(view, options.maxRecipients + 1);
  const text = readMtaText(view, options.maxRecipients + 1);
  if (dsn && dsn.recipients.length > 0) {
    if (text) completeFromText(dsn.recipients, text.recipients);
    if (dsn.recipients.some((r) => r.status === null && r.diagnosticCode === null)) {
      warnings.push({
        type: "incompleteReport",
        message: "a recipient of the delivery-status part has neither a status nor a diagnostic",
      });
    }
    return dsn;
  }
  if (dsn) {
    warnings.push({ type: "incompleteReport", message: "the delivery-status part names no recipient" });
  }
  if (text)
    return {
      ...text,
      reportingMta: dsn?.reportingMta ?? null,
      arrivalDate: dsn?.arrivalDate ?? null,
      envelopeId: dsn?.envelopeId ?? null,
    };
  return readAutoReply(view);
}

/** Fills what a DSN leaves out (the reply, the stage) from what the bounce's text says of the same recipient. */
function completeFromText(dsn: RecipientFacts[], text: readonly RecipientFacts[]): void {
  for (const facts of dsn) {
    const same =
      text.find((t) => t.address?.toLowerCase() === facts.address?.toLowerCase()) ??
      (dsn.length === 1 && text.length === 1 ? text[0] : undefined);
    if (!same) continue;
    facts.diagnosticCode ??= same.diagnosticCode;
    facts.command ??= same.command ?? commandOfText(same.diagnosticCode);
    facts.remoteMta ??= same.remoteMta;
  }
}

function commandOfText(text: string | null): SmtpCommand | null {
  return text ? parseReply(text).command : null;
}

function reportOf(view: MessageView, options: ResolvedOptions, warnings: BounceWarning[]): BounceReport {
  const result = readView(view, options, warnings);
  const original = originalOf(
    result?.originalHeaders ?? view.originalHeaders,
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
  const recipients = facts.map((f) =>
    outcomeOf(f, { messageId: original.messageId, timestamp, locale: options.locale, fallback }),
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
    complaint: result.complaint ?? null,
    warnings,
  };
}

/** `bounce` when any recipient failed, else `delay` when any is delayed, else `delivered`. */
function kindOf(recipients: readonly RecipientOutcome[]): ReportKind {
  if (recipients.length === 0) return "none";
  if (recipients.some((r) => r.type === "bounce")) return "bounce";
  if (recipients.some((r) => r.type === "delay")) return "delay";
  return "delivered";
}
