import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Example } from "./extract.js";
import { prepareExample } from "./prepare.js";

/** What running one example gave. */
export interface ExampleRun {
  readonly ok: boolean;
  readonly assertions: number;
  /** The example's output, and the failure if it failed. */
  readonly output: string;
}

/**
 * Runs one example as an ES module in its own Node process, written next to its README (under
 * `node_modules/.readme-examples`, so that the README's package's own dependencies resolve as
 * they would for a user of that package). Workspace packages resolve through `resolve`.
 */
export function runExample(
  example: Example,
  resolve: (specifier: string) => string | undefined,
  timeoutMs = 30_000,
): ExampleRun {
  const { module, assertions } = prepareExample(example, resolve);
  const directory = join(dirname(example.file), "node_modules", ".readme-examples");
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `${basename(example.file, ".md")}-${example.line}-${process.pid}.mjs`);
  writeFileSync(file, module);
  try {
    const result = spawnSync(process.execPath, [file], {
      cwd: dirname(example.file),
      encoding: "utf8",
      timeout: timeoutMs,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    const output = `${result.stdout}${result.stderr}`;
    if (result.error) return { ok: false, assertions, output: `${output}\n${result.error.message}` };
    return { ok: result.status === 0, assertions, output };
  } finally {
    rmSync(file, { force: true });
  }
}
