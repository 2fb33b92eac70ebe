import { type AddressInfo, createServer, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { readMailboxOnce } from "./read-mailbox-once.js";

/**
 * A hostile IMAP server, scripted: it logs the client in, offers one unseen message, and then
 * announces that message as a literal of 2 GB. The reader must refuse it at the announcement
 * (a clear error, no allocation of what was announced), not after reading it.
 */
interface Scripted {
  port: number;
  close(): Promise<void>;
}

async function hostileServer(literalSize: number): Promise<Scripted> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    socket.write("* OK [CAPABILITY IMAP4rev1 LITERAL+] hostile server ready\r\n");
    let buffered = "";
    socket.on("data", (chunk) => {
      buffered += chunk.toString("latin1");
      let end = buffered.indexOf("\r\n");
      while (end >= 0) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        answer(socket, line);
        end = buffered.indexOf("\r\n");
      }
    });
  });
  const answer = (socket: Socket, line: string) => {
    const [tag, command = "", ...rest] = line.split(" ");
    const verb =
      command.toUpperCase() === "UID" ? `UID ${(rest[0] ?? "").toUpperCase()}` : command.toUpperCase();
    switch (verb) {
      case "CAPABILITY":
        socket.write(`* CAPABILITY IMAP4rev1 LITERAL+\r\n${tag} OK done\r\n`);
        break;
      case "LOGIN":
        socket.write(`${tag} OK [CAPABILITY IMAP4rev1 LITERAL+] logged in\r\n`);
        break;
      case "SELECT":
      case "EXAMINE":
        socket.write(
          `* 1 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 2] ok\r\n* FLAGS (\\Seen)\r\n${tag} OK [READ-WRITE] selected\r\n`,
        );
        break;
      case "UID SEARCH":
        socket.write(`* SEARCH 1\r\n${tag} OK searched\r\n`);
        break;
      case "UID FETCH":
        // The announcement alone; the bytes never come.
        socket.write(`* 1 FETCH (UID 1 RFC822.SIZE ${literalSize} BODY[]<0> {${literalSize}}\r\n`);
        break;
      case "LOGOUT":
        socket.end(`* BYE bye\r\n${tag} OK bye\r\n`);
        break;
      default:
        socket.write(`${tag} OK ${command} done\r\n`);
    }
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    port: (server.address() as AddressInfo).port,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const servers: Scripted[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe("against a hostile IMAP server", () => {
  it("refuses a message announced far beyond maxMessageBytes, at once", async () => {
    const server = await hostileServer(2_000_000_000);
    servers.push(server);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    const failure = await readMailboxOnce({
      host: "127.0.0.1",
      port: server.port,
      secure: false,
      starttls: false,
      auth: { user: "someone", pass: "anything" },
      maxMessageBytes: 1024 * 1024,
      onReport() {
        throw new Error("no message can be reported");
      },
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: "ImapMailboxError", code: "connection" });
    expect(String((failure as Error).message)).toMatch(/LiteralTooLarge|literal|too large/i);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });
});
