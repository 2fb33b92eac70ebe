import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { nthBounce, plainMessage } from "./fixtures.js";
import {
  appendMessages,
  dovecot,
  flagsByUid,
  scratchMailbox,
  serversAvailable,
  testClient,
} from "./servers.js";

/**
 * The README's "A bounce processor", run as written: the block is taken from
 * packages/bounce/README.md, saved as a module next to this package's dependencies, and run
 * in a child process against Dovecot with the environment variables it reads.
 */
const available = await serversAvailable("recipe.spec", {});
const packageDirectory = dirname(dirname(fileURLToPath(import.meta.url)));
const readme = join(packageDirectory, "../../packages/bounce/README.md");

async function recipeCode(): Promise<string> {
  const text = await readFile(readme, "utf8");
  const section = text.slice(text.indexOf("## A bounce processor"));
  const block = /```js\n([\s\S]*?)\n```/.exec(section);
  if (!block) throw new Error("no js block under 'A bounce processor' in packages/bounce/README.md");
  return block[1] as string;
}

const readLines = async (file: string) =>
  (await readFile(file, "utf8").catch(() => ""))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));

describe.skipIf(!available)("the README's bounce processor", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it("writes hard bounces to the suppression list and soft ones to the retry list, and moves the messages", async () => {
    const leftover = await testClient();
    await leftover.mailboxDelete("Processed").catch(() => {});
    await leftover.logout();
    const mailbox = await scratchMailbox("recipe");
    cleanups.push(() => mailbox.remove());
    // 0: 5.1.1 unknown (hard), 1: 5.2.2 full (soft), 2: 5.7.1 blocked, 3: 4.7.1 delay, then no report.
    await appendMessages(mailbox.name, [
      nthBounce(0),
      nthBounce(1),
      nthBounce(2),
      nthBounce(3),
      plainMessage(5),
    ]);
    const directory = await mkdtemp(join(packageDirectory, ".recipe-"));
    cleanups.push(() => rm(directory, { recursive: true, force: true }));
    cleanups.push(async () => {
      const client = await testClient();
      await client.mailboxDelete("Processed").catch(() => {});
      await client.logout();
    });
    const script = join(directory, "bounce-processor.mjs");
    await writeFile(script, await recipeCode());

    const child = spawn(process.execPath, [script], {
      cwd: directory,
      env: {
        ...process.env,
        IMAP_HOST: dovecot.host,
        IMAP_PORT: String(dovecot.port),
        IMAP_USER: dovecot.user,
        IMAP_PASSWORD: dovecot.password,
        IMAP_MAILBOX: mailbox.name,
        NODE_EXTRA_CA_CERTS: dovecot.certificatePath,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const end = Date.now() + 20_000;
    while (Date.now() < end && (await flagsByUid(mailbox.name)).size > 0) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toBe("");

    const suppressed = await readLines(join(directory, "suppressed.jsonl"));
    const retry = await readLines(join(directory, "retry.jsonl"));
    expect(suppressed.map((entry) => [entry.address, entry.reason, entry.status])).toEqual([
      ["user0@example.com", "hardBounce", "5.1.1"],
    ]);
    expect(retry.map((entry) => entry.address)).toEqual([
      "user1@example.com",
      "user2@example.com",
      "user3@example.com",
    ]);
    expect(retry[0]).toMatchObject({ reason: "mailboxFull", messageId: "send-1@example.org" });
    expect(retry[0].reportId).toMatch(new RegExp(`^${mailbox.name};UIDVALIDITY=\\d+/;UID=2$`));
    // Every message, the one that is no report too, moved out of the mailbox.
    expect((await flagsByUid(mailbox.name)).size).toBe(0);
    expect((await flagsByUid("Processed")).size).toBe(5);
  });
});
