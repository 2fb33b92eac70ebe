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
import { checkMailgunSignature } from "../verify/mailgun.js";

/**
 * Mailgun's webhooks: one JSON object per event, `{ signature, "event-data" }`. Source: Mailgun
 * "Webhooks" and "Events" documentation (`event`, `severity`, `reason`, `delivery-status`).
 */

const row = categoryRows("mailgun");

/** `severity/reason` of failed events, and event names. */
export const mailgunCategories: readonly CategoryMapping[] = [
  row("permanent/bounce", "the receiving server refused the message", "bounce", "undefined", "permanent"),
  row("permanent/generic", "a permanent failure of another kind", "bounce", "undefined", "permanent"),
  row("permanent/espblock", "blocked by the receiving ESP", "bounce", "blocked", "permanent"),
  row("permanent/old", "Mailgun gave up retrying: the message is too old", "bounce", "expired", "permanent"),
  row(
    "permanent/suppress-bounce",
    "not sent: the address bounced before",
    "dropped",
    "userUnknown",
    "permanent",
  ),
  row(
    "permanent/suppress-complaint",
    "not sent: the address complained before",
    "dropped",
    "undefined",
    "permanent",
  ),
  row(
    "permanent/suppress-unsubscribe",
    "not sent: the address unsubscribed",
    "dropped",
    "undefined",
    "permanent",
  ),
  row("temporary/generic", "a temporary failure; Mailgun retries", "delay", "undefined", "transient"),
  row(
    "temporary/espblock",
    "blocked by the receiving ESP for now; Mailgun retries",
    "delay",
    "blocked",
    "transient",
  ),
  row("delivered", "the receiving server accepted the message", "delivered", "delivered", "success"),
  row("rejected", "Mailgun refused to send the message", "dropped", "undefined", "permanent"),
  row("complained", "the recipient reported the message as spam", "complaint", "undefined", "unknown"),
  row("unsubscribed", "the recipient unsubscribed", "unsubscribed", "undefined", "unknown"),
  row("accepted", "Mailgun accepted the message for sending", "other", "undefined", "unknown"),
  row("opened", "the recipient opened the message", "other", "undefined", "unknown"),
  row("clicked", "the recipient clicked a link", "other", "undefined", "unknown"),
  row("stored", "Mailgun stored an incoming message", "other", "undefined", "unknown"),
];

function readMailgun(body: unknown, context: ReadContext): ReadResult {
  // One event per request; a list of bodies (as some tools forward them) is read item by item.
  const items = Array.isArray(body) ? batchOf(body, context) : [body];
  return {
    events: items.map((item, index) => {
      const fields = new FieldReader(context.warnings, index);
      const data = fields.object(item, "event-data") ?? (isObject(item) && "event" in item ? item : null);
      if (data === null) fields.missing("event-data");
      const event = fields.text(data, "event");
      const severity = fields.text(data, "severity");
      const reason = fields.text(data, "reason");
      const category = event === "failed" ? `${severity ?? "permanent"}/${reason ?? "generic"}` : event;
      const mapping = categoryIn(mailgunCategories, category);
      if (!mapping) fields.note("unknownEvent", `Mailgun event ${String(category).slice(0, 64)}`);
      const status = fields.object(data, "delivery-status");
      const headers = fields.object(fields.object(data, "message"), "headers");
      const messageId = fields.text(headers, "message-id");
      return {
        type: mapping?.type ?? (event === "failed" ? "bounce" : "other"),
        address: fields.text(data, "recipient"),
        timestamp: fromUnix(fields.number(data, "timestamp")),
        status: fields.text(status, "enhanced-code"),
        diagnosticCode: replyOf(
          fields.number(status, "code"),
          fields.text(status, "message") ?? fields.text(status, "description"),
        ),
        remoteMta: fields.text(status, "mx-host"),
        messageId,
        providerMessageId: messageId,
        providerCategory: category,
        mapping,
      };
    }),
  };
}

/** The reply as the server sent it: Mailgun splits the code from the text. */
function replyOf(code: number | null, text: string | null): string | null {
  if (text === null) return code === null || code === 0 ? null : String(code);
  if (code === null || code === 0 || text.startsWith(String(code))) return text;
  return `${code} ${text}`;
}

/** Mailgun's webhooks. */
export const mailgun: ProviderDefinition = {
  name: "mailgun",
  categories: mailgunCategories,
  read: readMailgun,
  recognises: (body) => isObject(body) && isObject(body["event-data"]) && isObject(body.signature),
  checkSignature: checkMailgunSignature,
};
