/**
 * `pnpm --filter @smtp-codes-tooling/bench parse:check`: that a change to the reply parser keeps
 * its results byte for byte. Run once against a build of the parser as it was, to save a
 * snapshot of its results, then against the source as it is:
 *
 *   tsx src/parse-check.ts --save /tmp/parse.json --core /path/to/old/core/dist/index.js
 *   tsx src/parse-check.ts /tmp/parse.json
 *
 * The inputs are `check-inputs.ts`'s. Keep the snapshot outside the repository: it is a measurement, not a fixture.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { checkInputs } from "./check-inputs.js";

type Parse = (input: string) => unknown;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const saveAt = args.indexOf("--save");
  const coreAt = args.indexOf("--core");
  const corePath = coreAt >= 0 ? args[coreAt + 1] : undefined;
  const core = corePath
    ? ((await import(corePath)) as { parseReply: Parse })
    : ((await import("../../../packages/core/src/index.js")) as { parseReply: Parse });
  const list = checkInputs();
  const results = list.map((input) => JSON.stringify(core.parseReply(input)));
  if (saveAt >= 0) {
    const file = args[saveAt + 1] as string;
    writeFileSync(file, JSON.stringify({ inputs: list, results }));
    console.log(`saved ${list.length} results to ${file}`);
    return;
  }
  const file = args.find((arg) => !arg.startsWith("--"));
  if (!file) throw new Error("usage: parse-check.ts SNAPSHOT.json, or --save SNAPSHOT.json --core PATH");
  const saved = JSON.parse(readFileSync(file, "utf8")) as { inputs: string[]; results: string[] };
  const expected = new Map(saved.inputs.map((input, n) => [input, saved.results[n]]));
  let differ = 0;
  let unknown = 0;
  for (let n = 0; n < list.length; n++) {
    const input = list[n] as string;
    if (!expected.has(input)) {
      unknown++;
      continue;
    }
    if (expected.get(input) === results[n]) continue;
    differ++;
    if (differ <= 10) {
      console.log(`input:    ${JSON.stringify(input).slice(0, 300)}`);
      console.log(`expected: ${expected.get(input)?.slice(0, 600)}`);
      console.log(`got:      ${results[n]?.slice(0, 600)}\n`);
    }
  }
  console.log(`${list.length} inputs, ${differ} differ, ${unknown} not in the snapshot`);
  if (differ > 0) process.exitCode = 1;
}

await main();
