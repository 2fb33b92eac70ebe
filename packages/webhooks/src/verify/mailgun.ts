import { createHmac } from "node:crypto";
import { isObject } from "../read.js";
import { bodyText, constantTimeEqual } from "./compare.js";
import { type Credentials, refuse, type SignatureCheck, type VerifyInput } from "./types.js";

/**
 * Mailgun: the JSON body's `signature` object holds `timestamp`, `token` and `signature`, the
 * hex HMAC-SHA256 of timestamp and token (concatenated) under the HTTP webhook signing key.
 */
export function checkMailgunSignature(input: VerifyInput, credentials: Credentials): SignatureCheck {
  if (!("signingKey" in credentials) || typeof credentials.signingKey !== "string") {
    return refuse("badCredentials", "expected { signingKey }");
  }
  let body: unknown;
  try {
    body = JSON.parse(bodyText(input.rawBody));
  } catch {
    return refuse("malformed", "the body is not JSON");
  }
  const signed = isObject(body) && Object.hasOwn(body, "signature") ? body.signature : undefined;
  if (!isObject(signed)) return refuse("missingSignature", "no signature object");
  const { timestamp, token, signature } = signed;
  if (typeof timestamp !== "string" || typeof token !== "string" || typeof signature !== "string") {
    return refuse("missingSignature", "signature needs timestamp, token and signature strings");
  }
  const expected = createHmac("sha256", credentials.signingKey)
    .update(timestamp + token)
    .digest("hex");
  if (!constantTimeEqual(signature.toLowerCase(), expected))
    return refuse("badSignature", "the signature does not match");
  const seconds = Number(timestamp);
  if (!Number.isFinite(seconds)) return refuse("malformed", "timestamp is not a number");
  return { ok: true, replayId: token, signedAt: seconds * 1000 };
}
