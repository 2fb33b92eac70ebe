import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { importTarget, repositoryRoot, type WorkspacePackage, workspacePackages } from "../workspace.js";
import { type Example, extractExamples } from "./extract.js";

/** The READMEs whose examples are tests: the root README and every workspace package's. */
export function readmeFiles(workspace: readonly WorkspacePackage[], root = repositoryRoot): string[] {
  return [join(root, "README.md"), ...workspace.map((pkg) => join(pkg.directory, "README.md"))].filter(
    (file) => existsSync(file),
  );
}

/** Every example of every README, with a resolver for the workspace packages' names. */
export function repositoryExamples(root = repositoryRoot): {
  readonly workspace: WorkspacePackage[];
  readonly examples: Map<string, Example[]>;
  readonly resolve: (specifier: string) => string | undefined;
} {
  const workspace = workspacePackages(root);
  const examples = new Map(
    readmeFiles(workspace, root).map((file) => [file, extractExamples(readFileSync(file, "utf8"), file)]),
  );
  return { workspace, examples, resolve: (specifier) => importTarget(workspace, specifier) };
}
