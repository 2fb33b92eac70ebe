import { type DsnAction, dsnActions } from "@smtp-codes/core";
import { isoDate } from "../dates.js";
import type { MessageView } from "../message/view.js";
import { normalizeAddress } from "./address.js";
import { emptyFacts, type ReaderResult, type RecipientFacts } from "./facts.js";

/**
 * Amazon SES notifications delivered by email (an SNS email subscription): the JSON of a
 * `Bounce`, `Complaint` or `Delivery` notification, as the SES Developer Guide documents it
 * ("Amazon SNS notification contents for Amazon SES"), bare or wrapped in SNS's envelope.
 */
export function readSesNotification(view: MessageView, maxRecipients: number): ReaderResult | null {
  // SNS appends an unsubscribe footer after the JSON
  const raw = view.text.trim();
  if (raw.charAt(0) !== "{" || raw.length > 1_048_576 || raw.indexOf("notificationType") < 0) return null;
  const text = raw.slice(0, raw.lastIndexOf("}") + 1);
  const notification = sesNotificationOf(text);
  if (!notification) return null;
  const type = String(notification.notificationType ?? notification.eventType ?? "");
  const mail = objectOr(notification.mail);
  const headers = objectOr(mail.commonHeaders);
  // the Message-ID header the sender wrote, else SES's own id (what its API returned)
  const messageId =
    typeof headers.messageId === "string"
      ? headers.messageId
      : typeof mail.messageId === "string"
        ? `<${mail.messageId}>`
        : null;
  const originalHeaders = messageId
    ? `Message-ID: ${messageId}\nSubject: ${String(headers.subject ?? "")}\n`
    : null;
  if (type === "Bounce") {
    const bounce = objectOr(notification.bounce);
    const permanent = bounce.bounceType === "Permanent";
    const recipients = arrayOf(bounce.bouncedRecipients)
      .slice(0, maxRecipients)
      .map((entry) => {
        const r = objectOr(entry);
        const facts = emptyFacts(
          typeof r.emailAddress === "string" ? normalizeAddress(r.emailAddress) : null,
        );
        const action = String(r.action ?? "");
        facts.action = dsnActions.includes(action as DsnAction)
          ? (action as DsnAction)
          : permanent
            ? "failed"
            : "delayed";
        facts.status = typeof r.status === "string" && /^[245]\.\d+\.\d+$/.test(r.status) ? r.status : null;
        facts.diagnosticCode =
          typeof r.diagnosticCode === "string" ? r.diagnosticCode.replace(/^smtp;\s*/i, "") : null;
        facts.lastAttempt = isoDate(typeof bounce.timestamp === "string" ? bounce.timestamp : null);
        return facts;
      });
    const reportingMta =
      typeof bounce.reportingMTA === "string" ? bounce.reportingMTA.replace(/^dsn;\s*/i, "") : null;
    return { format: "amazonSes", recipients, reportingMta, originalHeaders };
  }
  if (type === "Complaint") {
    const complaint = objectOr(notification.complaint);
    const recipients: RecipientFacts[] = arrayOf(complaint.complainedRecipients)
      .slice(0, maxRecipients)
      .map((entry) => {
        const address = objectOr(entry).emailAddress;
        return emptyFacts(typeof address === "string" ? normalizeAddress(address) : null);
      });
    return {
      format: "amazonSes",
      kind: "complaint",
      recipients,
      originalHeaders,
      complaint: {
        feedbackType:
          typeof complaint.complaintFeedbackType === "string" ? complaint.complaintFeedbackType : null,
        userAgent: typeof complaint.userAgent === "string" ? complaint.userAgent : null,
        sourceIp: typeof mail.sourceIp === "string" ? mail.sourceIp : null,
        originalRecipient: recipients[0]?.address ?? null,
        originalMailFrom: typeof mail.source === "string" ? mail.source : null,
        reportedDomain: null,
        arrivalDate: isoDate(typeof complaint.arrivalDate === "string" ? complaint.arrivalDate : null),
      },
    };
  }
  if (type === "Delivery") {
    const delivery = objectOr(notification.delivery);
    const recipients = arrayOf(delivery.recipients)
      .filter((address): address is string => typeof address === "string")
      .slice(0, maxRecipients)
      .map((address) => {
        const facts = emptyFacts(normalizeAddress(address));
        facts.action = "delivered";
        facts.diagnosticCode = typeof delivery.smtpResponse === "string" ? delivery.smtpResponse : null;
        return facts;
      });
    return { format: "amazonSes", recipients, originalHeaders };
  }
  return null;
}

/** The notification, bare or inside SNS's `{"Type": "Notification", "Message": "<json>"}`. */
function sesNotificationOf(text: string): Record<string, unknown> | null {
  // SNS writes its Message on one line, often longer than the 998 characters RFC 5322 allows:
  // relays break such lines, folding them (a line end and a space) where no JSON allows one
  const parsed = parseJson(text) ?? parseJson(text.replace(/(?:\r\n?|\n)[ \t]/g, ""));
  if (!parsed) return null;
  if (typeof parsed.Message === "string") return parseJson(parsed.Message);
  return parsed;
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function objectOr(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
