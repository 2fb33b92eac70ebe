import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import { ImapFlow } from "imapflow";

/**
 * The real servers of these tests, set up by tooling/scripts/postfix-test-server.sh and
 * tooling/scripts/dovecot-test-server.sh (CI installs and starts both; on a developer machine
 * run `sudo tooling/scripts/postfix-test-server.sh start` and
 * `sudo tooling/scripts/dovecot-test-server.sh start`).
 */
export const postfix = { host: "127.0.0.1", port: 2525 } as const;
export const dovecot = {
  host: "127.0.0.1",
  port: 1143,
  tlsPort: 1993,
  user: "bouncetest",
  password: "bouncetest-password",
  /** The self-signed certificate the start script made, to trust it rather than turn checks off. */
  certificatePath: "/etc/dovecot-test/cert.pem",
} as const;
/** Where Postfix delivers its DSNs for mail from this sender: the INBOX Dovecot serves. */
export const bounceSender = "bouncetest@localhost";

const scriptsDirectory = fileURLToPath(new URL("../../scripts/", import.meta.url));

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/**
 * Whether the servers a spec needs are up. In CI (CI=true) a missing server fails the run; on
 * a developer machine the spec skips with a message that says how to start it.
 */
export async function serversAvailable(spec: string, needs: { postfix?: boolean }): Promise<boolean> {
  const missing: string[] = [];
  if (!(await listening(dovecot.port)))
    missing.push("Dovecot on 127.0.0.1:1143 (dovecot-test-server.sh start)");
  if (needs.postfix && !(await listening(postfix.port))) {
    missing.push("Postfix on 127.0.0.1:2525 (postfix-test-server.sh start)");
  }
  if (missing.length === 0) return true;
  const text = `${spec}: no ${missing.join(", no ")}`;
  if (process.env.CI === "true") throw new Error(`${text}; .ci/run must start them`);
  console.warn(`${text}: skipping (run the scripts in tooling/scripts as root)`);
  return false;
}

/** Whether this process may restart and administer Dovecot (as root, like the script). */
export const canAdministerDovecot = process.getuid?.() === 0;

/** Restarts the test Dovecot: every open connection is dropped, the mailbox data stays. */
export async function restartDovecot(): Promise<void> {
  // Not execFile: the daemon inherits the output pipes, so "all output read" would never come.
  const child = spawn(`${scriptsDirectory}dovecot-test-server.sh`, ["restart"], { stdio: "ignore" });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`dovecot-test-server.sh restart exited with ${code}`);
}

/** Gives a mailbox a new UIDVALIDITY, as a server does when it rebuilds a mailbox's index. */
export async function renumberMailbox(mailbox: string, uidValidity: number): Promise<void> {
  const child = spawn(
    "doveadm",
    [
      "-c",
      "/etc/dovecot-test/dovecot.conf",
      "mailbox",
      "update",
      "-u",
      dovecot.user,
      "--uid-validity",
      String(uidValidity),
      mailbox,
    ],
    { stdio: "ignore" },
  );
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`doveadm mailbox update exited with ${code}`);
}

/**
 * The options `watchMailbox` and `readMailboxOnce` need for the test user: plain IMAP,
 * upgraded with STARTTLS, trusting the test certificate.
 */
export function dovecotLogin(mailbox: string) {
  return {
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    tls: { ca: dovecotCertificate() },
    auth: { user: dovecot.user, pass: dovecot.password },
    mailbox,
  };
}

/** The test certificate, to trust it for IMAPS. */
export function dovecotCertificate(): Buffer {
  return readFileSync(dovecot.certificatePath);
}

/** An IMAP client of the tests' own (to fill and inspect mailboxes), logged in. */
export async function testClient(): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
    disableAutoIdle: true,
  });
  client.on("error", () => {});
  await client.connect();
  return client;
}

/** A new, empty mailbox with a unique name; deleted again by the returned function. */
export async function scratchMailbox(prefix: string): Promise<{ name: string; remove(): Promise<void> }> {
  const name = `${prefix}-${process.pid}-${Date.now().toString(36)}`;
  const client = await testClient();
  await client.mailboxCreate(name);
  await client.logout();
  return {
    name,
    async remove() {
      const cleanup = await testClient();
      for (const entry of await cleanup.list()) {
        if (entry.path === name || entry.path.startsWith(`${name}.`) || entry.path.startsWith(`${name}/`)) {
          await cleanup.mailboxDelete(entry.path).catch(() => {});
        }
      }
      await cleanup.mailboxDelete(name).catch(() => {});
      await cleanup.logout();
    },
  };
}

/** Appends messages to a mailbox, unseen. */
export async function appendMessages(mailbox: string, messages: Iterable<string>): Promise<void> {
  const client = await testClient();
  try {
    for (const message of messages) await client.append(mailbox, message, []);
  } finally {
    await client.logout();
  }
}

/** The flags of every message in a mailbox, by UID. */
export async function flagsByUid(mailbox: string): Promise<Map<number, Set<string>>> {
  const client = await testClient();
  try {
    const status = await client.mailboxOpen(mailbox);
    const flags = new Map<number, Set<string>>();
    if (status.exists === 0) return flags;
    for await (const message of client.fetch("1:*", { uid: true, flags: true })) {
      flags.set(message.uid, message.flags ?? new Set());
    }
    return flags;
  } finally {
    await client.logout();
  }
}
