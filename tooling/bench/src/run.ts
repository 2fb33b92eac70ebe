/**
 * `pnpm bench`: speed of @smtp-codes/core, as ratios against a baseline measured in the same
 * process, with the absolute goals of the project for one core of its CI machine.
 */
import { createRequire } from "node:module";
import { explain, limits, parseReply } from "@smtp-codes/core";
import { benchBounce, corpusPath } from "./bounce.js";
import { formatRate, measure, report, timeOnce } from "./harness.js";
import { hostileInputs } from "./hostile.js";
import { benchNodemailer } from "./nodemailer-load.js";
import { benchPino } from "./pino.js";
import { realisticReplies } from "./replies.js";
import { benchScan } from "./scan.js";
import { benchWebhooks } from "./webhooks.js";
import { benchWinston } from "./winston.js";

type BounceParser = new () => { read(body: string): unknown };

/**
 * The comparison peer, installed outside the workspace by `pnpm bench:peers` (it needs a native
 * build that the product does not): without it the benchmark runs and leaves out the ratios.
 */
function loadPeer(): BounceParser | null {
  const require = createRequire(new URL("../peers/package.json", import.meta.url));
  try {
    return require("email-bounce-parser") as BounceParser;
  } catch {
    console.log(
      "email-bounce-parser is not installed: `pnpm bench:peers` installs it (into tooling/bench/peers) for the comparison; skipping those ratios.\n",
    );
    return null;
  }
}
const EmailBounceParser = loadPeer();

/** The least any reply parser does: one regular expression for the code and enhanced code. */
const naive = /^(\d{3})[ -](?:(\d\.\d{1,3}\.\d{1,3}) )?/;
const baseline = measure("naive regex", (reply: string) => naive.exec(reply), realisticReplies);

const peer = EmailBounceParser ? new EmailBounceParser() : null;
const results = {
  parseReply: measure("parseReply", parseReply, realisticReplies),
  explain: measure("explain", (reply: string) => explain(reply), realisticReplies),
  explainDe: measure(
    "explain (German)",
    (reply: string) => explain(reply, { locale: "de" }),
    realisticReplies,
  ),
};
const peerResult = peer
  ? measure("email-bounce-parser read", (reply: string) => peer.read(reply), realisticReplies)
  : null;

const goal = (ok: boolean) => (ok ? "met" : "MISSED");
console.log(`Mixed set of ${realisticReplies.length} realistic replies, Node ${process.version}\n`);
console.log(report(baseline, baseline));
for (const result of Object.values(results)) console.log(report(result, baseline));
if (peerResult) {
  console.log(report(peerResult, baseline));
  console.log(
    `\nparseReply is ${(results.parseReply.opsPerSecond / peerResult.opsPerSecond).toFixed(1)} x email-bounce-parser`,
  );
  console.log(
    `explain is ${(results.explain.opsPerSecond / peerResult.opsPerSecond).toFixed(1)} x email-bounce-parser`,
  );
}
console.log(
  `goal parseReply >= 2 M/s: ${formatRate(results.parseReply.opsPerSecond)}, ${goal(results.parseReply.opsPerSecond >= 2e6)}`,
);
console.log(
  `goal explain >= 300 k/s: ${formatRate(results.explain.opsPerSecond)}, ${goal(results.explain.opsPerSecond >= 3e5)}`,
);

console.log("\nHostile input of 1 MB: one explain call, best of 5 (goal: under 50 ms)");
for (const [name, input] of Object.entries(hostileInputs(1_048_576))) {
  const ms = timeOnce(() => explain(input));
  console.log(`  ${name.padEnd(26)} ${ms.toFixed(2).padStart(7)} ms  ${goal(ms < 50)}`);
}

console.log(
  `\nLinear in length (inputs up to the ${limits.maxInputLength}-character read limit): time at 64 KiB / time at 16 KiB, 4 is linear`,
);
for (const name of Object.keys(hostileInputs(16))) {
  const small = hostileInputs(16_384)[name] as string;
  const large = hostileInputs(65_536)[name] as string;
  const ratio =
    timeOnce(() => explain(large), 9) /
    Math.max(
      timeOnce(() => explain(small), 9),
      1e-3,
    );
  console.log(`  ${name.padEnd(26)} ${ratio.toFixed(2).padStart(6)}`);
}

benchWinston();
benchWebhooks();
benchPino();
await benchScan();
await benchNodemailer();
await benchBounce(corpusPath(process.argv[2]));
