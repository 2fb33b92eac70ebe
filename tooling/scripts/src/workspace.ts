import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root directory. */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** One package of the pnpm workspace. */
export interface WorkspacePackage {
  /** The package's name, such as `@smtp-codes/core`. */
  readonly name: string;
  /** Its directory, absolute. */
  readonly directory: string;
  /** Published packages are the ones without `"private": true`. */
  readonly private: boolean;
  readonly manifest: PackageManifest;
}

/** The parts of a package.json the scripts read. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly exports?: Record<string, unknown>;
  readonly bin?: string | Record<string, string>;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

/**
 * The packages of the workspace, found from the globs of pnpm-workspace.yaml (only the
 * `dir/*` and `dir` forms, which are the ones this repository uses), so that a new package is
 * picked up without being listed anywhere else.
 */
export function workspacePackages(root: string = repositoryRoot): WorkspacePackage[] {
  const yaml = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
  const section = yaml.split(/^packages:\s*$/m)[1]?.split(/^\S/m)[0] ?? "";
  const globs = [...section.matchAll(/^\s+-\s+["']?([^"'\s#]+)["']?/gm)].map((match) => match[1] as string);
  const directories = globs.flatMap((glob) => {
    if (!glob.endsWith("/*")) return [join(root, glob)];
    const parent = join(root, glob.slice(0, -2));
    if (!existsSync(parent)) return [];
    return readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(parent, entry.name));
  });
  return directories
    .filter((directory) => existsSync(join(directory, "package.json")))
    .map((directory) => {
      const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as PackageManifest;
      return { name: manifest.name, directory, private: manifest.private === true, manifest };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The file an ESM `import` of `specifier` loads from a workspace package, read from its exports
 * map (`"."`, `"./en"` ...), or `undefined` when the package does not export that subpath.
 */
export function importTarget(
  workspace: readonly WorkspacePackage[],
  specifier: string,
  condition: "default" | "types" = "default",
): string | undefined {
  const owner = workspace.find((pkg) => specifier === pkg.name || specifier.startsWith(`${pkg.name}/`));
  if (!owner) return undefined;
  const subpath = `.${specifier.slice(owner.name.length)}`;
  const entry = owner.manifest.exports?.[subpath];
  const target = pickImport(entry, condition);
  return target === undefined ? undefined : join(owner.directory, target);
}

function pickImport(entry: unknown, condition: "default" | "types"): string | undefined {
  if (typeof entry === "string") return condition === "default" ? entry : undefined;
  if (entry === null || typeof entry !== "object") return undefined;
  const conditions = entry as Record<string, unknown>;
  const branch = conditions.import ?? conditions.default;
  if (typeof branch === "string") return condition === "default" ? branch : undefined;
  if (branch && typeof branch === "object") {
    const value = (branch as Record<string, unknown>)[condition];
    return typeof value === "string" ? value : undefined;
  }
  return undefined;
}
