/**
 * What every workspace package's manifest must say, so that a fresh clone installs without
 * warnings and a published package points back to its source. Packages are found from
 * pnpm-workspace.yaml: a new one is checked without being listed here.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot, workspacePackages } from "./workspace.js";

const workspace = workspacePackages();
type Manifest = Record<string, unknown> & {
  repository?: { type?: string; url?: string; directory?: string };
};

describe.each(workspace.map((pkg) => [pkg.name, pkg]))("%s", (_, pkg) => {
  const manifest = JSON.parse(readFileSync(join(pkg.directory, "package.json"), "utf8")) as Manifest;
  const directory = relative(repositoryRoot, pkg.directory);

  it("names its repository, homepage and issue tracker, and the MIT licence", () => {
    expect(manifest.license).toBe("MIT");
    expect(manifest.repository).toEqual({
      type: "git",
      url: "git+https://github.com/smtp-codes/smtp-codes.git",
      directory,
    });
    expect(manifest.homepage).toBe(`https://github.com/smtp-codes/smtp-codes/tree/main/${directory}#readme`);
    expect(manifest.bugs).toBe("https://github.com/smtp-codes/smtp-codes/issues");
  });

  it("links only bins that exist before a build (pnpm warns about the others on install)", () => {
    const bins = typeof manifest.bin === "string" ? [manifest.bin] : Object.values(manifest.bin ?? {});
    for (const bin of bins as string[]) {
      expect(bin.startsWith("./dist/") || bin.startsWith("dist/"), bin).toBe(false);
      expect(existsSync(join(pkg.directory, bin)), bin).toBe(true);
    }
  });

  // The LICENSE comes from the repository root: pnpm pack adds it to a package that has none
  // (check:packed looks for it in every tarball).
  it.skipIf(pkg.private)("has a README", () => {
    expect(existsSync(join(pkg.directory, "README.md"))).toBe(true);
  });
});

describe("the default install", () => {
  it("builds no native code: comparison peers live in tooling/bench/peers, outside the workspace", () => {
    const lockfile = readFileSync(join(repositoryRoot, "pnpm-lock.yaml"), "utf8");
    expect(lockfile).not.toMatch(/^\s+(re2|node-gyp|email-bounce-parser)@/m);
    const workspaceFile = readFileSync(join(repositoryRoot, "pnpm-workspace.yaml"), "utf8");
    const built = /onlyBuiltDependencies:\n((?:\s+-\s+\S+\n)+)/.exec(workspaceFile)?.[1] ?? "";
    expect(
      built
        .trim()
        .split(/\s*-\s+/)
        .filter(Boolean),
    ).toEqual(["esbuild"]);
  });

  it("loads every vitest config as an ES module (Vite warns about ESM syntax in CommonJS)", () => {
    const root = JSON.parse(readFileSync(join(repositoryRoot, "package.json"), "utf8")) as Manifest;
    expect(root.type).toBe("module");
    for (const pkg of workspace) {
      const manifest = JSON.parse(readFileSync(join(pkg.directory, "package.json"), "utf8")) as Manifest;
      if (existsSync(join(pkg.directory, "vitest.config.ts"))) expect(manifest.type, pkg.name).toBe("module");
    }
  });

  it("runs turbo with its telemetry off, so that no notice is printed", () => {
    const root = JSON.parse(readFileSync(join(repositoryRoot, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    for (const [name, script] of Object.entries(root.scripts)) {
      for (const call of script.split("&&").filter((part) => /\bturbo\b/.test(part))) {
        expect(call, name).toMatch(/TURBO_TELEMETRY_DISABLED=1 turbo /);
      }
    }
  });
});
