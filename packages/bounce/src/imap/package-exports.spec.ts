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

  it("keeps imapflow out of the main entry, so parseBounce users need not install it", () => {
    const main = require.resolve("@smtp-codes/bounce");
    const { readFileSync } = require("node:fs") as typeof import("node:fs");
    expect(readFileSync(main, "utf8")).not.toMatch(/imapflow/);
    expect(readFileSync(main.replace(/index\.cjs$/, "index.js"), "utf8")).not.toMatch(/imapflow/);
  });
});
