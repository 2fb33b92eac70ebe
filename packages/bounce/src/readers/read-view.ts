import { parseReply, type SmtpCommand } from "@smtp-codes/core";
import type { MessageView } from "../message/view.js";
import type { ResolvedOptions } from "../options.js";
import type { BounceWarning } from "../report.js";
import { isAddress } from "./address.js";
import { readSesNotification } from "./amazon-ses.js";
import { readFeedbackReport, readMicrosoftComplaint } from "./arf.js";
import type { ReaderResult, RecipientFacts } from "./facts.js";
import { extendsFirstLine } from "./mta/engine.js";
import { readMtaText } from "./mta-text.js";
import { readDeliveryStatusPart } from "./rfc3464.js";
import { readAutoReply } from "./rfc3834.js";

/**
 * The readers in the order they are tried: a feedback report, a delivery-status part (completed
 * from the bounce's text where its fields are missing), an MTA's bounce text, an auto-reply.
 */
export function readView(
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
    if (text) completeFromText(dsn.recipients, text.recipients, text.format !== "generic");
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
      reportingMta: dsn?.reportingMta ?? text.reportingMta ?? null,
      arrivalDate: dsn?.arrivalDate ?? null,
      envelopeId: dsn?.envelopeId ?? null,
    };
  return readAutoReply(view);
}

/** Fills what a DSN leaves out (the reply, the stage) from what the bounce's text says of the same recipient. */
function completeFromText(
  dsn: RecipientFacts[],
  text: readonly RecipientFacts[],
  layoutKnown: boolean,
): void {
  for (const facts of dsn) {
    const same =
      text.find((t) => t.address?.toLowerCase() === facts.address?.toLowerCase()) ??
      (dsn.length === 1 && text.length === 1 ? text[0] : undefined);
    if (!same) continue;
    // a final recipient that is no address (Exim's and Sendmail's files and pipes): the text
    // names the address the delivery was made for
    if (facts.address !== null && !isAddress(facts.address) && same.address && isAddress(same.address))
      facts.address = same.address;
    // an MTA's own text names the address as the sender wrote it ("was not delivered to:"), the
    // DSN the one the reporting MTA tried after rewriting it: that is the original recipient
    // the DSN left out. Only a reader that knows the layout is sure of the text's address.
    else if (
      layoutKnown &&
      facts.originalRecipient === null &&
      same.address &&
      isAddress(same.address) &&
      same.address.toLowerCase() !== facts.address?.toLowerCase()
    )
      facts.originalRecipient = same.address;
    // a Diagnostic-Code of only the first line of a multi-line reply: the whole one the text shows
    if (facts.diagnosticCode === null || extendsFirstLine(facts.diagnosticCode, same.diagnosticCode))
      facts.diagnosticCode = same.diagnosticCode;
    facts.command ??= same.command ?? commandOfText(same.diagnosticCode);
    facts.remoteMta ??= same.remoteMta;
  }
}

function commandOfText(text: string | null): SmtpCommand | null {
  return text ? parseReply(text).command : null;
}
