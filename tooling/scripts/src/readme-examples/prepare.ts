/**
 * Turns a README example into an ES module that checks what the example says: a statement
 * `expression; // => value` becomes an assertion that the expression equals the value (compared
 * as JSON, deep), `expression; // => throws TypeError` one that it throws that error, and
 * `const name = expression; // => value` checks `name`. TypeScript is compiled to JavaScript
 * first. Imports of workspace packages are pointed at their built files, so that an example of
 * any README runs against the code of this checkout.
 */
import { pathToFileURL } from "node:url";
import ts from "typescript";
import type { Example } from "./extract.js";

/** An example's `// =>` line that the harness cannot turn into an assertion. */
export class ExampleSyntaxError extends Error {
  override name = "ExampleSyntaxError";
}

const arrow = /^\/\/\s*=>\s*(.*)$/;

/** Helpers the prepared module calls; kept tiny so that a failure points at the README line. */
const prelude = `import { deepStrictEqual as __deepStrictEqual } from "node:assert/strict";
const __json = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
function __expectValue(actual, expected, where) {
  try {
    __deepStrictEqual(__json(actual), __json(expected));
  } catch {
    throw new Error(where + ": the example says " + JSON.stringify(__json(expected)) + " but the result is " + JSON.stringify(__json(actual)));
  }
}
async function __expectThrows(run, name, where) {
  try {
    await run();
  } catch (error) {
    if (error?.name === name || error?.constructor?.name === name) return;
    throw new Error(where + ": the example says it throws " + name + " but it threw " + error?.name + ": " + error?.message);
  }
  throw new Error(where + ": the example says it throws " + name + " but nothing was thrown");
}
`;

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function applyEdits(code: string, edits: Edit[]): string {
  let result = code;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** The `// =>` comment right after a statement on its line, if any. */
function arrowComment(code: string, statement: ts.Statement): { text: string; end: number } | undefined {
  for (const range of ts.getTrailingCommentRanges(code, statement.end) ?? []) {
    const match = arrow.exec(code.slice(range.pos, range.end));
    if (match) return { text: (match[1] as string).trim(), end: range.end };
  }
  return undefined;
}

/** Rewrites every `// =>` statement into an assertion; throws for one it cannot read. */
export function rewriteAssertions(example: Example): { code: string; assertions: number } {
  const source = ts.createSourceFile(
    "example.ts",
    example.code,
    ts.ScriptTarget.ES2022,
    true,
    example.language === "ts" ? ts.ScriptKind.TS : ts.ScriptKind.JS,
  );
  const edits: Edit[] = [];
  const where = (node: ts.Node) =>
    `${example.file}:${example.line + source.getLineAndCharacterOfPosition(node.getStart()).line}`;
  const visit = (node: ts.Node) => {
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) {
      const comment = arrowComment(example.code, node);
      if (comment) edits.push(assertionFor(example.code, node, comment.text, where(node)));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const written = example.code.split("\n").filter((line) => /\/\/\s*=>/.test(line)).length;
  if (written !== edits.length) {
    throw new ExampleSyntaxError(
      `${example.file}:${example.line}: ${written - edits.length} "// =>" comment(s) do not follow a statement ("expression; // => value" or "const name = expression; // => value")`,
    );
  }
  return { code: applyEdits(example.code, edits), assertions: edits.length };
}

function assertionFor(
  code: string,
  statement: ts.ExpressionStatement | ts.VariableStatement,
  claim: string,
  where: string,
): Edit {
  const throws = /^throws\s+([A-Za-z_$][\w$]*)\s*$/.exec(claim);
  if (claim === "") throw new ExampleSyntaxError(`${where}: "// =>" without a value`);
  if (ts.isExpressionStatement(statement)) {
    const expression = code.slice(statement.expression.getStart(), statement.expression.end);
    const text = throws
      ? `await __expectThrows(async () => (${expression}), ${JSON.stringify(throws[1])}, ${JSON.stringify(where)});`
      : `__expectValue((${expression}), (${claim}), ${JSON.stringify(where)});`;
    return { start: statement.getStart(), end: statement.end, text };
  }
  const declarations = statement.declarationList.declarations;
  const declaration = declarations[0];
  if (throws || declarations.length !== 1 || !declaration || !ts.isIdentifier(declaration.name)) {
    throw new ExampleSyntaxError(
      `${where}: "// =>" after a declaration needs exactly one named variable and a value (not "throws")`,
    );
  }
  return {
    start: statement.end,
    end: statement.end,
    text: ` __expectValue(${declaration.name.text}, (${claim}), ${JSON.stringify(where)});`,
  };
}

/** Points the module specifiers that `resolve` knows at file URLs. */
export function rewriteImports(code: string, resolve: (specifier: string) => string | undefined): string {
  const source = ts.createSourceFile("example.mjs", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const edits: Edit[] = [];
  const rewrite = (literal: ts.Node | undefined) => {
    if (!literal || !ts.isStringLiteral(literal)) return;
    const target = resolve(literal.text);
    if (target === undefined) return;
    edits.push({
      start: literal.getStart(),
      end: literal.end,
      text: JSON.stringify(pathToFileURL(target).href),
    });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) rewrite(node.moduleSpecifier);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      rewrite(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return applyEdits(code, edits);
}

/**
 * The ES module that runs `example` with its assertions. `resolve` maps a specifier to a file
 * (workspace packages); other specifiers are left to Node's resolution from where the module
 * is written.
 */
export function prepareExample(
  example: Example,
  resolve: (specifier: string) => string | undefined,
): { module: string; assertions: number } {
  const rewritten = rewriteAssertions(example);
  const javascript =
    example.language === "ts"
      ? ts.transpileModule(rewritten.code, {
          compilerOptions: {
            module: ts.ModuleKind.ESNext,
            target: ts.ScriptTarget.ES2022,
            verbatimModuleSyntax: false,
          },
          reportDiagnostics: false,
        }).outputText
      : rewritten.code;
  return { module: prelude + rewriteImports(javascript, resolve), assertions: rewritten.assertions };
}
