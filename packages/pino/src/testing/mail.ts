import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";

/** A running test server on 127.0.0.1 and a random port. */
export interface RunningServer {
  readonly port: number;
  close(): Promise<void>;
}

/** An error whose reply smtp-server sends. */
function refusal(code: number, text: string): Error & { responseCode: number } {
  return Object.assign(new Error(text), { responseCode: code });
}

/**
 * nodemailer's smtp-server on 127.0.0.1 that refuses every recipient whose local part starts
 * with `gone` (550 5.1.1) and accepts the others.
 */
export async function startRefusingServer(): Promise<RunningServer> {
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    hideENHANCEDSTATUSCODES: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("gone")) {
        callback(refusal(550, `5.1.1 <${address.address}>: Recipient address rejected: User unknown`));
      } else callback();
    },
    onData(stream, _session, callback) {
      stream.on("end", () => callback());
      stream.resume();
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A transport to the server, without TLS, pooling or retries. */
export function transportTo(port: number) {
  return nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
}

/** What sendMail rejects with (or resolves to), for a test to log. */
export async function send(port: number, to: string[]): Promise<unknown> {
  try {
    return await transportTo(port).sendMail({ from: "app@example.com", to, subject: "Hi", text: "Hello" });
  } catch (error) {
    return error;
  }
}

/** A port on 127.0.0.1 where nothing listens: a server started and closed again. */
export async function closedPort(): Promise<number> {
  const server = await startRefusingServer();
  await server.close();
  return server.port;
}
