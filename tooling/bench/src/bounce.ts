/**
 * Speed of @smtp-codes/bounce: parseBounce in emails per second over the corpus emails, as a
 * ratio against Sisimai 4.25 (Perl) over the same files in the same run, timed inside Perl
 * (sisimai-speed.pl) so that Perl's start-up is not counted; and readMailbox over a generated
 * 100 MB mbox in MB/s, with the heap before, at its highest during, and after the run.
 */
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseBounce, readMailbox, readMailboxMessages } from "@smtp-codes/bounce";
import { writeBounceMbox } from "./generated-mbox.js";

const here = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = resolve(here, "../../..");

/** The corpus folder: the argument, else `../shared/corpus` beside the repository. */
export function corpusPath(argument: string | undefined): string {
  return resolve(repositoryRoot, argument ?? "../shared/corpus");
}

/** The single-message email files of the corpus (its mbox files are left out: one file, many messages). */
function emailFiles(corpus: string): string[] {
  const root = join(corpus, "emails");
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (relative(root, path) !== "mailbox") walk(path);
      } else if (entry.isFile() && entry.name !== "LICENSE") files.push(path);
    }
  };
  walk(root);
  return files;
}

/** Passes over the corpus before the first recorded pair (see `benchBounce`). */
const warmUpPasses = 40;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * parseBounce over every email `rounds` times (about as long as Sisimai's five) after three warm-up passes (so that the JIT has
 * compiled the hot code, as Perl has nothing to compile later), timed as sisimai-speed.pl
 * times Sisimai: by the process's CPU time (user + system) and by wall-clock time.
 */
async function parseRate(emails: readonly Buffer[], rounds = 15): Promise<{ cpu: number; wall: number }> {
  let recipients = 0;
  const pass = async () => {
    for (const email of emails) recipients += (await parseBounce(email)).recipients.length;
  };
  for (let warm = 0; warm < 3; warm++) await pass();
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  for (let round = 0; round < rounds; round++) await pass();
  const wall = (performance.now() - start) / 1000;
  const { user, system } = process.cpuUsage(cpuBefore);
  if (recipients < 0) console.log(recipients); // keeps the results alive
  const parsed = emails.length * rounds;
  return { cpu: parsed / ((user + system) / 1e6), wall: parsed / wall };
}

interface SisimaiSpeed {
  readonly version: string;
  readonly emails: number;
  readonly records: number;
  readonly cpuSeconds: number;
  /** By CPU time. */
  readonly emailsPerSecond: number;
  readonly wallEmailsPerSecond: number;
}

