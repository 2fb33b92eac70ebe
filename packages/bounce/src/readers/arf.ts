import { type DsnFieldGroup, fieldValue, readFieldGroups } from "@smtp-codes/core";
import { isoDate } from "../dates.js";
import { headerValue, readHeaders } from "../message/headers.js";
import type { MessageView } from "../message/view.js";
import { allAddresses, firstAddress } from "./address.js";
import { emptyFacts, type ReaderResult } from "./facts.js";

/** RFC 5965 feedback reports (ARF): a spam complaint, an opt-out, a fraud or virus report. */
export function readFeedbackReport(view: MessageView, maxRecipients: number): ReaderResult | null {
  if (view.feedbackReport === null) return null;
  const fields: DsnFieldGroup = readFieldGroups(view.feedbackReport).flat();
  const originalHeaders = view.originalHeaders ? readHeaders(view.originalHeaders) : [];
  const rcptTo = fields.filter((f) => f.name === "original-rcpt-to").map((f) => f.value);
  const addresses =
    rcptTo.length > 0
      ? allAddresses(rcptTo.join(" "), maxRecipients)
      : allAddresses(headerValue(originalHeaders, "to") ?? "", maxRecipients);
  const recipients = addresses.map((address) => emptyFacts(address));
  const originalRecipient = addresses[0] ?? null;
  return {
    format: "arf",
    kind: "complaint",
    recipients,
    reportingMta: fieldValue(fields, "reporting-mta"),
    arrivalDate: isoDate(fieldValue(fields, "arrival-date") ?? fieldValue(fields, "received-date")),
    complaint: {
      feedbackType: fieldValue(fields, "feedback-type")?.toLowerCase() ?? null,
      userAgent: fieldValue(fields, "user-agent"),
      sourceIp: fieldValue(fields, "source-ip"),
      originalRecipient,
      originalMailFrom: firstAddress(fieldValue(fields, "original-mail-from")),
      reportedDomain: fieldValue(fields, "reported-domain"),
      arrivalDate: isoDate(fieldValue(fields, "arrival-date") ?? fieldValue(fields, "received-date")),
    },
  };
}

/**
 * Microsoft's Junk Mail Reporting Program (JMRP) and Outlook.com's feedback loop: the reported
 * message attached whole (no feedback-report part), its recipient in the
 * `X-HmXmrOriginalRecipient` header Outlook.com adds.
 */
export function readMicrosoftComplaint(view: MessageView): ReaderResult | null {
  if (view.originalHeaders === null) return null;
  const subject = headerValue(view.headers, "subject") ?? "";
  if (!/^\s*complaint about message from /i.test(subject)) return null;
  const original = readHeaders(view.originalHeaders);
  const recipient = firstAddress(headerValue(original, "x-hmxmroriginalrecipient"));
  return {
    format: "arf",
    kind: "complaint",
    recipients: recipient ? [emptyFacts(recipient)] : [],
    complaint: {
      feedbackType: "abuse",
      userAgent: null,
      sourceIp: /from\s+\[?([0-9a-f.:]{3,45})\]?/i.exec(subject)?.[1] ?? null,
      originalRecipient: recipient,
      originalMailFrom: null,
      reportedDomain: null,
      arrivalDate: null,
    },
  };
}
