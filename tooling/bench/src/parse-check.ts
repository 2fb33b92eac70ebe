/**
 * `pnpm --filter @smtp-codes-tooling/bench parse:check`: that a change to the reply parser keeps
 * its results byte for byte. Run once against a build of the parser as it was, to save a
 * snapshot of its results, then against the source as it is:
 *
 *   tsx src/parse-check.ts --save /tmp/parse.json --core /path/to/old/core/dist/index.js
 *   tsx src/parse-check.ts /tmp/parse.json
 *
 * The inputs: the bench's replies (the labelled set among them), every string literal in the
 * workspace's spec files (the test examples), the hostile inputs, and variants of the real
 * replies made to reach the parser's corners: every prefix (a reply cut anywhere), the reply
 * wrapped the ways logs and libraries wrap it, and seeded random edits with the characters the
 * parser looks at. Keep the snapshot outside the repository: it is a measurement, not a fixture.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { hostileInputs } from "./hostile.js";
import { realisticReplies } from "./replies.js";

type Parse = (input: string) => unknown;

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** Spec files under `dir`, without dependencies and builds. */
function specFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...specFiles(path));
    else if (entry.name.endsWith(".spec.ts")) found.push(path);
  }
  return found;
}

/** Every string literal and substitution-free template in a TypeScript file. */
function stringLiterals(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A small seeded generator (mulberry32), so every run edits the same way. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters the parser decides on: digits, separators, quotes, brackets, line breaks, other spaces. */
const interesting = [
  ..."0123455.-  \r\n\t()[]<>'\":;#=*aZ",
  "\r\n",
  "550",
  "5.1.1",
  " (in reply to ",
  "<<< ",
  "\u00a0",
  "\u0085",
  "\u2028",
  "\u3000",
  "\u00e9",
  "\t\t",
];

function edits(reply: string, random: () => number, count: number): string[] {
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let s = reply;
    const changes = 1 + Math.floor(random() * 3);
    for (let c = 0; c < changes; c++) {
      const at = Math.floor(random() * (s.length + 1));
      const piece = interesting[Math.floor(random() * interesting.length)] as string;
      const kind = random();
      if (kind < 0.4) s = s.slice(0, at) + piece + s.slice(at);
      else if (kind < 0.7) s = s.slice(0, at) + piece + s.slice(at + 1);
      else s = s.slice(0, at) + s.slice(at + 1 + Math.floor(random() * 4));
    }
    out.push(s);
  }
  return out;
}

/** The ways the text around a reply wraps it: log lines, error messages, quotes, transcripts. */
const wrappers: readonly ((reply: string) => string)[] = [
  (r) => `host mx.example.net[192.0.2.1] said: ${r} (in reply to RCPT TO command)`,
  (r) => `status=bounced (host mx.example.net[192.0.2.1] said: ${r.replace(/\r?\n/g, " ")})`,
  (r) => `Can't send mail - all recipients were rejected: ${r}`,
  (r) => `'${r}'`,
  (r) => `"${r}" error following RCPT`,
  (r) => `<<< ${r}\n554 5.0.0 Service unavailable`,
  (r) => `Diagnostic-Code: smtp; ${r}\nStatus: 5.1.1`,
  (r) => `response=${r}`,
  (r) => r.replace(/\r\n/g, "\n"),
  (r) => r.replace(/\r?\n/g, " "),
  (r) => `${r}\r\n${r}`,
  (r) => r.toUpperCase(),
  (r) => `  \r\n${r}  `,
];

function inputs(): string[] {
  const all = new Set<string>(realisticReplies);
  for (const path of [...specFiles(join(root, "packages")), ...specFiles(join(root, "tooling"))]) {
    for (const literal of stringLiterals(path)) all.add(literal);
  }
  for (const input of Object.values(hostileInputs(20_000))) all.add(input);
  const random = seeded(13);
  for (const reply of realisticReplies) {
    for (let end = 0; end < reply.length; end++) all.add(reply.slice(0, end));
    for (const wrap of wrappers) all.add(wrap(reply));
    for (const edited of edits(reply, random, 40)) all.add(edited);
  }
  return [...all];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const saveAt = args.indexOf("--save");
  const coreAt = args.indexOf("--core");
  const corePath = coreAt >= 0 ? args[coreAt + 1] : undefined;
  const core = corePath
    ? ((await import(corePath)) as { parseReply: Parse })
    : ((await import("../../../packages/core/src/index.js")) as { parseReply: Parse });
  const list = inputs();
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
