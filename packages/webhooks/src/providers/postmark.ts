import {
  batchOf,
  categoryIn,
  categoryRows,
  type ProviderDefinition,
  type ReadContext,
  type ReadResult,
} from "../provider.js";
import { FieldReader, isObject } from "../read.js";
import { fromDateText } from "../timestamps.js";
import type { CategoryMapping } from "../types.js";
import { checkSharedSecret } from "../verify/shared-secret.js";

/**
 * Postmark's webhooks: one JSON object per event, told apart by `RecordType`. Source: Postmark
 * "Webhooks" (bounce, delivery, spam complaint, subscription change) and "Bounce types".
 */

const row = categoryRows("postmark");

/** Bounce `Type`s and record types. */
export const postmarkCategories: readonly CategoryMapping[] = [
  row("HardBounce", "unknown user, mailbox not found", "bounce", "userUnknown", "permanent"),
  row("Transient", "delayed, for example by network troubles", "delay", "undefined", "transient"),
  row("Unsubscribe", "an unsubscribe request", "unsubscribed", "undefined", "unknown"),
  row("Subscribe", "a subscribe request", "other", "undefined", "unknown"),
  row("AutoResponder", "an automatic reply (vacation, out of office)", "autoReply", "undefined", "unknown"),
  row("AddressChange", "the recipient asked for an address change", "bounce", "hasMoved", "permanent"),
  row("DnsError", "a temporary DNS error", "bounce", "networkError", "transient"),
  row("SpamNotification", "blocked as spam, bulk or refused content", "bounce", "spamDetected", "permanent"),
  row("OpenRelayTest", "an open relay test", "other", "undefined", "unknown"),
  row("Unknown", "Postmark could not classify it", "bounce", "undefined", "unknown"),
  row("SoftBounce", "temporarily undeliverable (mailbox full ...)", "bounce", "undefined", "transient"),
  row("VirusNotification", "a virus was found in the message", "bounce", "virusDetected", "permanent"),
  row("ChallengeVerification", "a challenge-response request", "autoReply", "undefined", "unknown"),
  row("BadEmailAddress", "not a valid address", "dropped", "syntaxError", "permanent"),
  row("SpamComplaint", "the recipient reported the message as spam", "complaint", "undefined", "unknown"),
  row("ManuallyDeactivated", "the address was deactivated by hand", "dropped", "undefined", "permanent"),
  row("Unconfirmed", "the sender signature is not confirmed", "dropped", "senderRejected", "permanent"),
  row("Blocked", "blocked by the receiving ISP", "bounce", "blocked", "permanent"),
  row("SMTPApiError", "an error of Postmark's SMTP API", "dropped", "protocolError", "permanent"),
  row("InboundError", "an inbound processing error", "other", "undefined", "unknown"),
  row("DMARCPolicy", "refused for the sender domain's DMARC policy", "bounce", "authFailure", "permanent"),
  row("TemplateRenderingFailed", "the template could not be rendered", "dropped", "undefined", "permanent"),
  row("Delivery", "the receiving server accepted the message", "delivered", "delivered", "success"),
  row("Open", "the recipient opened the message", "other", "undefined", "unknown"),
  row("Click", "the recipient clicked a link", "other", "undefined", "unknown"),
  row(
    "SubscriptionChange",
    "sending to the address was suppressed or reactivated",
    "unsubscribed",
    "undefined",
    "unknown",
  ),
];

function readPostmark(body: unknown, context: ReadContext): ReadResult {
  const items = Array.isArray(body) ? batchOf(body, context) : [body];
  return {
    events: items.map((item, index) => {
      const fields = new FieldReader(context.warnings, index);
      if (!isObject(item)) fields.note("wrongType", "a Postmark event is an object");
      const record = fields.text(item, "RecordType");
      if (record === null) fields.missing("RecordType", item);
      const category = record === "Bounce" ? (fields.text(item, "Type") ?? "Unknown") : record;
      const mapping = categoryIn(postmarkCategories, category);
      if (!mapping) fields.note("unknownEvent", `Postmark record ${String(category).slice(0, 64)}`);
      const suppressed = record === "SubscriptionChange" ? fields.boolean(item, "SuppressSending") : null;
      return {
        type: suppressed === false ? ("other" as const) : (mapping?.type ?? "other"),
        address: fields.text(item, "Email") ?? fields.text(item, "Recipient"),
        timestamp: fromDateText(
          fields.text(item, "BouncedAt") ??
            fields.text(item, "DeliveredAt") ??
            fields.text(item, "ReceivedAt") ??
            fields.text(item, "ChangedAt"),
        ),
        diagnosticCode: record === "Bounce" || record === "Delivery" ? fields.text(item, "Details") : null,
        providerMessageId: fields.text(item, "MessageID"),
        providerCategory:
          record === "SubscriptionChange" ? (fields.text(item, "SuppressionReason") ?? category) : category,
        mapping,
      };
    }),
  };
}

/** Postmark's webhooks (authenticated by basic auth or a custom header). */
export const postmark: ProviderDefinition = {
  name: "postmark",
  categories: postmarkCategories,
  read: readPostmark,
  recognises: (body) => isObject(body) && typeof body.RecordType === "string",
  checkSignature: checkSharedSecret,
};
