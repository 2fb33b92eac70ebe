/**
 * Measures the classifier against the Sisimai-labelled bounce corpus.
 *
 *   pnpm eval:corpus [path] [--verbose]
 *
 * `path` is the corpus folder (holding sisimai-dev.jsonl) or the JSON-lines file itself; the
 * default is ../shared/corpus beside the repository.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { evaluate, parseCorpus, percent } from "./corpus/evaluate.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const given = args.find((arg) => !arg.startsWith("--"));
const base = process.env.INIT_CWD ?? process.cwd();
const target = given ? resolve(base, given) : resolve(repoRoot, "../shared/corpus");
const file =
  existsSync(target) && statSync(target).isDirectory() ? join(target, "sisimai-dev.jsonl") : target;

if (!existsSync(file)) {
  console.error(`eval:corpus: no corpus at ${file}`);
  console.error("Give the corpus folder or its sisimai-dev.jsonl file: pnpm eval:corpus path/to/corpus");
  process.exit(2);
}

const result = evaluate(parseCorpus(readFileSync(file, "utf8")));
console.log(`corpus: ${file}`);
console.log(`records: ${result.records}, left out (feedback, vacation): ${result.skipped}`);
console.log(`reason, exact names:              ${percent(result.reasonExact)}`);
console.log(`reason, finer reasons accepted:   ${percent(result.reasonRefined)}`);
console.log(`  ... and Sisimai's alternatives: ${percent(result.reasonAlternatives)}`);
console.log(`hard/soft bounce:                 ${percent(result.bounce)}`);
console.log(`  ... and Sisimai's alternatives: ${percent(result.bounceAlternatives)}`);
console.log(`basic code, where in the text:    ${percent(result.basicCode)}`);
console.log(`  ... over all records:           ${percent(result.basicCodeAll)}`);
console.log(`enhanced code, where in the text: ${percent(result.enhancedCode)}`);
console.log("\nconfusion (Sisimai reason: ours x count), disagreements marked *:");
for (const [sisimai, row] of [...result.confusion].sort()) {
  const cells = [...row].sort((a, b) => b[1] - a[1]).map(([ours, n]) => `${ours} x${n}`);
  console.log(`  ${sisimai.padEnd(16)} ${cells.join(", ")}`);
}
if (verbose) {
  console.log("\ndisagreements:");
  for (const d of result.disagreements) {
    console.log(
      `  ${d.file}: sisimai ${d.sisimai}, ours ${d.ours} (${d.rule})\n      ${d.text.slice(0, 240)}`,
    );
  }
  console.log("\ncode disagreements:");
  for (const line of result.codeDisagreements) console.log(`  ${line.slice(0, 300)}`);
}
