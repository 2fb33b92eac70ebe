import { connect } from "node:net";
import {
  type FakeMx,
  type Scenario,
  startFakeMx as startSharedFakeMx,
} from "@smtp-codes-tooling/bounce-loop/fake-mx";

/**
 * How the fake MX the real MTAs relay to (the bounce loop's, on an ephemeral loopback port)
 * answers each recipient: by the scenario its local part starts with (`unknown-1@...`).
 */
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

export { senderRefusal } from "@smtp-codes-tooling/bounce-loop/fake-mx";
export type { FakeMx };

/** Starts the fake MX, with these scenarios, on 127.0.0.1 at an ephemeral port. */
export function startFakeMx(): Promise<FakeMx> {
  return startSharedFakeMx({ port: 0, scenarios });
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
