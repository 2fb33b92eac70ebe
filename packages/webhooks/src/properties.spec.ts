import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectProvider } from "./detect.js";
import { parseWebhook, WebhookParseError } from "./parse.js";
import {
  brevoEvents,
  mailgunEvents,
  mailjetBatch,
  postmarkEvents,
  resendEvents,
  sendgridBatch,
  sesMessages,
  snsNotification,
  sparkpostBatch,
} from "./test-support/payloads.js";
import { type WebhookProvider, webhookProviders } from "./types.js";
import { createMemorySeenStore } from "./verify/seen-store.js";
import { verifyWebhook } from "./verify.js";

const validBodies: Record<WebhookProvider, unknown> = {
  ses: snsNotification(sesMessages.bounce),
  sendgrid: sendgridBatch,
  mailgun: { signature: {}, "event-data": mailgunEvents.failed },
  postmark: postmarkEvents.hardBounce,
  sparkpost: sparkpostBatch,
  resend: resendEvents.bounced,
  mailjet: mailjetBatch,
  brevo: brevoEvents.hardBounce,
};

/** Any JSON value, with keys that a hostile sender would try. */
const hostileKey = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "event",
  "type",
  "Type",
  "Message",
  "data",
  "msys",
);
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.oneof(hostileKey, fc.string({ maxLength: 8 })), tie("value"), { maxKeys: 6 }),
  ),
})).value;

/** A valid body with one value somewhere inside replaced by an arbitrary one. */
function mutate(body: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0 || body === null || typeof body !== "object") return replacement;
  const entries = Object.entries(body);
  if (entries.length === 0) return replacement;
  const [index = 0, ...rest] = path;
  const [key, value] = entries[index % entries.length] as [string, unknown];
  const copy: Record<string, unknown> | unknown[] = Array.isArray(body) ? [...body] : { ...body };
  (copy as Record<string, unknown>)[key] = mutate(value, rest, replacement);
  return copy;
}

const checkOutcomes = (provider: WebhookProvider, body: unknown) => {
  let result: ReturnType<typeof parseWebhook>;
  try {
    result = parseWebhook(provider, body);
  } catch (error) {
    // A string is the body's raw text: text that is not JSON is the one typed error.
    expect(typeof body === "string" && error instanceof WebhookParseError).toBe(true);
    return;
  }
  for (const event of result.events) {
    expect(event.source).toBe("webhook");
    expect(event.provider).toBe(provider);
    for (const field of [
      "address",
      "status",
      "diagnosticCode",
      "timestamp",
      "messageId",
      "providerMessageId",
      "providerCategory",
    ] as const) {
      const value = event[field];
      expect(value === null || (typeof value === "string" && value.length <= 4096)).toBe(true);
    }
    expect(typeof event.explanation.reason).toBe("string");
  }
  expect(result.warnings.length).toBeLessThanOrEqual(101);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
};

describe.each(webhookProviders)("%s", (provider) => {
  it("reads any JSON value without throwing or polluting prototypes", () => {
    fc.assert(
      fc.property(hostileJson, (body) => {
        checkOutcomes(provider, body);
        checkOutcomes(provider, JSON.parse(JSON.stringify(body) ?? "null"));
      }),
      { numRuns: 300 },
    );
  });

  it("reads a valid body with any one value changed", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 1, maxLength: 6 }), hostileJson, (path, replacement) => {
        checkOutcomes(provider, mutate(validBodies[provider], path, replacement));
      }),
      { numRuns: 300 },
    );
  });

  it("never accepts or throws for an arbitrary request", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string(),
        fc.dictionary(fc.string({ maxLength: 40 }), fc.string()),
        async (rawBody, headers) => {
          const result = await verifyWebhook(
            provider,
            { rawBody, headers },
            { signingKey: "k", publicKey: "p", secret: "whsec_AAAA", token: "t" } as never,
            {
              seenStore: createMemorySeenStore(),
            },
          );
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });
});

it("detectProvider never throws", () => {
  fc.assert(
    fc.property(hostileJson, fc.dictionary(fc.string(), fc.string()), (body, headers) => {
      const provider = detectProvider(body, headers);
      expect(provider === null || webhookProviders.includes(provider)).toBe(true);
    }),
    { numRuns: 500 },
  );
});

it("a JSON __proto__ key pollutes nothing", () => {
  const body = JSON.parse(
    '[{"__proto__": {"polluted": "yes"}, "event": "bounce", "email": "a@b.example", "constructor": {"prototype": {"polluted": "yes"}}}]',
  );
  const { events } = parseWebhook("sendgrid", body);
  expect(events[0]?.address).toBe("a@b.example");
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
