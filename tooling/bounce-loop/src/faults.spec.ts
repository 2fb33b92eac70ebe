import { ImapMailboxError, type MailboxReport, readMailboxOnce, watchMailbox } from "@smtp-codes/bounce/imap";
import { afterEach, describe, expect, it } from "vitest";
import { malformedReport, nthBounce, plainMessage } from "./fixtures.js";
import { startProxy } from "./proxy.js";
import {
  appendMessages,
  canAdministerDovecot,
  dovecot,
  dovecotCertificate,
  dovecotLogin,
  flagsByUid,
  renumberMailbox,
  restartDovecot,
  scratchMailbox,
  serversAvailable,
} from "./servers.js";

/**
 * watchMailbox and readMailboxOnce against Debian's Dovecot when things go wrong: a server
 * restart and a dropped connection in the middle of a fetch, a wrong password, mail that is no
 * report, a broken report. Each test fills a mailbox of its own with APPEND.
 */
const available = await serversAvailable("faults.spec", {});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function mailboxWith(prefix: string, messages: string[]): Promise<string> {
  const mailbox = await scratchMailbox(prefix);
  cleanups.push(() => mailbox.remove());
  await appendMessages(mailbox.name, messages);
  return mailbox.name;
}

const wait = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function until(condition: () => boolean, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await wait(50);
  }
}

const count = 40;
const bounces = Array.from({ length: count }, (_, serial) => nthBounce(serial));
const sendIds = Array.from({ length: count }, (_, serial) => `send-${serial}@example.org`);

function sendIdOf(report: MailboxReport): string {
  return (report.original?.messageId ?? "").replace(/^<|>$/g, "");
}

