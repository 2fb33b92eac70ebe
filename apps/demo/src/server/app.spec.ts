import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatDuration, labels, listEntries } from "@smtp-codes/core";
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

  it("explains a pasted reply, with the card's words from core's labels", async () => {
    const result = await (await post("/api/explain", { text: "452 4.2.2 Mailbox full", lang: "de" })).json();
    expect(result).toMatchObject({ code: 452, reason: "mailboxFull", locale: "de" });
    const german = labels("de");
    expect(result.view).toEqual({
      verdict: german.reasons.mailboxFull,
      severity: german.severities.transient,
      bounce: german.bounces.soft,
      actor: german.actors.recipient,
      retry: german.retry.after.replace("{duration}", formatDuration(21_600, "de")),
    });
    expect(result.view.retry).toBe("ja, nach 6 Stunden");
    const english = await (await post("/api/explain", { text: "452 4.2.2 Mailbox full" })).json();
    expect(english.view).toMatchObject({ verdict: "Mailbox full", retry: "yes, after 6 hours" });
  });

  it("heads a card with the verdict, not the code's registry title", async () => {
    const gmail =
      "450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.";
    const result = await (await post("/api/explain", { text: gmail })).json();
    expect(result.reason).toBe("rateLimited");
    expect(result.view.verdict).not.toBe(result.title);
    expect(result.view.verdict).toBe("Rate limited");
  });

  it("serves a favicon", async () => {
    for (const path of ["/favicon.ico", "/favicon.svg"]) {
      const response = await fetch(new URL(path, demo.url));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/svg+xml");
      expect(await response.text()).toContain("<svg");
    }
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
    // The card in both languages, for a language switch without sending again.
    expect(outcome.cards.en).toMatchObject({ reason: expected[id]?.reason, locale: "en" });
    expect(outcome.cards.de).toMatchObject({ reason: expected[id]?.reason, locale: "de" });
    expect(outcome.cards.de.view.verdict).not.toBe(outcome.cards.en.view.verdict);
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

describe("pnpm demo on a port in use", () => {
  it.each([
    ["C.UTF-8", "demo: port {port} is in use; start it on another one with PORT, e.g. PORT=3001 pnpm demo"],
    [
      "de_DE.UTF-8",
      "Demo: Port {port} ist belegt; mit PORT auf einem anderen starten, z. B. PORT=3001 pnpm demo",
    ],
  ])("prints one line naming the port and PORT, and exits 1 (LANG=%s)", async (lang, expected) => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", () => resolve()));
    const { port } = blocker.address() as { port: number };
    const main = join(dirname(fileURLToPath(import.meta.url)), "../../dist/server/main.js");
    const { LC_ALL: _all, LC_MESSAGES: _messages, ...environment } = process.env;
    const child = spawn(process.execPath, [main], {
      env: { ...environment, LANG: lang, PORT: String(port) },
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    blocker.close();
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([expected.replace("{port}", String(port))]);
  });
});
