import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { explain, formatDuration, labels } from "@smtp-codes/core";
import { verdictOf } from "@smtp-codes/core/log";
import { beforeAll, describe, expect, it } from "vitest";
import { logLine } from "./testing-log.js";

/** The built binary, run as users run it (the test task builds the package first). */
const cli = join(dirname(fileURLToPath(import.meta.url)), "../dist/cli.js");

function run(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input: options.input ?? "",
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("smtp-codes <code | reply>", () => {
  it.each([
    [["550"], "Mailbox unavailable"],
    [["5.1.1"], "Bad destination mailbox address"],
    [["X.7.26"], "Multiple authentication checks failed"],
    [["471"], "invalid syntax"],
  ])("explains the code %j", (args, expected) => {
    const { code, stdout } = run(args);
    expect(code).toBe(0);
    expect(stdout).toContain(expected);
  });

  it("explains a reply, also given as several words", () => {
    const { code, stdout } = run([
      "550",
      "5.1.1",
      "<a@example.com>:",
      "Recipient",
      "address",
      "rejected:",
      "User",
      "unknown",
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/permanent · hard bounce · User unknown · Retry\? no/);
  });

  it("reads a reply from stdin", () => {
    const { code, stdout } = run([], {
      input: "421 4.7.0 [TSS04] Messages temporarily deferred due to user complaints\n",
    });
    expect(code).toBe(0);
    expect(stdout).toContain("Bad reputation");
  });

  it("prints core's result with --json", () => {
    const entry = JSON.parse(run(["--json", "5.7.26"]).stdout);
    expect(entry).toMatchObject({ kind: "enhanced", code: "5.7.26", registered: true });
    const explanation = JSON.parse(
      run(["--json", "--command", "RCPT", "550 Requested action not taken"]).stdout,
    );
    expect(explanation).toMatchObject({ code: 550, reason: "userUnknown", command: "RCPT", bounce: "hard" });
  });

  it("speaks German with --lang de or a German LANG", () => {
    expect(run(["--lang", "de", "5.2.2"]).stdout).toContain("Postfach voll");
    expect(run(["5.2.2"], { env: { LANG: "de_DE.UTF-8" } }).stdout).toContain("Postfach voll");
  });

  it("prints core/log's verdict, the line the winston and pino adapters print, after the codes", () => {
    for (const [language, reply] of [
      ["en", "452 4.2.2 Mailbox full"],
      ["de", "550 5.1.1 User unknown"],
      ["en", "421 Try again later"],
    ] as const) {
      const words = {
        labels: labels(language),
        duration: (seconds: number) => formatDuration(seconds, language),
      };
      const result = explain(reply, { locale: language });
      const firstLine = run(["--lang", language, reply]).stdout.split("\n")[0];
      const codes = [result.code, result.enhanced].filter((part) => part !== null).join(" ");
      expect(firstLine).toBe(`${codes}  ${verdictOf(result, words, { codes: false })}`);
    }
  });

  it("colours only on a terminal and never with NO_COLOR", () => {
    expect(run(["550"]).stdout).not.toContain("\u001b[");
  });

  it("escapes control characters of the reply it prints", () => {
    const { stdout } = run(["550 5.7.1 spam\u001b[2J\u0007 detected"]);
    expect(stdout.includes("\u001b[2J")).toBe(false);
    expect(stdout.includes("\u0007")).toBe(false);
  });

  it("exits 1 for input that is not an SMTP code or reply", () => {
    const { code, stderr } = run(["hello", "world"]);
    expect(code).toBe(1);
    expect(stderr).toContain("not an SMTP code or reply");
  });

  it("exits 2 for usage errors", () => {
    expect(run(["--bogus"]).code).toBe(2);
    expect(run(["--lang", "fr", "550"]).code).toBe(2);
    expect(run(["scan", "/no/such/file"]).code).toBe(2);
    expect(run(["scan", "a", "b"]).code).toBe(2);
    expect(run(["scan", "--top", "0", "-"]).code).toBe(2);
    expect(run(["--help"]).code).toBe(0);
    expect(run(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("subcommands", () => {
  it("takes explain as a subcommand, the same as the bare form", () => {
    const bare = run(["550"]);
    const named = run(["explain", "550"]);
    expect(named.code).toBe(0);
    expect(named.stdout).toBe(bare.stdout);
    expect(run(["explain", "--json", "550 5.1.1 User unknown"]).stdout).toContain('"reason": "userUnknown"');
  });

  it("looks up a code in the catalogue with lookup", () => {
    const { code, stdout } = run(["lookup", "5.7.26"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Multiple authentication checks failed");
    expect(JSON.parse(run(["lookup", "--json", "550"]).stdout)).toMatchObject({ kind: "basic", code: 550 });
    expect(run(["lookup", "550 5.1.1 User unknown"]).code).toBe(1);
    expect(run(["lookup"]).code).toBe(2);
  });

  it.each([["600"], ["999"], ["lookup", "600"], ["lookup", "hello"], ["explain", "999"]])(
    "exits 1 for %j, which is not a code",
    (...args) => {
      const { code, stderr } = run(args);
      expect(code).toBe(1);
      expect(stderr).toMatch(/not an SMTP/);
    },
  );

  it.each([
    ["600", ["600 foo"]],
    ["600", ["600", "foo", "bar"]],
    ["999", ["explain", "999-first\n999 second"]],
  ])("exits 1 for a reply whose only code, %s, is no reply code (%j)", (invalid, args) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${invalid} is not an SMTP reply code`);
  });

  it("still explains a reply with an invalid code when something else in it is SMTP", () => {
    const enhanced = run(["600 5.1.1 User unknown"]);
    expect(enhanced.code).toBe(0);
    expect(enhanced.stdout).toContain("User unknown · Retry? no");
    expect(run(["explain", "--json", "600 5.1.1 foo"]).stdout).toContain('"type": "invalidCode"');
  });

  it.each(["explain", "lookup", "scan"])("prints the usage of %s with --help", (name) => {
    const { code, stdout } = run([name, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: smtp-codes (\\[)?${name}`));
    expect(run(["--help"]).stdout).toContain(`smtp-codes ${name}`);
  });
});

describe("smtp-codes scan", () => {
  let file = "";
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), "smtp-codes-"));
    file = join(dir, "mail.log");
    writeFileSync(file, Array.from({ length: 100_000 }, (_, i) => logLine(i)).join("\n"));
  });

  it("summarises a log of 100 000 lines", () => {
    const { code, stdout } = run(["scan", file]);
    expect(code).toBe(0);
    expect(stdout).toContain("100,000 lines");
    expect(stdout).toContain("87,500 SMTP replies");
    expect(stdout).toMatch(/User unknown\s+12,500/);
  });

  it("prints the report as JSON and reads stdin", () => {
    const input = Array.from({ length: 800 }, (_, i) => logLine(i)).join("\n");
    const report = JSON.parse(run(["scan", "--json", "--top", "3"], { input }).stdout);
    expect(report).toMatchObject({
      lines: 800,
      replies: 700,
      bySeverity: { success: 200, permanent: 300, transient: 200 },
    });
    expect(report.byDomain).toHaveLength(3);
    expect(report.topTexts).toHaveLength(3);
  });

  it("prints a suppression list with --suppress: hard bounces only, one per line, unmasked", () => {
    const log = fileURLToPath(new URL("./fixtures/postfix-exim.log", import.meta.url));
    const { code, stdout } = run(["scan", "--suppress", log]);
    expect(code).toBe(0);
    expect(stdout).toBe("a@example.org\nc@nowhere.example\nd@example.org\n");
    expect(run(["scan", log]).stdout).not.toContain("@");
    expect(run(["scan", "--show-addresses", log]).stdout).toContain("<x@example.org>");
    expect(run(["scan", "--suppress", "--json", log]).code).toBe(2);
  });

  it("exits 1 when a log holds no SMTP reply", () => {
    expect(run(["scan", "-"], { input: "nothing\nto see\n" }).code).toBe(1);
  });
});
