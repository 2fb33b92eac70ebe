import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { smtpOf, withSmtpCodes } from "./index.js";
import { reply, startSmtpServer } from "./testing/smtp-server.js";

/** A small seeded generator (mulberry32), so that every run refuses the same recipients. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const messages = 5_000;
const random = seeded(20261129);
/** What the server does with recipient i: accept, unknown user, or full mailbox. */
const plan = Array.from({ length: messages }, () => {
  const draw = random();
  return draw < 0.15 ? "unknown" : draw < 0.25 ? "full" : "ok";
});

const tcpHandles = () => process.getActiveResourcesInfo().filter((name) => name.startsWith("TCP")).length;

describe("load", () => {
  it(`sends ${messages} messages through a pooled transport, every failure explained once`, async () => {
    const handlesBefore = tcpHandles();
    const server = await startSmtpServer({
      onRcptTo(address, _session, callback) {
        const i = Number(/^user(\d+)@/.exec(address.address)?.[1]);
        const outcome = plan[i];
        if (outcome === "unknown")
          return callback(reply(550, `5.1.1 <${address.address}>: Recipient address rejected: User unknown`));
        if (outcome === "full") return callback(reply(452, "4.2.2 Mailbox full"));
        callback();
      },
    });
    const transporter = withSmtpCodes(
      nodemailer.createTransport({
        host: "127.0.0.1",
        port: server.port,
        pool: true,
        maxConnections: 5,
        secure: false,
        ignoreTLS: true,
      }),
    );
    const results = await Promise.allSettled(
      plan.map((_, i) =>
        transporter.sendMail({
          from: "load@example.com",
          to: `user${i}@example.com`,
          subject: `#${i}`,
          text: "load",
        }),
      ),
    );
    transporter.close();
    await server.close();

    expect(results).toHaveLength(messages);
    const counts = { ok: 0, unknown: 0, full: 0 };
    results.forEach((result, i) => {
      const expected = plan[i] as keyof typeof counts;
      counts[expected]++;
      if (expected === "ok") {
        expect(result.status, `message ${i}`).toBe("fulfilled");
        expect(smtpOf((result as PromiseFulfilledResult<unknown>).value)?.reason).toBe("delivered");
      } else {
        expect(result.status, `message ${i}`).toBe("rejected");
        const smtp = smtpOf((result as PromiseRejectedResult).reason);
        expect(smtp?.reason, `message ${i}`).toBe(expected === "unknown" ? "userUnknown" : "mailboxFull");
        expect(smtp?.recipients?.[0]?.recipient).toBe(`user${i}@example.com`);
      }
    });
    expect(counts.ok + counts.unknown + counts.full).toBe(messages);
    expect(counts.unknown).toBeGreaterThan(0);
    expect(counts.full).toBeGreaterThan(0);

    // Nothing left open: the pool's and the server's sockets are gone.
    for (let tries = 0; tries < 50 && tcpHandles() > handlesBefore; tries++)
      await new Promise((r) => setTimeout(r, 20));
    expect(tcpHandles()).toBeLessThanOrEqual(handlesBefore);
  }, 120_000);
});
