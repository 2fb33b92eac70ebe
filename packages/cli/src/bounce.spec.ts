import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { bounceEmail, complaintEmail, full, gone, mboxOf, moved } from "./testing-bounce.js";

/** The built binary, run as users run it (the test task builds the package first). */
const cli = join(dirname(fileURLToPath(import.meta.url)), "../dist/cli.js");

function run(args: string[], input = "") {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "smtp-codes-bounce-"));
});
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("smtp-codes bounce", () => {
  it("explains a report recipient by recipient and marks the addresses to stop mailing", () => {
    const { code, stdout } = run(["bounce", write("two.eml", bounceEmail([gone, full]))]);
    expect(code).toBe(0);
    expect(stdout).toContain("bounce · read as rfc3464 · reported by relay.example.net · 2 recipients");
    const [, first, second] = stdout.split("\n\n");
    expect(first).toMatch(/^gone@example.com\s+failed/);
    expect(first).toMatch(/550 5\.1\.1\s+permanent · hard bounce · User unknown · Retry\? no/);
    expect(first).toContain("→ stop mailing this address");
    expect(second).toMatch(/^full@example.net\s+delayed/);
    expect(second).toContain("Mailbox full");
    expect(second).not.toContain("stop mailing");
  });

  it("reads stdin with -, prints the report as JSON, shows the headers asked for", () => {
    const report = JSON.parse(
      run(["bounce", "-", "--json", "--headers", "X-Campaign-Id"], bounceEmail([gone])).stdout,
    );
    expect(report).toMatchObject({
      kind: "bounce",
      original: { messageId: "newsletter-1@example.org", headers: { "X-Campaign-Id": "winter-1" } },
    });
    expect(report.recipients.map((r: { address: string }) => r.address)).toEqual(["gone@example.com"]);
  });

  it("shows a complaint's feedback report and the complainer as an address to stop mailing", () => {
    const { code, stdout } = run(["bounce", "-"], complaintEmail("annoyed@example.net"));
    expect(code).toBe(0);
    expect(stdout).toContain("spam complaint · read as arf");
    expect(stdout).toContain("feedback type abuse · reported by ExampleFBL/1.0 · source IP 192.0.2.5");
    expect(stdout).toMatch(/annoyed@example\.net\n {2}complained\n {2}→ stop mailing this address/);
  });

  it("explains the first message of an mbox and says there are more", () => {
    const { code, stdout, stderr } = run(
      ["bounce", "-"],
      mboxOf([bounceEmail([moved], "2"), bounceEmail([gone], "3")]),
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^moved@example\.org/m);
    expect(stdout).not.toContain("gone@example.com");
    expect(stderr).toContain("bounce explains the first, bounces reads them all");
    expect(run(["bounce", "-"], mboxOf([bounceEmail([moved], "2")])).stderr).toBe("");
  });

  it("speaks German", () => {
    expect(run(["bounce", "--lang", "de", "-"], bounceEmail([gone])).stdout).toContain(
      "diese Adresse nicht mehr anschreiben",
    );
  });

  it("exits 1 for an email that is not a report, 2 for a missing file or a usage error", () => {
    const { code, stdout } = run(["bounce", "-"], "From: a@example.org\nSubject: hi\n\nLunch?\n");
    expect(code).toBe(1);
    expect(stdout).toContain("not a bounce report");
    expect(run(["bounce", join(dir, "missing.eml")]).code).toBe(2);
    expect(run(["bounce", dir]).code).toBe(2);
    expect(run(["bounce", "-"], "").code).toBe(1);
    expect(run(["bounce"]).code).toBe(2);
    expect(run(["bounce", "a", "b"]).code).toBe(2);
  });
});

