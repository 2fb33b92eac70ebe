import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";

/**
 * The receiving server of the bounce loop: Postfix relays all mail for bounce-test.example to
 * 127.0.0.1:2626 (tooling/scripts/postfix-test-server.sh), and this smtp-server answers each
 * recipient by the scenario its local part starts with (`unknown-3@bounce-test.example`).
 * The port is fixed because Postfix's transport map names it.
 */
export const fakeMxPort = 2626;
export const testDomain = "bounce-test.example";

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
  blocked: {
    stage: "RCPT",
    reply: "554 5.7.1 fake MX: mail from your server is blocked by local policy",
    refusals: Number.POSITIVE_INFINITY,
  },
  // Refused twice, accepted at the third attempt: Postfix sends a delay warning, then delivers.
  greylist: { stage: "RCPT", reply: "450 4.7.1 fake MX: greylisted, try again in a moment", refusals: 2 },
  // Refused until Postfix's queue lifetime ends: a delay warning, then a bounce with this 4xx.
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

/** The scenario of a recipient in `table`: its local part's first word names it (`ok` when none does). */
export function scenarioOf(address: string, table: Readonly<Record<string, Scenario>> = scenarios): Scenario {
  const prefix = address.split("@")[0]?.split("-")[0] ?? "";
  return table[prefix] ?? table.ok ?? scenarios.ok;
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
  /** How many times each recipient was offered. */
  readonly attempts: Map<string, number>;
  /** Every message accepted, by recipient. */
  readonly delivered: Map<string, number>;
  close(): Promise<void>;
}

export interface FakeMxOptions {
  /** The port on 127.0.0.1: Postfix's transport map names 2626 (the default); 0 for an ephemeral one. */
  readonly port?: number;
  /** How recipients are answered, by the first word of their local part. */
  readonly scenarios?: Readonly<Record<string, Scenario>>;
}

/**
 * Starts the fake MX on 127.0.0.1: the bounce loop's (Postfix relays to port 2626) and the one
 * the real MTAs of tooling/real-mtas relay to, each with its own scenarios.
 */
export async function startFakeMx(options: FakeMxOptions = {}): Promise<FakeMx> {
  const table = options.scenarios ?? scenarios;
  const attempts = new Map<string, number>();
  const delivered = new Map<string, number>();
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    // The replies carry their enhanced codes themselves.
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
      const scenario = scenarioOf(recipient, table);
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
        const content = recipients
          .map((recipient) => scenarioOf(recipient, table))
          .find((scenario) => scenario.stage === "DATA");
        if (content?.reply) {
          callback(refusal(content.reply));
          return;
        }
        for (const recipient of recipients) delivered.set(recipient, (delivered.get(recipient) ?? 0) + 1);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? fakeMxPort, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    attempts,
    delivered,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
