import { headerOf } from "../headers.js";
import type { EventFields } from "../outcome.js";
import {
  batchOf,
  categoryIn,
  categoryRows,
  type ProviderDefinition,
  type ReadContext,
  type ReadResult,
} from "../provider.js";
import { FieldReader, isObject, type JsonObject } from "../read.js";
import { fromDateText } from "../timestamps.js";
import type { CategoryMapping, SnsSubscriptionMessage } from "../types.js";
import { checkSnsSignature } from "../verify/sns.js";

/**
 * Amazon SES, through Amazon SNS: notifications (`notificationType`) and event publishing
 * (`eventType`), wrapped in an SNS message or delivered raw. Source: "Amazon SNS notification
 * contents for Amazon SES" and "Contents of event data that Amazon SES publishes to Amazon SNS"
 * in the SES developer guide; SNS's "HTTP/HTTPS notification JSON format".
 */

const row = categoryRows("ses");

/** `bounceType/bounceSubType`, `DeliveryDelay/delayType`, `Complaint/feedback type` and event types. */
export const sesCategories: readonly CategoryMapping[] = [
  row("Undetermined/Undetermined", "SES could not determine the bounce", "bounce", "undefined", "unknown"),
  row("Permanent/General", "hard bounce without a more specific reason", "bounce", "undefined", "permanent"),
  row("Permanent/NoEmail", "the address does not exist", "bounce", "userUnknown", "permanent"),
  row(
    "Permanent/Suppressed",
    "on SES's global suppression list: it bounced as invalid recently",
    "dropped",
    "userUnknown",
    "permanent",
  ),
  row(
    "Permanent/OnAccountSuppressionList",
    "on the account's suppression list",
    "dropped",
    "undefined",
    "permanent",
  ),
  row("Transient/General", "soft bounce without a more specific reason", "bounce", "undefined", "transient"),
  row("Transient/MailboxFull", "the mailbox is full", "bounce", "mailboxFull", "transient"),
  row(
    "Transient/MessageTooLarge",
    "the message is larger than the server accepts",
    "bounce",
    "messageTooBig",
    "transient",
  ),
  row("Transient/ContentRejected", "the server refused the content", "bounce", "contentError", "transient"),
  row(
    "Transient/AttachmentRejected",
    "the server refused an attachment",
    "bounce",
    "contentError",
    "transient",
  ),
  row("DeliveryDelay/InternalFailure", "an SES internal problem", "delay", "systemError", "transient"),
  row(
    "DeliveryDelay/General",
    "a generic failure during the SMTP conversation",
    "delay",
    "undefined",
    "transient",
  ),
  row("DeliveryDelay/MailboxFull", "the mailbox is full", "delay", "mailboxFull", "transient"),
  row(
    "DeliveryDelay/SpamDetected",
    "the receiving server saw a lot of spam from the account",
    "delay",
    "spamDetected",
    "transient",
  ),
  row(
    "DeliveryDelay/RecipientServerError",
    "a temporary problem of the receiving server",
    "delay",
    "systemError",
    "transient",
  ),
  row("DeliveryDelay/IPFailure", "the sending IP is blocked or throttled", "delay", "blocked", "transient"),
  row(
    "DeliveryDelay/TransientCommunicationFailure",
    "a temporary communication failure",
    "delay",
    "networkError",
    "transient",
  ),
  row(
    "DeliveryDelay/BYOIPHostNameLookupUnavailable",
    "the BYOIP host name could not be looked up",
    "delay",
    "networkError",
    "transient",
  ),
  row("DeliveryDelay/Undetermined", "SES could not determine the delay", "delay", "undefined", "transient"),
  row(
    "DeliveryDelay/SendingDeliverabilityIssue",
    "a deliverability problem of the sending account",
    "delay",
    "badReputation",
    "transient",
  ),
  row("Complaint/abuse", "unsolicited mail, reported by the recipient", "complaint", "undefined", "unknown"),
  row(
    "Complaint/auth-failure",
    "an email authentication failure report",
    "complaint",
    "undefined",
    "unknown",
  ),
  row("Complaint/fraud", "fraud or phishing, reported", "complaint", "undefined", "unknown"),
  row("Complaint/not-spam", "the recipient says it is not spam", "complaint", "undefined", "unknown"),
  row("Complaint/other", "any other feedback", "complaint", "undefined", "unknown"),
  row("Complaint/virus", "a virus, reported", "complaint", "undefined", "unknown"),
  row("Complaint", "a complaint without a feedback type", "complaint", "undefined", "unknown"),
  row("Delivery", "the receiving server accepted the message", "delivered", "delivered", "success"),
  row("Reject", "SES refused to send it (a virus)", "dropped", "virusDetected", "permanent"),
  row("Send", "the send request was accepted", "other", "undefined", "unknown"),
  row("Open", "the recipient opened the message", "other", "undefined", "unknown"),
  row("Click", "the recipient clicked a link", "other", "undefined", "unknown"),
  row("Rendering Failure", "the template could not be rendered", "other", "undefined", "unknown"),
  row(
    "Subscription",
    "the recipient changed a subscription preference",
    "unsubscribed",
    "undefined",
    "unknown",
  ),
];

