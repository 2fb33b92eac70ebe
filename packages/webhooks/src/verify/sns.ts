import { createVerify, X509Certificate } from "node:crypto";
import { isObject, type JsonObject } from "../read.js";
import { bodyText } from "./compare.js";
import {
  type Credentials,
  refuse,
  type SignatureCheck,
  type SnsCredentials,
  type VerifyInput,
} from "./types.js";

/**
 * Amazon SNS message signatures: RSA over a canonical string of the message's fields, SHA1 for
 * SignatureVersion 1 and SHA256 for 2, with the certificate at `SigningCertURL`.
 */

/** The fields signed, in order, per message type (SNS documentation, "Verifying the signatures"). */
const signedFields: Readonly<Record<string, readonly string[]>> = {
  Notification: ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"],
  SubscriptionConfirmation: [
    "Message",
    "MessageId",
    "SubscribeURL",
    "Timestamp",
    "Token",
    "TopicArn",
    "Type",
  ],
  UnsubscribeConfirmation: ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"],
};

const algorithms: Readonly<Record<string, string>> = { "1": "RSA-SHA1", "2": "RSA-SHA256" };

/** The only hosts a signing certificate is taken from: SNS's own, per region. */
const certificateHost = /^sns\.[a-z0-9-]{3,40}\.amazonaws\.com(\.cn)?$/;

/**
 * The canonical string SNS signs, or `null` when a field it needs is missing or not a string:
 * each signed field's name and value on lines of their own, in the documented order.
 *
 * @example
 * snsStringToSign({ Type: "Notification", Message: "hi", MessageId: "1", Timestamp: "2026-12-01T08:00:00Z", TopicArn: "arn:aws:sns:eu-west-1:1:t" });
 * // "Message\nhi\nMessageId\n1\nTimestamp\n2026-12-01T08:00:00Z\nTopicArn\narn:aws:sns:eu-west-1:1:t\nType\nNotification\n"
 */
export function snsStringToSign(message: JsonObject): string | null {
  const type = message.Type;
  if (typeof type !== "string" || !Object.hasOwn(signedFields, type)) return null;
  let text = "";
  for (const field of signedFields[type] ?? []) {
    const value = Object.hasOwn(message, field) ? message[field] : undefined;
    // Subject is signed only when the notification has one.
    if (value === undefined && field === "Subject") continue;
    if (typeof value !== "string") return null;
    text += `${field}\n${value}\n`;
  }
  return text;
}

/**
 * Whether a `SigningCertURL` may be fetched: https, on an SNS host, no credentials or port, a
 * `.pem` file.
 *
 * @example
 * isTrustedCertificateUrl("https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-1.pem"); // true
 * isTrustedCertificateUrl("https://sns.eu-west-1.amazonaws.com.evil.example/x.pem"); // false
 */
export function isTrustedCertificateUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === "https:" &&
    parsed.username === "" &&
    parsed.password === "" &&
    parsed.port === "" &&
    certificateHost.test(parsed.hostname) &&
    parsed.pathname.endsWith(".pem")
  );
}

/** Verifies an SNS message's signature. */
export async function checkSnsSignature(
  input: VerifyInput,
  credentials: Credentials,
  now: number,
): Promise<SignatureCheck> {
  let message: unknown;
  try {
    message = JSON.parse(bodyText(input.rawBody));
  } catch {
    return refuse("malformed", "the body is not JSON");
  }
  if (!isObject(message)) return refuse("malformed", "the body is not an SNS message");
  const { Signature: signature, SignatureVersion: version, SigningCertURL: certificateUrl } = message;
  if (typeof signature !== "string" || signature.length === 0)
    return refuse("missingSignature", "no Signature");
  const algorithm = typeof version === "string" ? algorithms[version] : undefined;
  if (!algorithm) return refuse("badSignature", "unknown SignatureVersion");
  const stringToSign = snsStringToSign(message);
  if (stringToSign === null) return refuse("malformed", "a signed field is missing");
  const sns = credentials as SnsCredentials;
  const topics = sns.topicArn === undefined ? null : [sns.topicArn].flat();
  if (topics !== null && !topics.includes(message.TopicArn as string)) {
    return refuse("unexpectedTopic", "TopicArn is not one of the expected topics");
  }
  const certificate = await certificateFor(sns, certificateUrl);
  if (typeof certificate !== "string") return certificate;
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(certificate);
  } catch {
    return refuse("untrustedCertificate", "the certificate is not a PEM X.509 certificate");
  }
  if (Date.parse(x509.validFrom) > now || Date.parse(x509.validTo) < now) {
    return refuse("untrustedCertificate", "the certificate is not valid now");
  }
  let valid = false;
  try {
    valid = createVerify(algorithm).update(stringToSign, "utf8").verify(x509.publicKey, signature, "base64");
  } catch {
    valid = false;
  }
  if (!valid) return refuse("badSignature", "the signature does not match");
  const signedAt = typeof message.Timestamp === "string" ? Date.parse(message.Timestamp) : Number.NaN;
  if (!Number.isFinite(signedAt)) return refuse("malformed", "Timestamp is not a date");
  return { ok: true, replayId: String(message.MessageId), signedAt };
}

async function certificateFor(
  credentials: SnsCredentials,
  url: unknown,
): Promise<string | { ok: false; reason: "untrustedCertificate"; detail: string }> {
  if (typeof url !== "string" || !isTrustedCertificateUrl(url)) {
    return refuse(
      "untrustedCertificate",
      "SigningCertURL is not https on an sns.<region>.amazonaws.com host",
    ) as {
      ok: false;
      reason: "untrustedCertificate";
      detail: string;
    };
  }
  if (typeof credentials.certificate === "string") return credentials.certificate;
  if (typeof credentials.fetchCertificate !== "function") {
    return {
      ok: false,
      reason: "untrustedCertificate",
      detail: "no certificate and no fetchCertificate given",
    };
  }
  try {
    const pem = await credentials.fetchCertificate(url);
    if (typeof pem === "string") return pem;
  } catch {
    // A fetch that fails is a certificate we cannot trust.
  }
  return { ok: false, reason: "untrustedCertificate", detail: "the certificate could not be fetched" };
}
