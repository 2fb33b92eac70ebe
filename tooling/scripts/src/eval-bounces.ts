/**
 * Measures parseBounce against the Sisimai-labelled bounce corpus.
 *
 *   pnpm eval:bounces [path] [--verbose]
 *
 * `path` is the corpus folder (holding sisimai-dev.jsonl and emails/); the default is
 * ../shared/corpus beside the repository. The mbox file is split on its `From ` lines here.
 * The `maildir/mac` copies (CR-only line ends, which Sisimai 4.25 cannot read) are compared
 * with their `maildir/bsd` twins instead of Sisimai's (absent) records. Each email is read on
 * both MIME paths, and any difference between them is reported.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type BounceReport, parseBounce } from "@smtp-codes/bounce";
import { type BounceRecord, measures, percent, type ScoredMessage, score } from "./bounces/score.js";
import { splitMbox } from "./bounces/split-mbox.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const given = args.find((arg) => !arg.startsWith("--"));
const base = process.env.INIT_CWD ?? process.cwd();
const corpus = given ? resolve(base, given) : resolve(repoRoot, "../shared/corpus");
const labels = join(corpus, "sisimai-dev.jsonl");
const emails = join(corpus, "emails");
if (!existsSync(labels) || !existsSync(emails)) {
  console.error(`eval:bounces: no corpus at ${corpus} (it needs sisimai-dev.jsonl and emails/)`);
  process.exit(2);
}

const records = readFileSync(labels, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as BounceRecord);
const recordsOf = (file: string, msg: number): BounceRecord[] =>
  records.filter((r) => r.file === file && r.msg === msg);

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? filesUnder(path) : [path];
    })
    .filter((path) => !path.endsWith("LICENSE"))
    .sort();
}

/** Reports without what may differ between two readings of the same email. */
const comparable = (report: BounceReport): string => JSON.stringify(report);

const scored: ScoredMessage[] = [];
const twins: { name: string; same: boolean }[] = [];
const pathDifferences: string[] = [];
let emailCount = 0;
let bytes = 0;
let elapsed = 0;
for (const path of filesUnder(emails)) {
  const file = relative(emails, path);
  const content = readFileSync(path);
  const messages = file.startsWith("mailbox/") ? splitMbox(content) : [content];
  for (const [index, message] of messages.entries()) {
    const start = performance.now();
    const report = await parseBounce(message);
    elapsed += performance.now() - start;
    emailCount++;
    bytes += message.length;
    const full = await parseBounce(message, { mime: "full" });
    const name = messages.length > 1 ? `${file}#${index + 1}` : file;
    if (comparable(full) !== comparable(report)) pathDifferences.push(name);
    if (file.startsWith("maildir/mac/")) {
      const twin = join(emails, file.replace("maildir/mac/", "maildir/bsd/"));
      if (existsSync(twin) && statSync(twin).isFile()) {
        const twinReport = await parseBounce(readFileSync(twin));
        twins.push({ name: file, same: comparable(twinReport) === comparable(report) });
      }
      continue;
    }
    scored.push({ name, report, records: recordsOf(file, index + 1) });
  }
}

const { ratios, disagreements } = score(scored);
console.log(`corpus: ${corpus}`);
console.log(`emails: ${emailCount} (${(bytes / 1e6).toFixed(1)} MB), Sisimai records: ${records.length}`);
const labelsOf: Record<(typeof measures)[number], string> = {
  recipientFound: "recipients found",
  recipientReal: "our recipients real",
  status: "status",
  basicCode: "basic code",
  command: "command",
  reason: "reason (finer accepted)",
  hardSoft: "hard/soft",
  hardSoftAlternatives: "  ... Sisimai's alternatives",
  messageId: "original Message-ID",
  complaint: "complaints",
  autoReply: "auto-replies",
  notReport: "not a report",
};
for (const measure of measures) console.log(`${labelsOf[measure].padEnd(26)} ${percent(ratios[measure])}`);
const sameTwins = twins.filter((t) => t.same).length;
console.log(`${"mac = bsd twin".padEnd(26)} ${percent({ agree: sameTwins, total: twins.length })}`);
console.log(
  `${"fast path = full parse".padEnd(26)} ${percent({ agree: emailCount - pathDifferences.length, total: emailCount })}`,
);
console.log(`speed (fast path, this process): ${Math.round((emailCount * 1000) / elapsed)} emails/s`);
if (verbose) {
  console.log("\ndisagreements:");
  for (const line of disagreements) console.log(`  ${line}`);
  for (const twin of twins.filter((t) => !t.same))
    console.log(`  twin ${twin.name}: differs from its bsd twin`);
  for (const name of pathDifferences) console.log(`  paths ${name}: fast path and full parse differ`);
}
