import {
  batchOf,
  categoryIn,
  categoryRows,
  type ProviderDefinition,
  type ReadContext,
  type ReadResult,
} from "../provider.js";
import { FieldReader, isObject, type JsonObject } from "../read.js";
import { fromUnix } from "../timestamps.js";
import type { CategoryMapping } from "../types.js";
import { checkSharedSecret } from "../verify/shared-secret.js";

/**
 * SparkPost's webhooks: a JSON array of `{ msys: { <kind>_event: {...} } }`. Source: SparkPost
 * "Webhook event types" and "Bounce classification codes".
 */

const row = categoryRows("sparkpost");

/** Bounce classes (by number) and event types. */
export const sparkpostCategories: readonly CategoryMapping[] = [
  row("1", "Undetermined: the response text could not be identified", "bounce", "undefined", "unknown"),
  row("10", "Invalid Recipient", "bounce", "userUnknown", "permanent"),
  row("20", "Soft Bounce", "bounce", "undefined", "transient"),
  row("21", "DNS Failure", "bounce", "networkError", "transient"),
  row("22", "Mailbox Full", "bounce", "mailboxFull", "transient"),
  row("23", "Too Large", "bounce", "messageTooBig", "transient"),
  row("24", "Timeout", "bounce", "networkError", "transient"),
  row("25", "Admin Failure: refused by the sending policies", "bounce", "policyViolation", "permanent"),
  row("26", "Smart Send Suppression", "dropped", "undefined", "permanent"),
  row("30", "Generic Bounce: No RCPT", "bounce", "userUnknown", "permanent"),
  row("40", "Generic Bounce", "bounce", "undefined", "transient"),
  row("50", "Mail Block", "bounce", "blocked", "transient"),
  row("51", "Spam Block", "bounce", "blocked", "transient"),
  row("52", "Spam Content", "bounce", "spamDetected", "transient"),
  row("53", "Prohibited Attachment", "bounce", "contentError", "transient"),
  row("54", "Relaying Denied", "bounce", "relayDenied", "transient"),
  row("60", "Auto-Reply", "autoReply", "undefined", "unknown"),
  row("70", "Transient Failure", "bounce", "undefined", "transient"),
  row("80", "Subscribe", "other", "undefined", "unknown"),
  row("90", "Unsubscribe", "unsubscribed", "undefined", "unknown"),
  row("100", "Challenge-Response", "autoReply", "undefined", "unknown"),
  row("delivery", "the receiving server accepted the message", "delivered", "delivered", "success"),
  row("delay", "the receiving server deferred the message", "delay", "undefined", "transient"),
  row("policy_rejection", "SparkPost refused to send it", "dropped", "policyViolation", "permanent"),
  row("generation_failure", "the message could not be generated", "dropped", "undefined", "permanent"),
  row(
    "generation_rejection",
    "the message was refused while being generated",
    "dropped",
    "undefined",
    "permanent",
  ),
  row("spam_complaint", "the recipient reported the message as spam", "complaint", "undefined", "unknown"),
  row(
    "list_unsubscribe",
    "the recipient unsubscribed (List-Unsubscribe)",
    "unsubscribed",
    "undefined",
    "unknown",
  ),
  row("link_unsubscribe", "the recipient unsubscribed (a link)", "unsubscribed", "undefined", "unknown"),
  row("injection", "SparkPost accepted the message for sending", "other", "undefined", "unknown"),
  row("open", "the recipient opened the message", "other", "undefined", "unknown"),
  row("initial_open", "the recipient opened the message", "other", "undefined", "unknown"),
  row("click", "the recipient clicked a link", "other", "undefined", "unknown"),
];

function readSparkpost(body: unknown, context: ReadContext): ReadResult {
  const items = Array.isArray(body) ? batchOf(body, context) : [body];
  return {
    events: items.map((item, index) => {
      const fields = new FieldReader(context.warnings, index);
      const event = eventOf(fields.object(item, "msys"));
      if (event === null) fields.missing("msys.<kind>_event");
      const type = fields.text(event, "type");
      const bounceClass =
        type === "bounce" || type === "out_of_band" ? fields.text(event, "bounce_class") : null;
      const category = bounceClass ?? type;
      const mapping = categoryIn(sparkpostCategories, category);
      if (!mapping) fields.note("unknownEvent", `SparkPost event ${String(category).slice(0, 64)}`);
      return {
        type: mapping?.type ?? (bounceClass !== null ? "bounce" : "other"),
        address: fields.text(event, "rcpt_to") ?? fields.text(event, "raw_rcpt_to"),
        timestamp: fromUnix(fields.number(event, "timestamp")),
        diagnosticCode: fields.text(event, "raw_reason") ?? fields.text(event, "reason"),
        providerMessageId: fields.text(event, "message_id"),
        providerCategory: type === "spam_complaint" ? (fields.text(event, "fbtype") ?? category) : category,
        mapping,
      };
    }),
  };
}

/** The one `*_event` object inside `msys`. */
function eventOf(msys: JsonObject | null): JsonObject | null {
  if (msys === null) return null;
  for (const key of Object.keys(msys)) {
    const value = msys[key];
    if (key.endsWith("_event") && isObject(value)) return value;
  }
  return null;
}

/** SparkPost's webhooks (authenticated by basic auth or a token header). */
export const sparkpost: ProviderDefinition = {
  name: "sparkpost",
  categories: sparkpostCategories,
  read: readSparkpost,
  recognises: (body) => Array.isArray(body) && isObject(body[0]) && isObject(body[0].msys),
  checkSignature: checkSharedSecret,
};
