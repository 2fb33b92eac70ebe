import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { MailboxError, mailboxKind, readMailboxMessages } from "./mailbox-messages.js";

const message = (subject: string) => `From: a@example.org\nSubject: ${subject}\n\nFrom the body\n`;

async function collect(...args: Parameters<typeof readMailboxMessages>) {
  const messages = [];
  for await (const entry of readMailboxMessages(...args)) messages.push(entry);
  return messages;
}

describe("readMailboxMessages", () => {
  const root = mkdtempSync(join(tmpdir(), "smtp-codes-mailbox-"));

  it("reads an mbox file message by message, with offsets, and the same from a stream", async () => {
    const mbox = join(root, "bounces.mbox");
    const content = `From MAILER-DAEMON Tue Dec  1 08:00:00 2026\n${message("one").replace("\nFrom the", "\n>From the")}\nFrom MAILER-DAEMON Tue Dec  1 08:00:01 2026\n${message("two").replace("\nFrom the", "\n>From the")}\n`;
    writeFileSync(mbox, content);
    const fromFile = await collect(mbox);
    expect(fromFile.map(({ source, bytes }) => [source, bytes.toString()])).toEqual([
      [{ path: mbox, index: 0, offset: 0 }, message("one")],
      [{ path: mbox, index: 1, offset: content.lastIndexOf("From MAILER") }, message("two")],
    ]);
    const fromStream = await collect(Readable.from([Buffer.from(content)]));
    expect(fromStream.map(({ source }) => source.path)).toEqual([null, null]);
    expect(fromStream.map(({ bytes }) => bytes.toString())).toEqual([message("one"), message("two")]);
    expect(await mailboxKind(mbox)).toBe("mbox");
  });

  it("reads a Maildir's cur/ and new/, not tmp/ or dot files", async () => {
    const maildir = join(root, "Maildir");
    for (const folder of ["cur", "new", "tmp", ".Sent/cur"])
      mkdirSync(join(maildir, folder), { recursive: true });
    writeFileSync(join(maildir, "cur", "1700000001.M1P1.host:2,S"), message("seen"));
    writeFileSync(join(maildir, "new", "1700000002.M2P2.host"), message("new"));
    writeFileSync(join(maildir, "tmp", "1700000003.M3P3.host"), message("being written"));
    writeFileSync(join(maildir, ".Sent", "cur", "1700000004.M4P4.host:2,S"), message("sent"));
    writeFileSync(join(maildir, "dovecot-uidlist"), "3 V1 N1\n");
    const messages = await collect(maildir);
    expect(await mailboxKind(maildir)).toBe("maildir");
    expect(messages.map(({ source, bytes }) => [source, bytes.toString()])).toEqual([
      [{ path: join(maildir, "cur", "1700000001.M1P1.host:2,S"), index: 0, offset: null }, message("seen")],
      [{ path: join(maildir, "new", "1700000002.M2P2.host"), index: 1, offset: null }, message("new")],
    ]);
  });

  it("reads the .eml files of a folder, and every file when there is none", async () => {
    const folder = join(root, "emails");
    mkdirSync(join(folder, "sub"), { recursive: true });
    writeFileSync(join(folder, "b.eml"), message("b"));
    writeFileSync(join(folder, "a.EML"), message("a"));
    writeFileSync(join(folder, "notes.txt"), "not a message");
    writeFileSync(join(folder, "sub", "c.eml"), message("c"));
    expect((await collect(folder)).map(({ bytes }) => bytes.toString())).toEqual([
      message("a"),
      message("b"),
    ]);
    const plain = join(root, "plain");
    mkdirSync(plain);
    writeFileSync(join(plain, "1"), message("1"));
    writeFileSync(join(plain, "2"), message("2"));
    expect((await collect(plain)).map(({ bytes }) => bytes.toString())).toEqual([message("1"), message("2")]);
  });

  it("cuts a file over maxSize and marks it", async () => {
    const folder = join(root, "large");
    mkdirSync(folder);
    const large = `${message("large")}${"x".repeat(5_000)}\n`;
    writeFileSync(join(folder, "large.eml"), large);
    const [entry] = await collect(folder, { maxSize: 1_000 });
    expect(entry).toMatchObject({ size: large.length, truncated: true });
    expect(entry?.bytes.toString()).toBe(large.slice(0, 1_000));
  });

  it("throws a MailboxError for a missing path or a bad limit", async () => {
    await expect(collect(join(root, "missing"))).rejects.toMatchObject({
      name: "MailboxError",
      code: "notFound",
    });
    await expect(collect(root, { maxSize: 0 })).rejects.toBeInstanceOf(MailboxError);
  });
});
