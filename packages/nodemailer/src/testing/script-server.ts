import { type AddressInfo, createServer, type Socket } from "node:net";
import type { RunningServer } from "./smtp-server.js";

/**
 * What the scripted server does with a command: a reply (any number of lines), `"drop"` to close
 * the connection, `"silence"` to say nothing. `undefined` falls back to a plain success.
 */
export type ScriptAnswer = string | Buffer | "drop" | "silence" | undefined;

/** A scripted SMTP peer for what smtp-server cannot do: multi-line refusals, EHLO refusal, drops. */
export interface Script {
  /** The greeting, or `"silence"` for a server that never answers. */
  readonly greeting?: string | "silence";
  /** Answers a command line (without CRLF), in upper-case verb form as sent. */
  readonly command?: (line: string) => ScriptAnswer;
  /** Answers the message data, or `"drop"` to close the connection in the middle of it. */
  readonly data?: ScriptAnswer;
}

const defaults: Record<string, string> = {
  EHLO: "250-test.example\r\n250 8BITMIME",
  HELO: "250 test.example",
  MAIL: "250 2.1.0 Ok",
  RCPT: "250 2.1.5 Ok",
  DATA: "354 End data with <CR><LF>.<CR><LF>",
  RSET: "250 2.0.0 Ok",
  QUIT: "221 2.0.0 Bye",
  NOOP: "250 2.0.0 Ok",
};

/** Starts a raw TCP server on 127.0.0.1 that speaks the given script. */
export async function startScriptServer(script: Script): Promise<RunningServer> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    if (script.greeting === "silence") return;
    socket.write(`${script.greeting ?? "220 test.example ESMTP"}\r\n`);
    let buffer = "";
    let inData = false;
    socket.on("data", (chunk) => {
      buffer += chunk.toString("latin1");
      if (inData) {
        if (script.data === "drop") return void socket.destroy();
        const end = buffer.indexOf("\r\n.\r\n");
        if (end < 0) return;
        buffer = buffer.slice(end + 5);
        inData = false;
        answer(socket, script.data === undefined ? "250 2.0.0 Ok: queued as SCRIPT1" : script.data);
      }
      for (let newline = buffer.indexOf("\r\n"); newline >= 0 && !inData; newline = buffer.indexOf("\r\n")) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.split(/[ :]/)[0]?.toUpperCase() ?? "";
        const scripted = script.command?.(line);
        const response = scripted ?? defaults[verb] ?? "502 5.5.2 Command not implemented";
        if (verb === "DATA" && typeof response === "string" && response.startsWith("354")) inData = true;
        answer(socket, response);
        if (verb === "QUIT") socket.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function answer(socket: Socket, response: ScriptAnswer): void {
  if (response === "drop") return void socket.destroy();
  if (response === "silence" || response === undefined) return;
  if (Buffer.isBuffer(response)) return void socket.write(response);
  if (response.startsWith("partial:")) {
    // Half a reply, then the connection closes.
    socket.write(response.slice("partial:".length));
    return void socket.end();
  }
  socket.write(`${response.replace(/\r?\n/g, "\r\n")}\r\n`);
}

/** A port on 127.0.0.1 where nothing listens. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
