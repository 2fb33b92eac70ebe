/**
 * `pnpm --filter @smtp-codes-tooling/bench explain:check`: that a change to the classifier keeps
 * its results byte for byte, as `parse-check.ts` does for the parser. Run once against a build
 * of the classifier as it was, to save a snapshot of its results, then against the source as it
 * is:
 *
 *   tsx src/explain-check.ts --save /tmp/explain.json --core /path/to/old/core/dist/index.js [CORPUS]
 *   tsx src/explain-check.ts /tmp/explain.json [CORPUS]
 *
 * The calls: `explain` on every input of `check-inputs.ts`; on the bench's replies, the corpus's
 * diagnostic texts (`CORPUS`, default `../shared/corpus` from the repository root, left out when
 * absent) and the wrapped forms of both, also `explain` at every stage, after giving up, in
 * German and on the parsed reply, `explainError` on the error shapes nodemailer gives, a
 * classifier with user rules, and `combineExplanations` of neighbours. The snapshot is
 * `snapshot.ts`'s.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type * as Core from "@smtp-codes/core";
import { checkInputs, wrappers } from "./check-inputs.js";
import { realisticReplies } from "./replies.js";
import { compareSnapshot, saveSnapshot } from "./snapshot.js";

type CoreApi = Pick<
  typeof Core,
  "explain" | "explainError" | "createClassifier" | "combineExplanations" | "parseReply"
>;

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** The corpus's diagnostic texts with the stage Sisimai read, or none when there is no corpus. */
function corpusReplies(path: string): { text: string; command: string }[] {
  const file = join(path, "sisimai-dev.jsonl");
  if (!existsSync(file)) {
    console.log(`no corpus at ${path}: its replies are left out`);
    return [];
  }
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { diagnosticcode: string; smtpcommand: string })
    .map((record) => ({ text: record.diagnosticcode, command: record.smtpcommand }));
}

const stages = ["CONN", "EHLO", "STARTTLS", "AUTH PLAIN", "MAIL FROM", "RCPT TO", "DATA"];

/** Every call, as a name (what was called, on what) and a function giving its result. */
function calls(core: CoreApi, corpus: string): [string, () => unknown][] {
  const list: [string, () => unknown][] = [];
  for (const input of checkInputs()) list.push([`explain ${input}`, () => core.explain(input)]);
  const replies = new Set<string>(realisticReplies);
  const commands = new Map<string, string>();
  for (const { text, command } of corpusReplies(corpus)) {
    replies.add(text);
    if (command) commands.set(text, command);
  }
  for (const reply of [...replies]) for (const wrap of wrappers) replies.add(wrap(reply));
  const classifier = core.createClassifier({
    rules: [
      { id: "team.quota", words: ["quota"], pattern: /\bquota\b/i, reason: "mailboxFull" },
      {
        id: "team.blocked",
        words: ["blocked", "rejected"],
        pattern: "\\b(?:blocked|rejected)\\b",
        reason: "blocked",
        commands: ["RCPT"],
        classes: [5],
      },
    ],
  });
  let previous: string | null = null;
  for (const reply of replies) {
    const command = commands.get(reply);
    if (command) list.push([`explain at ${command} ${reply}`, () => core.explain(reply, { command })]);
    for (const stage of stages)
      list.push([`explain at ${stage} ${reply}`, () => core.explain(reply, { command: stage })]);
    list.push([`explain given up ${reply}`, () => core.explain(reply, { gaveUp: true })]);
    list.push([`explain de ${reply}`, () => core.explain(reply, { locale: "de" })]);
    list.push([`explain parsed ${reply}`, () => core.explain(core.parseReply(reply))]);
    list.push([`user rules ${reply}`, () => classifier.explain(reply, { command: "RCPT" })]);
    list.push([
      `explainError response ${reply}`,
      () => core.explainError({ response: reply, responseCode: 550, command: "RCPT TO" }),
    ]);
    list.push([
      `explainError message ${reply}`,
      () => core.explainError({ message: reply, code: "EENVELOPE" }),
    ]);
    const before = previous;
    if (before !== null) {
      list.push([
        `explainError rejected ${before} ${reply}`,
        () =>
          core.explainError({
            message: "Can't send mail - all recipients were rejected",
            code: "EENVELOPE",
            command: "RCPT TO",
            rejectedErrors: [
              { response: before, command: "RCPT TO", recipient: "a@example.com" },
              { response: reply, command: "DATA", recipient: "b@example.net" },
            ],
          }),
      ]);
      list.push([
        `combine ${before} ${reply}`,
        () => core.combineExplanations([core.explain(before), core.explain(reply)]),
      ]);
    }
    previous = reply;
  }
  return list;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const saveAt = args.indexOf("--save");
  const coreAt = args.indexOf("--core");
  const corePath = coreAt >= 0 ? args[coreAt + 1] : undefined;
  const core = (
    corePath ? await import(corePath) : await import("../../../packages/core/src/index.js")
  ) as CoreApi;
  const optionValues = new Set([saveAt, coreAt].filter((at) => at >= 0).map((at) => at + 1));
  const positional = args.filter((arg, n) => !arg.startsWith("--") && !optionValues.has(n));
  const snapshot = saveAt >= 0 ? (args[saveAt + 1] as string) : positional.shift();
  const corpus = positional.shift() ?? join(root, "../shared/corpus");
  if (!snapshot)
    throw new Error(
      "usage: explain-check.ts SNAPSHOT.json [CORPUS], or --save SNAPSHOT.json --core PATH [CORPUS]",
    );
  const list = calls(core, corpus);
  const names = list.map(([name]) => name);
  const results = list.map(([, call]) => JSON.stringify(call()) ?? "undefined");
  if (saveAt >= 0) saveSnapshot(snapshot, names, results);
  else compareSnapshot(snapshot, names, results, "calls");
}

await main();
