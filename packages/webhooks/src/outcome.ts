import type { Locale } from "@smtp-codes/core";
import {
  type DsnAction,
  type Explanation,
  explain,
  isSafeAddress,
  isValidEnhancedCode,
  type OutcomeType,
  type RecipientOutcome,
  type SmtpCommand,
  safeText,
} from "@smtp-codes/core";
import { explainCategory, localeOption } from "./category-explanation.js";
import type { Warnings } from "./read.js";
import type { CategoryMapping, WebhookProvider } from "./types.js";

/** What a provider reader found in one event for one recipient. */
export interface EventFields {
  readonly type: OutcomeType;
  readonly address: string | null;
  readonly timestamp: string | null;
  readonly status?: string | null;
  readonly diagnosticCode?: string | null;
  readonly remoteMta?: string | null;
  readonly command?: SmtpCommand | null;
  readonly willRetryUntil?: string | null;
  readonly messageId?: string | null;
  readonly providerMessageId?: string | null;
  readonly providerCategory?: string | null;
  /** The row of the provider's category table the event falls under, if any. */
  readonly mapping?: CategoryMapping | undefined;
}

const actionOfType: Partial<Record<OutcomeType, DsnAction>> = {
  bounce: "failed",
  dropped: "failed",
  delay: "delayed",
  delivered: "delivered",
};

/** The shared `RecipientOutcome` of one event, explained. */
export function outcomeOf(
  provider: WebhookProvider,
  fields: EventFields,
  locale: Locale | undefined,
): RecipientOutcome {
  const diagnosticCode = fields.diagnosticCode ?? null;
  const status = fields.status && isValidEnhancedCode(fields.status) ? fields.status : null;
  const explanation = explanationOf(fields, diagnosticCode, status, locale);
  return {
    source: "webhook",
    type: fields.type,
    address: normalizeAddress(fields.address),
    originalRecipient: null,
    action: actionOfType[fields.type] ?? null,
    status: status ?? explanation.enhanced,
    diagnosticCode,
    remoteMta: fields.remoteMta ?? null,
    command: fields.command ?? null,
    timestamp: fields.timestamp,
    lastAttempt: null,
    willRetryUntil: fields.willRetryUntil ?? null,
    messageId: normalizeMessageId(fields.messageId ?? null),
    provider,
    providerMessageId: fields.providerMessageId ?? null,
    providerCategory: fields.providerCategory ?? fields.mapping?.category ?? null,
    explanation,
  };
}

/**
 * The server's own reply says most; a bare status code next; the provider's category after
 * that; with none of them, an explanation that says nothing is known.
 */
function explanationOf(
  fields: EventFields,
  diagnosticCode: string | null,
  status: string | null,
  locale: Locale | undefined,
): Explanation {
  const options = { ...localeOption(locale), ...(fields.command ? { command: fields.command } : {}) };
  if (diagnosticCode !== null) {
    const fromReply = explain(diagnosticCode, options);
    if (fromReply.reason !== "undefined" || !fields.mapping) return fromReply;
  }
  if (status !== null) {
    const fromStatus = explain(status, options);
    if (fromStatus.reason !== "undefined" || !fields.mapping) return fromStatus;
  }
  if (fields.mapping) return explainCategory(fields.mapping, locale);
  return explain("", localeOption(locale));
}

/**
 * The event's fields with an address that holds control, bidirectional or invisible characters
 * (core's `isSafeAddress`) taken out, and an `unsafeAddress` warning that names it escaped: such
 * a text is no address, and a payload's sender should not hand one to a suppression list or a
 * terminal. The event is kept, with `address: null`.
 */
export function withSafeAddress(fields: EventFields, position: number, warnings: Warnings): EventFields {
  // white space around an address is trimmed first (a line break there is harmless)
  const address = normalizeAddress(fields.address);
  if (address === null || isSafeAddress(address)) return fields;
  warnings.add(
    "unsafeAddress",
    `events[${position}]: the address <${safeText(address, maxWarnedAddressLength)}> holds control or bidirectional characters; it is no address and was left out`,
  );
  return { ...fields, address: null };
}

/** Longest address named in a warning: RFC 5321's limit of a path. */
const maxWarnedAddressLength = 320;

/** The address trimmed, its domain lower-cased; `null` for an empty one. */
export function normalizeAddress(address: string | null): string | null {
  if (address === null) return null;
  const trimmed = address.trim().replace(/^<(.*)>$/, "$1");
  if (trimmed.length === 0) return null;
  const at = trimmed.lastIndexOf("@");
  return at < 0 ? trimmed : trimmed.slice(0, at + 1) + trimmed.slice(at + 1).toLowerCase();
}

/** A Message-ID without its angle brackets. */
export function normalizeMessageId(messageId: string | null): string | null {
  if (messageId === null) return null;
  const trimmed = messageId.trim().replace(/^<(.*)>$/, "$1");
  return trimmed.length === 0 ? null : trimmed;
}
