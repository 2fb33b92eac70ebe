import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { transformSync } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Runs the README's examples by the project's convention: every ```ts block not marked
 * `<!-- example: not run (...) -->` runs as an ES module, and `expression; // => <JSON>`
 * asserts that the expression equals the value, `// => throws Name` that it throws.
 */

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(packageRoot, "README.md"), "utf8");
// Inside the package's node_modules, so that its dependencies resolve; the package itself is
// imported from its build, as users get it.
const scratch = join(packageRoot, "node_modules", ".readme-examples");
const built = pathToFileURL(join(packageRoot, "dist", "index.js")).href;

interface Example {
  readonly line: number;
  readonly code: string;
}

function examples(): Example[] {
  const found: Example[] = [];
  const pattern = /(<!-- example: not run[^>]*-->\n)?```ts\n([\s\S]*?)```/g;
  for (const match of readme.matchAll(pattern)) {
    if (match[1] || match[2] === undefined) continue;
    found.push({ line: readme.slice(0, match.index).split("\n").length, code: match[2] });
  }
  return found;
}

function withAssertions(code: string): string {
  const lines = code.split("\n").map((line) => {
    const match = /^(.*?);\s*\/\/ => (.+)$/.exec(line);
    if (!match) return line;
    const [, expression, expected] = match as unknown as [string, string, string];
    const throws = /^throws (\w+)$/.exec(expected);
    if (throws) return `__throws(() => (${expression}), ${JSON.stringify(throws[1])});`;
    return `__equals(await (async () => (${expression}))(), ${expected}, ${JSON.stringify(expression)});`;
  });
  return [
    'import { deepStrictEqual as __deepEqual } from "node:assert";',
    "const __equals = (actual, expected, what) => __deepEqual(actual, expected, what);",
    "const __throws = (run, name) => { try { run(); } catch (error) { if (error?.name === name) return; throw error; } throw new Error('expected ' + name); };",
    ...lines,
  ].join("\n");
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("README examples", () => {
  const all = examples();

  it("has examples to run", () => {
    expect(all.length).toBeGreaterThan(5);
  });

  it.each(all.map((example) => [example.line, example] as const))(
    "the block at line %i runs",
    async (line, example) => {
      mkdirSync(scratch, { recursive: true });
      const source = withAssertions(example.code).replaceAll(
        'from "@smtp-codes/webhooks"',
        `from ${JSON.stringify(built)}`,
      );
      const { code } = transformSync(source, { loader: "ts", format: "esm", target: "node20" });
      const file = join(scratch, `example-${line}.mjs`);
      writeFileSync(file, code);
      await import(pathToFileURL(file).href);
    },
  );
});
