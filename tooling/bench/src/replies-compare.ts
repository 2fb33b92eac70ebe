/**
 * `pnpm --filter @smtp-codes-tooling/bench bench:compare OLD/dist/index.js [NEW/dist/index.js]`:
 * parseReply and explain of the workspace's build (or of NEW) beside those of another build (a copy of main's `dist`) and
 * email-bounce-parser, on the bench's replies, in rounds that take turns in one process, so that
 * all meet the same machine state, timed in CPU time. Prints each one's median rate and the median of the per-round
 * ratios: on a shared machine separate runs drift by more than the changes being measured.
 * Run it a second time with the two builds swapped: the build imported second now and then
 * compiles to code some per cent slower (or faster) for no reason of its own.
 */
import { createRequire } from "node:module";
import * as current from "@smtp-codes/core";
import { formatRate } from "./harness.js";
import { realisticReplies } from "./replies.js";

type Core = Pick<typeof current, "parseReply" | "explain">;
type BounceParser = new () => { read(body: string): unknown };

/**
 * Calls per second of CPU time (the process's, user and system) over `inputs` for about `ms`
 * milliseconds of it: on a machine shared with other work, wall time also counts the time the
 * process waited for a core.
 */
function cpuRate(fn: (input: string) => unknown, inputs: readonly string[], ms: number): number {
  let sink = 0;
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const start = cpu();
  let calls = 0;
  let now = start;
  while (now - start < ms) {
    for (const input of inputs) if (fn(input)) sink++;
    calls += inputs.length;
    now = cpu();
  }
  if (sink < 0) console.log(sink); // keeps the results alive
  return (calls * 1000) / (now - start);
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const [oldPath, newPath, roundsArgument, only] = process.argv.slice(2);
  if (!oldPath)
    throw new Error(
      "usage: replies-compare.ts OLD/dist/index.js [NEW/dist/index.js|-] [ROUNDS] [parseReply|explain]",
    );
  const old = (await import(oldPath)) as Core;
  const fresh = newPath && newPath !== "-" ? ((await import(newPath)) as Core) : current;
  const rounds = Number(roundsArgument ?? 9);
  const require = createRequire(new URL("../peers/package.json", import.meta.url));
  const Peer = require("email-bounce-parser") as BounceParser;
  const peer = new Peer();
  const contenders: Record<string, (reply: string) => unknown> = {
    "parseReply old": old.parseReply,
    "parseReply new": fresh.parseReply,
    "explain old": (reply) => old.explain(reply),
    "explain new": (reply) => fresh.explain(reply),
    "email-bounce-parser": (reply) => peer.read(reply),
  };
  // A fourth argument (`parseReply`, `explain`) times only those and the peer.
  if (only)
    for (const name of Object.keys(contenders))
      if (!name.startsWith(only) && name !== "email-bounce-parser") delete contenders[name];
  const rates: Record<string, number[]> = {};
  for (const name of Object.keys(contenders)) rates[name] = [];
  for (let round = 0; round < rounds; round++) {
    // Each round in another order, so that no contender always follows the same one.
    const names = Object.keys(contenders);
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const fn = contenders[name] as (reply: string) => unknown;
      cpuRate(fn, realisticReplies, 50);
      rates[name]?.push(cpuRate(fn, realisticReplies, 250));
    }
  }
  const at = (name: string) => rates[name] as number[];
  for (const name of Object.keys(contenders))
    console.log(
      `${name.padEnd(22)} median ${formatRate(median(at(name))).padStart(10)}  range ${formatRate(Math.min(...at(name)))} to ${formatRate(Math.max(...at(name)))}`,
    );
  const ratio = (a: string, b: string) => median(at(a).map((rate, n) => rate / (at(b)[n] as number)));
  if (!only || only === "parseReply")
    console.log(`\nparseReply new / old: ${ratio("parseReply new", "parseReply old").toFixed(3)}`);
  if (only === "parseReply") return;
  console.log(`explain new / old:    ${ratio("explain new", "explain old").toFixed(3)}`);
  console.log(
    `explain old / email-bounce-parser: ${ratio("explain old", "email-bounce-parser").toFixed(1)} x`,
  );
  console.log(
    `explain new / email-bounce-parser: ${ratio("explain new", "email-bounce-parser").toFixed(1)} x`,
  );
}

await main();
