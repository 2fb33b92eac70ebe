import { headerOf } from "../headers.js";
import {
  batchOf,
  categoryIn,
  categoryRows,
  type ProviderDefinition,
  type ReadContext,
  type ReadResult,
} from "../provider.js";
import { FieldReader, isObject } from "../read.js";
import { fromUnix } from "../timestamps.js";
import type { CategoryMapping } from "../types.js";
import { checkSendgridSignature, sendgridSignatureHeader } from "../verify/sendgrid.js";

/**
 * SendGrid's event webhook: a JSON array of events. Source: Twilio SendGrid "Event Webhook
 * Reference" (delivery and engagement events, `bounce_classification`) and "Bounce and Block
 * classifications".
 */

const row = categoryRows("sendgrid");

/** Bounce classifications, bounce types, drop reasons and event names. */
export const sendgridCategories: readonly CategoryMapping[] = [
  row(
    "Invalid Address",
    "the address does not exist or cannot receive mail",
    "bounce",
    "userUnknown",
    "permanent",
  ),
  row(
    "Mailbox Unavailable",
    "the mailbox is unavailable for now (full, disabled)",
    "bounce",
    "mailboxDisabled",
    "transient",
  ),
  row("Technical", "a technical problem on the receiving side", "bounce", "systemError", "transient"),
  row("Technical Failure", "a technical problem on the receiving side", "bounce", "systemError", "transient"),
  row("Content", "the content was refused (spam filter)", "bounce", "spamDetected", "permanent"),
  row("Reputation", "refused for the sender's reputation", "bounce", "badReputation", "permanent"),
  row("Frequency or Volume", "too much mail too fast", "bounce", "rateLimited", "transient"),
  row("Frequency or Volume Too High", "too much mail too fast", "bounce", "rateLimited", "transient"),
  row("Unclassified", "SendGrid could not classify the bounce", "bounce", "undefined", "permanent"),
  row("bounce", "the receiving server refused the message", "bounce", "undefined", "permanent"),
  row("blocked", "the receiving server blocked the message for now", "bounce", "blocked", "transient"),
  row("deferred", "the receiving server deferred the message", "delay", "undefined", "transient"),
  row("delivered", "the receiving server accepted the message", "delivered", "delivered", "success"),
  row("Bounced Address", "dropped: the address bounced before", "dropped", "userUnknown", "permanent"),
  row("Invalid", "dropped: not a valid address", "dropped", "syntaxError", "permanent"),
  row("Spam Content", "dropped by the spam checker", "dropped", "spamDetected", "permanent"),
  row("Unsubscribed Address", "dropped: the address unsubscribed", "dropped", "undefined", "permanent"),
  row(
    "Spam Reporting Address",
    "dropped: the address reported spam before",
    "dropped",
    "undefined",
    "permanent",
  ),
  row("dropped", "dropped for another reason", "dropped", "undefined", "permanent"),
  row("spamreport", "the recipient reported the message as spam", "complaint", "undefined", "unknown"),
  row("unsubscribe", "the recipient unsubscribed", "unsubscribed", "undefined", "unknown"),
  row("group_unsubscribe", "the recipient unsubscribed from a group", "unsubscribed", "undefined", "unknown"),
  row("group_resubscribe", "the recipient subscribed to a group again", "other", "undefined", "unknown"),
  row("processed", "SendGrid accepted the message for sending", "other", "undefined", "unknown"),
  row("open", "the recipient opened the message", "other", "undefined", "unknown"),
  row("click", "the recipient clicked a link", "other", "undefined", "unknown"),
];

function readSendgrid(body: unknown, context: ReadContext): ReadResult {
  if (!Array.isArray(body)) {
    new FieldReader(context.warnings, null).note("wrongType", "a SendGrid body is an array of events");
    return { events: isObject(body) ? eventsOf([body], context) : [] };
  }
  return { events: eventsOf(batchOf(body, context), context) };
}

function eventsOf(items: readonly unknown[], context: ReadContext) {
  return items.map((item, index) => {
    const fields = new FieldReader(context.warnings, index);
    const event = fields.text(item, "event");
    if (event === null) fields.missing("event", item);
    const categoryName =
      event === "bounce"
        ? (fields.text(item, "bounce_classification") ?? fields.text(item, "type") ?? "bounce")
        : event === "dropped"
          ? (fields.text(item, "reason") ?? "dropped")
          : event;
    const mapping =
      categoryIn(sendgridCategories, categoryName) ??
      (event === "bounce"
        ? categoryIn(sendgridCategories, fields.text(item, "type") ?? "bounce")
        : undefined) ??
      categoryIn(sendgridCategories, event);
    if (!mapping) fields.note("unknownEvent", `SendGrid event ${String(event).slice(0, 64)}`);
    const reply = event === "bounce" || event === "deferred" ? fields.text(item, "reason") : null;
    return {
      type: mapping?.type ?? "other",
      address: fields.text(item, "email"),
      timestamp: fromUnix(fields.number(item, "timestamp")),
      status: fields.text(item, "status"),
      diagnosticCode:
        reply ?? (event === "delivered" || event === "deferred" ? fields.text(item, "response") : null),
      messageId: fields.text(item, "smtp-id"),
      providerMessageId: fields.text(item, "sg_message_id"),
      providerCategory: categoryName,
      mapping,
    };
  });
}

/** SendGrid's event webhook. */
export const sendgrid: ProviderDefinition = {
  name: "sendgrid",
  categories: sendgridCategories,
  read: readSendgrid,
  recognises(body, headers) {
    if (headerOf(headers, sendgridSignatureHeader) !== null) return true;
    const first = Array.isArray(body) ? body[0] : undefined;
    return (
      isObject(first) &&
      typeof first.event === "string" &&
      ("sg_event_id" in first || "sg_message_id" in first)
    );
  },
  checkSignature: checkSendgridSignature,
};
