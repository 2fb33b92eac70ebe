import { suppressionOf } from "@smtp-codes/core";
import { describe, expect, it } from "vitest";
import { detectProvider } from "./detect.js";
import { parseWebhook, WebhookParseError } from "./parse.js";
import {
  brevoEvents,
  eventIso,
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

const summary = (events: ReturnType<typeof parseWebhook>["events"]) =>
  events.map((event) => ({
    type: event.type,
    address: event.address,
    reason: event.explanation.reason,
    bounce: event.explanation.bounce,
    suppress: suppressionOf(event),
  }));

describe("ses", () => {
  it("reads a bounce notification inside an SNS message, one event per recipient", () => {
    const { events, warnings } = parseWebhook("ses", JSON.stringify(snsNotification(sesMessages.bounce)));
    expect(warnings).toEqual([]);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      source: "webhook",
      provider: "ses",
      type: "bounce",
      address: "gone@receiver.example",
      action: "failed",
      status: "5.1.1",
      timestamp: eventIso,
      messageId: "order-42@sender.example",
      providerMessageId: "0102018f-ses-message-1",
      providerCategory: "Permanent/General",
      remoteMta: "192.0.2.25",
    });
    expect(events[0]?.diagnosticCode).toContain("Recipient address rejected");
    expect(summary(events)).toEqual([
      {
        type: "bounce",
        address: "gone@receiver.example",
        reason: "userUnknown",
        bounce: "hard",
        suppress: "hardBounce",
      },
      {
        type: "bounce",
        address: "full@receiver.example",
        reason: "mailboxFull",
        bounce: "soft",
        suppress: null,
      },
    ]);
  });

  it("explains a bounce without a reply from its subtype", () => {
    const [event] = parseWebhook("ses", sesMessages.noEmail).events;
    expect(event?.explanation).toMatchObject({
      reason: "userUnknown",
      bounce: "hard",
      rule: "provider:ses:Permanent/NoEmail",
      code: null,
    });
  });

  it("reads complaints, deliveries, delays and event-publishing records", () => {
    expect(summary(parseWebhook("ses", sesMessages.complaint).events)).toEqual([
      {
        type: "complaint",
        address: "angry@receiver.example",
        reason: "undefined",
        bounce: null,
        suppress: "complaint",
      },
    ]);
    const delivered = parseWebhook("ses", snsNotification(sesMessages.delivery)).events;
    expect(delivered.map((event) => [event.type, event.address, event.explanation.reason])).toEqual([
      ["delivered", "happy@receiver.example", "delivered"],
      ["delivered", "glad@receiver.example", "delivered"],
    ]);
    const [delay] = parseWebhook("ses", sesMessages.deliveryDelay).events;
    expect(delay).toMatchObject({
      type: "delay",
      action: "delayed",
      providerCategory: "DeliveryDelay/MailboxFull",
      willRetryUntil: "2026-12-01T20:00:00.000Z",
    });
    expect(delay?.explanation.reason).toBe("mailboxFull");
    const rejected = parseWebhook("ses", {
      eventType: "Reject",
      reject: { reason: "Bad content" },
      mail: { messageId: "ses-2", destination: ["one@receiver.example", "two@receiver.example"] },
    }).events;
    expect(rejected.map((event) => [event.type, event.providerCategory, event.explanation.reason])).toEqual([
      ["dropped", "Bad content", "virusDetected"],
      ["dropped", "Bad content", "virusDetected"],
    ]);
    const [open] = parseWebhook("ses", sesMessages.open).events;
    expect(open).toMatchObject({
      type: "other",
      address: "reader@receiver.example",
      providerCategory: "Open",
    });
  });

  it("surfaces a subscription confirmation without acting on it", () => {
    const confirmation = snsSubscriptionConfirmation();
    const result = parseWebhook("ses", confirmation);
    expect(result.events).toEqual([]);
    expect(result.subscription).toMatchObject({
      type: "SubscriptionConfirmation",
      topicArn: confirmation.TopicArn,
      subscribeUrl: confirmation.SubscribeURL,
      token: confirmation.Token,
    });
  });

  it("warns about a Message that is not JSON", () => {
    const result = parseWebhook("ses", snsNotification("x", { Message: "{not json" }));
    expect(result.events).toEqual([]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["malformedMessage"]);
  });
});

