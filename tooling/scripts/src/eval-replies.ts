/**
 * Measures the classifier on the hand-labelled set of real replies in src/replies/: replies
 * quoted in public issue trackers and printed in providers' documentation, labelled from their
 * words and the providers' documentation (never from the classifier's output).
 *
 *   pnpm eval:replies [--verbose] [--batch N] [--generic-only]
 *   pnpm eval:replies --sisimai [--core OTHER/dist/index.js] [--from N] [--to M]
 *
 * `--batch N` lists only that held-out batch's disagreements (with --verbose).
 * `--generic-only` measures the classifier without its provider and MTA rules and vendor codes
 * (`replies/generic-layer.ts`), on these replies and core's documented ones: what a reply from
 * a receiver nobody wrote a rule for meets. It prints the figure per reason and the commonest
 * kinds of miss.
 * `--sisimai` puts Sisimai 4.25 (Debian's libsisimai-perl) beside the classifier on the held-out
 * batches (from N to M): Sisimai's reader for a reply on its own against the same labels. With
 * `--core` the classifier is another build, such as main as it stood when those batches were
 * collected, so that neither side has seen them.
 */
import { explain, type Reason } from "@smtp-codes/core";
import { documentedReplies } from "./replies/documented-replies.js";
import { evaluateReplies, type ReplyEvaluation } from "./replies/evaluate-replies.js";
import { genericLayer } from "./replies/generic-layer.js";
import { type LabelledReply, labelledReplies } from "./replies/labelled-replies.js";
import { labellerAgreement } from "./replies/labeller-agreement.js";
import { comparePeers, sisimaiReasonsFor } from "./replies/sisimai-peer.js";

const verbose = process.argv.includes("--verbose");
const genericOnly = process.argv.includes("--generic-only");
const batchArgument = process.argv.indexOf("--batch");
const onlyBatch = batchArgument === -1 ? undefined : Number(process.argv[batchArgument + 1]);
const percent = (agreed: number, total: number) =>
  `${total === 0 ? "0.0" : ((100 * agreed) / total).toFixed(1)} % (${agreed}/${total})`;

const argumentAfter = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at === -1 ? undefined : process.argv[at + 1];
};

if (process.argv.includes("--sisimai")) await reportSisimai();
else if (genericOnly) reportGenericLayer();
else reportAll();

/** The classifier and Sisimai on the held-out batches, batch by batch and together. */
async function reportSisimai() {
  const corePath = argumentAfter("--core");
  const core = corePath ? ((await import(corePath)) as { explain: typeof explain }) : { explain };
  const from = Number(argumentAfter("--from") ?? 0);
  const to = Number(argumentAfter("--to") ?? Number.POSITIVE_INFINITY);
  const held = labelledReplies.filter(
    (r) => r.heldOut && r.batch !== undefined && r.batch >= from && r.batch <= to,
  );
  const sisimai = sisimaiReasonsFor(held.map((r) => r.reply));
  if (typeof sisimai === "string") {
    console.error(sisimai);
    process.exitCode = 1;
    return;
  }
  const ours = held.map((r) => core.explain(r.reply, r.command ? { command: r.command } : {}).reason);
  console.log(`classifier: ${corePath ?? "this workspace's build"}; Sisimai 4.25: Sisimai::Reason->match`);
  console.log(
    "columns: ours exactly, ours at Sisimai's granularity, Sisimai (finer reasons of ours counted as its broader ones)",
  );
  const batches = [...new Set(held.map((r) => r.batch as number))].sort((a, b) => a - b);
  const line = (name: string, indexes: readonly number[]) => {
    const counts = comparePeers(
      indexes.map((i) => (held[i] as LabelledReply).reason),
      indexes.map((i) => ours[i] as Reason),
      indexes.map((i) => sisimai[i] as string),
    );
    const { total } = counts;
    console.log(
      `  ${name.padEnd(10)} ${percent(counts.oursExact, total).padEnd(18)} ${percent(counts.oursCoarse, total).padEnd(18)} ${percent(counts.sisimai, total).padEnd(18)} (${counts.greylisted} labelled greylisted, a reason Sisimai 4.25 has no name for)`,
    );
  };
  const all = held.map((_, i) => i);
  for (const batch of batches)
    line(
      `batch ${batch}`,
      all.filter((i) => held[i]?.batch === batch),
    );
  line("together", all);
}

