/**
 * `pnpm --filter @smtp-codes-tooling/bench bench:imap`: @smtp-codes/bounce/imap reading 10 000
 * bounces from a Dovecot mailbox over loopback IMAP, against two baselines measured in the same
 * run: the same FETCH with no parsing (what IMAP alone costs) and parseBounce over the same
 * messages in memory (what parsing alone costs). Prints messages per second and the heap after
 * 1 000, 5 000 and 10 000 messages (after a forced GC: run with --expose-gc, as the script does).
 *
 * Needs the test Dovecot (tooling/scripts/dovecot-test-server.sh start, as root); skips with a
 * message when it is not there. The mailbox is made for the run (APPEND) and deleted after.
 */
import { connect } from "node:net";
import { parseBounce } from "@smtp-codes/bounce";
import { readMailboxOnce } from "@smtp-codes/bounce/imap";
import { ImapFlow } from "imapflow";

const total = Number(process.argv[2] ?? 10_000);
const login = {
  host: "127.0.0.1",
  port: 1143,
  secure: false,
  // Loopback: no TLS, so that the figures are IMAP and parsing, not encryption.
  starttls: false,
  auth: { user: "bouncetest", pass: "bouncetest-password" },
};

const listening = await new Promise<boolean>((resolve) => {
  const socket = connect({ host: login.host, port: login.port }, () => {
    socket.destroy();
    resolve(true);
  });
  socket.on("error", () => resolve(false));
});
if (!listening) {
  console.log(
    "bench:imap skipped: no Dovecot on 127.0.0.1:1143 (start it with: sudo tooling/scripts/dovecot-test-server.sh start)",
  );
  process.exit(0);
}

const replies = [
  ["failed", "5.1.1", "550 5.1.1 <{to}>: Recipient address rejected: User unknown in local recipient table"],
  ["failed", "5.2.2", "552 5.2.2 <{to}>: Mailbox full, quota exceeded"],
  ["failed", "5.7.1", "554 5.7.1 Service unavailable; client host [192.0.2.7] blocked"],
  ["delayed", "4.7.1", "450 4.7.1 <{to}>: Greylisted, please try again later"],
] as const;