describe("sendgrid", () => {
  it("reads a batch: bounces, blocks, deferrals, drops, and the rest passed through", () => {
    const { events, warnings } = parseWebhook("sendgrid", JSON.stringify(sendgridBatch));
    expect(warnings).toEqual([]);
    expect(events.map((event) => [event.type, event.providerCategory, event.explanation.reason])).toEqual([
      ["other", "processed", "undefined"],
      ["bounce", "Invalid Address", "userUnknown"],
      ["delay", "deferred", "greylisted"],
      ["dropped", "Bounced Address", "userUnknown"],
      ["delivered", "delivered", "delivered"],
      ["complaint", "spamreport", "undefined"],
      ["other", "open", "undefined"],
      ["bounce", "Reputation", "blocked"],
    ]);
    expect(events[1]).toMatchObject({
      messageId: "order-43@sender.example",
      providerMessageId: "sg-2.filter-1",
      status: "5.1.1",
    });
    expect(suppressionOf(events[3] as (typeof events)[number])).toBe("hardBounce");
  });
});

describe("mailgun", () => {
  it("reads failed, delivered and complained events, joining code and message into the reply", () => {
    const bodies = Object.values(mailgunEvents).map((eventData) => ({
      signature: {},
      "event-data": eventData,
    }));
    const events = bodies.flatMap((body) => parseWebhook("mailgun", body).events);
    expect(
      events.map((event) => [
        event.type,
        event.providerCategory,
        event.explanation.reason,
        event.explanation.bounce,
      ]),
    ).toEqual([
      ["bounce", "permanent/bounce", "userUnknown", "hard"],
      ["delay", "temporary/generic", "mailboxFull", "soft"],
      ["delivered", "delivered", "delivered", null],
      ["complaint", "complained", "undefined", null],
      ["dropped", "permanent/suppress-bounce", "userUnknown", "hard"],
    ]);
    expect(events[0]).toMatchObject({
      diagnosticCode: "550 5.1.1 The email account that you tried to reach does not exist.",
      remoteMta: "mx.receiver.example",
      messageId: "20261201080000.1@mg.sender.example",
      timestamp: "2026-12-01T08:00:00.250Z",
    });
  });
});

describe("postmark", () => {
  it("reads bounces, deliveries, complaints and subscription changes", () => {
    const events = Object.values(postmarkEvents).flatMap((body) => parseWebhook("postmark", body).events);
    expect(events.map((event) => [event.type, event.providerCategory, event.explanation.reason])).toEqual([
      ["bounce", "HardBounce", "userUnknown"],
      ["bounce", "SoftBounce", "undefined"],
      ["delivered", "Delivery", "delivered"],
      ["complaint", "SpamComplaint", "undefined"],
      ["unsubscribed", "ManualSuppression", "undefined"],
    ]);
    expect(events[0]).toMatchObject({
      address: "gone@receiver.example",
      providerMessageId: "883953f4-6105-42a2-a16a-77a8eac79483",
      timestamp: eventIso,
    });
    expect(events[1]?.explanation.severity).toBe("transient");
  });
});

describe("sparkpost", () => {
  it("reads a batch of message, track and unsubscribe events by bounce class", () => {
    const { events, warnings } = parseWebhook("sparkpost", sparkpostBatch);
    expect(warnings).toEqual([]);
    expect(events.map((event) => [event.type, event.providerCategory, event.explanation.reason])).toEqual([
      ["bounce", "10", "userUnknown"],
      ["bounce", "22", "mailboxFull"],
      ["delivered", "delivery", "delivered"],
      ["complaint", "abuse", "undefined"],
      ["other", "click", "undefined"],
      ["unsubscribed", "list_unsubscribe", "undefined"],
    ]);
    expect(events[0]?.diagnosticCode).toContain("User unknown");
  });
});

describe("resend", () => {
  it("reads SES-style bounce classes and one event per recipient", () => {
    const [bounced] = parseWebhook("resend", resendEvents.bounced).events;
    expect(bounced).toMatchObject({
      type: "dropped",
      providerCategory: "Permanent/Suppressed",
      providerMessageId: "56761188-7520-42d8-8898-ff6fc54ce618",
    });
    expect(bounced?.explanation).toMatchObject({ reason: "userUnknown", bounce: "hard" });
    expect(parseWebhook("resend", resendEvents.delivered).events.map((event) => event.address)).toEqual([
      "happy@receiver.example",
      "glad@receiver.example",
    ]);
    expect(parseWebhook("resend", resendEvents.complained).events[0]?.type).toBe("complaint");
  });
});

