import { beforeAll, describe, expect, it } from "vitest";
import {
  brevoEvents,
  mailgunEvents,
  mailjetBatch,
  postmarkEvents,
  resendEvents,
  sendgridBatch,
  sesMessages,
  snsNotification,
  snsSubscriptionConfirmation,
  sparkpostBatch,
} from "./test-support/payloads.js";
import {
  basicAuth,
  mailgunKey,
  nowSeconds,
  resendSecret,
  sendgridKeys,
  signMailgun,
  signResend,
  signSendgrid,
  signSns,
  snsKeys,
} from "./test-support/signing.js";
import type { WebhookProvider } from "./types.js";
import { createMemorySeenStore } from "./verify/seen-store.js";
import { isTrustedCertificateUrl } from "./verify/sns.js";
import type { Credentials, VerifyInput } from "./verify/types.js";
import { verifyWebhook } from "./verify.js";

interface Signed {
  readonly input: VerifyInput;
  readonly credentials: Credentials;
}

let sns: ReturnType<typeof snsKeys>;
beforeAll(() => {
  sns = snsKeys();
});

const mailgun = mailgunKey();
const sendgrid = sendgridKeys();
const resend = resendSecret();

/** For each provider: a request signed at a given time (Unix seconds). */
const signers: Record<WebhookProvider, (at: number) => Signed> = {
  mailgun: (at) => ({
    input: {
      rawBody: signMailgun(mailgunEvents.failed, mailgun, at),
      headers: { "content-type": "application/json" },
    },
    credentials: { signingKey: mailgun },
  }),
  sendgrid: (at) => {
    const rawBody = JSON.stringify(sendgridBatch);
    return {
      input: { rawBody, headers: signSendgrid(rawBody, sendgrid.privateKey, at) },
      credentials: { publicKey: sendgrid.publicKey },
    };
  },
  resend: (at) => {
    const rawBody = JSON.stringify(resendEvents.bounced);
    return { input: { rawBody, headers: signResend(rawBody, resend, at) }, credentials: { secret: resend } };
  },
  ses: (at) => ({
    input: {
      rawBody: signSns(
        snsNotification(sesMessages.bounce, { Timestamp: new Date(at * 1000).toISOString() }),
        sns.privateKey,
      ),
      headers: { "content-type": "text/plain; charset=UTF-8", "x-amz-sns-message-type": "Notification" },
    },
    credentials: { certificate: sns.certificate },
  }),
  postmark: () => ({
    input: {
      rawBody: JSON.stringify(postmarkEvents.hardBounce),
      headers: basicAuth("postmark", "pm-secret"),
    },
    credentials: { username: "postmark", password: "pm-secret" },
  }),
  mailjet: () => ({
    input: { rawBody: JSON.stringify(mailjetBatch), headers: basicAuth("mailjet", "mj-secret") },
    credentials: { username: "mailjet", password: "mj-secret" },
  }),
  brevo: () => ({
    input: {
      rawBody: JSON.stringify(brevoEvents.hardBounce),
      headers: { "content-type": "application/json", authorization: "Bearer brevo-token" },
    },
    credentials: { token: "brevo-token" },
  }),
  sparkpost: () => ({
    input: {
      rawBody: JSON.stringify(sparkpostBatch),
      headers: { "content-type": "application/json", "x-sparkpost-token": "sp-token" },
    },
    credentials: { token: "sp-token", header: "x-sparkpost-token" },
  }),
};

/**
 * The same request with one event's address changed, as a forger would. Mailgun signs only its
 * timestamp and token, not the event data: a forger there changes the signed values.
 */
function forged(provider: WebhookProvider, input: VerifyInput): VerifyInput {
  const text = String(input.rawBody);
  if (provider === "mailgun") {
    const body = JSON.parse(text);
    const token: string = body.signature.token;
    body.signature.token = `${token.slice(0, -1)}${token.endsWith("0") ? "1" : "0"}`;
    return { ...input, rawBody: JSON.stringify(body) };
  }
  const changed = text.replace("gone@", "else@").replace("happy@", "other@");
  expect(changed).not.toBe(text);
  return { ...input, rawBody: changed };
}

const signedProviders = ["mailgun", "sendgrid", "resend", "ses"] as const;
const sharedSecretProviders = ["postmark", "mailjet", "brevo", "sparkpost"] as const;

