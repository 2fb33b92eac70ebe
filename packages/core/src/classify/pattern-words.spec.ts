import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxMatchedLength, type RuleContext, RuleMatcher } from "./match-rules.js";
import { requiredWordsOf } from "./pattern-words.js";
import { type Rule, rules } from "./rules/index.js";

describe("requiredWordsOf", () => {
  it("reads the words between literal token ends, the longest four of each way, in the order a match holds them", () => {
    expect(requiredWordsOf(/\btried to reach is over quota\b/i)).toEqual([["to", "reach", "is", "over"]]);
    expect(requiredWordsOf(/\btried to reach is over quota\b/i, { wordsPerWay: 2 })).toEqual([
      ["reach", "over"],
    ]);
    expect(requiredWordsOf(/ quota is over /, { wordsPerWay: 2 })).toEqual([["quota", "over"]]);
  });

  it("counts \\b, \\s and \\W as token ends in ASCII text only", () => {
    expect(requiredWordsOf(/\bmailbox (?:is )?full\b/i)).toBeNull();
    expect(requiredWordsOf(/\bmailbox (?:is )?full\b/i, { ascii: true })).toEqual([["mailbox", "full"]]);
    expect(requiredWordsOf(/\bno\s+such\s+user\b/i)).toBeNull();
    expect(requiredWordsOf(/\bno\s+such\s+user\b/i, { ascii: true })).toEqual([["no", "such", "user"]]);
  });

  it("spells out alternatives and optional parts, and keeps only the ways that ask least", () => {
    expect(requiredWordsOf(/ (?:mail ?box|inbox) full /)).toEqual([
      ["mailbox", "full"],
      ["mail", "box", "full"],
      ["inbox", "full"],
    ]);
    // One way asks for "quota" alone: the way that asks for "quota" and "over" adds nothing.
    expect(requiredWordsOf(/ quota (?:over )?/)).toEqual([["quota"]]);
    // Ways that ask for the same words in another order both count.
    expect(requiredWordsOf(/ (?:quota over|over quota) /)).toEqual([
      ["quota", "over"],
      ["over", "quota"],
    ]);
    expect(requiredWordsOf(/ (?:quota|over quota (?:x )?) /)).toEqual([["quota"]]);
  });

  it("reads classes, repeats and lookarounds as unknown characters, not as words", () => {
    expect(requiredWordsOf(/ [a-z]+ user /)).toEqual([["user"]]);
    expect(requiredWordsOf(/ x[a-z]+ /)).toBeNull();
    expect(requiredWordsOf(/ (?<=after )user /)).toEqual([["user"]]);
    expect(requiredWordsOf(/ user(?= done) /)).toEqual([["user"]]);
    expect(requiredWordsOf(/[ -]user[ -]/)).toEqual([["user"]]);
    expect(requiredWordsOf(/[ a]user /)).toBeNull();
  });

  it("reads a few letters in a class as that many ways, and keeps the token ends around a repeat", () => {
    expect(requiredWordsOf(/ llen[oa] /)).toEqual([["lleno"], ["llena"]]);
    expect(requiredWordsOf(/ bo[iî]te pleine /, { ascii: true })).toEqual([["boite", "pleine"]]);
    expect(requiredWordsOf(/ x[a-z] user /)).toEqual([["user"]]);
    expect(requiredWordsOf(/ [^a] user /)).toEqual([["user"]]);
    expect(requiredWordsOf(/\bip\s+(?:\S+\s+){0,6}blocked\b/i, { ascii: true })).toEqual([["ip", "blocked"]]);
    // Repeats that may begin or end inside a token keep no token end.
    expect(requiredWordsOf(/ user(?:\S+\s+)*blocked /)).toBeNull();
    expect(requiredWordsOf(/ user (?:x|y )+blocked /)).toEqual([["user"]]);
  });

  it("gives no words where the flags change what matches", () => {
    expect(requiredWordsOf(/ user /u)).toBeNull();
    expect(requiredWordsOf(/ user /g)).toBeNull();
    // With `m`, `^` also stands after U+2028, which the trie reads as part of a token.
    expect(requiredWordsOf(/^user /)).toEqual([["user"]]);
    expect(requiredWordsOf(/^user /m)).toBeNull();
  });

  it("reads a sequence of more than 256 spelled-out ways coarser, and a backreference as unknown characters", () => {
    // 1 024 ways: the widest groups are read coarser until 256 are left; the word after them counts.
    const everyWayHolds = (ways: string[][] | null, word: string) =>
      ways !== null && ways.length > 0 && ways.every((way) => way.includes(word));
    expect(requiredWordsOf(/ (?:1|2|3|4)(?:1|2|3|4)(?:1|2|3|4)(?:1|2|3|4)(?:1|2|3|4) user /)).toEqual([
      ["user"],
    ]);
    expect(
      everyWayHolds(
        requiredWordsOf(/ (?:a |b |c |d )(?:a |b |c |d )(?:a |b |c |d )(?:a |b |c |d )(?:a |b |c |d )user /),
        "user",
      ),
    ).toBe(true);
    // Left out or not, the optional groups end in a space, so the words around them still count.
    expect(
      requiredWordsOf(
        /\bfailed (?:to pass )?(?:the |our )?(?:sender |message |mail |e-?mail )?(?:authentication |auth )?checks? (?:here|there|now|today|again)\b/i,
        { ascii: true },
      )?.every((way) => way.includes("failed")),
    ).toBe(true);
    // Words past the limit of alternatives in all still count.
    const many = new RegExp(`(?:${Array.from({ length: 300 }, (_, n) => `x${n}`).join("|")}) quota `);
    expect(everyWayHolds(requiredWordsOf(many), "quota")).toBe(true);
    // ASCII text cannot match a way with a character beyond ASCII: only the other ways count.
    expect(requiredWordsOf(/ (?:über|over) quota /, { ascii: true })).toEqual([["over", "quota"]]);
    expect(requiredWordsOf(/ über quota /, { ascii: true })).toEqual([["quota"]]);
    expect(requiredWordsOf(/ (?:1|2|3|4)(?:1|2|3|4)(?:1|2|3|4)(?:1|2|3|4) user /)).toEqual([["user"]]);
    expect(requiredWordsOf(/( user) \1x/)).toEqual([["user"]]);
    // The name of a named backreference is no literal text.
    expect(requiredWordsOf(/(?<name> user) \k<name> /)).toEqual([["user"]]);
    expect(requiredWordsOf(/ \cJob /)).toBeNull();
  });
});