describe.skipIf(!available)("faults against Dovecot", () => {
  it.skipIf(!canAdministerDovecot)(
    "loses nothing and reports nothing twice when Dovecot restarts mid-fetch",
    async () => {
      const mailbox = await mailboxWith("restart", bounces);
      const ids: string[] = [];
      const sends: string[] = [];
      const errors: ImapMailboxError[] = [];
      const watcher = watchMailbox({
        ...dovecotLogin(mailbox),
        batchSize: 10,
        reconnect: { initialDelay: 200, maxDelay: 1_000 },
        onError: (error) => errors.push(error),
        async onReport(report) {
          ids.push(report.id);
          sends.push(sendIdOf(report));
          // The restart hits between this report and its mark: the mark must follow after the
          // reconnect, and the report must not come again.
          if (ids.length === 15) await restartDovecot();
        },
      });
      await until(() => ids.length >= count);
      await wait(1_000);
      await watcher.stop();

      expect(new Set(ids).size).toBe(ids.length);
      expect(sends.sort()).toEqual([...sendIds].sort());
      expect(errors.some((error) => error.code === "connection")).toBe(true);
      const flags = await flagsByUid(mailbox);
      expect([...flags.values()].every((set) => set.has("\\Seen"))).toBe(true);
    },
  );

  it.skipIf(!canAdministerDovecot)(
    "carries on under a new UIDVALIDITY, without reporting the handled messages again",
    async () => {
      const mailbox = await mailboxWith("uidvalidity", [nthBounce(12), nthBounce(13)]);
      const ids: string[] = [];
      const errors: ImapMailboxError[] = [];
      const watcher = watchMailbox({
        ...dovecotLogin(mailbox),
        pollInterval: 500,
        reconnect: { initialDelay: 100, maxDelay: 500 },
        onError: (error) => errors.push(error),
        onReport(report) {
          ids.push(report.id);
        },
      });
      await until(() => ids.length === 2);
      // Dovecot drops the connection of a renumbered mailbox; the watcher comes back to it.
      await renumberMailbox(mailbox, 4_242);
      await appendMessages(mailbox, [nthBounce(14)]);
      await until(() => ids.length === 3);
      await wait(1_000);
      await watcher.stop();
      expect(ids[2]).toBe(`${mailbox};UIDVALIDITY=4242/;UID=3`);
      expect(ids).toHaveLength(3);
      expect(errors.map((error) => error.code)).toContain("uidValidity");
    },
  );

  it("loses nothing and reports nothing twice when the connection drops mid-fetch", async () => {
    const mailbox = await mailboxWith("drop", bounces);
    const proxy = await startProxy({ host: dovecot.host, port: dovecot.port });
    cleanups.push(() => proxy.close());
    // Past the greeting and login, inside the first batch's FETCH response.
    proxy.dropAfter(12_000);
    const ids: string[] = [];
    const sends: string[] = [];
    const errors: ImapMailboxError[] = [];
    const watcher = watchMailbox({
      ...dovecotLogin(mailbox),
      port: proxy.port,
      batchSize: 25,
      reconnect: { initialDelay: 100, maxDelay: 500 },
      onError: (error) => errors.push(error),
      onReport(report) {
        ids.push(report.id);
        sends.push(sendIdOf(report));
      },
    });
    await until(() => ids.length >= count);
    await wait(500);
    await watcher.stop();

    expect(proxy.connections).toBeGreaterThanOrEqual(2);
    expect(errors.map((error) => error.code)).toContain("connection");
    expect(new Set(ids).size).toBe(ids.length);
    expect(sends.sort()).toEqual([...sendIds].sort());
    const flags = await flagsByUid(mailbox);
    expect([...flags.values()].filter((set) => set.has("\\Seen"))).toHaveLength(count);
  });

  it("ends with a clear error on a wrong password, after one attempt", async () => {
    const proxy = await startProxy({ host: dovecot.host, port: dovecot.port });
    cleanups.push(() => proxy.close());
    const errors: ImapMailboxError[] = [];
    const watcher = watchMailbox({
      ...dovecotLogin("INBOX"),
      port: proxy.port,
      auth: { user: dovecot.user, pass: "not-the-password" },
      reconnect: { initialDelay: 10, maxDelay: 10 },
      onError: (error) => errors.push(error),
      onReport() {
        throw new Error("no report can come without a login");
      },
    });
    const failure = await watcher.done.then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ImapMailboxError);
    expect(failure).toMatchObject({ code: "authentication", fatal: true });
    expect((failure as Error).message).toMatch(/refused the login/);
    await expect(watcher.ready).rejects.toBe(failure);
    // Give a retry storm the time to show.
    await wait(300);
    expect(proxy.connections).toBe(1);
    expect(errors).toEqual([failure]);

    await expect(
      readMailboxOnce({
        ...dovecotLogin("INBOX"),
        auth: { user: dovecot.user, pass: "wrong" },
        onReport() {},
      }),
    ).rejects.toMatchObject({ code: "authentication" });
  });

  it("reports a message that is no report as none, and leaves it in place with after: keep", async () => {
    const mailbox = await mailboxWith("plain-keep", [plainMessage(1), nthBounce(0)]);
    const kinds: string[] = [];
    const result = await readMailboxOnce({
      ...dovecotLogin(mailbox),
      // Plain IMAP, never upgraded: the loopback listener allows it.
      starttls: false,
      after: "keep",
      onReport(report) {
        kinds.push(report.kind);
      },
    });
    expect(result).toEqual({ reported: 2, failed: 0 });
    expect(kinds).toEqual(["none", "bounce"]);
    // Fetched without setting \Seen (BODY.PEEK), and not marked afterwards.
    const flags = await flagsByUid(mailbox);
    expect([...flags.values()].map((set) => set.has("\\Seen"))).toEqual([false, false]);
  });

  it("moves handled messages, no report included, with after: move", async () => {
    const mailbox = await mailboxWith("plain-move", [plainMessage(2), nthBounce(1)]);
    const moveTo = `${mailbox}-done`;
    cleanups.push(async () => {
      const other = await scratchMailbox("unused");
      await other.remove();
      const { testClient } = await import("./servers.js");
      const client = await testClient();
      await client.mailboxDelete(moveTo).catch(() => {});
      await client.logout();
    });
    const kinds: string[] = [];
    await readMailboxOnce({
      ...dovecotLogin(mailbox),
      after: "move",
      moveTo,
      onReport(report) {
        kinds.push(report.kind);
      },
    });
    expect(kinds).toEqual(["none", "bounce"]);
    expect((await flagsByUid(mailbox)).size).toBe(0);
    expect((await flagsByUid(moveTo)).size).toBe(2);
  });

  it("reports a malformed message with warnings, and goes on with the next ones", async () => {
    const mailbox = await mailboxWith("malformed", [malformedReport(), nthBounce(2), nthBounce(3)]);
    const reports: MailboxReport[] = [];
    const errors: ImapMailboxError[] = [];
    const result = await readMailboxOnce({
      ...dovecotLogin(mailbox),
      onError: (error) => errors.push(error),
      onReport(report) {
        reports.push(report);
      },
    });
    expect(errors).toEqual([]);
    expect(result.reported).toBe(3);
    // No recipient can be read from it: not a report, no invented recipient, and a warning why.
    expect(reports[0]).toMatchObject({ kind: "none", recipients: [] });
    expect(reports[0]?.warnings.length).toBeGreaterThan(0);
    expect(reports.slice(1).map(sendIdOf)).toEqual(["send-2@example.org", "send-3@example.org"]);
    const flags = await flagsByUid(mailbox);
    expect([...flags.values()].every((set) => set.has("\\Seen"))).toBe(true);
  });

  it("reads only the start of a huge message, with a truncated warning", async () => {
    // A DSN whose returned message has 3 MB of body: the status part is in the first bytes.
    const dsn = nthBounce(10);
    const end = dsn.lastIndexOf("\r\n--");
    const huge = `${dsn.slice(0, end)}\r\n${`${"x".repeat(998)}\r\n`.repeat(3_000)}${dsn.slice(end)}`;
    const mailbox = await mailboxWith("huge", [huge, nthBounce(11)]);
    const reports: MailboxReport[] = [];
    const messages: { size: number; read: number; truncated: boolean }[] = [];
    await readMailboxOnce({
      ...dovecotLogin(mailbox),
      maxMessageBytes: 64 * 1024,
      onReport(report, message) {
        reports.push(report);
        messages.push({ size: message.size, read: message.source.byteLength, truncated: message.truncated });
      },
    });
    expect(messages[0]).toMatchObject({ read: 64 * 1024, truncated: true });
    expect(messages[0]?.size).toBeGreaterThan(3_000_000);
    expect(reports[0]?.warnings.map((warning) => warning.type)).toContain("truncated");
    expect(reports[0]).toMatchObject({ kind: "bounce", recipients: [{ address: "user10@example.com" }] });
    expect(messages[1]?.truncated).toBe(false);
    expect(reports[1]?.warnings.map((warning) => warning.type) ?? []).not.toContain("truncated");
    expect(reports.map(sendIdOf)[1]).toBe("send-11@example.org");
  });

  it("leaves a message unmarked when onReport rejects, and tries it again later", async () => {
    const mailbox = await mailboxWith("rejects", [nthBounce(4), nthBounce(5)]);
    const seen: string[] = [];
    const errors: ImapMailboxError[] = [];
    let failOnce = true;
    const watcher = watchMailbox({
      ...dovecotLogin(mailbox),
      pollInterval: 300,
      onError: (error) => errors.push(error),
      onReport(report) {
        if (sendIdOf(report) === "send-4@example.org" && failOnce) {
          failOnce = false;
          throw new Error("database unavailable");
        }
        seen.push(sendIdOf(report));
      },
    });
    await until(() => seen.length >= 2);
    await watcher.stop();
    expect(seen).toEqual(["send-5@example.org", "send-4@example.org"]);
    expect(errors.map((error) => error.code)).toEqual(["report"]);
    const flags = await flagsByUid(mailbox);
    expect([...flags.values()].every((set) => set.has("\\Seen"))).toBe(true);
  });

  it("follows new mail, and stop() finishes the report at hand before it ends", async () => {
    const mailbox = await mailboxWith("follow", [nthBounce(6)]);
    const seen: string[] = [];
    let release: () => void = () => {};
    const watcher = watchMailbox({
      ...dovecotLogin(mailbox),
      // No poll within the test: new mail must come through IDLE.
      pollInterval: 600_000,
      async onReport(report) {
        seen.push(sendIdOf(report));
        if (seen.length === 2) await new Promise<void>((resolve) => (release = resolve));
      },
    });
    await watcher.ready;
    await until(() => seen.length === 1);
    await appendMessages(mailbox, [nthBounce(7), nthBounce(8)]);
    await until(() => seen.length === 2, 10_000);
    const stopped = watcher.stop();
    await wait(200);
    release();
    await stopped;
    expect(seen).toEqual(["send-6@example.org", "send-7@example.org"]);
    const flags = [...(await flagsByUid(mailbox)).values()].map((set) => set.has("\\Seen"));
    // The third message was never reported, so it stays unseen for the next run.
    expect(flags).toEqual([true, true, false]);
  });

  it("reads over IMAPS with the server's certificate", async () => {
    const mailbox = await mailboxWith("imaps", [nthBounce(9)]);
    const reports: MailboxReport[] = [];
    await readMailboxOnce({
      ...dovecotLogin(mailbox),
      port: dovecot.tlsPort,
      secure: true,
      tls: { ca: dovecotCertificate(), servername: "localhost" },
      onReport(report) {
        reports.push(report);
      },
    });
    expect(reports.map(sendIdOf)).toEqual(["send-9@example.org"]);
    expect(reports[0]?.id).toMatch(new RegExp(`^${mailbox};UIDVALIDITY=\\d+/;UID=1$`));
  });
});
