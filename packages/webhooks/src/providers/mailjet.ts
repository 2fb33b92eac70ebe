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
import { checkSharedSecret } from "../verify/shared-secret.js";

/**
 * Mailjet's event API: one JSON object per event, or an array of them when grouping is on.
 * Source: Mailjet "Event API: real-time notifications" (event types and the table of
 * `error_related_to` / `error` values).
 */

const row = categoryRows("mailjet");

/** `error` values of bounce and blocked events, and event names. */
export const mailjetCategories: readonly CategoryMapping[] = [
  row("user unknown", "recipient: the address does not exist", "bounce", "userUnknown", "permanent"),
  row("mailbox inactive", "recipient: the mailbox is inactive", "bounce", "mailboxDisabled", "permanent"),
  row("quota exceeded", "recipient: the mailbox is full", "bounce", "mailboxFull", "transient"),
  row("blacklisted", "recipient: the address is blocklisted at Mailjet", "dropped", "undefined", "permanent"),
  row("spam reporter", "recipient: the address reported spam before", "dropped", "undefined", "permanent"),
  row("invalid domain", "domain: the domain does not exist", "bounce", "hostUnknown", "permanent"),
  row("no mail host", "domain: the domain has no mail server", "bounce", "hostUnknown", "permanent"),
  row("relay/access denied", "domain: the server refused to relay", "bounce", "relayDenied", "permanent"),
  row("greylisted", "domain: greylisted, retried later", "bounce", "greylisted", "transient"),
  row("typofix", "domain: a typing error in the domain", "bounce", "hostUnknown", "permanent"),
  row(
    "bad or empty template",
    "content: the template is empty or broken",
    "dropped",
    "contentError",
    "permanent",
  ),
  row(
    "error in template language",
    "content: the template language has an error",
    "dropped",
    "contentError",
    "permanent",
  ),
  row(
    "sender blocked",
    "spam: the sender is blocked by the recipient's server",
    "bounce",
    "blocked",
    "permanent",
  ),
  row("content blocked", "spam: the content was refused as spam", "bounce", "spamDetected", "permanent"),
  row("policy issue", "spam: refused by the recipient's policy", "bounce", "policyViolation", "permanent"),
  row("system issue", "system: a problem of the receiving server", "bounce", "systemError", "transient"),
  row("protocol issue", "system: an SMTP protocol problem", "bounce", "protocolError", "transient"),
  row("connection issue", "system: the connection failed", "bounce", "networkError", "transient"),
  row(
    "preblocked",
    "mailjet: refused before sending (known bad address)",
    "dropped",
    "undefined",
    "permanent",
  ),
  row(
    "duplicate in campaign",
    "mailjet: the address is twice in the campaign",
    "dropped",
    "undefined",
    "permanent",
  ),
  row("sent", "the receiving server accepted the message", "delivered", "delivered", "success"),
  row("bounce", "the receiving server refused the message", "bounce", "undefined", "permanent"),
  row("blocked", "Mailjet did not send the message", "dropped", "undefined", "permanent"),
  row("spam", "the recipient reported the message as spam", "complaint", "undefined", "unknown"),
  row("unsub", "the recipient unsubscribed", "unsubscribed", "undefined", "unknown"),
  row("open", "the recipient opened the message", "other", "undefined", "unknown"),
  row("click", "the recipient clicked a link", "other", "undefined", "unknown"),
];

const eventTypes: Readonly<Record<string, CategoryMapping["type"]>> = {
  sent: "delivered",
  bounce: "bounce",
  blocked: "dropped",
  spam: "complaint",
  unsub: "unsubscribed",
};

function readMailjet(body: unknown, context: ReadContext): ReadResult {
  const items = Array.isArray(body) ? batchOf(body, context) : [body];
  return {
    events: items.map((item, index) => {
      const fields = new FieldReader(context.warnings, index);
      const event = fields.text(item, "event");
      if (event === null) fields.missing("event", item);
      const error = fields.text(item, "error");
      const mapping = categoryIn(mailjetCategories, error) ?? categoryIn(mailjetCategories, event);
      if (!mapping) fields.note("unknownEvent", `Mailjet event ${String(event).slice(0, 64)}`);
      return {
        type: (event !== null && eventTypes[event]) || "other",
        address: fields.text(item, "email"),
        timestamp: fromUnix(fields.number(item, "time")),
        diagnosticCode: event === "sent" ? replyOf(fields.text(item, "smtp_reply")) : null,
        providerMessageId: fields.text(item, "MessageID") ?? fields.text(item, "Message_GUID"),
        providerCategory: error ?? event,
        mapping,
      };
    }),
  };
}

/** Mailjet writes `sent (250 2.0.0 OK ...)`: the reply is inside the parentheses. */
function replyOf(text: string | null): string | null {
  if (text === null) return null;
  const inner = /^\w+ \((.*)\)$/s.exec(text);
  return inner?.[1] ?? text;
}

/** Mailjet's event API (authenticated by basic auth in the endpoint URL). */
export const mailjet: ProviderDefinition = {
  name: "mailjet",
  categories: mailjetCategories,
  read: readMailjet,
  recognises(body) {
    const first = Array.isArray(body) ? body[0] : body;
    return (
      isObject(first) &&
      typeof first.event === "string" &&
      ("mj_contact_id" in first || "Message_GUID" in first)
    );
  },
  checkSignature: checkSharedSecret,
};
