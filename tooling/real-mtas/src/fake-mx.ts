import { connect } from "node:net";
import {
  type FakeMx,
  scenarios as loopScenarios,
  type Scenario,
  startFakeMx as startSharedFakeMx,
} from "@smtp-codes-tooling/bounce-loop/fake-mx";

/**
 * How the fake MX the real MTAs relay to (the bounce loop's, on an ephemeral loopback port)
 * answers each recipient: by the scenario its local part starts with (`unknown-1@...`).
 */
export const scenarios = {
  // the bounce loop's own: accepted, unknown user, mailbox full, a 4xx until the MTA gives up,
  // content refused after DATA
  ok: loopScenarios.ok,
  unknown: loopScenarios.unknown,
  full: loopScenarios.full,
  tempfail: loopScenarios.tempfail,
  content: loopScenarios.content,
  // refused at the first two attempts, accepted at the third: a delay warning, then delivered
  greylist: { stage: "RCPT", reply: "451 4.7.1 fake MX: greylisted, try again later", refusals: 2 },
  // a reply of two lines (550-... then 550 ...), as large providers write them
  multiline: {
    stage: "RCPT",
    reply: "550 5.1.1 fake MX: the mailbox you tried to reach does not exist\n5.1.1 please check the address",
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
