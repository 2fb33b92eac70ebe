import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { listEntries } from "@smtp-codes/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemo } from "./app.js";
import { scenarios } from "./scenarios.js";

let demo: Awaited<ReturnType<typeof startDemo>>;
beforeAll(async () => {
  demo = await startDemo(0, join(dirname(fileURLToPath(import.meta.url)), "../../dist/web"));
});
afterAll(async () => {
  await demo.close();
});

const post = (path: string, body: unknown) =>
  fetch(new URL(path, demo.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("the demo's API", () => {
  it("serves the page with a strict content security policy", async () => {
    const response = await fetch(demo.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await response.text()).toContain('<script type="module" src="/app.js">');
  });

  it("lists the catalogue in both languages", async () => {
    const en = await (await fetch(new URL("/api/catalogue?lang=en", demo.url))).json();
    const de = await (await fetch(new URL("/api/catalogue?lang=de", demo.url))).json();
    // The registry's codes and the providers' own (5.7.708 ...), as listEntries gives them.
    expect(en.entries).toHaveLength(listEntries().length);
    expect(en.entries.find((e: { code: string }) => e.code === "5.7.708").vendor).toBe("Microsoft");
    expect(de.entries.find((e: { code: string }) => e.code === "X.2.2").title).toBe("Postfach voll");
  });

  it("explains a pasted reply", async () => {
    const result = await (await post("/api/explain", { text: "452 4.2.2 Mailbox full", lang: "de" })).json();
    expect(result).toMatchObject({ code: 452, reason: "mailboxFull", locale: "de" });
  });

  const expected: Record<string, { ok: boolean; reason: string }> = {
    unknown: { ok: false, reason: "userUnknown" },
    full: { ok: false, reason: "mailboxFull" },
    greylist: { ok: false, reason: "greylisted" },
    spam: { ok: false, reason: "spamDetected" },
    toobig: { ok: false, reason: "messageTooBig" },
    ratelimit: { ok: false, reason: "rateLimited" },
    dmarc: { ok: false, reason: "authFailure" },
    accepted: { ok: true, reason: "delivered" },
  };

  it.each(scenarios.map((s) => s.id))("sends a test mail to the %s mailbox", async (id) => {
    const outcome = await (await post("/api/send", { scenario: id })).json();
    expect(outcome).toMatchObject({ ok: expected[id]?.ok, smtp: { reason: expected[id]?.reason } });
    expect(JSON.parse(outcome.logLine).smtp).toMatchObject({ reason: expected[id]?.reason });
  });

  it("refuses bad requests with clear errors", async () => {
    expect((await post("/api/send", { scenario: "nope" })).status).toBe(400);
    expect((await post("/api/explain", { text: 42 })).status).toBe(400);
    expect(
      (await fetch(new URL("/api/explain", demo.url), { method: "POST", body: "not json" })).status,
    ).toBe(400);
    expect((await post("/api/explain", { text: "x".repeat(70_000) })).status).toBe(413);
    expect((await fetch(new URL("/nope", demo.url))).status).toBe(404);
  });
});
