import type { Locale, OutcomeType, Reason, RecipientOutcome, Severity } from "@smtp-codes/core";

/** The providers whose webhooks this package reads. */
export type WebhookProvider =
  | "ses"
  | "sendgrid"
  | "mailgun"
  | "postmark"
  | "sparkpost"
  | "resend"
  | "mailjet"
  | "brevo";

/**
 * Every `WebhookProvider`, in the order the README documents them.
 *
 * @example
 * webhookProviders.length; // 8
 */
export const webhookProviders: readonly WebhookProvider[] = [
  "ses",
  "sendgrid",
  "mailgun",
  "postmark",
  "sparkpost",
  "resend",
  "mailjet",
  "brevo",
];

/**
 * Whether a value names a provider this package knows.
 *
 * @example
 * isWebhookProvider("mailgun"); // true
 * isWebhookProvider("mandrill"); // false
 */
export function isWebhookProvider(value: unknown): value is WebhookProvider {
  return typeof value === "string" && (webhookProviders as readonly string[]).includes(value);
}

/** Something in a payload that could not be read as the provider documents it. */
export interface WebhookWarning {
  /** A stable code: `missingField`, `wrongType`, `unknownEvent`, `invalidTimestamp`, `truncated` ... */
  readonly code: string;
  /** What was wrong, for people. */
  readonly message: string;
  /** The index of the event in the batch, when the warning is about one event. */
  readonly index: number | null;
}

/**
 * An Amazon SNS subscription (or unsubscription) confirmation. It is surfaced, never acted on:
 * to subscribe, the caller fetches `subscribeUrl` (after checking `topicArn`) itself.
 */
export interface SnsSubscriptionMessage {
  readonly type: "SubscriptionConfirmation" | "UnsubscribeConfirmation";
  readonly topicArn: string | null;
  readonly subscribeUrl: string | null;
  readonly token: string | null;
  readonly message: string | null;
  readonly timestamp: string | null;
}

/** What `parseWebhook` read from one request body. */
export interface ParsedWebhook {
  readonly provider: WebhookProvider;
  /** One outcome per recipient and event, in the payload's order. */
  readonly events: readonly RecipientOutcome[];
  /** What could not be read; the events hold whatever could. */
  readonly warnings: readonly WebhookWarning[];
  /** An SNS subscription confirmation, for `ses`; `null` otherwise. */
  readonly subscription: SnsSubscriptionMessage | null;
}

/** Options of `parseWebhook`. */
export interface ParseWebhookOptions {
  /** Language of the explanations' texts: `"en"` (default) or `"de"`. */
  readonly locale?: Locale;
  /** At most this many events are read from one batch (default 10 000); the rest gives a warning. */
  readonly maxEvents?: number;
}

/**
 * One row of a provider's category table: what one of its classifications means in our
 * vocabulary. Data, reviewed like prose.
 */
export interface CategoryMapping {
  readonly provider: WebhookProvider;
  /** The provider's classification, spelled as in its payloads (`Permanent/NoEmail`, `10`). */
  readonly category: string;
  /** The provider's own words for it, or what its documentation says it means. */
  readonly description: string;
  /** The kind of event it reports. */
  readonly type: OutcomeType;
  /** Our reason for it. */
  readonly reason: Reason;
  /** Whether the provider treats it as final (`permanent`) or still retries (`transient`). */
  readonly severity: Extract<Severity, "permanent" | "transient" | "success" | "unknown">;
}
