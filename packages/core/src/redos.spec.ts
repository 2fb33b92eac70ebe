import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { waitPhrase } from "./classify/retry-after.js";
import { rules } from "./classify/rules/index.js";
import { commandPhrasings, possiblePhrasingPattern, recipientStagePhrasing } from "./parse/context.js";
import { codeLike, enhancedLike } from "./parse/find-reply.js";
import { joinedCode } from "./parse/parse-reply.js";
import { queueIdPhrasings } from "./parse/queue-id.js";
import { recipientPhrasings } from "./parse/recipient.js";
import { unsafe } from "./parse/safe-text.js";
import { cleanRun, controlOrSpaceRuns, needsCleaning, printableWords } from "./parse/text.js";

/**
 * Every regular expression that runs on remote text, checked for catastrophic backtracking by
 * recheck (its automaton and fuzzing checkers): each must be safe, so that no reply can make the
 * parser or classifier slow. Gaps between words are written as `\s+(?:\S+\s+){0,n}`, which
 * recheck can prove safe, rather than `.{0,n}` next to overlapping alternatives.
 */
const patterns: [string, RegExp][] = [
  ...rules.map((rule): [string, RegExp] => [`rule ${rule.id}`, rule.pattern]),
  ...commandPhrasings.map(({ pattern, source }): [string, RegExp] => [
    `command phrasing (${source})`,
    pattern,
  ]),
  ...queueIdPhrasings.map(({ pattern, source }): [string, RegExp] => [`queue id (${source})`, pattern]),
  ...recipientPhrasings.map(({ pattern, source }): [string, RegExp] => [`recipient (${source})`, pattern]),
  ["command phrasing anchors", possiblePhrasingPattern()],
  ["recipient stage", recipientStagePhrasing],
  ["retry wait", waitPhrase],
  ["joined reply line", joinedCode],
  ["reply code candidate", codeLike],
  ["enhanced code candidate", enhancedLike],
  ["text cleaning test", needsCleaning],
  ["clean text test", printableWords],
  ["clean run of a line", cleanRun],
  ["text cleaning", controlOrSpaceRuns],
  ["safe text", unsafe],
];

/**
 * recheck's budget in steps, not in time. Its wall-clock limits are all off: the whole check's
 * (`timeout`, which on a loaded machine ended a check as `unknown`) and the fuzzer's per run
 * (`attackTimeout`, `incubationTimeout`, `seedingTimeout`, under which a busy machine could cut
 * a run short or take a slow run for an attack). What bounds a check are recheck's default step
 * limits, the characters its matching VM may read (`attackLimit` 1.5e9, `incubationLimit`
 * 25 000, `seedingLimit` 1 000) and the fuzzing's sizes and iterations, with the seed fixed: so
 * each pattern gets the same verdict from the same work however busy the machine is, and a
 * pattern is called vulnerable only when an attack string makes the VM read past its limit.
 * (`recallTimeout` keeps its default, which skips the recall run, as before.)
 */
const stepBudget = {
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  randomSeed: 0,
} as const;

/**
 * The slowest pattern takes about 4 s on a quiet machine (the rule table's longest, by fuzzing).
 * checkSync runs synchronously on the step budget, so this timeout cannot cut a check short;
 * it is set far above any busy machine's time, to fail only a check that no longer ends.
 */
const perPatternTimeout = 10 * 60_000;

describe("no regular expression backtracks catastrophically", () => {
  it.each(patterns)(
    "%s",
    (_name, pattern) => {
      const result = checkSync(pattern.source, pattern.flags.replace("g", ""), stepBudget);
      const detail =
        result.status === "vulnerable"
          ? `${result.complexity.summary}: ${result.attack.pattern}`
          : result.status === "unknown"
            ? `unknown: ${result.error.kind}`
            : result.status;
      expect(result.status, detail).toBe("safe");
    },
    perPatternTimeout,
  );

  it(
    "the budget still finds a pattern that backtracks catastrophically",
    () => {
      const result = checkSync("^(a|a)*$", "", stepBudget);
      expect(result.status).toBe("vulnerable");
      const nested = checkSync("^(\\w+\\s?)*$", "", stepBudget);
      expect(nested.status).toBe("vulnerable");
    },
    perPatternTimeout,
  );
});
