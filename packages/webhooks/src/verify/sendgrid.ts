import { createPublicKey, type KeyObject, verify } from "node:crypto";
import { headerOf } from "../headers.js";
import { bodyBytes } from "./compare.js";
import { type Credentials, refuse, type SignatureCheck, type VerifyInput } from "./types.js";

/** The headers of SendGrid's signed event webhook. */
export const sendgridSignatureHeader = "x-twilio-email-event-webhook-signature";
export const sendgridTimestampHeader = "x-twilio-email-event-webhook-timestamp";

/**
 * SendGrid's signed event webhook: an ECDSA (P-256, SHA-256) signature, base64 DER, over the
 * timestamp header followed by the raw body, checked with the verification key SendGrid shows
 * (base64 DER SubjectPublicKeyInfo) or the same key as PEM.
 */
export function checkSendgridSignature(input: VerifyInput, credentials: Credentials): SignatureCheck {
  if (!("publicKey" in credentials) || typeof credentials.publicKey !== "string") {
    return refuse("badCredentials", "expected { publicKey }");
  }
  const signature = headerOf(input.headers, sendgridSignatureHeader);
  const timestamp = headerOf(input.headers, sendgridTimestampHeader);
  if (signature === null || timestamp === null)
    return refuse("missingSignature", "no signature or timestamp header");
  const key = publicKeyOf(credentials.publicKey);
  if (key === null) return refuse("badCredentials", "publicKey is not an EC public key");
  let valid = false;
  try {
    const data = Buffer.concat([Buffer.from(timestamp, "utf8"), bodyBytes(input.rawBody)]);
    valid = verify("sha256", data, key, Buffer.from(signature, "base64"));
  } catch {
    valid = false;
  }
  if (!valid) return refuse("badSignature", "the signature does not match");
  const seconds = Number(timestamp);
  if (!Number.isFinite(seconds)) return refuse("malformed", "the timestamp is not a number");
  return { ok: true, replayId: `${timestamp}:${signature}`, signedAt: seconds * 1000 };
}

function publicKeyOf(text: string): KeyObject | null {
  try {
    const key = text.includes("-----BEGIN")
      ? createPublicKey(text)
      : createPublicKey({ key: Buffer.from(text, "base64"), format: "der", type: "spki" });
    return key.asymmetricKeyType === "ec" ? key : null;
  } catch {
    return null;
  }
}
