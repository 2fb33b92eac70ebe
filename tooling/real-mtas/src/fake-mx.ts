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

function refusal(reply: string): Error & { responseCode: number } {
  return Object.assign(new Error(reply.slice(4)), { responseCode: Number(reply.slice(0, 3)) });
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
 * A loopback port that refuses connections: a privileged one (no unprivileged program can
 * take it while the test runs, unlike a released ephemeral port), checked to refuse.
 */
export async function closedPort(): Promise<number> {
  for (const port of [1, 3, 5, 7, 9]) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: "127.0.0.1", port }, () => {
        socket.destroy();
        resolve(false);
      });
      socket.on("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
    });
    if (refused) return port;
  }
  throw new Error("no loopback port among 1, 3, 5, 7, 9 refuses connections");
}
