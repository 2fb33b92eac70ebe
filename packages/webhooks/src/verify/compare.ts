import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Whether two strings are equal, in time that does not depend on where they differ. Both are
 * hashed first, so their lengths do not leak either.
 */
export function constantTimeEqual(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b);
}

/** The body as bytes, whatever form it was given in. */
export function bodyBytes(rawBody: string | Uint8Array): Buffer {
  return typeof rawBody === "string"
    ? Buffer.from(rawBody, "utf8")
    : Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
}

/** The body as text (UTF-8). */
export function bodyText(rawBody: string | Uint8Array): string {
  return typeof rawBody === "string" ? rawBody : bodyBytes(rawBody).toString("utf8");
}

/** A short fingerprint of the body, for replay ids of schemes that sign no id. */
export function bodyDigest(rawBody: string | Uint8Array): string {
  return createHash("sha256").update(bodyBytes(rawBody)).digest("hex");
}
