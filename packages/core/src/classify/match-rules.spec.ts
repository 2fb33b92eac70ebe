import { describe, expect, it } from "vitest";
import { keyWordOf, RuleMatcher } from "./match-rules.js";
import type { Rule } from "./rules/index.js";

const context = { cls: 5, command: null, enhancedKey: null };

function rule(id: string, words: string[], pattern: RegExp, extra: Partial<Rule> = {}): Rule {
  return { id, words, pattern, reason: "userUnknown", source: "test", ...extra };
}

/** Counts the calls of `pattern.test`, which the matcher makes only for the rules it tries. */
function countRuns(pattern: RegExp): { count: number } {
  const runs = { count: 0 };
  const test = pattern.test.bind(pattern);
  Object.defineProperty(pattern, "test", {
    value: (text: string) => {
      runs.count++;
      return test(text);
    },
  });
  return runs;
}

describe("RuleMatcher", () => {
  it("tries rules in table order, whatever order their words come in", () => {
    const matcher = new RuleMatcher([
      rule("first", ["mailbox"], /mailbox/i),
      rule("second", ["unknown"], /unknown/i),
    ]);
    expect(matcher.match("Unknown MAILBOX", context)?.id).toBe("first");
    expect(matcher.match("unknown user", context)?.id).toBe("second");
  });

  it("runs a pattern only where the words it needs are there in its order, and still finds every match", () => {
    const pattern = /\bover (?:the )?quota\b/i;
    const runs = countRuns(pattern);
    const matcher = new RuleMatcher([rule("over-quota", ["quota"], pattern)]);
    expect(matcher.match("quota is over", context)).toBeUndefined();
    expect(matcher.match("quota, quota over", context)).toBeUndefined();
    expect(runs.count).toBe(0);
    // A word repeated before and after the other: some of its tokens still come first.
    expect(matcher.match("quota over, over quota", context)?.id).toBe("over-quota");
    expect(matcher.match("over over the quota", context)?.id).toBe("over-quota");
    expect(matcher.match("over quota", context)?.id).toBe("over-quota");
    expect(runs.count).toBe(3);
  });

  it("triggers on whole tokens only, in any case, and not on tokens of digits only", () => {
    const matcher = new RuleMatcher([
      rule("digits", ["550"], /550/),
      rule("word", ["quota"], /quota/i),
      rule("accented", ["überschritten"], /überschritten/i),
    ]);
    expect(matcher.match("550 5.1.1 no", context)).toBeUndefined();
    expect(matcher.match("QUOTA exceeded", context)?.id).toBe("word");
    expect(matcher.match("overquota", context)).toBeUndefined();
    expect(matcher.match("Quota-Grenze", context)?.id).toBe("word");
    expect(matcher.match("Speicher ÜBERSCHRITTEN", context)?.id).toBe("accented");
  });

  it("finds Latin-1 words after more than 127 other letters, as a large table of user rules has", () => {
    // 200 distinct Hangul letters come first, so the letters of "quota" count from 201 in the words' alphabet.
    const hangul = Array.from({ length: 200 }, (_, i) => String.fromCharCode(0xac00 + i)).join("");
    const matcher = new RuleMatcher([rule("hangul", [hangul], /\uac00/), rule("word", ["quota"], /quota/i)]);
    expect(matcher.match("QUOTA exceeded", context)?.id).toBe("word");
    expect(matcher.match(`${hangul} full`, context)?.id).toBe("hangul");
  });

  it("finds words of scripts written without spaces anywhere in the text, not as whole tokens", () => {
    const matcher = new RuleMatcher([
      rule("japanese", ["存在しません"], /存在しません/),
      rule("word", ["quota"], /quota/i),
    ]);
    expect(matcher.match("550 宛先のアドレスは存在しません。", context)?.id).toBe("japanese");
    expect(matcher.match("アドレスが存在しませんでした quota", context)?.id).toBe("japanese");
    expect(matcher.match("存在します", context)).toBeUndefined();
    expect(matcher.match("quota exceeded", context)?.id).toBe("word");
  });

  it("reads text beyond Latin-1 the same way, before and after its first such character", () => {
    const matcher = new RuleMatcher([rule("cyrillic", ["ящик"], /ящик/i), rule("word", ["quota"], /quota/i)]);
    expect(matcher.match("Почтовый ЯЩИК переполнен", context)?.id).toBe("cyrillic");
    expect(matcher.match("QUOTA \u201cexceeded\u201d", context)?.id).toBe("word");
    expect(matcher.match("\u201cexceeded\u201d QUOTA", context)?.id).toBe("word");
    // A typographic quote ends a token, as the quote marks of Latin-1 do ...
    expect(matcher.match("\u201cQUOTA\u201d", context)?.id).toBe("word");
    expect(matcher.match("QUOTA\u2026", context)?.id).toBe("word");
    // ... and every other character above Latin-1 belongs to one, as the letters of other scripts must.
    expect(matcher.match("ящики quota\u0416", context)).toBeUndefined();
  });

  it("checks class, stage and enhanced code conditions before the pattern", () => {
    const matcher = new RuleMatcher([
      rule("at-rcpt", ["full"], /full/, { commands: ["RCPT"] }),
      rule("enhanced", ["full"], /full/, { enhanced: ["X.2.2"] }),
      rule("transient", ["full"], /full/, { classes: [4] }),
      rule("any", ["full"], /full/),
    ]);
    expect(matcher.match("mailbox full", { cls: 5, command: "RCPT", enhancedKey: null })?.id).toBe("at-rcpt");
    expect(matcher.match("mailbox full", { cls: 5, command: null, enhancedKey: "X.2.2" })?.id).toBe(
      "enhanced",
    );
    expect(matcher.match("mailbox full", { cls: 4, command: null, enhancedKey: null })?.id).toBe("transient");
    expect(matcher.match("mailbox full", context)?.id).toBe("any");
  });

  it("gives the same answer on every call, however many words a call finds", () => {
    const table = Array.from({ length: 40 }, (_, n) =>
      rule(`r${n}`, [`w${n}x`], new RegExp(`\\bw${n}x\\b.*end`)),
    );
    const matcher = new RuleMatcher(table);
    const text = Array.from({ length: 40 }, (_, n) => `w${39 - n}x`).join(" ");
    for (let call = 0; call < 3; call++) {
      expect(matcher.match(`${text} end`, context)?.id).toBe("r0");
      expect(matcher.match(text, context)).toBeUndefined();
    }
  });

  it("reads the ways of a pattern with many by their key words, and still finds a match in any of them", () => {
    const pattern = /\bby (?:the )?(?:user|recipient)(?:'s|s') (?:reject|block|black|deny|spam) ?list\b/i;
    const runs = countRuns(pattern);
    const matcher = new RuleMatcher([
      rule("recipient-list", ["user", "users", "recipient", "recipients"], pattern),
    ]);
    expect(matcher.match("rejected by the user: listed", context)).toBeUndefined();
    expect(matcher.match("rejected by the recipient's spam filter", context)).toBeUndefined();
    expect(runs.count).toBe(0);
    for (const text of [
      "rejected by the user's blocklist",
      "Rejected by users' deny list",
      "blocked by recipient's spam list",
      "refused by the recipients' rejectlist",
    ])
      expect(matcher.match(text, context)?.id).toBe("recipient-list");
    expect(runs.count).toBe(4);
  });
});

