/**
 * Every ```ts and ```js block of the root README and of every workspace package's README runs
 * here as an ES module against this checkout's built packages, with its `// =>` lines asserted,
 * and every TypeScript block is type-checked under strict. A block that needs a server or a
 * mailbox says `<!-- example: not run (why) -->` and is only type-checked.
 */
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../workspace.js";
import { repositoryExamples } from "./readmes.js";
import { runExample } from "./run.js";
import { typecheckExamples } from "./typecheck.js";

const { workspace, examples, resolve } = repositoryExamples();

describe.each([...examples.keys()].map((file) => [relative(repositoryRoot, file)]))("%s", (name) => {
  const list = examples.get(`${repositoryRoot}/${name}`) ?? [];
  const runnable = list.filter((example) => example.notRun === null);
  const exempt = list.filter((example) => example.notRun !== null);
  if (runnable.length > 0) {
    it.each(runnable.map((example) => [example.line, example]))(
      "runs the example at line %i",
      (_, example) => {
        const run = runExample(example, resolve);
        expect(run.ok, run.output).toBe(true);
      },
    );
  }
  if (exempt.length > 0) {
    it.skip.each(exempt.map((example) => [example.line, example.notRun]))("line %i: not run (%s)", () => {});
  }
  if (list.length === 0) it.skip("has no ts or js examples", () => {});
});

describe("the TypeScript examples", () => {
  it("type-check under strict", () => {
    const all = [...examples.values()].flat();
    expect(all.filter((example) => example.language === "ts").length).toBeGreaterThan(0);
    expect(typecheckExamples(all, workspace)).toEqual([]);
  }, 60_000);
});