function readSes(body: unknown, context: ReadContext): ReadResult {
  const fields = new FieldReader(context.warnings, null);
  const snsType = fields.text(body, "Type");
  if (snsType === "SubscriptionConfirmation" || snsType === "UnsubscribeConfirmation") {
    return { events: [], subscription: subscriptionOf(body as JsonObject, snsType, fields) };
  }
  let message: unknown = body;
  if (snsType === "Notification") {
    const text = fields.raw(body, "Message");
    if (typeof text !== "string") {
      fields.missing("Message");
      return { events: [] };
    }
    try {
      message = JSON.parse(text);
    } catch {
      fields.note("malformedMessage", "Message is not JSON: not an SES notification");
      return { events: [] };
    }
  } else if (snsType !== null) {
    fields.note("unknownEvent", `SNS message type ${snsType}`);
    return { events: [] };
  }
  return { events: eventsOf(message, context) };
}

function subscriptionOf(
  body: JsonObject,
  type: SnsSubscriptionMessage["type"],
  fields: FieldReader,
): SnsSubscriptionMessage {
  return {
    type,
    topicArn: fields.text(body, "TopicArn"),
    subscribeUrl: fields.text(body, "SubscribeURL"),
    token: fields.text(body, "Token"),
    message: fields.text(body, "Message"),
    timestamp: fromDateText(fields.text(body, "Timestamp")),
  };
}