describe.each([...signedProviders, ...sharedSecretProviders])("%s", (provider) => {
  it("accepts a valid request once and refuses its replay", async () => {
    const seenStore = createMemorySeenStore();
    const { input, credentials } = signers[provider](nowSeconds());
    expect(await verifyWebhook(provider, input, credentials, { seenStore })).toEqual({ ok: true });
    expect(await verifyWebhook(provider, input, credentials, { seenStore })).toMatchObject({
      ok: false,
      reason: "replayed",
    });
  });

  it("accepts the body as bytes too", async () => {
    const { input, credentials } = signers[provider](nowSeconds());
    const bytes = { ...input, rawBody: new TextEncoder().encode(String(input.rawBody)) };
    expect(await verifyWebhook(provider, bytes, credentials, { seenStore: createMemorySeenStore() })).toEqual(
      { ok: true },
    );
  });

  it("refuses wrong credentials", async () => {
    const { input } = signers[provider](nowSeconds());
    const wrong: Record<WebhookProvider, Credentials> = {
      mailgun: { signingKey: mailgunKey() },
      sendgrid: { publicKey: sendgridKeys().publicKey },
      resend: { secret: resendSecret() },
      ses: { certificate: snsKeys().certificate },
      postmark: { username: "postmark", password: "guess" },
      mailjet: { username: "someone", password: "mj-secret" },
      brevo: { token: "brevo-tokem" },
      sparkpost: { token: "sp-", header: "x-sparkpost-token" },
    };
    const result = await verifyWebhook(provider, input, wrong[provider], {
      seenStore: createMemorySeenStore(),
    });
    expect(result.ok).toBe(false);
    expect(["badSignature", "badCredentials"]).toContain(!result.ok && result.reason);
  });

  it("refuses a request without its signature or credentials", async () => {
    const { input, credentials } = signers[provider](nowSeconds());
    const bare =
      provider === "mailgun" || provider === "ses"
        ? JSON.stringify({ ...JSON.parse(String(input.rawBody)), signature: undefined, Signature: undefined })
        : input.rawBody;
    const result = await verifyWebhook(
      provider,
      { rawBody: bare, headers: { "content-type": "application/json" } },
      credentials,
      {
        seenStore: createMemorySeenStore(),
      },
    );
    expect(result).toMatchObject({ ok: false, reason: "missingSignature" });
  });
});

describe.each(signedProviders)("%s signature", (provider) => {
  it("refuses a forged body", async () => {
    const { input, credentials } = signers[provider](nowSeconds());
    const result = await verifyWebhook(provider, forged(provider, input), credentials, {
      seenStore: createMemorySeenStore(),
    });
    expect(result).toMatchObject({ ok: false, reason: "badSignature" });
  });

  it("refuses a request signed outside the tolerance, and accepts it with a wider one", async () => {
    const { input, credentials } = signers[provider](nowSeconds() - 6 * 60);
    expect(
      await verifyWebhook(provider, input, credentials, { seenStore: createMemorySeenStore() }),
    ).toMatchObject({
      ok: false,
      reason: "expired",
    });
    expect(
      await verifyWebhook(provider, input, credentials, {
        seenStore: createMemorySeenStore(),
        toleranceSeconds: 600,
      }),
    ).toEqual({ ok: true });
  });
});

