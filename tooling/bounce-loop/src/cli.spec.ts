import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nthBounce, plainMessage, postfixStyleDsn } from "./fixtures.js";
import { appendMessages, dovecot, flagsByUid, scratchMailbox, serversAvailable } from "./servers.js";

/** `smtp-codes bounces imap://...` as a user runs it: the built CLI in a child process, against Dovecot. */
const available = await serversAvailable("cli.spec", {});
const cli = join(dirname(createRequire(import.meta.url).resolve("smtp-codes/package.json")), "dist/cli.js");

const environment = {
  ...process.env,
  TEST_IMAP_PASSWORD: dovecot.password,
  // Trusts the test certificate for STARTTLS and IMAPS, as a user would their own CA.
  NODE_EXTRA_CA_CERTS: dovecot.certificatePath,
  LANG: "en",
};

function start(
  args: string[],
  env: NodeJS.ProcessEnv = environment,
): ChildProcess & { output: Promise<Result> } {
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const output = new Promise<Result>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  return Object.assign(child, { output });
}
interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}
const run = (args: string[], env?: NodeJS.ProcessEnv) => start(args, env).output;

describe.skipIf(!available)("smtp-codes bounces imap://", () => {
  let mailbox: Awaited<ReturnType<typeof scratchMailbox>>;
  let url: string;
  beforeAll(async () => {
    mailbox = await scratchMailbox("cli");
    // user0: unknown user (hard), user1: mailbox full (soft), user2: blocked, user4: unknown again.
    await appendMessages(mailbox.name, [
      nthBounce(0),
      nthBounce(1),
      nthBounce(2),
      nthBounce(4),
      plainMessage(3),
    ]);
    url = `imap://${dovecot.user}@${dovecot.host}:${dovecot.port}/${mailbox.name}`;
  });
  afterAll(async () => {
    await mailbox?.remove();
  });

  it("prints the addresses to stop mailing with --suppress", async () => {
    const result = await run(["bounces", url, "--password-env", "TEST_IMAP_PASSWORD", "--suppress"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual(["user0@example.com", "user4@example.com"]);
  });

  it("leaves out of --suppress an address with a space, as for files", async () => {
    const other = await scratchMailbox("cli-space");
    try {
      const hard = { status: "5.1.1", diagnostic: "550 5.1.1 User unknown", messageId: "space@example.org" };
      await appendMessages(other.name, [
        postfixStyleDsn({ ...hard, recipient: '"a b"@example.com' }),
        postfixStyleDsn({ ...hard, recipient: "plain@example.com", serial: 1 }),
      ]);
      const otherUrl = `imap://${dovecot.user}@${dovecot.host}:${dovecot.port}/${other.name}`;
      const result = await run(["bounces", otherUrl, "--password-env", "TEST_IMAP_PASSWORD", "--suppress"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe("plain@example.com\n");
    } finally {
      await other.remove();
    }
  });

  it("summarises the mailbox, and changes nothing on the server", async () => {
    const result = await run(["bounces", url, "--password-env", "TEST_IMAP_PASSWORD", "--json"]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ messages: 5, byKind: { bounce: 4, none: 1 }, suppressed: 2 });
    const flags = await flagsByUid(mailbox.name);
    expect([...flags.values()].some((set) => set.has("\\Seen"))).toBe(false);
  });

  it("prints one report per line with --jsonl, over IMAPS too", async () => {
    const tlsUrl = `imaps://${dovecot.user}@localhost:${dovecot.tlsPort}/${mailbox.name}`;
    const result = await run(["bounces", tlsUrl, "--password-env", "TEST_IMAP_PASSWORD", "--jsonl"]);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[0].source.id).toMatch(new RegExp(`^${mailbox.name};UIDVALIDITY=\\d+/;UID=1$`));
    expect(lines[0].report.recipients[0]).toMatchObject({ address: "user0@example.com", status: "5.1.1" });
  });

  it("follows new mail with --watch until it is told to stop", async () => {
    const child = start(["bounces", url, "--password-env", "TEST_IMAP_PASSWORD", "--watch", "--jsonl"]);
    let seen = "";
    child.stdout?.on("data", (chunk) => {
      seen += chunk;
    });
    const lines = () => seen.split("\n").filter(Boolean).length;
    const until = async (condition: () => boolean) => {
      const end = Date.now() + 15_000;
      while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
    };
    await until(() => lines() === 5);
    await appendMessages(mailbox.name, [nthBounce(8)]);
    await until(() => lines() === 6);
    child.kill("SIGTERM");
    const result = await child.output;
    expect(result.code).toBe(0);
    const last = JSON.parse(result.stdout.trim().split("\n").at(-1) as string);
    expect(last.report.recipients[0].address).toBe("user8@example.com");
  });

  it("refuses a password in the URL, a missing variable and a wrong password, with exit code 2", async () => {
    const inUrl = await run([
      "bounces",
      `imap://${dovecot.user}:secret@${dovecot.host}:${dovecot.port}/INBOX`,
    ]);
    expect(inUrl.code).toBe(2);
    expect(inUrl.stderr).toMatch(/contains a password/);
    const inUrlGerman = await run([
      "bounces",
      `imap://${dovecot.user}:secret@${dovecot.host}:${dovecot.port}/INBOX`,
      "--lang",
      "de",
    ]);
    expect(inUrlGerman.stderr).toMatch(/enthält ein Passwort/);

    const noVariable = await run(["bounces", url, "--password-env", "NO_SUCH_VARIABLE_FOR_SMTP_CODES"]);
    expect(noVariable.code).toBe(2);
    expect(noVariable.stderr).toMatch(/NO_SUCH_VARIABLE_FOR_SMTP_CODES .*is not set/);

    const noOption = await run(["bounces", url]);
    expect(noOption.code).toBe(2);
    expect(noOption.stderr).toMatch(/--password-env/);

    const file = await run(["bounces", "bounces.mbox", "--watch"]);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/--watch is for an IMAP mailbox/);

    const wrong = await run(["bounces", url, "--password-env", "TEST_IMAP_PASSWORD"], {
      ...environment,
      TEST_IMAP_PASSWORD: "wrong",
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/refused the login/);
  });
});
