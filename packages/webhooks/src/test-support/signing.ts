import { execFileSync } from "node:child_process";
import { createHmac, createSign, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { snsStringToSign } from "../verify/sns.js";

/** Keys and secrets made fresh for each test run; nothing here is anybody's real credential. */

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export function mailgunKey(): string {
  return randomBytes(16).toString("hex");
}

/** A Mailgun body: the event data and its signature. */
export function signMailgun(
  eventData: unknown,
  signingKey: string,
  timestamp = nowSeconds(),
  token = randomBytes(25).toString("hex"),
) {
  const signature = createHmac("sha256", signingKey).update(`${timestamp}${token}`).digest("hex");
  return JSON.stringify({
    signature: { timestamp: String(timestamp), token, signature },
    "event-data": eventData,
  });
}

/** An ECDSA P-256 key pair, the public half as SendGrid shows it (base64 DER). */
export function sendgridKeys() {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  return { publicKey: publicKey.export({ format: "der", type: "spki" }).toString("base64"), privateKey };
}

export function signSendgrid(
  rawBody: string,
  privateKey: ReturnType<typeof sendgridKeys>["privateKey"],
  timestamp = nowSeconds(),
) {
  const signature = sign("sha256", Buffer.from(`${timestamp}${rawBody}`), privateKey).toString("base64");
  return {
    "content-type": "application/json",
    "x-twilio-email-event-webhook-signature": signature,
    "x-twilio-email-event-webhook-timestamp": String(timestamp),
  };
}

export function resendSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export function signResend(
  rawBody: string,
  secret: string,
  timestamp = nowSeconds(),
  id = `msg_${randomBytes(8).toString("hex")}`,
) {
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${rawBody}`).digest("base64");
  return {
    "content-type": "application/json",
    "svix-id": id,
    "svix-timestamp": String(timestamp),
    "svix-signature": `v1,${signature}`,
  };
}

/** An RSA key and a self-signed certificate, made with openssl, as SNS's signing certificate stands in. */
export function snsKeys(): { certificate: string; privateKey: string } {
  const directory = mkdtempSync(join(tmpdir(), "sns-cert-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "key.pem",
        "-out",
        "cert.pem",
        "-days",
        "2",
        "-subj",
        "/CN=sns.test.invalid",
      ],
      { cwd: directory, stdio: "ignore" },
    );
    return {
      certificate: readFileSync(join(directory, "cert.pem"), "utf8"),
      privateKey: readFileSync(join(directory, "key.pem"), "utf8"),
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** An SNS message with its signature (SignatureVersion 1: SHA1, 2: SHA256). */
export function signSns(message: Record<string, unknown>, privateKey: string): string {
  const stringToSign = snsStringToSign(message);
  if (stringToSign === null) throw new Error("not a signable SNS message");
  const algorithm = message.SignatureVersion === "1" ? "RSA-SHA1" : "RSA-SHA256";
  const signature = createSign(algorithm).update(stringToSign).sign(privateKey, "base64");
  return JSON.stringify({ ...message, Signature: signature });
}

export function basicAuth(username: string, password: string) {
  return {
    "content-type": "application/json",
    authorization: `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`,
  };
}