describe("ses through sns", () => {
  const seenStore = () => createMemorySeenStore();

  it("verifies SignatureVersion 1 (SHA1) and subscription confirmations", async () => {
    const rawBody = signSns(snsSubscriptionConfirmation(), sns.privateKey);
    expect(
      await verifyWebhook(
        "ses",
        { rawBody, headers: {} },
        { certificate: sns.certificate },
        { seenStore: seenStore() },
      ),
    ).toEqual({ ok: true });
  });

  it("fetches the certificate through the caller's fetcher, only from an SNS host", async () => {
    const asked: string[] = [];
    const fetchCertificate = async (url: string) => {
      asked.push(url);
      return sns.certificate;
    };
    const good = signSns(snsNotification(sesMessages.delivery), sns.privateKey);
    expect(
      await verifyWebhook(
        "ses",
        { rawBody: good, headers: {} },
        { fetchCertificate },
        { seenStore: seenStore() },
      ),
    ).toEqual({ ok: true });
    expect(asked).toEqual([
      "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem",
    ]);
    for (const url of [
      "http://sns.eu-west-1.amazonaws.com/cert.pem",
      "https://sns.eu-west-1.amazonaws.com.evil.example/cert.pem",
      "https://evil.example/sns.eu-west-1.amazonaws.com/cert.pem",
      "https://sns.eu-west-1.amazonaws.com:8443/cert.pem",
      "https://user@sns.eu-west-1.amazonaws.com/cert.pem",
    ]) {
      const rawBody = signSns(snsNotification(sesMessages.delivery, { SigningCertURL: url }), sns.privateKey);
      const result = await verifyWebhook(
        "ses",
        { rawBody, headers: {} },
        { fetchCertificate },
        { seenStore: seenStore() },
      );
      expect(result).toMatchObject({ ok: false, reason: "untrustedCertificate" });
    }
    expect(asked).toHaveLength(1);
  });

  it("refuses an unexpected topic and an unknown signature version", async () => {
    const rawBody = signSns(snsNotification(sesMessages.delivery), sns.privateKey);
    expect(
      await verifyWebhook(
        "ses",
        { rawBody, headers: {} },
        { certificate: sns.certificate, topicArn: "arn:aws:sns:eu-west-1:111122223333:other" },
        { seenStore: seenStore() },
      ),
    ).toMatchObject({ ok: false, reason: "unexpectedTopic" });
    const version3 = signSns(
      snsNotification(sesMessages.delivery, { SignatureVersion: "3" }),
      sns.privateKey,
    );
    expect(
      await verifyWebhook(
        "ses",
        { rawBody: version3, headers: {} },
        { certificate: sns.certificate },
        { seenStore: seenStore() },
      ),
    ).toMatchObject({
      ok: false,
      reason: "badSignature",
    });
  });

  it("trusts certificate URLs of SNS hosts only", () => {
    expect(
      isTrustedCertificateUrl("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-abc.pem"),
    ).toBe(true);
    expect(
      isTrustedCertificateUrl("https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-abc.pem"),
    ).toBe(true);
    expect(isTrustedCertificateUrl("https://sqs.us-east-1.amazonaws.com/x.pem")).toBe(false);
    expect(isTrustedCertificateUrl("not a url")).toBe(false);
  });
});

describe("resend", () => {
  it("accepts any matching signature of several (a secret being rotated)", async () => {
    const rawBody = JSON.stringify(resendEvents.delivered);
    const headers = signResend(rawBody, resend);
    const rotated = {
      ...headers,
      "svix-signature": `v1,${Buffer.from("old").toString("base64")} ${headers["svix-signature"]}`,
    };
    expect(
      await verifyWebhook(
        "resend",
        { rawBody, headers: rotated },
        { secret: resend },
        { seenStore: createMemorySeenStore() },
      ),
    ).toEqual({ ok: true });
  });
});

describe("the memory seen-store", () => {
  it("forgets expired ids and keeps at most maxEntries", () => {
    let now = 0;
    const store = createMemorySeenStore({ maxEntries: 2, now: () => now });
    expect(store.remember("a", 10)).toBe(true);
    expect(store.remember("a", 10)).toBe(false);
    now = 11;
    expect(store.remember("a", 20)).toBe(true);
    expect(store.remember("b", 20)).toBe(true);
    expect(store.remember("c", 20)).toBe(true);
    // "a" was the oldest and made room for "c".
    expect(store.remember("a", 20)).toBe(true);
  });
});

describe("bad input", () => {
  it("never throws", async () => {
    for (const provider of [...signedProviders, ...sharedSecretProviders]) {
      for (const rawBody of [
        "",
        "null",
        "[]",
        "{",
        '{"signature":{"timestamp":1}}',
        '{"Type":"Notification","SignatureVersion":"1","Signature":"x"}',
      ]) {
        const result = await verifyWebhook(provider, { rawBody, headers: { authorization: "Basic !!!" } }, {
          signingKey: "k",
        } as Credentials);
        expect(result.ok).toBe(false);
      }
      expect((await verifyWebhook(provider, { rawBody: 5 as never, headers: {} }, { token: "t" })).ok).toBe(
        false,
      );
      expect((await verifyWebhook(provider, { rawBody: "{}", headers: {} }, null as never)).ok).toBe(false);
    }
  });
});
