import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { scenarios } from "./scenarios.js";

/** An error smtp-server sends as a reply with this code. */
const reply = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });
const byAddress = new Map(scenarios.map((scenario) => [scenario.address, scenario]));

/** Starts the embedded SMTP server on 127.0.0.1 and a random port. */
export async function startSmtp(): Promise<{ port: number; close(): Promise<void> }> {
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    hideENHANCEDSTATUSCODES: true,
    logger: false,
    banner: "smtp-codes demo",
    onRcptTo(address, _session, callback) {
      const refusal = byAddress.get(address.address.toLowerCase())?.refusal;
      callback(refusal?.stage === "RCPT" ? reply(refusal.code, refusal.text) : undefined);
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        const refusal = recipients
          .map((address) => byAddress.get(address)?.refusal)
          .find((r) => r?.stage === "DATA");
        if (refusal) return callback(reply(refusal.code, refusal.text));
        callback(null, `2.0.0 Ok: queued as ${randomBytes(5).toString("hex").toUpperCase()}`);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
