/**
 * The inputs the result checks (`parse-check.ts`, `explain-check.ts`) run a build on: the
 * bench's replies (the labelled set among them), every string literal in the workspace's spec
 * files (the test examples), the hostile inputs, and variants of the real replies made to reach
 * the parser's and the classifier's corners: every prefix (a reply cut anywhere), the reply
 * wrapped the ways logs and libraries wrap it, and seeded random edits with the characters the
 * parser looks at.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { hostileInputs } from "./hostile.js";
import { realisticReplies } from "./replies.js";

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
export function seeded(seed: number): () => number {
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

export function edits(reply: string, random: () => number, count: number): string[] {
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
export const wrappers: readonly ((reply: string) => string)[] = [
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

/** Every input, each once, in a fixed order. */
export function checkInputs(): string[] {
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
