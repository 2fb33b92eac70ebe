import { outcomeOf, withSafeAddress } from "./outcome.js";
import { providers } from "./providers/index.js";
import { Warnings } from "./read.js";
import {
  isWebhookProvider,
  type ParsedWebhook,
  type ParseWebhookOptions,
  type WebhookProvider,
} from "./types.js";
import { bodyText } from "./verify/compare.js";

/**
 * Why a body could not be read at all.
 *
 * @example
 * try { parseWebhook("sendgrid", "[{"); } catch (error) { (error as WebhookParseError).code; } // "invalidJson"
 */
export class WebhookParseError extends Error {
  override readonly name = "WebhookParseError";
  constructor(
    message: string,
    /** `unknownProvider`, `invalidJson` or `tooLarge`. */
    readonly code: "unknownProvider" | "invalidJson" | "tooLarge",
  ) {
    super(message);
  }
}

/**
 * The largest body `parseWebhook` reads as text (10 MiB); the handler's own limit is lower.
 *
 * @example
 * maxBodyLength; // 10485760
 */
export const maxBodyLength = 10 * 1024 * 1024;

/**
 * Reads a provider's webhook body into the shared `RecipientOutcome`s, one per recipient and
 * event, each explained by core: from the remote server's reply when the event carries one,
 * else from the provider's category. `body` is the raw text (or bytes) or the parsed JSON.
 * Fields that are missing or of the wrong type give warnings, never a throw; a body that is not
 * JSON, or an unknown provider, throws a `WebhookParseError`. Does not verify: call
 * `verifyWebhook` first.
 *
 * @example
 * const { events } = parseWebhook("sendgrid", [
 *   { email: "ann@example.com", event: "bounce", type: "bounce", status: "5.1.1", reason: "550 5.1.1 no such user", timestamp: 1764547200, sg_message_id: "m1" },
 * ]);
 * events[0].type;               // "bounce"
 * events[0].explanation.reason; // "userUnknown"
 * @throws {WebhookParseError} for an unknown provider or a body that is not JSON.
 */
export function parseWebhook(
  provider: WebhookProvider,
  body: unknown,
  options: ParseWebhookOptions = {},
): ParsedWebhook {
  if (!isWebhookProvider(provider)) {
    throw new WebhookParseError(
      `unknown provider ${JSON.stringify(String(provider)).slice(0, 80)}`,
      "unknownProvider",
    );
  }
  const json = typeof body === "string" || body instanceof Uint8Array ? parseJson(body) : body;
  const warnings = new Warnings();
  const maxEvents = Math.max(0, Math.floor(options.maxEvents ?? 10_000));
  const result = providers[provider].read(json, { warnings, maxEvents });
  let fields = result.events;
  if (fields.length > maxEvents) {
    warnings.add("tooManyEvents", `${fields.length} events in one body: kept the first ${maxEvents}`);
    fields = fields.slice(0, maxEvents);
  }
  return {
    provider,
    events: fields.map((event, position) =>
      outcomeOf(provider, withSafeAddress(event, position, warnings), options.locale),
    ),
    warnings: warnings.done(),
    subscription: result.subscription ?? null,
  };
}

function parseJson(body: string | Uint8Array): unknown {
  if (body.length > maxBodyLength) throw new WebhookParseError("the body is larger than 10 MiB", "tooLarge");
  try {
    return JSON.parse(bodyText(body));
  } catch {
    throw new WebhookParseError("the body is not JSON", "invalidJson");
  }
}
