import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";

/**
 * The receiving server the real MTAs relay to: an smtp-server on an ephemeral loopback port
 * that answers each recipient by the scenario its local part starts with
 * (`unknown-1@bounce-test.example`).
 */
export interface Scenario {
  /** Where the fake MX refuses: at RCPT TO, or after the message's DATA. */
  readonly stage: "RCPT" | "DATA" | null;
  /** The reply, as the fake MX sends it. */
  readonly reply: string | null;
  /** How many attempts it refuses before it accepts (greylisting); `Infinity`: never accepts. */
  readonly refusals: number;
}

export const scenarios = {
  ok: { stage: null, reply: null, refusals: 0 },
  unknown: {
    stage: "RCPT",
    reply: "550 5.1.1 fake MX: no mailbox by that name here",
    refusals: Number.POSITIVE_INFINITY,
  },
  full: {
    stage: "RCPT",
    reply: "552 5.2.2 fake MX: the mailbox is full",
    refusals: Number.POSITIVE_INFINITY,
  },
  // refused at the first two attempts, accepted at the third: a delay warning, then delivered
  greylist: { stage: "RCPT", reply: "451 4.7.1 fake MX: greylisted, try again later", refusals: 2 },
  // refused until the MTA's retry rule gives up: a delay warning, then a bounce with this 4xx
  tempfail: {
    stage: "RCPT",
    reply: "451 4.3.0 fake MX: temporary local problem",
    refusals: Number.POSITIVE_INFINITY,
  },
  // a reply of two lines (550-... then 550 ...), as large providers write them
  multiline: {
    stage: "RCPT",
    reply: "550 5.1.1 fake MX: the mailbox you tried to reach does not exist\n5.1.1 please check the address",
    refusals: Number.POSITIVE_INFINITY,
  },
  content: {
    stage: "DATA",
    reply: "554 5.6.0 fake MX: message content rejected",
    refusals: Number.POSITIVE_INFINITY,
  },
} as const satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof scenarios;

export function scenarioOf(address: string): Scenario {
  const prefix = address.split("@")[0]?.split("-")[0] ?? "";
  return prefix in scenarios ? scenarios[prefix as ScenarioName] : scenarios.ok;
}

/** The reply the fake MX sends for a refusal at MAIL FROM: the sender's local part ends in `+refused`. */
export const senderRefusal = "553 5.7.1 fake MX: mail from this sender is refused";

function refusal(reply: string): Error & { responseCode: number } {
  const lines = reply.slice(4).split("\n");
  // smtp-server sends an array as the lines of a multi-line reply
  const message = (lines.length > 1 ? lines : lines[0]) as string;
  return Object.assign(new Error(), { message, responseCode: Number(reply.slice(0, 3)) });
}

export interface FakeMx {
  readonly port: number;
  /** How many times each recipient was offered, and which were accepted with a message. */
  readonly attempts: Map<string, number>;
  readonly delivered: Set<string>;
  close(): Promise<void>;
}

/** Starts the fake MX on 127.0.0.1 at an ephemeral port. */
export async function startFakeMx(): Promise<FakeMx> {
  const attempts = new Map<string, number>();
  const delivered = new Set<string>();
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    // the replies carry their enhanced codes themselves
    hideENHANCEDSTATUSCODES: true,
    logger: false,
    onMailFrom(address: SMTPServerAddress, _session, callback) {
      if (/\+refused@/i.test(address.address)) {
        callback(refusal(senderRefusal));
        return;
      }
      callback();
    },
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const recipient = address.address.toLowerCase();
      const scenario = scenarioOf(recipient);
      const attempt = (attempts.get(recipient) ?? 0) + 1;
      attempts.set(recipient, attempt);
      if (scenario.stage === "RCPT" && scenario.reply && attempt <= scenario.refusals) {
        callback(refusal(scenario.reply));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        const recipients = session.envelope.rcptTo.map((entry) => entry.address.toLowerCase());
        const content = recipients.map(scenarioOf).find((scenario) => scenario.stage === "DATA");
        if (content?.reply) {
          callback(refusal(content.reply));
          return;
        }
        for (const recipient of recipients) delivered.add(recipient);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    attempts,
    delivered,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The loopback address the MTAs send the refused domain to, at the fake MX's port: the fake
 * MX listens on 127.0.0.1 only. (Not 127.0.0.1 at another port: Exim would pass that mail
 * down its open connection to the fake MX, which it keys by IP address.)
 */
export const refusingHost = "127.0.0.2";

/** Whether a connection to host:port is refused (checked before a spec relies on it). */
export function refusesConnections(host: string, port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = connect({ host, port }, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}