/** An RFC 3464 DSN in Postfix's layout, returning the whole original (0.5 to 20 KB of text). */
function bounce(index: number): string {
  const [action, status, reply] = replies[index % replies.length] as (typeof replies)[number];
  const to = `user${index}@example${index % 50}.com`;
  const boundary = `B${index.toString(36)}.1764582000/relay.example.net`;
  const body = "This week in the newsletter: a line of ordinary text.\r\n".repeat(10 + ((index * 37) % 370));
  return [
    "From: MAILER-DAEMON@relay.example.net (Mail Delivery System)",
    `Subject: ${action === "failed" ? "Undelivered Mail Returned to Sender" : "Delayed Mail (still being retried)"}`,
    "To: bounces@example.org",
    `Message-Id: <dsn${index}@relay.example.net>`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=us-ascii",
    "",
    `<${to}>: host mx.example.com[192.0.2.25] said: ${reply.replace("{to}", to)} (in reply to RCPT TO command)`,
    "",
    `--${boundary}`,
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; relay.example.net",
    "Arrival-Date: Mon,  1 Dec 2025 09:39:58 +0000 (UTC)",
    "",
    `Final-Recipient: rfc822; ${to}`,
    `Action: ${action}`,
    `Status: ${status}`,
    "Remote-MTA: dns; mx.example.com",
    `Diagnostic-Code: smtp; ${reply.replace("{to}", to)}`,
    "",
    `--${boundary}`,
    "Content-Type: message/rfc822",
    "",
    "From: Newsletter <bounces@example.org>",
    `To: ${to}`,
    "Subject: This week",
    `Message-ID: <send${index}@example.org>`,
    "",
    body,
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

async function client(): Promise<ImapFlow> {
  const imap = new ImapFlow({ ...login, doSTARTTLS: false, logger: false, disableAutoIdle: true });
  imap.on("error", () => {});
  await imap.connect();
  return imap;
}

const heapMiB = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
const rate = (count: number, milliseconds: number) => Math.round((count * 1000) / milliseconds);

const mailbox = `bench-${process.pid}`;
const admin = await client();
await admin.mailboxCreate(mailbox);
try {
  let bytes = 0;
  const fillStart = performance.now();
  // Four connections append in parallel: APPEND waits for each answer.
  await Promise.all(
    [0, 1, 2, 3].map(async (lane) => {
      const writer = await client();
      for (let index = lane; index < total; index += 4) {
        const message = bounce(index);
        bytes += message.length;
        await writer.append(mailbox, message, []);
      }
      await writer.logout();
    }),
  );
  const fillSeconds = (performance.now() - fillStart) / 1000;
  console.log(
    `${total} bounces (${(bytes / 1024 / 1024).toFixed(1)} MB) appended in ${fillSeconds.toFixed(1)} s; Node ${process.version}\n`,
  );

  // Baseline 1: the same FETCH (25 messages per round trip, like the reader), nothing parsed.
  const fetchOnly = async () => {
    const start = performance.now();
    const reader = await client();
    await reader.mailboxOpen(mailbox);
    let fetched = 0;
    for (let first = 1; first <= total; first += 25) {
      const range = `${first}:${Math.min(total, first + 24)}`;
      const query = { uid: true, size: true, internalDate: true, source: { maxLength: 1024 * 1024 } };
      fetched += (await reader.fetchAll(range, query)).length;
    }
    await reader.logout();
    return rate(fetched, performance.now() - start);
  };

  // Baseline 2: parseBounce over the same messages in memory.
  const sample = Array.from({ length: 2_000 }, (_, index) => Buffer.from(bounce(index)));
  const parseOnly = async () => {
    const start = performance.now();
    for (let round = 0; round < total / sample.length; round++) {
      for (const message of sample) await parseBounce(message);
    }
    return rate(total, performance.now() - start);
  };

  // The reader: readMailboxOnce with after: "keep" (nothing marked, so it can run again).
  const heap: string[] = [];
  const heapStart = heapMiB();
  const readerRate = async (after: "keep" | "seen", withHeap: boolean) => {
    let reported = 0;
    const start = performance.now();
    await readMailboxOnce({
      ...login,
      mailbox,
      after,
      onReport() {
        reported++;
        if (withHeap && (reported === 1_000 || reported === 5_000 || reported === total)) {
          heap.push(`${reported}: ${heapMiB().toFixed(1)} MiB`);
        }
      },
    });
    return rate(reported, performance.now() - start);
  };

  // Interleaved rounds, median of three: the machine's load changes during a run.
  const rounds = { fetch: [] as number[], parse: [] as number[], keep: [] as number[] };
  for (let round = 0; round < 3; round++) {
    rounds.fetch.push(await fetchOnly());
    rounds.parse.push(await parseOnly());
    rounds.keep.push(await readerRate("keep", round === 0));
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[1] as number;
  const imapOnly = median(rounds.fetch);
  const parseRate = median(rounds.parse);
  const keepRate = median(rounds.keep);
  // Last, once: after it every message is seen.
  const seenRate = await readerRate("seen", false);
  console.log(
    `IMAP FETCH only (baseline)          ${String(imapOnly).padStart(7)} messages/s  (median of 3)`,
  );
  console.log(
    `parseBounce only, in memory         ${String(parseRate).padStart(7)} messages/s  (median of 3)`,
  );
  console.log(
    `readMailboxOnce, after: "keep"      ${String(keepRate).padStart(7)} messages/s  (${(keepRate / imapOnly).toFixed(2)} x FETCH only, median of 3)`,
  );
  console.log(
    `readMailboxOnce, after: "seen"      ${String(seenRate).padStart(7)} messages/s  (${(seenRate / imapOnly).toFixed(2)} x FETCH only)`,
  );
  console.log(`\nheap at start ${heapStart.toFixed(1)} MiB; after ${heap.join(", ")}`);
  const harmonic = 1 / (1 / imapOnly + 1 / parseRate);
  console.log(
    `parse share of the time: ${((100 * harmonic) / parseRate).toFixed(0)} % if fetch and parse ran one after the other (${Math.round(harmonic)} messages/s)`,
  );
} finally {
  await admin.mailboxDelete(mailbox).catch(() => {});
  await admin.logout();
}