describe("mailjet", () => {
  it("reads a grouped batch with its error table", () => {
    const { events } = parseWebhook("mailjet", mailjetBatch);
    expect(events.map((event) => [event.type, event.providerCategory, event.explanation.reason])).toEqual([
      ["bounce", "user unknown", "userUnknown"],
      ["dropped", "preblocked", "undefined"],
      ["delivered", "sent", "delivered"],
      ["complaint", "spam", "undefined"],
      ["other", "open", "undefined"],
    ]);
    expect(events[2]?.diagnosticCode).toBe("250 2.0.0 OK 1796112000 queued");
    expect(events[0]?.providerMessageId).toBe("1942177783514649");
  });
});

describe("brevo", () => {
  it("reads events with the original Message-ID", () => {
    const events = Object.values(brevoEvents).flatMap((body) => parseWebhook("brevo", body).events);
    expect(events.map((event) => [event.type, event.explanation.reason, suppressionOf(event)])).toEqual([
      ["bounce", "userUnknown", "hardBounce"],
      ["bounce", "mailboxFull", null],
      ["delivered", "delivered", null],
      ["complaint", "undefined", "complaint"],
      ["unsubscribed", "undefined", "unsubscribed"],
    ]);
    expect(events[0]).toMatchObject({
      messageId: "202612010800.12345@smtp-relay.sender.example",
      timestamp: eventIso,
    });
  });
});

describe("bad input", () => {
  it("throws a typed error for text that is not JSON and for an unknown provider", () => {
    expect(() => parseWebhook("sendgrid", "[{")).toThrow(WebhookParseError);
    expect(() => parseWebhook("nobody" as never, [])).toThrow(/unknown provider/);
  });

  it("keeps what it can read and warns about the rest", () => {
    const { events, warnings } = parseWebhook("sendgrid", [
      { event: 42, email: ["x"], timestamp: "soon" },
      "text",
      null,
    ]);
    expect(events).toHaveLength(3);
    expect(events.every((event) => event.type === "other" && event.address === null)).toBe(true);
    expect(warnings.map((warning) => warning.code)).toContain("wrongType");
    expect(warnings.some((warning) => warning.index === 0)).toBe(true);
  });

  it("reads at most maxEvents events of a batch", () => {
    const batch = Array.from({ length: 10_001 }, (_, index) => ({
      email: `r${index}@receiver.example`,
      event: "delivered",
      timestamp: 1,
    }));
    const { events, warnings } = parseWebhook("sendgrid", batch);
    expect(events).toHaveLength(10_000);
    expect(warnings.map((warning) => warning.code)).toEqual(["tooManyEvents"]);
    expect(parseWebhook("sendgrid", batch, { maxEvents: 5 }).events).toHaveLength(5);
  });

  it("cuts huge strings", () => {
    const [event] = parseWebhook("brevo", {
      event: "hard_bounce",
      email: "a@b.example",
      reason: `550 ${"x".repeat(1_000_000)}`,
    }).events;
    expect(event?.diagnosticCode?.length).toBe(4096);
  });

  it("answers in German when asked", () => {
    const [event] = parseWebhook("postmark", postmarkEvents.hardBounce, { locale: "de" }).events;
    expect(event?.explanation.locale).toBe("de");
  });
});

describe("detectProvider", () => {
  it.each([
    ["ses", snsNotification(sesMessages.bounce), {}],
    ["ses", sesMessages.complaint, {}],
    ["sendgrid", sendgridBatch, {}],
    ["mailgun", { signature: {}, "event-data": mailgunEvents.failed }, {}],
    ["postmark", postmarkEvents.hardBounce, {}],
    ["sparkpost", sparkpostBatch, {}],
    ["resend", resendEvents.bounced, {}],
    ["mailjet", mailjetBatch, {}],
    ["brevo", brevoEvents.hardBounce, {}],
    ["resend", {}, { "svix-id": "msg_1" }],
    ["ses", {}, { "x-amz-sns-message-type": "Notification" }],
  ])("recognises %s", (provider, body, headers) => {
    expect(detectProvider(body, headers)).toBe(provider);
  });

  it("recognises nothing in a body of no provider", () => {
    expect(detectProvider({ hello: "world" }, {})).toBeNull();
    expect(detectProvider(null)).toBeNull();
    expect(detectProvider([1, 2, 3])).toBeNull();
  });
});
