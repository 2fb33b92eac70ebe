/**
 * Sending through a pooled nodemailer transport to smtp-server on loopback, with and without
 * `withSmtpCodes` (goal: at most 3 % slower), in alternating rounds; and the heap after each
 * round with the plugin (goal: flat).
 */
import type { AddressInfo } from "node:net";
import { withSmtpCodes } from "@smtp-codes/nodemailer";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";

const perRound = 1_000;

async function startServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      // One recipient in five is refused, as a busy sender sees.
      const refused = Number(/^u(\d+)@/.exec(address.address)?.[1]) % 5 === 0;
      callback(refused ? Object.assign(new Error("5.1.1 User unknown"), { responseCode: 550 }) : undefined);
    },
    onData(stream, _session, callback) {
      stream.on("end", () => callback());
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function round(port: number, plugin: boolean): Promise<number> {
  const transport = nodemailer.createTransport({
    host: "127.0.0.1",
    port,
    pool: true,
    maxConnections: 4,
    ignoreTLS: true,
  });
  const transporter = plugin ? withSmtpCodes(transport) : transport;
  const start = performance.now();
  await Promise.allSettled(
    Array.from({ length: perRound }, (_, i) =>
      transporter.sendMail({ from: "b@example.com", to: `u${i}@example.com`, text: "bench" }),
    ),
  );
  const seconds = (performance.now() - start) / 1000;
  transport.close();
  return perRound / seconds;
}

export async function benchNodemailer(): Promise<void> {
  const server = await startServer();
  await round(server.port, false);
  await round(server.port, true);
  const without: number[] = [];
  const withPlugin: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < 4; i++) {
    without.push(await round(server.port, false));
    withPlugin.push(await round(server.port, true));
    heap.push(process.memoryUsage().heapUsed);
  }
  await server.close();
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const slower = median(without) / median(withPlugin);
  console.log(
    `\nnodemailer, pooled, to smtp-server on loopback (${perRound} messages a round, one in five refused)`,
  );
  console.log(`  without the plugin  ${median(without).toFixed(0).padStart(6)} messages/s`);
  console.log(`  with withSmtpCodes  ${median(withPlugin).toFixed(0).padStart(6)} messages/s`);
  console.log(
    `  time with / without ${slower.toFixed(3)} (goal at most 1.03): ${slower <= 1.03 ? "met" : "MISSED"}`,
  );
  console.log(
    `  heap after each round with the plugin: ${heap.map((bytes) => `${(bytes / 1_048_576).toFixed(1)} MB`).join(", ")}`,
  );
}
