import { headerOf } from "../headers.js";
import { bodyDigest, constantTimeEqual } from "./compare.js";
import { type Credentials, refuse, type SignatureCheck, type VerifyInput } from "./types.js";

/**
 * The check for providers that sign nothing and authenticate with the webhook URL's basic auth
 * or a shared token (Postmark, Mailjet, Brevo, SparkPost). Such a request carries no signed
 * time, and its replay id is the body's digest.
 */
export function checkSharedSecret(input: VerifyInput, credentials: Credentials): SignatureCheck {
  const replayId = bodyDigest(input.rawBody);
  if ("username" in credentials && "password" in credentials) {
    const authorization = headerOf(input.headers, "authorization");
    if (authorization === null) return refuse("missingSignature", "no Authorization header");
    const match = /^Basic\s+([A-Za-z0-9+/=]{1,1024})\s*$/i.exec(authorization);
    if (!match?.[1]) return refuse("badCredentials", "Authorization is not basic auth");
    const given = Buffer.from(match[1], "base64").toString("utf8");
    const expected = `${credentials.username}:${credentials.password}`;
    return constantTimeEqual(given, expected)
      ? { ok: true, replayId, signedAt: null }
      : refuse("badCredentials", "wrong user or password");
  }
  if ("token" in credentials) {
    const header = credentials.header ?? "authorization";
    const value = headerOf(input.headers, header);
    if (value === null) return refuse("missingSignature", `no ${header} header`);
    const given = credentials.header === undefined ? value.replace(/^Bearer\s+/i, "") : value;
    return constantTimeEqual(given, credentials.token)
      ? { ok: true, replayId, signedAt: null }
      : refuse("badCredentials", "wrong token");
  }
  return refuse("badCredentials", "expected { username, password } or { token }");
}
