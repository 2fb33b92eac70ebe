/**
 * Measures the classifier on the hand-labelled set of real replies in src/replies/: replies
 * quoted in public issue trackers and printed in providers' documentation, labelled from their
 * words and the providers' documentation (never from the classifier's output).
 *
 *   pnpm eval:replies [--verbose]
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
console.log("\nby provider:");
for (const [provider, counts] of [...result.byProvider].sort((a, b) => b[1].total - a[1].total)) {
  console.log(`  ${provider.padEnd(14)} ${percent(counts.agreed, counts.total)}`);
}
if (verbose) {
  console.log("\ndisagreements:");
  for (const d of result.disagreements) {
    console.log(`  expected ${d.expected}, got ${d.got} (${d.rule}) ${d.source}`);
    console.log(`      ${d.reply.replace(/\s+/g, " ").slice(0, 240)}`);
  }
}
