import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** The built binary, run as users run it (the test task builds the package first). */
const cli = join(dirname(fileURLToPath(import.meta.url)), "../../dist/cli.js");
const folder = mkdtempSync(join(tmpdir(), "smtp-codes-rules-"));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input: "",
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function rulesFile(name: string, content: string): string {
  const file = join(folder, name);
  writeFileSync(file, content);
  return file;
}

const reply = "550 5.1.1 Storage plan used up for this user";

describe("smtp-codes explain --rules FILE.json", () => {
  it("decides by the file's rules first", () => {
    const file = rulesFile(
      "rules.json",
      JSON.stringify([
        { id: "acme.storage", words: ["storage"], pattern: "storage plan used up", reason: "mailboxFull" },
      ]),
    );
    const { code, stdout } = run(["explain", "--json", "--rules", file, reply]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ reason: "mailboxFull", rule: "user:acme.storage" });
    expect(JSON.parse(run(["explain", "--json", reply]).stdout).rule).not.toBe("user:acme.storage");
  });

  it("takes { rules: [...] } and recognises text that only a user rule knows", () => {
    const file = rulesFile(
      "object.json",
      JSON.stringify({
        rules: [{ id: "x", words: ["zorblax"], pattern: "zorblax refused", reason: "filtered" }],
      }),
    );
    const { code, stdout } = run(["explain", "--json", "--rules", file, "zorblax refused it"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).rule).toBe("user:x");
  });

  it.each([
    ["a missing file", join(folder, "missing.json"), /cannot read the rules file/],
    ["a file that is not JSON", rulesFile("bad.json", "{"), /is not JSON/],
    ["a file without a list", rulesFile("none.json", '{"x":1}'), /holds no list of rules/],
    [
      "a rule with an unknown reason",
      rulesFile("reason.json", '[{"id":"r1","words":["a1"],"pattern":"a1","reason":"nope"}]'),
      /rule "r1": unknown reason "nope"/,
    ],
    [
      "a pattern that could backtrack",
      rulesFile("redos.json", '[{"id":"r2","words":["a"],"pattern":"(a+)+$","reason":"filtered"}]'),
      /rule "r2": pattern is not allowed/,
    ],
  ])("exits 2 with a clear message for %s", (_what, file, message) => {
    const { code, stderr } = run(["explain", "--rules", file, reply]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("finds providers' own codes", () => {
    const { code, stdout } = run(["explain", "--json", "5.7.708"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ vendor: "Microsoft", registered: false });
    expect(run(["5.7.708"]).stdout).toMatch(/Traffic not accepted from this IP.*unregistered, Microsoft/);
  });
});
