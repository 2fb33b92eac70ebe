import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RecipientOutcome } from "@smtp-codes/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemo } from "./app.js";
import { sampleProviders } from "./webhooks.js";

let demo: Awaited<ReturnType<typeof startDemo>>;
beforeAll(async () => {
  demo = await startDemo(0, join(dirname(fileURLToPath(import.meta.url)), "../../dist/web"));
});
afterAll(async () => {
  await demo.close();
});

const events = async (): Promise<RecipientOutcome[]> =>
  (
    (await (await fetch(new URL("/api/webhooks/events", demo.url))).json()) as {
      events: { outcome: RecipientOutcome }[];
    }
  ).events.map((event) => event.outcome);

describe("the demo's webhook endpoint", () => {
  it.each(sampleProviders)("takes a signed %s sample over HTTP and shows its events", async (provider) => {
    const sent = await (
      await fetch(new URL(`/api/webhooks/sample?provider=${provider}`, demo.url), { method: "POST" })
    ).json();
    expect(sent).toMatchObject({ provider, status: 200, answer: { ok: true, provider } });
    expect(sent.answer.events).toBeGreaterThan(0);
    const latest = (await events())[0];
    expect(latest).toMatchObject({ source: "webhook", provider });
    expect(typeof latest?.explanation.reason).toBe("string");
  });

  it("explains what it received", async () => {
    const all = await events();
    const byAddress = (address: string) => all.find((event) => event.address === address)?.explanation;
    expect(byAddress("gone@receiver.example")).toMatchObject({ reason: "userUnknown", bounce: "hard" });
    expect(byAddress("busy@receiver.example")).toMatchObject({ reason: "greylisted", retryable: true });
    expect(byAddress("full@receiver.example")).toMatchObject({ reason: "mailboxFull" });
    expect(all.find((event) => event.address === "angry@receiver.example")?.type).toBe("complaint");
  });

  it("refuses forged, oversize, mistyped and malformed requests", async () => {
    const before = (await events()).length;
    const post = (path: string, body: string, headers: Record<string, string>) =>
      fetch(new URL(path, demo.url), { method: "POST", body, headers }).then((response) => response.status);
    const json = { "content-type": "application/json" };
    expect(
      await post("/webhooks/sendgrid", "[]", {
        ...json,
        "x-twilio-email-event-webhook-signature": Buffer.from("forged").toString("base64"),
        "x-twilio-email-event-webhook-timestamp": String(Math.floor(Date.now() / 1000)),
      }),
    ).toBe(401);
    expect(
      await post("/webhooks/postmark", "{}", {
        ...json,
        authorization: `Basic ${Buffer.from("demo:guess").toString("base64")}`,
      }),
    ).toBe(401);
    expect(await post("/webhooks/brevo", "x".repeat(300 * 1024), json)).toBe(413);
    expect(await post("/webhooks/brevo", "{}", { "content-type": "text/html" })).toBe(415);
    expect(await post("/webhooks/ses", "{}", json)).toBe(404);
    expect(await post("/api/webhooks/sample?provider=nobody", "", json)).toBe(400);
    expect((await events()).length).toBe(before);
  });

  it("serves the events page", async () => {
    const response = await fetch(new URL("/webhooks.html", demo.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<script type="module" src="/webhooks.js">');
  });
});