/** Sisimai's rate over the same files, or why it could not be measured. */
function sisimaiRate(files: readonly string[]): SisimaiSpeed | string {
  const probe = spawnSync("perl", ["-MSisimai", "-e", "print $Sisimai::VERSION"], { encoding: "utf8" });
  if (probe.status !== 0)
    return "Sisimai is not installed: apt-get install libsisimai-perl (Debian, Sisimai 4.25), then run the bench again";
  const run = spawnSync("perl", [join(here, "sisimai-speed.pl")], {
    input: `${files.join("\n")}\n`,
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) return `sisimai-speed.pl failed: ${run.stderr.trim()}`;
  return JSON.parse(run.stdout) as SisimaiSpeed;
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/**
 * readMailbox over an mbox that `write` makes: MB/s, and the heap before, at its highest
 * during, and after.
 */
async function mailboxRate(
  title: string,
  write: (path: string) => Promise<{ messages: number }>,
): Promise<void> {
  const path = join(tmpdir(), `smtp-codes-bench-${process.pid}.mbox`);
  try {
    const written = await write(path);
    const size = statSync(path).size;
    const collect = (globalThis as { gc?: () => void }).gc;
    const heap = () => {
      collect?.();
      return process.memoryUsage().heapUsed;
    };
    let start = performance.now();
    let split = 0;
    for await (const _message of readMailboxMessages(path)) split++;
    const splitSeconds = (performance.now() - start) / 1000;
    const before = heap();
    let peak = before;
    let messages = 0;
    let recipients = 0;
    start = performance.now();
    const cpuBefore = process.cpuUsage();
    for await (const { report } of readMailbox(path)) {
      messages++;
      recipients += report.recipients.length;
      if (messages % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    const seconds = (performance.now() - start) / 1000;
    const { user, system } = process.cpuUsage(cpuBefore);
    const cpuRate = size / 1_048_576 / ((user + system) / 1e6);
    const after = heap();
    const rate = size / 1_048_576 / seconds;
    console.log(
      `\nreadMailbox over ${title}: ${megabytes(size)}, ${written.messages} messages, ${recipients} recipients`,
    );
    console.log(
      `  readMailbox (split + parseBounce) ${rate.toFixed(1).padStart(7)} MB/s  ${(messages / seconds).toFixed(0)} messages/s   goal 30 MB/s: ${rate >= 30 ? "met" : "MISSED"}`,
    );
    console.log(
      `    by CPU time (what one core does, whatever the machine's load) ${cpuRate.toFixed(1)} MB/s: ${cpuRate >= 30 ? "met" : "MISSED"}`,
    );
    console.log(
      `  split only (readMailboxMessages)  ${(size / 1_048_576 / splitSeconds).toFixed(1).padStart(7)} MB/s  (${split} messages)`,
    );
    console.log(
      `  heap before ${megabytes(before)}, highest during ${megabytes(peak)}, after ${megabytes(after)}${collect ? "" : " (run node with --expose-gc for heaps after a collection)"}`,
    );
  } finally {
    rmSync(path, { force: true });
  }
}

/** The bounce benchmarks; `corpus` is the corpus folder (see `corpusPath`). */
export async function benchBounce(corpus: string, mboxBytes = 100 * 1_048_576): Promise<void> {
  let files: string[] = [];
  try {
    files = emailFiles(corpus);
  } catch {
    console.log(`\nparseBounce: no corpus at ${corpus} (pass its path: pnpm bench -- /path/to/corpus)`);
  }
  if (files.length > 0) {
    const emails = files.map((file) => readFileSync(file));
    // Both sides are timed by CPU time, which other processes on a busy machine hardly change,
    // in alternating runs; the ratio is the median of the pairs' ratios.
    // A first run unrecorded, long enough for the JIT to finish tiering up: the process's CPU
    // time counts V8's background compiler threads, and with so many readers there is much to
    // compile; with a few passes only the rate still rose from pair to pair (2.8 to 4.7 x
    // within one run), with about 40 passes it levels off.
    await parseRate(emails, warmUpPasses);
    const pairs: { ours: { cpu: number; wall: number }; sisimai: SisimaiSpeed | string }[] = [];
    for (let pair = 0; pair < 5; pair++) {
      const ours = await parseRate(emails);
      const sisimai = sisimaiRate(files);
      pairs.push({ ours, sisimai });
      if (typeof sisimai === "string") break;
    }
    const ours = median(pairs.map((p) => p.ours.cpu));
    const oursWall = median(pairs.map((p) => p.ours.wall));
    console.log(`\nparseBounce over the ${files.length} single-message emails of ${corpus}`);
    console.log(
      `  parseBounce        ${ours.toFixed(0).padStart(7)} emails/s by CPU time (${oursWall.toFixed(0)} by wall-clock time)`,
    );
    const first = pairs[0]?.sisimai;
    if (typeof first === "string") console.log(`  Sisimai: ${first}`);
    else {
      const measured = pairs.map((p) => p.sisimai as SisimaiSpeed);
      const ratios = pairs.map((p) => p.ours.cpu / (p.sisimai as SisimaiSpeed).emailsPerSecond);
      const ratio = median(ratios);
      console.log(
        `  Sisimai ${first?.version.padEnd(10)} ${median(measured.map((m) => m.emailsPerSecond))
          .toFixed(0)
          .padStart(
            7,
          )} emails/s by CPU time (${median(measured.map((m) => m.wallEmailsPerSecond)).toFixed(0)} by wall-clock time; Sisimai->make from memory, timed inside Perl)`,
      );
      console.log(
        `  parseBounce / Sisimai ${ratio.toFixed(2)} x (median of ${ratios.map((r) => r.toFixed(2)).join(", ")})   goal 5 x: ${ratio >= 5 ? "met" : "MISSED"}`,
      );
    }
  }
  await mailboxRate("a generated mbox of RFC 3464 reports", (path) => writeBounceMbox(path, mboxBytes));
  // The corpus's emails as they are (its CR-only copies left out: one mbox has one line end).
  const mixed = files.filter((file) => !file.includes(`${sep}mac${sep}`));
  if (mixed.length > 0)
    await mailboxRate("an mbox of the corpus emails, repeated", (path) =>
      writeMboxOf(mixed, path, mboxBytes),
    );
}

/** Writes the emails as an mboxrd file, again and again until it has about `bytes` bytes. */
async function writeMboxOf(
  files: readonly string[],
  path: string,
  bytes: number,
): Promise<{ messages: number }> {
  const quoted = files.map((file) =>
    Buffer.from(
      `From MAILER-DAEMON Tue Dec  1 08:00:00 2026\n${readFileSync(file, "latin1")
        .replace(/^(>*From )/gm, ">$1")
        .replace(/\n?$/, "\n")}\n`,
      "latin1",
    ),
  );
  const out = createWriteStream(path);
  let written = 0;
  let messages = 0;
  while (written < bytes) {
    const email = quoted[messages % quoted.length] as Buffer;
    messages++;
    written += email.length;
    if (!out.write(email)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { messages };
}
