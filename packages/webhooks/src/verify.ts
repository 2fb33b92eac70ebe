import { providers } from "./providers/index.js";
import { isWebhookProvider, type WebhookProvider } from "./types.js";
import { createMemorySeenStore } from "./verify/seen-store.js";
import {
  type Credentials,
  refuse,
  type SeenStore,
  type VerifyInput,
  type VerifyOptions,
  type VerifyResult,
} from "./verify/types.js";

/**
 * The default tolerance of signed timestamps: 5 minutes.
 *
 * @example
 * verifyWebhook("resend", request, { secret }, { toleranceSeconds: 2 * defaultToleranceSeconds });
 */
export const defaultToleranceSeconds = 300;

/** The store used when the caller passes none: one per process, bounded. */
const defaultSeenStore = createMemorySeenStore();

/**
 * Checks that a webhook request comes from the provider: its signature (Mailgun, SendGrid,
 * Resend, SES through SNS) or its basic auth or shared token (Postmark, Mailjet, Brevo,
 * SparkPost), compared in constant time; then that a signed timestamp lies within the
 * tolerance, and that the delivery was not accepted before (replay). Never throws.
 *
 * @example
 * const result = await verifyWebhook("postmark", { rawBody: "{}", headers: { authorization: "Basic " + btoa("hook:s3cret") } }, { username: "hook", password: "s3cret" });
 * result.ok; // true
 */
export async function verifyWebhook(
  provider: WebhookProvider,
  input: VerifyInput,
  credentials: Credentials,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const result = await verifyRequest(provider, input, credentials, options);
  return result.ok ? { ok: true } : result;
}

/** What `verifyRequest` accepted: the key it remembered, and the store, to forget it again. */
export interface AcceptedRequest {
  readonly ok: true;
  readonly replayKey: string;
  readonly store: SeenStore;
}

/** `verifyWebhook`, telling the caller the replay key it remembered. */
export async function verifyRequest(
  provider: WebhookProvider,
  input: VerifyInput,
  credentials: Credentials,
  options: VerifyOptions = {},
): Promise<AcceptedRequest | Extract<VerifyResult, { ok: false }>> {
  if (!isWebhookProvider(provider)) return refuse("badCredentials", "unknown provider");
  if (typeof credentials !== "object" || credentials === null)
    return refuse("badCredentials", "no credentials");
  if (typeof input?.rawBody !== "string" && !(input?.rawBody instanceof Uint8Array)) {
    return refuse("malformed", "rawBody must be the body's text or bytes");
  }
  const now = (options.now ?? Date.now)();
  const toleranceMs = (options.toleranceSeconds ?? defaultToleranceSeconds) * 1000;
  let check: Awaited<ReturnType<(typeof providers)[WebhookProvider]["checkSignature"]>>;
  try {
    check = await providers[provider].checkSignature(input, credentials, now);
  } catch {
    return refuse("malformed", "the request could not be checked");
  }
  if (!check.ok) return check;
  if (check.signedAt !== null && Math.abs(now - check.signedAt) > toleranceMs) {
    return refuse("expired", "the signed timestamp is outside the tolerance");
  }
  const store = options.seenStore ?? defaultSeenStore;
  // Remembered for twice the tolerance: past it, the timestamp check refuses a replay anyway.
  const replayKey = `${provider}:${check.replayId}`;
  const fresh = await store.remember(replayKey, now + 2 * toleranceMs);
  return fresh ? { ok: true, replayKey, store } : refuse("replayed", "this delivery was accepted before");
}
