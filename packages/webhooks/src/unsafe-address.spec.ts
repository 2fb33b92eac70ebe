import { isSafeAddress } from "@smtp-codes/core";
import { describe, expect, it } from "vitest";
import { parseWebhook } from "./parse.js";
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
import type { WebhookProvider } from "./types.js";

type Sample = readonly [provider: WebhookProvider, payload: unknown, body: (payload: unknown) => unknown];
const asIs = (payload: unknown) => payload;

/** Every provider's sample payloads and how the provider posts them. */
const samples: readonly Sample[] = [
  ...Object.values(sesMessages).map(
    (message): Sample => ["ses", message, (m) => snsNotification(m as never)],
  ),
  ["sendgrid", sendgridBatch, asIs],
  ...Object.values(mailgunEvents).map(
    (eventData): Sample => ["mailgun", eventData, (data) => ({ signature: {}, "event-data": data })],
  ),
  ...Object.values(postmarkEvents).map((body): Sample => ["postmark", body, asIs]),
  ["sparkpost", sparkpostBatch, asIs],
  ...Object.values(resendEvents).map((body): Sample => ["resend", body, asIs]),
  ["mailjet", mailjetBatch, asIs],
  ...Object.values(brevoEvents).map((body): Sample => ["brevo", body, asIs]),
];

/** The payload with a character no address may hold put into every recipient address (all at receiver.example). */
function poisoned(value: unknown, character: string): unknown {
  if (typeof value === "string")
    return value.replace(/([A-Za-z0-9.+_-]+)@([Rr]eceiver\.example)/g, `$1${character}@$2`);
  if (Array.isArray(value)) return value.map((item) => poisoned(item, character));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, poisoned(item, character)]));
  return value;
}

describe("webhook events with an address that holds control or bidirectional characters", () => {
  for (const character of ["\u0000", "\u001b", "\u0085", "\u202e", "\u2066", "\u200b"]) {
    it(`keep the event, give the address as null and warn (U+${character.charCodeAt(0).toString(16).padStart(4, "0")})`, () => {
      for (const [provider, payload, body] of samples) {
        const clean = parseWebhook(provider, JSON.stringify(body(payload)));
        const dirty = parseWebhook(provider, JSON.stringify(body(poisoned(payload, character))));
        expect(dirty.events.length, provider).toBe(clean.events.length);
        const named = clean.events.filter((event) => event.address?.endsWith("@receiver.example"));
        expect(named.length, provider).toBeGreaterThan(0);
        for (const [index, event] of dirty.events.entries()) {
          const before = clean.events[index];
          expect(event.type).toBe(before?.type);
          expect(event.explanation.reason).toBe(before?.explanation.reason);
          if (before?.address?.endsWith("@receiver.example")) expect(event.address, provider).toBeNull();
          else expect(event.address).toBe(before?.address);
          if (event.address !== null) expect(isSafeAddress(event.address)).toBe(true);
        }
        const warnings = dirty.warnings.filter((warning) => warning.code === "unsafeAddress");
        expect(warnings.length, provider).toBe(named.length);
        for (const warning of warnings) expect(isSafeAddress(warning.message)).toBe(true);
      }
    });
  }

  it("names the address escaped, and its place in events", () => {
    const { events, warnings } = parseWebhook("sendgrid", [
      { email: "ok@example.com", event: "delivered", timestamp: 1764547200 },
      {
        email: "ann\u202e@example.com",
        event: "bounce",
        type: "bounce",
        status: "5.1.1",
        timestamp: 1764547200,
      },
    ]);
    expect(events.map((event) => event.address)).toEqual(["ok@example.com", null]);
    expect(events[1]?.explanation.bounce).toBe("hard");
    expect(warnings).toEqual([
      {
        code: "unsafeAddress",
        message:
          "events[1]: the address <ann\\u202e@example.com> holds control or bidirectional characters; it is no address and was left out",
        index: null,
      },
    ]);
  });

  it("trims white space around an address before it looks", () => {
    const { events, warnings } = parseWebhook("sendgrid", [
      { email: " ok@example.com\n", event: "delivered", timestamp: 1764547200 },
    ]);
    expect(events[0]?.address).toBe("ok@example.com");
    expect(warnings).toEqual([]);
  });
});
