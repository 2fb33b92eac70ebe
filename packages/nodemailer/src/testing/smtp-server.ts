import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

/** A running test server on 127.0.0.1 and a random port. */
export interface RunningServer {
  readonly port: number;
  close(): Promise<void>;
}

/** An error whose reply code smtp-server sends; the text carries the enhanced code itself. */
export function reply(code: number, text: string): Error & { responseCode: number } {
  return Object.assign(new Error(text), { responseCode: code });
}

/** Starts nodemailer's own smtp-server, scripted by the hooks in `options`. */
export async function startSmtpServer(options: SMTPServerOptions): Promise<RunningServer> {
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    hideENHANCEDSTATUSCODES: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on("end", () => callback());
      stream.resume();
    },
    ...options,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
