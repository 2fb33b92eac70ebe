import { dirname, join } from "node:path";
import ts from "typescript";
import { importTarget, type WorkspacePackage } from "../workspace.js";
import type { Example } from "./extract.js";

/**
 * Type-checks TypeScript examples as a user's code under `strict`: each one is a module of its
 * own, placed (in memory) next to its README so that the README's package's dependencies
 * resolve, with the workspace packages resolving to their built declarations. Returns one
 * message per error, with the README line it is on.
 */
export function typecheckExamples(
  examples: readonly Example[],
  workspace: readonly WorkspacePackage[],
): string[] {
  const paths: Record<string, string[]> = {};
  for (const pkg of workspace) {
    for (const subpath of Object.keys(pkg.manifest.exports ?? {})) {
      const specifier = pkg.name + subpath.slice(1);
      const types = importTarget(workspace, specifier, "types");
      if (types) paths[specifier] = [types];
    }
  }
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    types: ["node"],
    paths,
  };
  const virtual = new Map<string, { example: Example; text: string }>();
  for (const example of examples) {
    if (example.language !== "ts") continue;
    const name = join(dirname(example.file), `__readme_example_${example.line}.mts`);
    virtual.set(name, { example, text: `${example.code}\nexport {};\n` });
  }
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(name)?.text ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const entry = virtual.get(name);
    if (entry) return ts.createSourceFile(name, entry.text, language, true);
    return getSourceFile.call(host, name, language, ...rest);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    const entry = diagnostic.file ? virtual.get(diagnostic.file.fileName) : undefined;
    if (!entry || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start) ?? { line: 0 };
    return `${entry.example.file}:${entry.example.line + line}: ${message}`;
  });
}
