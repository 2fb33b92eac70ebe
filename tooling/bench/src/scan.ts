/**
 * Throughput of `smtp-codes scan` on a generated Postfix log, in MB/s, against a baseline that
 * only splits the same bytes into lines.
 */
import { Readable } from "node:stream";
import { scan } from "smtp-codes";

const line = (i: number) =>
  `Nov 29 10:00:${String(i % 60).padStart(2, "0")} mx postfix/smtp[${1000 + (i % 9000)}]: ${i.toString(16).toUpperCase().padStart(10, "0")}: to=<user${i % 97}@example.com>, relay=mx.example.com[192.0.2.5]:25, delay=1.2, ${
    i % 3 === 0
      ? "status=sent (250 2.0.0 Ok: queued as 4C33C18207F)"
      : i % 3 === 1
        ? `status=bounced (host mx.example.com[192.0.2.5] said: 550 5.1.1 <user${i}@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))`
        : "status=deferred (host mx.example.com[192.0.2.5] said: 450 4.2.0 Greylisted, see http://postgrey.schweikert.ch/ (in reply to RCPT TO command))"
  }\n`;

export async function benchScan(): Promise<void> {
  const chunks: Buffer[] = [];
  for (let start = 0; start < 200_000; start += 1_000) {
    chunks.push(Buffer.from(Array.from({ length: 1_000 }, (_, k) => line(start + k)).join("")));
  }
  const megabytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0) / 1_048_576;
  const time = async (fn: () => Promise<unknown>) => {
    const start = performance.now();
    await fn();
    return (performance.now() - start) / 1000;
  };
  const splitOnly = async () => {
    let lines = 0;
    for await (const chunk of Readable.from(chunks))
      for (const byte of chunk as Buffer) if (byte === 10) lines++;
    return lines;
  };
  await splitOnly();
  const baseline = await time(splitOnly);
  await scan(Readable.from(chunks));
  const seconds = await time(() => scan(Readable.from(chunks)));
  console.log(`\nsmtp-codes scan on a generated Postfix log of ${megabytes.toFixed(1)} MB (200 000 lines)`);
  console.log(`  scan          ${(megabytes / seconds).toFixed(1).padStart(7)} MB/s`);
  console.log(
    `  split only    ${(megabytes / baseline).toFixed(1).padStart(7)} MB/s   (scan takes ${(seconds / baseline).toFixed(1)} x its time)`,
  );
}
