import type { EventFields } from "./outcome.js";
import type { Warnings } from "./read.js";
import type { CategoryMapping, SnsSubscriptionMessage, WebhookProvider } from "./types.js";
import type { Credentials, SignatureCheck, VerifyInput } from "./verify/types.js";

/** What a provider's reader gets besides the body. */
export interface ReadContext {
  readonly warnings: Warnings;
  /** At most this many events are read. */
  readonly maxEvents: number;
}

/** What a provider's reader found in a body. */
export interface ReadResult {
  readonly events: readonly EventFields[];
  readonly subscription?: SnsSubscriptionMessage | null;
}

/**
 * Everything this package knows about one provider, in that provider's file: how to read its
 * payloads, its category table, how to recognise a body of it, and how it signs requests.
 */
export interface ProviderDefinition {
  readonly name: WebhookProvider;
  /** Its classifications and what they mean in our vocabulary. */
  readonly categories: readonly CategoryMapping[];
  /** Reads a parsed JSON body. Never throws: what cannot be read becomes a warning. */
  read(body: unknown, context: ReadContext): ReadResult;
  /** Whether a parsed body (and its headers) looks like this provider's. */
  recognises(body: unknown, headers: VerifyInput["headers"]): boolean;
  /** Checks the request's signature or credentials; freshness and replay are checked by the caller. */
  checkSignature(
    input: VerifyInput,
    credentials: Credentials,
    now: number,
  ): Promise<SignatureCheck> | SignatureCheck;
}

/** Builds the rows of one provider's category table. */
export function categoryRows(provider: WebhookProvider) {
  return (
    category: string,
    description: string,
    type: CategoryMapping["type"],
    reason: CategoryMapping["reason"],
    severity: CategoryMapping["severity"],
  ): CategoryMapping => ({ provider, category, description, type, reason, severity });
}

/** The row of a category table named `category`, or `undefined`. */
export function categoryIn(
  categories: readonly CategoryMapping[],
  category: string | null,
): CategoryMapping | undefined {
  if (category === null) return undefined;
  return categories.find((row) => row.category === category);
}

/** The items of a batch, at most `maxEvents` of them, with a warning for the rest. */
export function batchOf(items: readonly unknown[], context: ReadContext): readonly unknown[] {
  if (items.length <= context.maxEvents) return items;
  context.warnings.add(
    "tooManyEvents",
    `${items.length} events in one body: read the first ${context.maxEvents}`,
  );
  return items.slice(0, context.maxEvents);
}
