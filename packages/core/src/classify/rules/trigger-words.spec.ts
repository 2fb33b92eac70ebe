import { type AST, RegExpParser } from "@eslint-community/regexpp";
import { describe, expect, it } from "vitest";
import { isPhraseWord } from "../match-rules.js";
import { rules } from "./index.js";

/**
 * A rule is only tried when the text holds one of its `words`, so an alternative of its pattern
 * that can match without any of them is dead: it never fires, silently. This test writes out,
 * for every top-level alternative of every pattern, the texts that alternative matches in its
 * shortest shapes (each optional part absent and present once, each small character class in
 * every member, each larger one by a representative) and checks that each of those texts holds
 * a trigger word as a whole token, the way the matcher splits text.
 */

/** Most expansions one alternative may have; past it the product is cut (none of ours gets near). */
const maxExpansions = 20_000;

function product(left: readonly string[], right: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of left) {
    for (const b of right) {
      out.push(a + b);
      if (out.length >= maxExpansions) return out;
    }
  }
  return out;
}

function expandAlternatives(alternatives: readonly AST.Alternative[]): string[] {
  return alternatives.flatMap(expandAlternative);
}

function expandAlternative(alternative: AST.Alternative): string[] {
  let texts = [""];
  for (const element of alternative.elements) texts = product(texts, expandElement(element));
  return texts;
}

/** Characters that stand in for a character set: one that joins a token and one that ends it. */
function representatives(set: AST.CharacterClass | AST.CharacterSet): string[] {
  if (set.type === "CharacterSet") {
    if (set.kind === "any") return ["#"];
    if (set.kind === "digit") return set.negate ? ["#"] : ["0"];
    if (set.kind === "space") return set.negate ? ["#"] : [" "];
    if (set.kind === "word") return set.negate ? ["#"] : ["x"];
    return ["x"];
  }
  const members: string[] = [];
  for (const element of set.elements) {
    if (element.type === "Character") members.push(String.fromCodePoint(element.value));
    else if (element.type === "CharacterClassRange") members.push(String.fromCodePoint(element.min.value));
    else if (element.type === "CharacterSet") members.push(...representatives(element));
  }
  if (set.negate) {
    const outside = ["#", " ", "x", "0"].find((c) => !members.includes(c));
    return [outside ?? "#"];
  }
  return members.length <= 4 ? members : [members[0] as string];
}

function expandElement(element: AST.Element): string[] {
  switch (element.type) {
    case "Character":
      return [String.fromCodePoint(element.value)];
    case "CharacterClass":
    case "CharacterSet":
      return representatives(element as AST.CharacterClass | AST.CharacterSet);
    case "Group":
    case "CapturingGroup":
      return expandAlternatives(element.alternatives);
    case "Quantifier": {
      const inner = expandElement(element.element);
      let least = [""];
      for (let i = 0; i < element.min; i++) least = product(least, inner);
      return element.max > element.min ? [...least, ...product(least, inner)] : least;
    }
    default:
      // Assertions (\b, ^, $, lookarounds) and backreferences add no characters.
      return [""];
  }
}

/** The matcher's tokens: runs of letters and digits that hold a letter, lower-cased. */
function tokensOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9\u00c0-\uffff]+/g) ?? []).filter((token) => /[^0-9]/.test(token));
}

function deadAlternatives(pattern: RegExp, words: readonly string[]): string[] {
  const ast = new RegExpParser().parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: pattern.flags.includes("u"),
  });
  const triggers = new Set(words);
  const phrases = words.filter(isPhraseWord);
  const dead: string[] = [];
  for (const alternative of ast.alternatives) {
    const untriggered = expandAlternative(alternative).find(
      (text) =>
        !tokensOf(text).some((token) => triggers.has(token)) &&
        !phrases.some((phrase) => text.includes(phrase)),
    );
    if (untriggered !== undefined) dead.push(`${alternative.raw}  (matches ${JSON.stringify(untriggered)})`);
  }
  return dead;
}

describe("every alternative of every rule holds a trigger word", () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))("%s", (_id, rule) => {
    expect(deadAlternatives(rule.pattern, rule.words)).toEqual([]);
  });

  it("finds a forgotten word", () => {
    expect(deadAlternatives(/\bmailbox full\b|\bover quota\b/i, ["mailbox"])).toEqual([
      '\\bover quota\\b  (matches "over quota")',
    ]);
    expect(deadAlternatives(/\bgr[ae]ylisted\b/i, ["greylisted"])).toHaveLength(1);
    expect(deadAlternatives(/存在しません|見つかりません/, ["存在しません"])).toHaveLength(1);
  });
});
