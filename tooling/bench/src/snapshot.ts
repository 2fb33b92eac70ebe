/**
 * Snapshots for the `*:check` scripts: a build's results saved by name, then compared with the
 * results of the source as it is. Each result is kept as the SHA-1 digest of its JSON, so that a
 * snapshot of hundreds of thousands of calls stays small; a difference shows the call and what
 * it returns now. Keep snapshots outside the repository: they are measurements, not fixtures.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

/** A short fingerprint of a result's JSON. */
function digest(text: string): string {
  return createHash("sha1").update(text).digest("base64");
}

/** Saves the results (`texts`, each a result's JSON) under their `names` to `file`. */
export function saveSnapshot(file: string, names: readonly string[], texts: readonly string[]): void {
  writeFileSync(file, JSON.stringify({ names, results: texts.map(digest) }));
  console.log(`saved ${names.length} results to ${file}`);
}

/**
 * Compares the results with those saved in `file`, prints up to ten that differ and a count,
 * and sets a failing exit code when any differs. `what` names the calls in the count ("calls",
 * "inputs").
 */
export function compareSnapshot(
  file: string,
  names: readonly string[],
  texts: readonly string[],
  what: string,
): void {
  const saved = JSON.parse(readFileSync(file, "utf8")) as { names: string[]; results: string[] };
  const expected = new Map(saved.names.map((name, n) => [name, saved.results[n]]));
  let differ = 0;
  let unknown = 0;
  for (let n = 0; n < names.length; n++) {
    const name = names[n] as string;
    if (!expected.has(name)) {
      unknown++;
      continue;
    }
    if (expected.get(name) === digest(texts[n] as string)) continue;
    differ++;
    if (differ <= 10) {
      console.log(`${what}: ${JSON.stringify(name).slice(0, 300)}`);
      console.log(`now:   ${texts[n]?.slice(0, 600)}\n`);
    }
  }
  console.log(`${names.length} ${what}, ${differ} differ, ${unknown} not in the snapshot`);
  if (differ > 0) process.exitCode = 1;
}
