import type { WebhookHeaders } from "./headers.js";
import { providers } from "./providers/index.js";
import { type WebhookProvider, webhookProviders } from "./types.js";

/**
 * Which provider sent a webhook, from its signature headers and the shape of its (parsed)
 * body; `null` when none fits. A guess for routing one endpoint to several providers: the
 * signature check (`verifyWebhook`) still decides whether to trust it.
 *
 * @example
 * detectProvider({ RecordType: "Bounce", Type: "HardBounce", Email: "a@example.com" }, {}); // "postmark"
 * detectProvider({ hello: "world" }, {}); // null
 */
export function detectProvider(body: unknown, headers: WebhookHeaders = {}): WebhookProvider | null {
  for (const name of webhookProviders) {
    try {
      if (providers[name].recognises(body, headers)) return name;
    } catch {
      // A hostile body (a throwing getter, a proxy) is recognised by nobody.
    }
  }
  return null;
}
