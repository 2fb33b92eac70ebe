/**
 * `pnpm bench`: speed of @smtp-codes/core, as ratios against a baseline measured in the same
 * process, with the absolute goals of the project for one core of its CI machine.
 */
import { explain, limits } from "@smtp-codes/core";
import { benchBounce, corpusPath } from "./bounce.js";
import { timeOnce } from "./harness.js";
import { hostileInputs } from "./hostile.js";
import { benchNodemailer } from "./nodemailer-load.js";
import { benchPino } from "./pino.js";
import { benchReplies } from "./replies-bench.js";
import { benchScan } from "./scan.js";
import { benchWebhooks } from "./webhooks.js";
import { benchWinston } from "./winston.js";

const goal = (ok: boolean) => (ok ? "met" : "MISSED");

benchReplies();

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
