import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import pino9 from "pino9";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpPino } from "./index.js";
import { type RunningServer, send, startRefusingServer } from "./testing/mail.js";

/** A worker-thread transport of either major, and how to wait until it has written everything. */
type MakeTransport = (destination: string) => {
  stream: NodeJS.WritableStream;
  make: (options: object) => pino.Logger;
};

const transports: [string, MakeTransport][] = [
  [
    "pino 10",
    (destination) => {
      const stream = pino.transport({ target: "pino/file", options: { destination } });
      return { stream, make: (options) => pino(options, stream) };
    },
  ],
  [
    "pino 9",
    (destination) => {
      const stream = pino9.transport({ target: "pino/file", options: { destination } });
      return {
        stream,
        make: (options) => pino9(options as pino9.LoggerOptions, stream) as unknown as pino.Logger,
      };
    },
  ],
];

let server: RunningServer;
let folder: string;
beforeAll(async () => {
  server = await startRefusingServer();
  folder = await mkdtemp(join(tmpdir(), "smtp-pino-"));
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

describe.each(transports)("%s through pino.transport to a worker thread", (name, makeTransport) => {
  it("writes the smtp field and the prefixed message", async () => {
    const destination = join(folder, `${name.replace(" ", "-")}.log`);
    const { stream, make } = makeTransport(destination);
    const logger = make(smtpPino({ locale: "de", messagePrefix: true }));
    const err = await send(server.port, ["gone@example.com"]);
    logger.error(err, "send failed");
    logger.info({ orderId: 42 }, "order placed");
    await new Promise<void>((resolve) => {
      stream.on("close", () => resolve());
      stream.end();
    });
    const [failure, plain] = (await readFile(destination, "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(failure?.smtp).toMatchObject({
      code: 550,
      reason: "userUnknown",
      bounce: "hard",
      summary: "Das Postfach des Empfängers existiert nicht.",
    });
    expect(failure?.msg).toMatch(
      /^\[550 5\.1\.1 dauerhaft · Hard Bounce · Empfänger unbekannt · Wiederholen\? nein; .*\] send failed$/,
    );
    expect(failure?.err).toMatchObject({ code: "EENVELOPE", command: "RCPT TO" });
    expect(plain).toMatchObject({ orderId: 42, msg: "order placed" });
    expect(plain).not.toHaveProperty("smtp");
  });
});
