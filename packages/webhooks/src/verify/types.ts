import type { WebhookHeaders } from "../headers.js";

/** The request as it arrived: the body's exact bytes (signatures cover them) and its headers. */
export interface VerifyInput {
  readonly rawBody: string | Uint8Array;
  readonly headers: WebhookHeaders;
}

/** Mailgun: the HTTP webhook signing key. */
export interface SigningKeyCredentials {
  readonly signingKey: string;
}

/** SendGrid's signed event webhook: the verification key, base64 DER (as shown by SendGrid) or PEM. */
export interface PublicKeyCredentials {
  readonly publicKey: string;
}

/** Resend (Svix): the endpoint's signing secret, `whsec_...`. */
export interface SecretCredentials {
  readonly secret: string;
}

/** Postmark, Mailjet, Brevo, SparkPost: the user and password of the webhook URL's basic auth. */
export interface BasicAuthCredentials {
  readonly username: string;
  readonly password: string;
}

/**
 * Postmark, Brevo, SparkPost, Mailjet: a shared token, sent as `Authorization: Bearer <token>`
 * or, when `header` is given, as the whole value of that header.
 */
export interface TokenCredentials {
  readonly token: string;
  readonly header?: string;
}

/**
 * Amazon SES through SNS: the signing certificate as PEM, or a function that fetches it from
 * the message's `SigningCertURL` (called only for an https URL on an `sns.<region>.amazonaws.com`
 * host; cache its answers). `topicArn`, when given, is the only topic accepted.
 */
export interface SnsCredentials {
  readonly certificate?: string;
  readonly fetchCertificate?: (url: string) => Promise<string>;
  readonly topicArn?: string | readonly string[];
}

/** The credentials of any provider. */
export type Credentials =
  | SigningKeyCredentials
  | PublicKeyCredentials
  | SecretCredentials
  | BasicAuthCredentials
  | TokenCredentials
  | SnsCredentials;

/** Why a request was refused. */
export type VerifyFailure =
  | "missingSignature"
  | "badSignature"
  | "badCredentials"
  | "malformed"
  | "untrustedCertificate"
  | "unexpectedTopic"
  | "expired"
  | "replayed";

/** The answer of `verifyWebhook`. */
export type VerifyResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: VerifyFailure; readonly detail: string };

/** What a provider's signature check found, before freshness and replay are looked at. */
export type SignatureCheck =
  | {
      readonly ok: true;
      /** A value unique to this delivery, to refuse it a second time. */
      readonly replayId: string;
      /** When the provider signed it (Unix milliseconds), or `null` when the scheme has no time. */
      readonly signedAt: number | null;
    }
  | { readonly ok: false; readonly reason: VerifyFailure; readonly detail: string };

/**
 * Remembers the deliveries already accepted. `remember` answers `true` for an id it had not
 * seen (and remembers it until `expiresAt`, Unix milliseconds), `false` for a replay. A shared
 * store (Redis `SET NX PX`, a database) is needed when several processes receive webhooks.
 */
export interface SeenStore {
  remember(id: string, expiresAt: number): boolean | Promise<boolean>;
  /** Forgets an id again: the handler calls it when `onEvents` failed, so the provider's retry is taken. */
  forget?(id: string): void | Promise<void>;
}

/** Options of `verifyWebhook`. */
export interface VerifyOptions {
  /** How far a signed timestamp may lie from now, in seconds (default 300). */
  readonly toleranceSeconds?: number;
  /** Where accepted deliveries are remembered (default: one in memory for the whole process). */
  readonly seenStore?: SeenStore;
  /** The current time, Unix milliseconds (for tests). */
  readonly now?: () => number;
}

/** A refusal. */
export function refuse(
  reason: VerifyFailure,
  detail: string,
): { ok: false; reason: VerifyFailure; detail: string } {
  return { ok: false, reason, detail };
}
