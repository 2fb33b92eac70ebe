/** The README-example harness itself: that it finds blocks, asserts, fails and type-checks. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { workspacePackages } from "../workspace.js";
import { extractExamples } from "./extract.js";
import { ExampleSyntaxError, rewriteAssertions } from "./prepare.js";
import { repositoryExamples } from "./readmes.js";
import { runExample } from "./run.js";
import { typecheckExamples } from "./typecheck.js";

const { resolve } = repositoryExamples();
const scratch = mkdtempSync(join(tmpdir(), "readme-harness-"));
const readme = join(scratch, "README.md");
writeFileSync(join(scratch, "package.json"), '{ "type": "module" }');

const example = (code: string, language: "ts" | "js" = "ts") => ({
  file: readme,
  line: 10,
  language,
  code,
  notRun: null,
});

describe("extractExamples", () => {
  it("takes ts and js blocks, skips others and reads the not-run comment", () => {
    const markdown = [
      "# Title",
      "```sh",
      "npm install x",
      "```",
      "```ts",
      "const a = 1;",
      "```",
      "<!-- example: not run (needs a server) -->",
      "",
      "```js",
      "connect();",
      "```",
      "```json",
      "{}",
      "```",
    ].join("\n");
    expect(extractExamples(markdown, "R.md")).toEqual([
      { file: "R.md", line: 6, language: "ts", code: "const a = 1;", notRun: null },
      { file: "R.md", line: 11, language: "js", code: "connect();", notRun: "needs a server" },
    ]);
  });
});

describe("runExample", () => {
  it("passes when every // => line holds", () => {
    const run = runExample(
      example(
        [
          'import { lookup } from "@smtp-codes/core";',
          'lookup(550)?.title; // => "Mailbox unavailable"',
          'const entry = lookup("5.1.1"); // => { ...lookup("5.1.1") }',
          "[1, 2].map((n) => n * 2); // => [2, 4]",
          'JSON.parse("{"); // => throws SyntaxError',
          "await Promise.resolve(3); // => 3",
        ].join("\n"),
      ),
      resolve,
    );
    expect(run).toMatchObject({ ok: true, assertions: 5 });
  });

  it("fails, naming the README line, when a shown result is wrong", () => {
    const run = runExample(
      example(
        ['import { lookup } from "@smtp-codes/core";', 'lookup(550)?.title; // => "Mailbox full"'].join("\n"),
      ),
      resolve,
    );
    expect(run.ok).toBe(false);
    expect(run.output).toContain(`${readme}:11`);
    expect(run.output).toContain("Mailbox unavailable");
  });

  it("fails when the expected error is not thrown, or another is", () => {
    expect(runExample(example("(1 + 1); // => throws TypeError"), resolve).ok).toBe(false);
    expect(runExample(example('JSON.parse("{"); // => throws TypeError'), resolve).ok).toBe(false);
  });

  it("fails when the example itself throws", () => {
    expect(runExample(example('throw new Error("broken");', "js"), resolve).ok).toBe(false);
  });

  it("refuses a // => comment that follows no statement", () => {
    expect(() => rewriteAssertions(example("// => 1\nconst a = 1;"))).toThrow(ExampleSyntaxError);
  });
});

describe("typecheckExamples", () => {
  it("reports strict-mode errors with the README line, and passes correct code", () => {
    const errors = typecheckExamples(
      [
        example(
          [
            'import { explain } from "@smtp-codes/core";',
            'try { explain("550"); } catch (err) { console.log(err.message); }',
          ].join("\n"),
        ),
        {
          ...example(
            'import { lookup } from "@smtp-codes/core";\nconst title: string | undefined = lookup(550)?.title;',
          ),
          line: 40,
        },
      ],
      workspacePackages(),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/README\.md:11: 'err' is of type 'unknown'/);
  }, 60_000);
});
