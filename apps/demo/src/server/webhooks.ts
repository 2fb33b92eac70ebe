import { createHmac, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Locale, RecipientOutcome } from "@smtp-codes/core";
import { createWebhookHandler } from "@smtp-codes/webhooks";
import { texts } from "../texts.js";
import { type CardView, viewOf } from "./view.js";

/**
 * The demo's webhook endpoint, `POST /webhooks/:provider`, verified and explained by
 * `@smtp-codes/webhooks`, and what the page shows: the events received (`GET
 * /api/webhooks/events`) and a button that sends a signed sample of a provider's webhook to the
 * endpoint over HTTP (`POST /api/webhooks/sample`). The credentials are made at start-up.
 */

/** The providers the demo can send samples of (SES needs an SNS certificate, which it has not). */
export const sampleProviders = [
  "sendgrid",
  "mailgun",
  "postmark",
  "sparkpost",
  "resend",
  "mailjet",
  "brevo",
] as const;
type SampleProvider = (typeof sampleProviders)[number];

/** The providers' names as they spell them. */
export const providerNames: Readonly<Record<string, string>> = {
  sendgrid: "SendGrid",
  mailgun: "Mailgun",
  postmark: "Postmark",
  sparkpost: "SparkPost",
  resend: "Resend",
  mailjet: "Mailjet",
  brevo: "Brevo",
  ses: "Amazon SES",
};

/** The events kept for the page: the latest first, at most this many. */
const keptEvents = 200;

/** One received event. */
export interface ReceivedEvent {
  readonly receivedAt: string;
  readonly outcome: RecipientOutcome;
}

/** What `GET /api/webhooks/events?lang=` answers: each event with its verdict's words in the language. */
export interface EventsAnswer {
  readonly providers: readonly { readonly id: SampleProvider; readonly name: string }[];
  readonly events: readonly (ReceivedEvent & {
    readonly view: CardView;
    readonly providerName: string | null;
  })[];
}

function demoCredentials() {
  const keys = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  return {
    mailgunKey: randomBytes(16).toString("hex"),
    sendgridPublicKey: keys.publicKey.export({ format: "der", type: "spki" }).toString("base64"),
    sendgridPrivateKey: keys.privateKey,
    resendSecret: `whsec_${randomBytes(24).toString("base64")}`,
    password: randomBytes(12).toString("hex"),
    token: randomBytes(12).toString("hex"),
  };
}

const seconds = () => Math.floor(Date.now() / 1000);
const id = () => randomBytes(6).toString("hex");

/** A sample body of each provider, written from its documented schema with made-up values. */
function sampleBody(provider: SampleProvider): unknown {
  const at = seconds();
  switch (provider) {
    case "sendgrid":
      return [
        {
          email: "gone@receiver.example",
          event: "bounce",
          type: "bounce",
          bounce_classification: "Invalid Address",
          status: "5.1.1",
          reason: "550 5.1.1 The email account that you tried to reach does not exist",
          timestamp: at,
          "smtp-id": `<${id()}@shop.example>`,
          sg_message_id: id(),
        },
        {
          email: "busy@receiver.example",
          event: "deferred",
          response: "451 4.7.1 greylisted, try again in 5 minutes",
          timestamp: at,
          sg_message_id: id(),
        },
        {
          email: "happy@receiver.example",
          event: "delivered",
          response: "250 2.0.0 OK",
          timestamp: at,
          sg_message_id: id(),
        },
      ];
    case "mailgun":
      return {
        event: "failed",
        severity: "permanent",
        reason: "bounce",
        timestamp: at,
        recipient: "full@receiver.example",
        message: { headers: { "message-id": `${id()}@mg.shop.example` } },
        "delivery-status": {
          code: 552,
          message: "5.2.2 The email account that you tried to reach is over quota.",
          "mx-host": "mx.receiver.example",
        },
      };
    case "postmark":
      return {
        RecordType: "Bounce",
        Type: "HardBounce",
        TypeCode: 1,
        MessageID: id(),
        Email: "nobody@receiver.example",
        BouncedAt: new Date().toISOString(),
        Details: "smtp;550 5.1.1 unknown user",
      };
    case "sparkpost":
      return [
        {
          msys: {
            message_event: {
              type: "bounce",
              bounce_class: "51",
              raw_reason: "554 5.7.1 Service unavailable; client host blocked using a blocklist",
              rcpt_to: "blocked@receiver.example",
              message_id: id(),
              timestamp: String(at),
            },
          },
        },
        {
          msys: {
            message_event: {
              type: "spam_complaint",
              fbtype: "abuse",
              rcpt_to: "angry@receiver.example",
              message_id: id(),
              timestamp: String(at),
            },
          },
        },
      ];
    case "resend":
      return {
        type: "email.bounced",
        created_at: new Date().toISOString(),
        data: {
          email_id: id(),
          to: ["suppressed@receiver.example"],
          bounce: {
            type: "Permanent",
            subType: "Suppressed",
            message: "The address is on the suppression list.",
          },
        },
      };
    case "mailjet":
      return [
        {
          event: "bounce",
          time: at,
          MessageID: 1,
          email: "inactive@receiver.example",
          mj_contact_id: 1,
          hard_bounce: true,
          error_related_to: "recipient",
          error: "mailbox inactive",
        },
      ];
    case "brevo":
      return {
        event: "soft_bounce",
        email: "later@receiver.example",
        "message-id": `<${id()}@relay.shop.example>`,
        ts_event: at,
        reason: "452 4.2.2 Mailbox full",
      };
  }
}