function eventsOf(message: unknown, context: ReadContext): EventFields[] {
  const fields = new FieldReader(context.warnings, 0);
  if (!isObject(message)) {
    fields.note("wrongType", "the SES notification is not an object");
    return [];
  }
  const kind = fields.text(message, "notificationType") ?? fields.text(message, "eventType");
  if (kind === null) {
    fields.missing("notificationType");
    return [];
  }
  const mail = fields.object(message, "mail");
  const common = {
    providerMessageId: fields.text(mail, "messageId"),
    messageId: originalMessageId(mail, fields),
  };
  const at = (object: JsonObject | null) => fromDateText(fields.text(object, "timestamp"));
  switch (kind) {
    case "Bounce": {
      const bounce = fields.object(message, "bounce");
      const category = `${fields.text(bounce, "bounceType") ?? "Undetermined"}/${fields.text(bounce, "bounceSubType") ?? "Undetermined"}`;
      const mapping = categoryIn(sesCategories, category);
      if (!mapping) fields.note("unknownCategory", `bounce category ${category}`);
      return recipients(fields.array(bounce, "bouncedRecipients"), context).map((recipient) => ({
        ...common,
        type: mapping?.type ?? "bounce",
        address: fields.text(recipient, "emailAddress"),
        timestamp: at(bounce),
        status: fields.text(recipient, "status"),
        diagnosticCode: fields.text(recipient, "diagnosticCode"),
        remoteMta: fields.text(bounce, "remoteMtaIp"),
        providerCategory: category,
        mapping,
      }));
    }
    case "Complaint": {
      const complaint = fields.object(message, "complaint");
      const feedback = fields.text(complaint, "complaintFeedbackType");
      const category = feedback === null ? "Complaint" : `Complaint/${feedback}`;
      return recipients(fields.array(complaint, "complainedRecipients"), context).map((recipient) => ({
        ...common,
        type: "complaint" as const,
        address: fields.text(recipient, "emailAddress"),
        timestamp: at(complaint),
        providerCategory: feedback ?? fields.text(complaint, "complaintSubType"),
        mapping: categoryIn(sesCategories, category),
      }));
    }
    case "Delivery": {
      const delivery = fields.object(message, "delivery");
      return recipients(fields.array(delivery, "recipients"), context).map((recipient) => ({
        ...common,
        type: "delivered" as const,
        address: typeof recipient === "string" ? recipient : null,
        timestamp: at(delivery),
        diagnosticCode: fields.text(delivery, "smtpResponse"),
        remoteMta: fields.text(delivery, "remoteMtaIp"),
        providerCategory: "Delivery",
        mapping: categoryIn(sesCategories, "Delivery"),
      }));
    }
    case "DeliveryDelay": {
      const delay = fields.object(message, "deliveryDelay");
      const category = `DeliveryDelay/${fields.text(delay, "delayType") ?? "Undetermined"}`;
      return recipients(fields.array(delay, "delayedRecipients"), context).map((recipient) => ({
        ...common,
        type: "delay" as const,
        address: fields.text(recipient, "emailAddress"),
        timestamp: at(delay),
        status: fields.text(recipient, "status"),
        diagnosticCode: fields.text(recipient, "diagnosticCode"),
        willRetryUntil: fromDateText(fields.text(delay, "expirationTime")),
        providerCategory: category,
        mapping: categoryIn(sesCategories, category),
      }));
    }
    default: {
      const mapping = categoryIn(sesCategories, kind);
      if (!mapping) fields.note("unknownEvent", `SES event type ${kind.slice(0, 64)}`);
      const detail = fields.object(message, kind === "Reject" ? "reject" : kind.toLowerCase());
      return recipients(fields.array(mail, "destination"), context).map((recipient) => ({
        ...common,
        type: mapping?.type ?? "other",
        address: typeof recipient === "string" ? recipient : null,
        timestamp: at(detail) ?? fromDateText(fields.text(mail, "timestamp")),
        providerCategory: kind === "Reject" ? (fields.text(detail, "reason") ?? kind) : kind,
        mapping,
      }));
    }
  }
}

function recipients(items: readonly unknown[], context: ReadContext): readonly unknown[] {
  return batchOf(items, context);
}

/** The original Message-ID: `commonHeaders.messageId`, else the `Message-ID` header. */
function originalMessageId(mail: JsonObject | null, fields: FieldReader): string | null {
  const common = fields.object(mail, "commonHeaders");
  const fromCommon = fields.text(common, "messageId");
  if (fromCommon !== null) return fromCommon;
  for (const header of fields.array(mail, "headers").slice(0, 200)) {
    const name = fields.text(header, "name");
    if (name !== null && name.toLowerCase() === "message-id") return fields.text(header, "value");
  }
  return null;
}

/** Amazon SES through SNS. */
export const ses: ProviderDefinition = {
  name: "ses",
  categories: sesCategories,
  read: readSes,
  recognises(body, headers) {
    if (headerOf(headers, "x-amz-sns-message-type") !== null) return true;
    if (!isObject(body)) return false;
    if (typeof body.TopicArn === "string" && typeof body.Type === "string") return true;
    return (
      isObject(body.mail) && (typeof body.notificationType === "string" || typeof body.eventType === "string")
    );
  },
  checkSignature: checkSnsSignature,
};
