import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type BounceReport, parseBounce } from "@smtp-codes/bounce";
import { domains } from "./exim.js";

/** What the specs need of an MTA: take a message, run its queue, show the sender's mailbox. */
export interface TestMta {
  submit(message: string, from: string, recipients: readonly string[]): Promise<void>;
  runQueue(): Promise<void>;
  mailbox(): Promise<string[]>;
}

/** The messages every spec sends, by name: recipients named after the fake MX's scenarios. */
export const plan: Record<string, readonly string[]> = {
  refusedAtRcpt: [`unknown-1@${domains.fakeMx}`, `full-1@${domains.fakeMx}`, `ok-1@${domains.fakeMx}`],
  refusedAtData: [`content-2@${domains.fakeMx}`],
  temporaryUntilGivenUp: [`tempfail-3@${domains.fakeMx}`, `ok-3@${domains.fakeMx}`],
  greylisted: [`greylist-4@${domains.fakeMx}`],
  connectionRefused: [`someone-5@${domains.refused}`],
  unroutable: [`someone-6@${domains.unroutable}`],
  multilineReply: [`multiline-7@${domains.fakeMx}`],
  // sent from the sender's address with "+refused" after its local part: refused at MAIL FROM
  senderRefused: [`ok-8@${domains.fakeMx}`],
};

/** The envelope sender of a message of the plan: the refused one's local part ends in `+refused`. */
export function senderOf(name: string, sender: string): string {
  return name === "senderRefused" ? sender.replace("@", "+refused@") : sender;
}

export const messageIdOf = (name: string) => `${name}.${process.pid}@${domains.local}`;

export interface Timing {
  readonly delayWarningSeconds: number;
  readonly giveUpSeconds: number;
}

/**
 * Sends every message of the plan, runs the queue once past the delay warning time (the
 * warnings) and once past the give-up time (the bounces of what still fails), and parses
 * every message the sender got. With REAL_MTAS_SAVE set to a folder, the messages are also saved
 * there (`<mta>-<n>.eml`), to look at what the MTA wrote.
 */
export async function runPlan(
  mtaName: string,
  mta: TestMta,
  sender: string,
  timing: Timing,
): Promise<BounceReport[]> {
  const started = Date.now();
  for (const [name, recipients] of Object.entries(plan)) {
    const message = [
      `From: Newsletter <${sender}>`,
      `To: ${recipients.join(", ")}`,
      `Subject: real MTA test ${name}`,
      `Message-ID: <${messageIdOf(name)}>`,
      "",
      "A message for the real MTA tests.",
      "",
    ].join("\n");
    await mta.submit(message, senderOf(name, sender), recipients);
  }
  await sleepUntil(started + (timing.delayWarningSeconds + 1) * 1000);
  await mta.runQueue();
  await sleepUntil(started + (timing.giveUpSeconds + 2) * 1000);
  await mta.runQueue();
  const sources = await mta.mailbox();
  const folder = process.env.REAL_MTAS_SAVE;
  if (folder) {
    await mkdir(folder, { recursive: true });
    for (const [index, source] of sources.entries())
      await writeFile(join(folder, `${mtaName}-${index + 1}.eml`), source);
  }
  return Promise.all(sources.map((source) => parseBounce(source)));
}

/** The reports about one message of the plan, in the order they came. */
export function reportsFor(reports: readonly BounceReport[], name: string): BounceReport[] {
  return reports.filter((report) => report.original.messageId === messageIdOf(name));
}

/** What a report says of each recipient, in the fields the specs compare. */
export function factsOf(report: BounceReport | undefined) {
  return report?.recipients.map((recipient) => ({
    address: recipient.address,
    action: recipient.action,
    status: recipient.status,
    command: recipient.command,
    remoteMta: recipient.remoteMta,
    diagnosticCode: recipient.diagnosticCode,
    reason: recipient.explanation.reason,
  }));
}

function sleepUntil(time: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));
}
