import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readMailbox } from "../index.js";

/** An RFC 3464 report for one recipient, written for this test. */
function dsn(recipient: string, status: string, diagnostic: string, padding = ""): string {
  return `From: Mail Delivery System <MAILER-DAEMON@relay.example.net>
To: sender@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

Your message could not be delivered.
From the mail system at relay.example.net.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.net

Final-Recipient: rfc822; ${recipient}
Action: ${status.startsWith("4") ? "delayed" : "failed"}
Status: ${status}
Diagnostic-Code: smtp; ${diagnostic}

--b1
Content-Type: message/rfc822

From: sender@example.org
To: ${recipient}
Subject: Hello
Message-ID: <hello-${recipient}>

${padding}Hi
--b1--
`;
}

const mboxOf = (messages: string[]) =>
  messages
    .map(
      (message) => `From MAILER-DAEMON Tue Dec  1 08:00:00 2026\n${message.replace(/^(>*From )/gm, ">$1")}\n`,
    )
    .join("");

async function collect(...args: Parameters<typeof readMailbox>) {
  const entries = [];
  for await (const entry of readMailbox(...args)) entries.push(entry);
  return entries;
}

const summary = (entries: Awaited<ReturnType<typeof collect>>) =>
  entries.map(({ source, report }) => ({
    index: source.index,
    kind: report.kind,
    recipients: report.recipients.map((r) => [r.address, r.status, r.explanation.reason]),
  }));

describe("readMailbox", () => {
  const root = mkdtempSync(join(tmpdir(), "smtp-codes-read-mailbox-"));
  const one = dsn("gone@example.com", "5.1.1", "550 5.1.1 <gone@example.com>: User unknown");
  const two = dsn("full@example.net", "4.2.2", "452 4.2.2 Mailbox full");
  const expected = [
    { index: 0, kind: "bounce", recipients: [["gone@example.com", "5.1.1", "userUnknown"]] },
    { index: 1, kind: "delay", recipients: [["full@example.net", "4.2.2", "mailboxFull"]] },
  ];

  it("parses each message of an mbox, with its offset, from a file or a stream", async () => {
    const path = join(root, "bounces.mbox");
    const content = mboxOf([one, two]);
    writeFileSync(path, content);
    const entries = await collect(path);
    expect(summary(entries)).toEqual(expected);
    expect(entries.map(({ source }) => source.offset)).toEqual([0, content.indexOf("From MAILER", 1)]);
    expect(entries[0]?.report.original.messageId).toBe("hello-gone@example.com");
    expect(summary(await collect(Readable.from([content])))).toEqual(expected);
  });

  it("parses the messages of a Maildir and of a folder of .eml files", async () => {
    const maildir = join(root, "Maildir");
    mkdirSync(join(maildir, "cur"), { recursive: true });
    mkdirSync(join(maildir, "new"));
    writeFileSync(join(maildir, "cur", "1.host:2,S"), one);
    writeFileSync(join(maildir, "new", "2.host"), two);
    expect(summary(await collect(maildir))).toEqual(expected);
    const folder = join(root, "folder");
    mkdirSync(folder);
    writeFileSync(join(folder, "1.eml"), one.replaceAll("\n", "\r\n"));
    writeFileSync(join(folder, "2.eml"), two);
    expect(summary(await collect(folder))).toEqual(expected);
  });

  it("explains in the locale asked for", async () => {
    const path = join(root, "one.eml");
    writeFileSync(path, one);
    const [english] = await collect(path);
    const [german] = await collect(path, { locale: "de" });
    expect(german?.report.recipients[0]?.explanation.locale).toBe("de");
    expect(german?.report.recipients[0]?.explanation.summary).not.toBe(
      english?.report.recipients[0]?.explanation.summary,
    );
  });

  it("reads the start of a message over maxSize, still finds its recipient, and warns", async () => {
    const large = dsn(
      "gone@example.com",
      "5.1.1",
      "550 5.1.1 User unknown",
      `${"x".repeat(999)}\n`.repeat(200),
    );
    const path = join(root, "large.mbox");
    writeFileSync(path, mboxOf([large, two]));
    const entries = await collect(path, { maxSize: 4_096 });
    expect(summary(entries)).toEqual([
      { index: 0, kind: "bounce", recipients: [["gone@example.com", "5.1.1", "userUnknown"]] },
      expected[1],
    ]);
    expect(entries[0]?.report.warnings.map((w) => w.type)).toContain("truncated");
    expect(entries[1]?.report.warnings).toEqual([]);
  });

  it("gives kind none for a message that is not a report, and goes on", async () => {
    const path = join(root, "mixed.mbox");
    writeFileSync(path, mboxOf(["From: a@example.org\nSubject: lunch?\n\nFrom noon on.\n", one]));
    expect(summary(await collect(path)).map(({ kind }) => kind)).toEqual(["none", "bounce"]);
  });

  it("works from CommonJS and ESM, as the built package is loaded", async () => {
    const path = join(root, "exports.mbox");
    writeFileSync(path, mboxOf([one, two]));
    const fromCommonJs = createRequire(import.meta.url)("@smtp-codes/bounce") as typeof import("../index.js");
    const fromEsm = await import("@smtp-codes/bounce");
    for (const bounce of [fromCommonJs, fromEsm]) {
      const entries = [];
      for await (const entry of bounce.readMailbox(path)) entries.push(entry);
      expect(summary(entries)).toEqual(expected);
      await expect(bounce.readMailbox(join(root, "missing")).next()).rejects.toBeInstanceOf(
        bounce.MailboxError,
      );
    }
  });
});
