import { headerOf } from "../headers.js";
import {
  categoryIn,
  categoryRows,
  type ProviderDefinition,
  type ReadContext,
  type ReadResult,
} from "../provider.js";
import { FieldReader, isObject } from "../read.js";
import { fromDateText } from "../timestamps.js";
import type { CategoryMapping } from "../types.js";
import { checkSvixSignature } from "../verify/svix.js";
import { sesCategories } from "./ses.js";

/**
 * Resend's webhooks: `{ type, created_at, data }`, signed through Svix. Source: Resend
 * "Webhooks" event pages (`email.bounced` carries `data.bounce` with `type`, `subType` and
 * `message`, Amazon SES's bounce classification).
 */

const row = categoryRows("resend");

/** Event types, and the bounce `type/subType`s, which are Amazon SES's. */
export const resendCategories: readonly CategoryMapping[] = [
  ...sesCategories
    .filter((ses) => /^(Permanent|Transient|Undetermined)\//.test(ses.category))
    .map((ses) => ({ ...ses, provider: "resend" as const })),
  row("email.bounced", "the receiving server refused the message", "bounce", "undefined", "permanent"),
  row("email.delivered", "the receiving server accepted the message", "delivered", "delivered", "success"),
  row("email.delivery_delayed", "delivery is delayed; Resend retries", "delay", "undefined", "transient"),
  row("email.complained", "the recipient reported the message as spam", "complaint", "undefined", "unknown"),
  row("email.failed", "Resend could not send the message", "dropped", "undefined", "permanent"),
  row(
    "email.suppressed",
    "not sent: the address is on the suppression list",
    "dropped",
    "undefined",
    "permanent",
  ),
  row("email.sent", "Resend sent the message", "other", "undefined", "unknown"),
  row("email.scheduled", "the message is scheduled", "other", "undefined", "unknown"),
  row("email.opened", "the recipient opened the message", "other", "undefined", "unknown"),
  row("email.clicked", "the recipient clicked a link", "other", "undefined", "unknown"),
  row("contact.updated", "a contact changed (for example unsubscribed)", "other", "undefined", "unknown"),
];

function readResend(body: unknown, context: ReadContext): ReadResult {
  const fields = new FieldReader(context.warnings, 0);
  const type = fields.text(body, "type");
  if (type === null) fields.missing("type", body);
  const data = fields.object(body, "data");
  if (data === null) fields.missing("data", body);
  const bounce = fields.object(data, "bounce");
  const bounceCategory =
    bounce === null
      ? null
      : `${fields.text(bounce, "type") ?? "Undetermined"}/${fields.text(bounce, "subType") ?? "Undetermined"}`;
  const category = bounceCategory ?? type;
  const mapping = categoryIn(resendCategories, category) ?? categoryIn(resendCategories, type);
  if (!mapping) fields.note("unknownEvent", `Resend event ${String(type).slice(0, 64)}`);
  const eventType =
    type === "email.bounced"
      ? "bounce"
      : (categoryIn(resendCategories, type)?.type ?? mapping?.type ?? "other");
  const toField = fields.raw(data, "to");
  const recipients = (Array.isArray(toField) ? toField : [toField]).slice(0, context.maxEvents);
  return {
    events: recipients.map((recipient) => ({
      type: bounceCategory !== null && mapping?.type === "dropped" ? "dropped" : eventType,
      address: typeof recipient === "string" ? recipient : null,
      timestamp: fromDateText(fields.text(body, "created_at") ?? fields.text(data, "created_at")),
      diagnosticCode: fields.text(bounce, "message") ?? fields.text(fields.object(data, "failed"), "reason"),
      providerMessageId: fields.text(data, "email_id"),
      providerCategory: category,
      mapping,
    })),
  };
}

/** Resend's webhooks. */
export const resend: ProviderDefinition = {
  name: "resend",
  categories: resendCategories,
  read: readResend,
  recognises(body, headers) {
    if (headerOf(headers, "svix-id") !== null) return true;
    return (
      isObject(body) && typeof body.type === "string" && body.type.startsWith("email.") && isObject(body.data)
    );
  },
  checkSignature: checkSvixSignature,
};