describe("smtp-codes bounces", () => {
  const messages = () => [
    bounceEmail([gone, full], "1"),
    bounceEmail([moved], "2"),
    bounceEmail([gone], "3"),
    complaintEmail("annoyed@example.net"),
    "From: friend@example.org\nSubject: not a bounce\n\nFrom me, with love.\n",
  ];

  it("summarises an mbox by kind, reason, bounce type and domain", () => {
    const { code, stdout } = run(["bounces", write("bounces.mbox", mboxOf(messages()))]);
    expect(code).toBe(0);
    expect(stdout).toContain("5 messages");
    expect(stdout).toMatch(/bounce\s+3\n/);
    expect(stdout).toMatch(/spam complaint\s+1\n/);
    expect(stdout).toMatch(/not a bounce report\s+1\n/);
    expect(stdout).toMatch(/User unknown\s+3\n/);
    expect(stdout).toMatch(/Mailbox full\s+1\n/);
    expect(stdout).toMatch(/hard bounce\s+3\n/);
    expect(stdout).toMatch(/example\.com\s+2\n/);
    expect(stdout).toContain("4 addresses to stop mailing");
  });

  it("--suppress prints each hard-bounced or complaining address once, one per line", () => {
    const { code, stdout } = run(["bounces", "--suppress", write("suppress.mbox", mboxOf(messages()))]);
    expect(code).toBe(0);
    expect(stdout).toBe("gone@example.com\nmoved@example.org\nannoyed@example.net\n");
  });

  it("--suppress prints no control character of a hostile report", () => {
    const hostile = bounceEmail([{ ...gone, address: "evil\u001b[2J\u0007@example.com" }], "4");
    const { stdout } = run(["bounces", "--suppress", "-"], mboxOf([hostile, bounceEmail([moved], "5")]));
    expect(stdout).toMatch(/moved@example\.org\n$/);
    expect([...stdout].every((char) => char === "\n" || char.charCodeAt(0) >= 0x20)).toBe(true);
  });

  it("--jsonl prints one report per line with its source; --json the summary", () => {
    const path = write("jsonl.mbox", mboxOf(messages()));
    const lines = run(["bounces", "--jsonl", path])
      .stdout.trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map(({ source, report }) => [source.index, source.path, report.kind])).toEqual([
      [0, path, "bounce"],
      [1, path, "bounce"],
      [2, path, "bounce"],
      [3, path, "complaint"],
      [4, path, "none"],
    ]);
    const summary = JSON.parse(run(["bounces", "--json", path]).stdout);
    expect(summary).toMatchObject({
      messages: 5,
      byKind: { bounce: 3, complaint: 1, none: 1 },
      suppressed: 4,
    });
  });

  it("reads a Maildir and a folder of .eml files, and an mbox on stdin", () => {
    const maildir = join(dir, "Maildir");
    mkdirSync(join(maildir, "cur"), { recursive: true });
    mkdirSync(join(maildir, "new"));
    writeFileSync(join(maildir, "cur", "1.host:2,S"), bounceEmail([gone]));
    writeFileSync(join(maildir, "new", "2.host"), bounceEmail([moved]));
    expect(run(["bounces", "--suppress", maildir]).stdout).toBe("gone@example.com\nmoved@example.org\n");
    const folder = join(dir, "emails");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.eml"), bounceEmail([full]));
    expect(JSON.parse(run(["bounces", "--json", folder]).stdout)).toMatchObject({ byKind: { delay: 1 } });
    expect(run(["bounces", "--suppress", "-"], mboxOf(messages())).stdout).toBe(
      "gone@example.com\nmoved@example.org\nannoyed@example.net\n",
    );
  });

  it("shows progress on a terminal only, on stderr", () => {
    const path = write("progress.mbox", mboxOf(messages()));
    expect(run(["bounces", path]).stderr).toBe("");
    // script(1) runs the command on a pseudo-terminal, as a user's shell does.
    const terminal = spawnSync(
      "script",
      ["-qec", `${process.execPath} ${cli} bounces ${path}`, "/dev/null"],
      {
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", NO_COLOR: "1" },
      },
    );
    expect(terminal.status).toBe(0);
    expect(terminal.stdout).toMatch(/\rreading \d+ ?%, \d+ messages?/);
    expect(terminal.stdout).toContain("5 messages");
  });

  it("exits 1 for a mailbox without reports, 2 for one that does not exist", () => {
    expect(run(["bounces", write("none.mbox", mboxOf([messages()[4] as string]))]).code).toBe(1);
    expect(run(["bounces", "--suppress", "--jsonl", dir]).code).toBe(2);
    const { code, stderr } = run(["bounces", join(dir, "missing")]);
    expect(code).toBe(2);
    expect(stderr).toContain("cannot read the mailbox");
  });
});

describe("smtp-codes scan on bounce emails", () => {
  it("counts each reported recipient once, not the report's text or the returned message", () => {
    const report = JSON.parse(run(["scan", "--json", write("scan.eml", bounceEmail([gone, full]))]).stdout);
    expect(report).toMatchObject({
      replies: 2,
      bySeverity: { permanent: 1, transient: 1 },
      byReason: { userUnknown: 1, mailboxFull: 1 },
    });
    expect(report.byDomain.map((d: { domain: string }) => d.domain).sort()).toEqual([
      "example.com",
      "example.net",
    ]);
  });

  it("reads an mbox of bounces from stdin message by message", () => {
    const input = mboxOf([bounceEmail([gone, full], "1"), bounceEmail([moved], "2")]);
    const report = JSON.parse(run(["scan", "--json", "-"], input).stdout);
    expect(report).toMatchObject({ replies: 3, lines: input.split("\n").length - 1 });
    expect(report.byReason).toEqual({ userUnknown: 2, mailboxFull: 1 });
  });
});
