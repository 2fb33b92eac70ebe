/**
 * `pnpm run check:packed`: the published packages as a user gets them. Packs every public
 * workspace package with `pnpm pack` (which turns `workspace:` ranges into versions, as
 * `pnpm publish` does), installs the tarballs with npm into a scratch project outside the
 * workspace, and runs each package README's first example there: its first ```ts or ```js
 * block that is not marked "not run" (with its `// =>` lines asserted), or, for a package that
 * is a command, the first `npx <bin> ...` line of its README. Packages are found from
 * pnpm-workspace.yaml, so a new one is checked without being listed here.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractExamples } from "./readme-examples/extract.js";
import { prepareExample } from "./readme-examples/prepare.js";
import { type WorkspacePackage, workspacePackages } from "./workspace.js";

const pnpm = ["npx", "-y", "pnpm@10.34.9"];

function run(command: string[], cwd: string, timeoutMs = 300_000) {
  const [file, ...args] = command as [string, ...string[]];
  const result = spawnSync(file, args, {
    cwd,
    encoding: "utf8",
    timeout: timeoutMs,
    env: { ...process.env, NO_COLOR: "1", npm_config_update_notifier: "false" },
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout ?? ""}${result.stderr ?? ""}${result.error?.message ?? ""}`,
  };
}

/** What to run for a package: a module of its first runnable example, or a command line. */
type FirstExample = { kind: "module"; module: string; line: number } | { kind: "command"; argv: string[] };

function firstExample(pkg: WorkspacePackage): FirstExample | undefined {
  const readme = join(pkg.directory, "README.md");
  if (!existsSync(readme)) return undefined;
  const markdown = readFileSync(readme, "utf8");
  const example = extractExamples(markdown, readme).find((candidate) => candidate.notRun === null);
  // Node's own resolution from the scratch project: the installed tarballs, nothing of the workspace.
  if (example)
    return { kind: "module", module: prepareExample(example, () => undefined).module, line: example.line };
  const bins = typeof pkg.manifest.bin === "string" ? [pkg.name] : Object.keys(pkg.manifest.bin ?? {});
  for (const line of markdown.split("\n")) {
    const words = line.trim().split(/\s+/);
    if (words[0] === "npx" && bins.includes(words[1] ?? "")) {
      return { kind: "command", argv: ["npx", "--no-install", ...words.slice(1).map(unquote)] };
    }
  }
  return undefined;
}

function unquote(word: string): string {
  return /^".*"$/.test(word) ? word.slice(1, -1) : word;
}

function main(): number {
  const published = workspacePackages().filter((pkg) => !pkg.private);
  const scratch = mkdtempSync(join(tmpdir(), "smtp-codes-packed-"));
  const tarballs = join(scratch, "tarballs");
  const project = join(scratch, "project");
  mkdirSync(tarballs);
  mkdirSync(project);
  const failures: string[] = [];
  try {
    for (const pkg of published) {
      if (!existsSync(join(pkg.directory, "dist")))
        failures.push(`${pkg.name}: no dist/, run pnpm run build first`);
      const packed = run([...pnpm, "pack", "--pack-destination", tarballs], pkg.directory);
      if (!packed.ok) failures.push(`${pkg.name}: pnpm pack failed\n${packed.output}`);
    }
    const files = readdirSync(tarballs).filter((file) => file.endsWith(".tgz"));
    const peers = published.flatMap((pkg) =>
      Object.entries(pkg.manifest.peerDependencies ?? {}).map(([name, range]) => `${name}@${range}`),
    );
    writeFileSync(
      join(project, "package.json"),
      `${JSON.stringify({ name: "scratch", version: "0.0.0", private: true, type: "module" }, null, 2)}\n`,
    );
    const installed = run(
      [
        "npm",
        "install",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        ...files.map((file) => join(tarballs, file)),
        ...peers,
      ],
      project,
    );
    if (!installed.ok) {
      failures.push(`npm install of the tarballs failed\n${installed.output}`);
      return report(failures, published.length);
    }
    for (const pkg of published) {
      const manifest = readFileSync(join(project, "node_modules", pkg.name, "package.json"), "utf8");
      if (manifest.includes("workspace:"))
        failures.push(`${pkg.name}: the packed package.json keeps a workspace: range`);
      // pnpm pack adds the root LICENSE to a package without its own.
      for (const file of ["README.md", "LICENSE"]) {
        if (!existsSync(join(project, "node_modules", pkg.name, file)))
          failures.push(`${pkg.name}: the tarball has no ${file}`);
      }
      const example = firstExample(pkg);
      if (!example) {
        failures.push(
          `${pkg.name}: its README has no example to run (a ts/js block, or an npx line for a command)`,
        );
        continue;
      }
      let result: { ok: boolean; output: string };
      if (example.kind === "module") {
        const file = join(project, `example-${pkg.name.replace(/\W+/g, "-")}.mjs`);
        writeFileSync(file, example.module);
        result = run([process.execPath, file], project, 60_000);
      } else {
        result = run(example.argv, project, 60_000);
      }
      const what =
        example.kind === "module"
          ? `README example at line ${example.line}`
          : example.argv.slice(2).join(" ");
      if (result.ok) console.log(`ok   ${pkg.name}: ${what}`);
      else failures.push(`${pkg.name}: ${what} failed in the installed package\n${result.output}`);
    }
    return report(failures, published.length);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function report(failures: readonly string[], count: number): number {
  for (const failure of failures) console.error(`FAIL ${failure}`);
  console.log(
    failures.length === 0
      ? `check:packed: ${count} packages packed, installed with npm outside the workspace, first examples pass`
      : `check:packed: ${failures.length} problem(s)`,
  );
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main();
