import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { RecipientOutcome } from "@smtp-codes/core";
import express from "express";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebhookHandler, handleWebhook, type WebhookHandlerOptions } from "./handler.js";
import {
  mailgunEvents,
  postmarkEvents,
  resendEvents,
  sendgridBatch,
  sesMessages,
  snsNotification,
  snsSubscriptionConfirmation,
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
import type { ParsedWebhook } from "./types.js";
import { createMemorySeenStore } from "./verify/seen-store.js";

const mailgun = mailgunKey();
const sendgrid = sendgridKeys();
const resend = resendSecret();
let sns: ReturnType<typeof snsKeys>;

const received: ParsedWebhook[] = [];
const events = (): RecipientOutcome[] => received.flatMap((webhook) => webhook.events);

function options(): WebhookHandlerOptions {
  return {
    providers: {
      mailgun: { signingKey: mailgun },
      sendgrid: { publicKey: sendgrid.publicKey },
      resend: { secret: resend },
      ses: { certificate: sns.certificate },
      postmark: { username: "hooks", password: "pm-secret" },
    },
    onEvents: (webhook) => {
      received.push(webhook);
    },
    maxBodyBytes: 64 * 1024,
    verify: { seenStore: createMemorySeenStore() },
  };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const post = (url: string, body: string | Uint8Array, headers: Record<string, string>) =>
  fetch(url, { method: "POST", body, headers }).then(async (response) => ({
    status: response.status,
    body: (await response.json()) as { events?: number; error?: string },
  }));

/** The same checks against node:http and Express. */
describe.each(["node:http", "express"])("the handler under %s", (kind) => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    sns ??= snsKeys();
    const handler = createWebhookHandler(options());
    if (kind === "express") {
      const app = express();
      app.post("/hooks/:provider", handler);
      server = createServer(app);
    } else {
      server = createServer(handler);
    }
    base = `${await listen(server)}/hooks`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("hands over valid requests of each signing scheme", async () => {
    received.length = 0;
    const sendgridBody = JSON.stringify(sendgridBatch);
    const resendBody = JSON.stringify(resendEvents.bounced);
    const answers = [
      await post(`${base}/mailgun`, signMailgun(mailgunEvents.failed, mailgun), {
        "content-type": "application/json",
      }),
      await post(`${base}/sendgrid`, sendgridBody, signSendgrid(sendgridBody, sendgrid.privateKey)),
      await post(`${base}/resend`, resendBody, signResend(resendBody, resend)),
      await post(`${base}/ses`, signSns(snsNotification(sesMessages.bounce), sns.privateKey), {
        "content-type": "text/plain; charset=UTF-8",
      }),
      await post(
        `${base}/postmark`,
        JSON.stringify(postmarkEvents.hardBounce),
        basicAuth("hooks", "pm-secret"),
      ),
    ];
    expect(answers.map((answer) => [answer.status, answer.body.events])).toEqual([
      [200, 1],
      [200, 8],
      [200, 1],
      [200, 2],
      [200, 1],
    ]);
    expect(received.map((webhook) => webhook.provider)).toEqual([
      "mailgun",
      "sendgrid",
      "resend",
      "ses",
      "postmark",
    ]);
    expect(
      events()
        .filter((event) => event.explanation.bounce === "hard")
        .map((event) => event.address),
    ).toEqual([
      "gone@receiver.example",
      "gone@receiver.example",
      "old@receiver.example",
      "gone@receiver.example",
      "gone@receiver.example",
      "gone@receiver.example",
    ]);
  });

  it("surfaces an SNS subscription confirmation", async () => {
    received.length = 0;
    const answer = await post(`${base}/ses`, signSns(snsSubscriptionConfirmation(), sns.privateKey), {
      "content-type": "text/plain",
    });
    expect(answer.status).toBe(200);
    expect(received[0]?.subscription?.type).toBe("SubscriptionConfirmation");
  });

  it("answers 401 for a forged request and hands nothing over", async () => {
    received.length = 0;
    const body = JSON.stringify(sendgridBatch);
    const headers = signSendgrid(body, sendgrid.privateKey);
    const forged = body.replace("gone@", "else@");
    expect(await post(`${base}/sendgrid`, forged, headers)).toMatchObject({
      status: 401,
      body: { ok: false, error: "badSignature" },
    });
    expect(
      await post(`${base}/postmark`, JSON.stringify(postmarkEvents.hardBounce), basicAuth("hooks", "guess")),
    ).toMatchObject({
      status: 401,
      body: { error: "badCredentials" },
    });
    expect(received).toEqual([]);
  });

  it("answers 200 to a replay without handing its events over again", async () => {
    const body = JSON.stringify(resendEvents.delivered);
    const headers = signResend(body, resend);
    received.length = 0;
    expect((await post(`${base}/resend`, body, headers)).status).toBe(200);
    expect(await post(`${base}/resend`, body, headers)).toMatchObject({
      status: 200,
      body: { duplicate: true, events: 0 },
    });
    expect(received).toHaveLength(1);
  });

  it("answers 401 for an expired request", async () => {
    const body = signMailgun(mailgunEvents.delivered, mailgun, nowSeconds() - 3600);
    expect(await post(`${base}/mailgun`, body, { "content-type": "application/json" })).toMatchObject({
      status: 401,
      body: { error: "expired" },
    });
  });

  it("answers 413 for an oversize body, without reading it whole", async () => {
    const huge = JSON.stringify([{ event: "open", email: "x".repeat(200 * 1024) }]);
    expect((await post(`${base}/sendgrid`, huge, signSendgrid(huge, sendgrid.privateKey))).status).toBe(413);
  });

  it("answers 415 for a content type the provider does not send", async () => {
    const body = JSON.stringify(postmarkEvents.hardBounce);
    expect(
      (
        await post(`${base}/postmark`, body, {
          ...basicAuth("hooks", "pm-secret"),
          "content-type": "text/html",
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await post(`${base}/postmark`, body, {
          ...basicAuth("hooks", "pm-secret"),
          "content-type": "application/x-www-form-urlencoded",
        })
      ).status,
    ).toBe(415);
  });

  it("answers 400 for a signed body that is not JSON", async () => {
    const body = '[{"event": "bounce", ';
    expect(await post(`${base}/sendgrid`, body, signSendgrid(body, sendgrid.privateKey))).toMatchObject({
      status: 400,
      body: { error: "invalidJson" },
    });
    expect((await post(`${base}/mailgun`, "{oops", { "content-type": "application/json" })).status).toBe(400);
  });

  it("answers 404 for a provider it was not given", async () => {
    expect((await post(`${base}/brevo`, "{}", { "content-type": "application/json" })).status).toBe(404);
  });
});

describe("under Express with a body parser", () => {
  it("takes the body express.raw() read, and refuses one express.json() already parsed", async () => {
    sns ??= snsKeys();
    const handler = createWebhookHandler(options());
    const app = express();
    app.post("/raw/:provider", express.raw({ type: "*/*" }), handler);
    app.post("/json/:provider", express.json(), handler);
    const server = createServer(app);
    const base = await listen(server);
    try {
      const body = JSON.stringify(postmarkEvents.delivery);
      expect(await post(`${base}/raw/postmark`, body, basicAuth("hooks", "pm-secret"))).toMatchObject({
        status: 200,
        body: { events: 1 },
      });
      expect(await post(`${base}/json/postmark`, body, basicAuth("hooks", "pm-secret"))).toMatchObject({
        status: 400,
        body: { error: "bodyAlreadyParsed" },
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("under Fastify", () => {
  it("takes the raw body Fastify keeps, through handler.handleWebhook", async () => {
    sns ??= snsKeys();
    received.length = 0;
    const handler = createWebhookHandler(options());
    const fastify = Fastify();
    fastify.addContentTypeParser(
      ["application/json", "text/plain"],
      { parseAs: "buffer" },
      (_request, body, done) => done(null, body),
    );
    fastify.post<{ Params: { provider: string } }>("/webhooks/:provider", async (request, reply) => {
      const answer = await handler.handleWebhook({
        rawBody: request.body as Buffer,
        headers: request.headers,
        provider: request.params.provider,
      });
      return reply.code(answer.status).send(answer.body);
    });
    const base = await fastify.listen({ port: 0, host: "127.0.0.1" });
    try {
      const body = JSON.stringify(sendgridBatch);
      expect(
        await post(`${base}/webhooks/sendgrid`, body, signSendgrid(body, sendgrid.privateKey)),
      ).toMatchObject({ status: 200, body: { events: 8 } });
      expect(
        (
          await post(
            `${base}/webhooks/sendgrid`,
            body.replace("gone@", "else@"),
            signSendgrid(body, sendgrid.privateKey),
          )
        ).status,
      ).toBe(401);
      expect(received.flatMap((webhook) => webhook.events)).toHaveLength(8);
    } finally {
      await fastify.close();
    }
  });
});

describe("handleWebhook", () => {
  it("lets a failed onEvents be retried", async () => {
    sns ??= snsKeys();
    let calls = 0;
    const flaky: WebhookHandlerOptions = {
      ...options(),
      onEvents: () => {
        calls++;
        if (calls === 1) throw new Error("database down");
      },
    };
    const rawBody = JSON.stringify(resendEvents.complained);
    const request = { provider: "resend", rawBody, headers: signResend(rawBody, resend) };
    expect((await handleWebhook(request, flaky)).status).toBe(500);
    expect((await handleWebhook(request, flaky)).status).toBe(200);
    expect(calls).toBe(2);
  });

  it("answers 400 for a request without a raw body", async () => {
    expect((await handleWebhook({ headers: {} } as never, { ...options(), onEvents: () => {} })).status).toBe(
      400,
    );
    expect((await handleWebhook(null as never, { ...options(), onEvents: () => {} })).status).toBe(400);
  });

  it("detects the provider when the route does not name it", async () => {
    const response = await handleWebhook(
      { rawBody: JSON.stringify(postmarkEvents.delivery), headers: basicAuth("hooks", "pm-secret") },
      { ...options(), onEvents: () => {} },
    );
    expect(response).toMatchObject({ status: 200, body: { provider: "postmark", events: 1 } });
  });
});
