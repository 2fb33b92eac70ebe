import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);

/** The built `@smtp-codes/bounce/imap`, loaded the way users load it: through the exports map. */
describe("@smtp-codes/bounce/imap", () => {
  it("loads from CommonJS", () => {
    const imap = require("@smtp-codes/bounce/imap");
    expect(require.resolve("@smtp-codes/bounce/imap")).toMatch(/imap\.cjs$/);
    expect(typeof imap.watchMailbox).toBe("function");
    expect(imap.reportIdOf({ mailbox: "INBOX", uidValidity: "1", uid: 2 })).toBe(
      "INBOX;UIDVALIDITY=1/;UID=2",
    );
    expect(new imap.ImapMailboxError("authentication", "refused").fatal).toBe(true);
  });

  it("loads from ESM", async () => {
    const imap = await import("@smtp-codes/bounce/imap");
    expect(typeof imap.readMailboxOnce).toBe("function");
    expect(new imap.ImapMailboxError("connection", "dropped").fatal).toBe(false);
  });

  it("keeps imapflow out of everything but this entry, so parseBounce users need not install it", () => {
    const { readdirSync, readFileSync } = require("node:fs") as typeof import("node:fs");
    const { dirname, join } = require("node:path") as typeof import("node:path");
    const dist = dirname(require.resolve("@smtp-codes/bounce"));
    const files = readdirSync(dist).filter((name) => /\.c?js$/.test(name));
    const withImapflow = files.filter((name) => readFileSync(join(dist, name), "utf8").includes("imapflow"));
    expect(files.length).toBeGreaterThan(2);
    expect(withImapflow.sort()).toEqual(["imap.cjs", "imap.js"]);
  });
});