/** What the matcher must return: the first rule whose word is a token, whose conditions hold, whose pattern matches. */
function reference(table: readonly Rule[], text: string, context: RuleContext): string | undefined {
  const bounded = text.slice(0, maxMatchedLength);
  // The trie's tokens: digits, ASCII letters and everything from U+00C0 on but General
  // Punctuation and the ideographic space, comma and full stop, each unit lower-cased alone.
  const tokens = new Set(
    bounded
      .split(/[^0-9A-Za-z\u00c0-\u1fff\u2070-\u2fff\u3003-\uffff]+/)
      .map((token) => [...token].map((c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c)).join("")),
  );
  return table.find(
    (rule) =>
      rule.words.some((word) => tokens.has(word)) &&
      (!rule.classes || context.cls === null || rule.classes.includes(context.cls as 4 | 5)) &&
      (!rule.commands || (context.command !== null && rule.commands.includes(context.command))) &&
      (!rule.enhanced || (context.enhancedKey !== null && rule.enhanced.includes(context.enhancedKey))) &&
      rule.pattern.test(bounded),
  )?.id;
}

/** Literal stretches of the built-in patterns ("tried to reach is over quota"), to build texts from. */
const pieces = [
  ...new Set(
    rules.flatMap((rule) =>
      rule.pattern.source
        .split(/\\[bBsSdDwW]|[()[\]|?*+{}^$\\]/)
        .map((piece) => piece.trim())
        .filter((piece) => /[a-z]{2}/i.test(piece)),
    ),
  ),
];

describe("RuleMatcher with the words patterns need", () => {
  it("decides as running every triggered pattern would, on texts made of the patterns' own phrases", () => {
    const matcher = new RuleMatcher(rules);
    let decided = 0;
    const context: RuleContext = { cls: null, command: null, enhancedKey: null };
    // Token ends and characters that glue tokens together (above Latin-1, `é`, `_`).
    const separator = fc.constantFrom(" ", "  ", "", ": ", "-", "\u201c", "\u2028", "é", "_", " the ", "\t");
    const text = fc
      .array(fc.tuple(fc.constantFrom(...pieces), separator), { minLength: 1, maxLength: 5 })
      .map((parts) => parts.map(([piece, gap]) => piece + gap).join(""));
    fc.assert(
      fc.property(text, fc.boolean(), (candidate, upper) => {
        const input = upper ? candidate.toUpperCase() : candidate;
        const expected = reference(rules, input, context);
        if (expected !== undefined) decided++;
        expect(matcher.match(input, context)?.id).toBe(expected);
      }),
      { numRuns: 3_000 },
    );
    // The texts must reach the patterns, or the property says nothing.
    expect(decided).toBeGreaterThan(300);
  });
});

describe("user rules with the words their patterns need", () => {
  it("still decide where their words are there, and not where a needed word is missing", async () => {
    const { createClassifier } = await import("../index.js");
    const classifier = createClassifier({
      rules: [
        { id: "full-box", words: ["mailbox"], pattern: "mailbox is over its limit", reason: "mailboxFull" },
      ],
    });
    expect(classifier.explain("452 4.2.2 Mailbox is over its limit").rule).toBe("user:full-box");
    // Text beyond ASCII: only the words between spaces are needed ("over", "its").
    expect(classifier.explain("452 4.2.2 Mailbox is over its limit, d\u00e9sol\u00e9").rule).toBe(
      "user:full-box",
    );
    expect(classifier.explain("452 4.2.2 Mailbox is over the limit").rule).not.toBe("user:full-box");
  });
});
