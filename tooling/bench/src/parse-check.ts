/**
 * `pnpm --filter @smtp-codes-tooling/bench parse:check`: that a change to the reply parser keeps
 * its results byte for byte. Run once against a build of the parser as it was, to save a
 * snapshot of its results, then against the source as it is:
 *
 *   tsx src/parse-check.ts --save /tmp/parse.json --core /path/to/old/core/dist/index.js
 *   tsx src/parse-check.ts /tmp/parse.json
 *
 * The inputs are `check-inputs.ts`'s; the snapshot is `snapshot.ts`'s.
 */
import { checkInputs } from "./check-inputs.js";
import { compareSnapshot, saveSnapshot } from "./snapshot.js";

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
    saveSnapshot(args[saveAt + 1] as string, list, results);
    return;
  }
  const file = args.find((arg) => !arg.startsWith("--"));
  if (!file) throw new Error("usage: parse-check.ts SNAPSHOT.json, or --save SNAPSHOT.json --core PATH");
  compareSnapshot(file, list, results, "inputs");
}

await main();
