import type { AddressInfo } from "node:net";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpPino } from "./index.js";
import { type RunningServer, startRefusingServer, transportTo } from "./testing/mail.js";

let smtp: RunningServer;
beforeAll(async () => {
  smtp = await startRefusingServer();
});
afterAll(() => smtp.close());

describe("with Fastify's logger", () => {
  it("explains the SMTP error of a failing route in Fastify's own error record", async () => {
    const lines: string[] = [];
    const app = Fastify({
      logger: {
        ...smtpPino({ messagePrefix: true }),
        level: "info",
        stream: { write: (line: string) => void lines.push(line) },
      },
    });
    const transporter = transportTo(smtp.port);
    app.post("/welcome", async (request) => {
      const { to } = request.body as { to: string };
      await transporter.sendMail({ from: "app@example.com", to, subject: "Welcome", text: "Hello" });
      request.log.info({ to }, "welcome mail sent");
      return { sent: true };
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
    try {
      const { port } = app.server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/welcome`;
      const post = (to: string) =>
        fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ to }),
        });
      expect((await post("gone@example.com")).status).toBe(500);
      expect((await post("ok@example.com")).status).toBe(200);
    } finally {
      await app.close();
    }
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const failure = records.find((record) => record.level === 50);
    expect(failure).toMatchObject({
      reqId: expect.any(String),
      err: { code: "EENVELOPE", command: "RCPT TO" },
      smtp: { code: 550, enhanced: "5.1.1", reason: "userUnknown", bounce: "hard", retryable: false },
    });
    expect(String(failure?.msg)).toMatch(
      /^\[550 5\.1\.1 permanent · hard bounce · User unknown · Retry\? no; /,
    );
    // Fastify's request records pass through as Fastify writes them.
    const incoming = records.filter((record) => record.msg === "incoming request");
    expect(incoming).toHaveLength(2);
    for (const record of incoming) {
      expect(record).not.toHaveProperty("smtp");
      expect(record.req).toMatchObject({ method: "POST", url: "/welcome" });
    }
    expect(records.find((record) => record.msg === "welcome mail sent")).toMatchObject({
      to: "ok@example.com",
    });
  });
});