function reportAll() {
  const result = evaluateReplies(labelledReplies);
  console.log(`labelled replies: ${result.total}`);
  console.log(`reason agreement: ${percent(result.agreed, result.total)}`);
  printBatches(result);
  printLabellers();
  console.log("\nby provider:");
  for (const [provider, counts] of [...result.byProvider].sort((a, b) => b[1].total - a[1].total)) {
    console.log(`  ${provider.padEnd(14)} ${percent(counts.agreed, counts.total)}`);
  }
  if (verbose) printDisagreements(result);
}

function reportGenericLayer() {
  const layer = genericLayer();
  console.log(
    `generic layer: ${layer.genericRules} family rules (${layer.providerRules} provider and MTA rules and ${layer.vendorCodes} vendor code ranges left out)`,
  );
  const labelled = evaluateReplies(labelledReplies, layer.explain);
  const documented = evaluateReplies(documentedReplies(), layer.explain);
  const both = evaluateReplies([...labelledReplies, ...documentedReplies()], layer.explain);
  console.log(`labelled replies: ${percent(labelled.agreed, labelled.total)}`);
  printBatches(labelled);
  console.log(`documented replies (core's test): ${percent(documented.agreed, documented.total)}`);
  console.log(`both: ${percent(both.agreed, both.total)}`);
  console.log("\nby labelled reason (both sets):");
  for (const [reason, counts] of [...both.byReason].sort((a, b) => b[1].total - a[1].total)) {
    const given = both.disagreements.filter((d) => d.got === reason).length;
    console.log(
      `  ${reason.padEnd(18)} ${percent(counts.agreed, counts.total).padEnd(18)} wrongly given ${given}`,
    );
  }
  console.log("\nmisses by what decided them:");
  printCounts(both.disagreements.map((d) => d.decidedBy));
  console.log("\ncommonest misses (expected -> got):");
  printCounts(
    both.disagreements.map((d) => `${d.expected} -> ${d.got}`),
    25,
  );
  if (verbose) printDisagreements(both);
}

/** How often careful labellers agree, beside the classifier, on the replies several read. */
function printLabellers() {
  const agreement = labellerAgreement(labelledReplies);
  if (agreement.total === 0) return;
  const { total } = agreement;
  console.log(`\nreplies also labelled by three others on their own (batches 27 to 34): ${total}`);
  console.log(
    `  the label and each other labeller: ${agreement.labelAndEach.map((n) => percent(n, total)).join(", ")}`,
  );
  console.log(
    `  the other labellers with each other: ${agreement.betweenLabellers.map((n) => percent(n, total)).join(", ")}`,
  );
  console.log(`  the classifier and the label: ${percent(agreement.classifierAndLabel, total)}`);
  console.log(
    `  the classifier and the commonest of the four: ${percent(agreement.classifierAndMajority, total)}`,
  );
  console.log(
    `  the classifier and at least one of the four: ${percent(agreement.classifierAndAnyone, total)}`,
  );
}

function printBatches(result: ReplyEvaluation) {
  console.log(
    `  held-out part (see labelled-replies.ts): ${percent(result.heldOut.agreed, result.heldOut.total)}`,
  );
  for (const [batch, counts] of result.byBatch) {
    console.log(`    batch ${batch}: ${percent(counts.agreed, counts.total)}`);
  }
}

function printCounts(keys: readonly string[], limit = Number.POSITIVE_INFINITY) {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`  ${String(count).padStart(4)}  ${key}`);
  }
}

function printDisagreements(result: ReplyEvaluation) {
  console.log("\ndisagreements:");
  for (const d of result.disagreements) {
    if (onlyBatch !== undefined && d.batch !== onlyBatch) continue;
    const batch = d.batch === undefined ? "" : ` [batch ${d.batch}]`;
    console.log(`  expected ${d.expected}, got ${d.got} (${d.rule}) ${d.source}${batch}`);
    console.log(`      ${d.reply.replace(/\s+/g, " ").slice(0, 240)}`);
  }
}