export function createWebhookDemo(baseUrl: () => string) {
  const credentials = demoCredentials();
  const received: ReceivedEvent[] = [];
  const basic = `Basic ${Buffer.from(`demo:${credentials.password}`).toString("base64")}`;
  const handler = createWebhookHandler({
    providers: {
      sendgrid: { publicKey: credentials.sendgridPublicKey },
      mailgun: { signingKey: credentials.mailgunKey },
      resend: { secret: credentials.resendSecret },
      postmark: { username: "demo", password: credentials.password },
      mailjet: { username: "demo", password: credentials.password },
      sparkpost: { token: credentials.token, header: "x-demo-token" },
      brevo: { token: credentials.token },
    },
    maxBodyBytes: 256 * 1024,
    onEvents: ({ events }) => {
      const receivedAt = new Date().toISOString();
      received.unshift(...events.map((outcome) => ({ receivedAt, outcome })));
      received.length = Math.min(received.length, keptEvents);
    },
  });

  /** The body and headers a provider would send, signed as it signs. */
  function signed(provider: SampleProvider): { rawBody: string; headers: Record<string, string> } {
    const json = { "content-type": "application/json" };
    const body = sampleBody(provider);
    if (provider === "mailgun") {
      const timestamp = String(seconds());
      const token = randomBytes(25).toString("hex");
      const signature = createHmac("sha256", credentials.mailgunKey)
        .update(timestamp + token)
        .digest("hex");
      return {
        rawBody: JSON.stringify({ signature: { timestamp, token, signature }, "event-data": body }),
        headers: json,
      };
    }
    const rawBody = JSON.stringify(body);
    switch (provider) {
      case "sendgrid": {
        const timestamp = String(seconds());
        const signature = sign(
          "sha256",
          Buffer.from(timestamp + rawBody),
          credentials.sendgridPrivateKey,
        ).toString("base64");
        return {
          rawBody,
          headers: {
            ...json,
            "x-twilio-email-event-webhook-signature": signature,
            "x-twilio-email-event-webhook-timestamp": timestamp,
          },
        };
      }
      case "resend": {
        const timestamp = String(seconds());
        const messageId = `msg_${id()}`;
        const key = Buffer.from(credentials.resendSecret.slice("whsec_".length), "base64");
        const signature = createHmac("sha256", key)
          .update(`${messageId}.${timestamp}.${rawBody}`)
          .digest("base64");
        return {
          rawBody,
          headers: {
            ...json,
            "svix-id": messageId,
            "svix-timestamp": timestamp,
            "svix-signature": `v1,${signature}`,
          },
        };
      }
      case "sparkpost":
        return { rawBody, headers: { ...json, "x-demo-token": credentials.token } };
      case "brevo":
        return { rawBody, headers: { ...json, authorization: `Bearer ${credentials.token}` } };
      default:
        return { rawBody, headers: { ...json, authorization: basic } };
    }
  }

  return {
    /** Handles the request when it is one of the webhook routes; `false` otherwise. */
    async route(
      request: IncomingMessage,
      response: ServerResponse,
      url: URL,
      locale: Locale,
    ): Promise<boolean> {
      if (url.pathname.startsWith("/webhooks/")) {
        await handler(request, response);
        return true;
      }
      if (request.method === "GET" && url.pathname === "/api/webhooks/events") {
        const answer: EventsAnswer = {
          providers: sampleProviders.map((id) => ({ id, name: providerNames[id] ?? id })),
          events: received.map((event) => ({
            ...event,
            view: viewOf(event.outcome.explanation, locale),
            providerName:
              event.outcome.provider && (providerNames[event.outcome.provider] ?? event.outcome.provider),
          })),
        };
        reply(response, 200, answer);
        return true;
      }
      if (request.method === "POST" && url.pathname === "/api/webhooks/sample") {
        const provider = url.searchParams.get("provider");
        if (!sampleProviders.includes(provider as SampleProvider)) {
          reply(response, 400, { error: texts[locale].errors.unknownProvider });
          return true;
        }
        const { rawBody, headers } = signed(provider as SampleProvider);
        const sent = await fetch(new URL(`/webhooks/${provider}`, baseUrl()), {
          method: "POST",
          body: rawBody,
          headers,
        });
        reply(response, 200, { provider, status: sent.status, answer: await sent.json() });
        return true;
      }
      return false;
    },
  };
}

function reply(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  response.end(body);
}