describe("keyWordOf", () => {
  it("is the longest word that is no trigger, or the longest trigger when all are", () => {
    expect(keyWordOf(["by", "user", "block", "list"], ["user", "recipient"])).toBe("block");
    expect(keyWordOf(["recipient", "rejected", "your", "mail"], ["recipient"])).toBe("rejected");
    expect(keyWordOf(["rate", "limited"], ["rate", "limited"])).toBe("limited");
    expect(keyWordOf(["sending", "rate"], ["rate"])).toBe("sending");
  });
});

describe("RuleMatcher.lacksProbes", () => {
  const matcher = new RuleMatcher([rule("word", ["quota"], /quota/i)], 2_048, ["wait", "retry"]);

  it("tells that the last text, in ASCII, holds none of the probe words as tokens", () => {
    matcher.match("quota exceeded, come back later", context);
    expect(matcher.lacksProbes("quota exceeded, come back later")).toBe(true);
    matcher.match("quota exceeded, WAIT 5 minutes", context);
    expect(matcher.lacksProbes("quota exceeded, WAIT 5 minutes")).toBe(false);
    matcher.match("quota exceeded, retrying", context);
    expect(matcher.lacksProbes("quota exceeded, retrying")).toBe(true);
  });

  it("knows nothing of other texts than the last, nor of texts beyond ASCII", () => {
    matcher.match("quota exceeded", context);
    expect(matcher.lacksProbes("quota exceeded.")).toBe(false);
    matcher.match("quota d\u00e9pass\u00e9e", context);
    expect(matcher.lacksProbes("quota d\u00e9pass\u00e9e")).toBe(false);
  });
});
