import {
  type DeliveryStatusFields,
  type DsnAction,
  type DsnField,
  type DsnFieldGroup,
  dsnActions,
  fieldValue,
  findField,
  readFieldGroups,
} from "@smtp-codes/core";
import { isoDate } from "../dates.js";
import type { MessageView } from "../message/view.js";
import { firstAddress, isAddress, normalizeAddress } from "./address.js";
import { emptyFacts, type ReaderResult, type RecipientFacts } from "./facts.js";
import { unquotedForward } from "./mta/engine.js";

/**
 * RFC 3464 delivery status notifications, and RFC 6533's `message/global-delivery-status`:
 * the per-message fields and one recipient per field group.
 */
export function readDeliveryStatusPart(view: MessageView, maxRecipients: number): ReaderResult | null {
  const body = view.deliveryStatus ?? embeddedDeliveryStatus(unquotedForward(view.text));
  if (body === null) return null;
  const fields = deliveryStatusFields(body, maxRecipients + 1);
  const recipients = fields.recipients.map(recipientOf).filter((facts) => facts.address !== null);
  return {
    format: "rfc3464",
    recipients,
    reportingMta: fieldValue(fields.message, "reporting-mta"),
    arrivalDate: isoDate(fieldValue(fields.message, "arrival-date")),
    envelopeId: fieldValue(fields.message, "original-envelope-id"),
  };
}

/** A comment after the status code: `(...)`, up to its closing parenthesis or the field's end. */
const statusComment = /^\s*\(([^)]{1,500})\)?/;
const classOnly =
  /^\s*(?:permanent|persistent|temporary|transient)?\s*(?:failure|error|success|delivered|delay(?:ed)?)\s*$/i;

function recipientOf(group: DsnFieldGroup): RecipientFacts {
  const final = findField(group, "final-recipient")?.value ?? "";
  const original = fieldValue(group, "original-recipient") ?? "";
  // A final recipient that is no address (a pipe, a file: Exim, Sendmail) is named by the original one
  const address = isAddress(final)
    ? final
    : isAddress(original)
      ? original
      : (firstAddress(final) ?? (final || original));
  const facts = emptyFacts(address ? normalizeAddress(address) : null);
  facts.originalRecipient = original ? normalizeAddress(original) : null;
  const action = fieldValue(group, "action")
    ?.toLowerCase()
    .split(/[\s(;]/)[0];
  facts.action = dsnActions.includes(action as DsnAction) ? (action as DsnAction) : null;
  const statusField = fieldValue(group, "status") ?? "";
  const status = /^[245]\.\d{1,3}\.\d{1,3}/.exec(statusField);
  facts.status = status ? status[0] : null;
  const comment = status ? statusComment.exec(statusField.slice(status[0].length)) : null;
  // "(permanent failure)" and the like only repeat the class; a comment that says more is kept
  if (comment?.[1] && !classOnly.test(comment[1])) facts.statusComment = comment[1].trim();
  facts.diagnosticCode = fieldValue(group, "diagnostic-code") || null;
  facts.remoteMta = fieldValue(group, "remote-mta") || null;
  facts.lastAttempt = isoDate(fieldValue(group, "last-attempt-date"));
  facts.willRetryUntil = isoDate(fieldValue(group, "will-retry-until"));
  return facts;
}

/**
 * DSN fields standing in the text itself, where the MIME structure is broken (boundaries that
 * are never declared or never used): from the first per-message or recipient field on.
 */
function embeddedDeliveryStatus(text: string): string | null {
  const start = /^(?:Reporting-MTA|Original-Envelope-Id|Final-Recipient|Original-Recipient):/im.exec(
    text.length > 262_144 ? text.slice(0, 262_144) : text,
  );
  if (!start || !/^Final-Recipient:/im.test(text.slice(start.index))) return null;
  return text.slice(start.index);
}

/** The fields of a recipient's group (RFC 3464 section 2.3), whichever order an MTA writes them in. */
const recipientFieldNames: ReadonlySet<string> = new Set([
  "action",
  "status",
  "remote-mta",
  "diagnostic-code",
  "last-attempt-date",
  "final-log-id",
  "will-retry-until",
]);

/** Fields that open a recipient's group. */
const recipientStarts: ReadonlySet<string> = new Set(["original-recipient", "final-recipient"]);

/**
 * The per-message fields and one group per recipient. A group (between blank lines) that names
 * a recipient owns all of its recipient fields, also those written before the recipient's
 * name (`Status:` and `Diagnostic-Code:` first, then `Final-Recipient:`): RFC 3464's grammar
 * lists the fields in an order that not every MTA keeps. A new `Final-Recipient` inside a group
 * starts a new recipient (groups written without the blank line between them).
 */
function deliveryStatusFields(body: string, maxGroups: number): DeliveryStatusFields {
  const message: DsnField[] = [];
  const recipients: DsnField[][] = [];
  for (const group of readFieldGroups(body, { maxGroups })) {
    const firstStart = group.findIndex((field) => recipientStarts.has(field.name));
    const leading = firstStart < 0 ? group : group.slice(0, firstStart);
    const ownedByRecipient = firstStart < 0 ? [] : leading.filter((f) => recipientFieldNames.has(f.name));
    for (const field of leading) if (!ownedByRecipient.includes(field)) message.push(field);
    let current: DsnField[] | null = null;
    for (const field of firstStart < 0 ? [] : group.slice(firstStart)) {
      const startsNew =
        recipientStarts.has(field.name) && (current === null || current.some((f) => f.name === field.name));
      if (startsNew) {
        if (recipients.length >= maxGroups) break;
        current = current === null ? [...ownedByRecipient] : [];
        recipients.push(current);
      }
      current?.push(field);
    }
  }
  return { message, recipients };
}
