import { createRequire } from "node:module";
import { explain, parseReply } from "@smtp-codes/core";
import { formatRate, type Measurement, measure, report } from "./harness.js";
import { realisticReplies } from "./replies.js";

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

/** The least any reply parser does: one regular expression for the code and enhanced code. */
const naive = /^(\d{3})[ -](?:(\d\.\d{1,3}\.\d{1,3}) )?/;

const goal = (ok: boolean) => (ok ? "met" : "MISSED");

/**
 * parseReply and explain on the bench's set of real replies, beside a naive regular expression
 * and email-bounce-parser measured in the same run, with the project's goals: explain 300 k/s
 * and 15 times email-bounce-parser, parseReply 2 M/s.
 */
export function benchReplies(): void {
  const EmailBounceParser = loadPeer();
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
  const peerResult: Measurement | null = peer
    ? measure("email-bounce-parser read", (reply: string) => peer.read(reply), realisticReplies)
    : null;

  console.log(`Set of ${realisticReplies.length} real replies, Node ${process.version}\n`);
  console.log(report(baseline, baseline));
  for (const result of Object.values(results)) console.log(report(result, baseline));
  if (peerResult) {
    console.log(report(peerResult, baseline));
    const parseRatio = results.parseReply.opsPerSecond / peerResult.opsPerSecond;
    const explainRatio = results.explain.opsPerSecond / peerResult.opsPerSecond;
    console.log(`\nparseReply is ${parseRatio.toFixed(1)} x email-bounce-parser`);
    console.log(`explain is ${explainRatio.toFixed(1)} x email-bounce-parser`);
    console.log(
      `goal explain >= 15 x email-bounce-parser: ${explainRatio.toFixed(1)} x, ${goal(explainRatio >= 15)}`,
    );
  }
  console.log(
    `goal parseReply >= 2 M/s: ${formatRate(results.parseReply.opsPerSecond)}, ${goal(results.parseReply.opsPerSecond >= 2e6)}`,
  );
  console.log(
    `goal explain >= 300 k/s: ${formatRate(results.explain.opsPerSecond)}, ${goal(results.explain.opsPerSecond >= 3e5)}`,
  );
}
