import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { waitPhrase } from "./classify/retry-after.js";
import { rules } from "./classify/rules/index.js";
import { commandPhrasings, recipientStagePhrasing } from "./parse/context.js";
import { codeLike, enhancedLike } from "./parse/find-reply.js";
import { joinedCode } from "./parse/parse-reply.js";
import { queueIdPhrasings } from "./parse/queue-id.js";
import { recipientPhrasings } from "./parse/recipient.js";
import { unsafe } from "./parse/safe-text.js";
import { controlOrSpaceRuns, needsCleaning } from "./parse/text.js";

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
  ["recipient stage", recipientStagePhrasing],
  ["retry wait", waitPhrase],
  ["joined reply line", joinedCode],
  ["reply code candidate", codeLike],
  ["enhanced code candidate", enhancedLike],
  ["text cleaning test", needsCleaning],
  ["text cleaning", controlOrSpaceRuns],
  ["safe text", unsafe],
];

describe("no regular expression backtracks catastrophically", () => {
  it.each(patterns)(
    "%s",
    (_name, pattern) => {
      const result = checkSync(pattern.source, pattern.flags.replace("g", ""), { timeout: 30_000 });
      const detail =
        result.status === "vulnerable"
          ? `${result.complexity.summary}: ${result.attack.pattern}`
          : result.status;
      expect(result.status, detail).toBe("safe");
    },
    60_000,
  );
});
