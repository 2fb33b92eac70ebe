import { createHmac } from "node:crypto";
import { headerOf } from "../headers.js";
import { bodyText, constantTimeEqual } from "./compare.js";
import { type Credentials, refuse, type SignatureCheck, type VerifyInput } from "./types.js";

/**
 * Resend signs through Svix: `svix-id`, `svix-timestamp` (Unix seconds) and `svix-signature`,
 * a space-separated list of `v1,<base64 HMAC-SHA256>` over `id.timestamp.body`, keyed with the
 * base64 part of the `whsec_` secret. The `webhook-*` spellings of the headers are accepted too.
 */
export function checkSvixSignature(input: VerifyInput, credentials: Credentials): SignatureCheck {
  if (!("secret" in credentials) || typeof credentials.secret !== "string") {
    return refuse("badCredentials", "expected { secret }");
  }
  const id = headerOf(input.headers, "svix-id") ?? headerOf(input.headers, "webhook-id");
  const timestamp = headerOf(input.headers, "svix-timestamp") ?? headerOf(input.headers, "webhook-timestamp");
  const signatures =
    headerOf(input.headers, "svix-signature") ?? headerOf(input.headers, "webhook-signature");
  if (id === null || timestamp === null || signatures === null) {
    return refuse("missingSignature", "no svix-id, svix-timestamp or svix-signature header");
  }
  const key = Buffer.from(credentials.secret.replace(/^whsec_/, ""), "base64");
  if (key.length === 0) return refuse("badCredentials", "the secret is empty");
  const expected = createHmac("sha256", key)
    .update(`${id}.${timestamp}.${bodyText(input.rawBody)}`)
    .digest("base64");
  // Several signatures stand side by side while a secret is being rotated.
  const matches = signatures
    .split(" ")
    .slice(0, 16)
    .some((entry) => entry.startsWith("v1,") && constantTimeEqual(entry.slice(3), expected));
  if (!matches) return refuse("badSignature", "no signature matches");
  const seconds = Number(timestamp);
  if (!Number.isFinite(seconds)) return refuse("malformed", "the timestamp is not a number");
  return { ok: true, replayId: id, signedAt: seconds * 1000 };
}
