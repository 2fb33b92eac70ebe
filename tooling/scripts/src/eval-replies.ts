/**
 * Measures the classifier on the hand-labelled set of real replies in src/replies/: replies
 * quoted in public issue trackers and printed in providers' documentation, labelled from their
 * words and the providers' documentation (never from the classifier's output).
 *
 *   pnpm eval:replies [--verbose] [--batch N]
 *
 * `--batch N` lists only that held-out batch's disagreements (with --verbose).
 */
import { evaluateReplies } from "./replies/evaluate-replies.js";
import { labelledReplies } from "./replies/labelled-replies.js";

const verbose = process.argv.includes("--verbose");
const result = evaluateReplies(labelledReplies);
const percent = (agreed: number, total: number) =>
  `${total === 0 ? "0.0" : ((100 * agreed) / total).toFixed(1)} % (${agreed}/${total})`;
console.log(`labelled replies: ${result.total}`);
console.log(`reason agreement: ${percent(result.agreed, result.total)}`);
console.log(
  `  held-out part (see labelled-replies.ts): ${percent(result.heldOut.agreed, result.heldOut.total)}`,
);
for (const [batch, counts] of result.byBatch) {
  console.log(`    batch ${batch}: ${percent(counts.agreed, counts.total)}`);
}
console.log("\nby provider:");
for (const [provider, counts] of [...result.byProvider].sort((a, b) => b[1].total - a[1].total)) {
  console.log(`  ${provider.padEnd(14)} ${percent(counts.agreed, counts.total)}`);
}
if (verbose) {
  console.log("\ndisagreements:");
  const batchArgument = process.argv.indexOf("--batch");
  const onlyBatch = batchArgument === -1 ? undefined : Number(process.argv[batchArgument + 1]);
  for (const d of result.disagreements) {
    if (onlyBatch !== undefined && d.batch !== onlyBatch) continue;
    const batch = d.batch === undefined ? "" : ` [batch ${d.batch}]`;
    console.log(`  expected ${d.expected}, got ${d.got} (${d.rule}) ${d.source}${batch}`);
    console.log(`      ${d.reply.replace(/\s+/g, " ").slice(0, 240)}`);
  }
}
