import {
  batchOf,
  categoryIn,
  categoryRows,
  type ProviderDefinition,
  type ReadContext,
  type ReadResult,
} from "../provider.js";
import { FieldReader, isObject } from "../read.js";
import { fromDateText, fromUnix } from "../timestamps.js";
import type { CategoryMapping } from "../types.js";
import { checkSharedSecret } from "../verify/shared-secret.js";

/**
 * Brevo's transactional webhooks: one JSON object per event (an array when batched). Source:
 * Brevo "Transactional webhooks" (event names and fields: `message-id`, `ts_event`, `reason`).
 */

const row = categoryRows("brevo");

/** Event names. */
export const brevoCategories: readonly CategoryMapping[] = [
  row(
    "hard_bounce",
    "the address or domain does not exist, or the server refuses for good",
    "bounce",
    "userUnknown",
    "permanent",
  ),
  row("soft_bounce", "a temporary failure (mailbox full, server down)", "bounce", "undefined", "transient"),
  row("blocked", "Brevo did not send it (blocklisted address)", "dropped", "undefined", "permanent"),
  row("invalid_email", "not a valid address", "dropped", "syntaxError", "permanent"),
  row("deferred", "the receiving server deferred the message", "delay", "undefined", "transient"),
  row("error", "Brevo could not send the message", "dropped", "undefined", "permanent"),
  row("delivered", "the receiving server accepted the message", "delivered", "delivered", "success"),
  row("spam", "the recipient reported the message as spam", "complaint", "undefined", "unknown"),
  row("complaint", "the recipient reported the message as spam", "complaint", "undefined", "unknown"),
  row("unsubscribed", "the recipient unsubscribed", "unsubscribed", "undefined", "unknown"),
  row("request", "Brevo accepted the message for sending", "other", "undefined", "unknown"),
  row("opened", "the recipient opened the message", "other", "undefined", "unknown"),
  row("unique_opened", "the recipient opened the message the first time", "other", "undefined", "unknown"),
  row("proxy_open", "opened through a proxy", "other", "undefined", "unknown"),
  row("click", "the recipient clicked a link", "other", "undefined", "unknown"),
];

function readBrevo(body: unknown, context: ReadContext): ReadResult {
  const items = Array.isArray(body) ? batchOf(body, context) : [body];
  return {
    events: items.map((item, index) => {
      const fields = new FieldReader(context.warnings, index);
      const event = fields.text(item, "event");
      if (event === null) fields.missing("event", item);
      const mapping = categoryIn(brevoCategories, event);
      if (!mapping) fields.note("unknownEvent", `Brevo event ${String(event).slice(0, 64)}`);
      const messageId = fields.text(item, "message-id");
      return {
        type: mapping?.type ?? "other",
        address: fields.text(item, "email"),
        timestamp:
          fromUnix(fields.number(item, "ts_epoch")) ??
          fromUnix(fields.number(item, "ts_event")) ??
          fromDateText(fields.text(item, "date")),
        diagnosticCode: fields.text(item, "reason"),
        messageId,
        providerMessageId: messageId,
        providerCategory: event,
        mapping,
      };
    }),
  };
}

/** Brevo's webhooks (authenticated by basic auth or a bearer token). */
export const brevo: ProviderDefinition = {
  name: "brevo",
  categories: brevoCategories,
  read: readBrevo,
  recognises(body) {
    const first = Array.isArray(body) ? body[0] : body;
    return (
      isObject(first) && typeof first.event === "string" && ("message-id" in first || "ts_event" in first)
    );
  },
  checkSignature: checkSharedSecret,
};
