import { normalizeCommand, type SmtpCommand } from "../parse/commands.js";
import { type EnhancedClass, type Reason, reasons } from "../types.js";
import { RuleMatcher } from "./match-rules.js";
import type { Rule } from "./rules/rule.js";

/**
 * A rule of your own, for receivers whose replies the built-in table misreads. The fields are
 * those of the built-in rules: the rule is tried when the reply holds one of its `words` (whole
 * tokens, any case), and decides when its `pattern` matches. A string pattern is compiled
 * case-insensitively; a RegExp keeps its flags (`g` and `y` are refused: they make `test`
 * stateful).
 *
 * Patterns run on text from remote servers, so they must stay fast on any input. A user
 * pattern may not contain backreferences or lookaround, may not repeat a group that itself
 * holds a quantifier or alternatives (`(?:a+)+`, `(?:a|b)*`; a group made optional with `?`
 * is fine), may repeat at most one item other than white space more than three times
 * (`\S+` once, `\s+` as often as needed), and is at most
 * {@link userPatternLimits.length} characters long; it sees at most the first
 * {@link userPatternLimits.textLength} characters of a reply.
 */
export interface UserRule {
  /** Shown in `rule` as `user:<id>`: letters, digits, `.`, `_` and `-`. */
  readonly id: string;
  /** Lower-case words (letters and digits) of which the reply must hold one for the rule to be tried. */
  readonly words: readonly string[];
  readonly pattern: RegExp | string;
  readonly reason: Reason;
  /** Only for replies of these classes (basic code first, else enhanced). */
  readonly classes?: readonly EnhancedClass[];
  /** Only for replies to these SMTP stages (`RCPT`, `"RCPT TO"`, `DATA` ...). */
  readonly commands?: readonly string[];
  /** Only for replies with these enhanced codes, in registry form (`X.2.3`). */
  readonly enhanced?: readonly string[];
  /** Overrides the retry decision that follows from the reason and the class. */
  readonly retryable?: boolean;
  /** How sure the rule is, 0 to 1; 0.9 when absent. */
  readonly confidence?: number;
  /** Where the phrasing comes from; `"user rule"` when absent. */
  readonly source?: string;
}

/** What a user pattern may be: see {@link UserRule}. */
export const userPatternLimits = {
  /** Longest pattern source. */
  length: 300,
  /**
   * Most quantifiers that repeat something other than white space more than `smallBound` times
   * (`\S+`, `.*`, `[a-z]{1,40}`): with one, a match costs at worst the square of the text length.
   */
  repeats: 1,
  /** A quantifier that repeats at most this often (`{0,3}`, `?`) counts as small. */
  smallBound: 3,
  /** Longest reply text a user rule looks at. */
  textLength: 1_000,
  /** Most user rules in one classifier. */
  rules: 1_000,
} as const;

/** A user rule that cannot be used: the message names the rule and what is wrong. */
export class UserRuleError extends TypeError {
  /** The rule's `id`, or its position (`#3`) when it has no usable id. */
  readonly ruleId: string;

  constructor(ruleId: string, problem: string) {
    super(`createClassifier: rule ${ruleId}: ${problem}`);
    this.name = "UserRuleError";
    this.ruleId = ruleId;
  }
}

const knownReasons = new Set<string>(reasons);
const idSyntax = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const wordSyntax = /^[a-z0-9\u00c0-\uffff]{1,64}$/;
const enhancedSyntax = /^X\.\d{1,3}\.\d{1,3}$/;

/** Checks user rules and makes them ready for matching; throws {@link UserRuleError} on the first bad one. */
export function compileUserRules(input: unknown): RuleMatcher | undefined {
  if (input === undefined) return undefined;
  if (!Array.isArray(input)) throw new TypeError("createClassifier: rules must be an array");
  if (input.length > userPatternLimits.rules)
    throw new TypeError(`createClassifier: at most ${userPatternLimits.rules} rules`);
  const seen = new Set<string>();
  const compiled = input.map((candidate, index) => {
    const rule = compileUserRule(candidate, index);
    if (seen.has(rule.id)) throw new UserRuleError(JSON.stringify(rule.id), "the id is used twice");
    seen.add(rule.id);
    return rule;
  });
  return compiled.length > 0 ? new RuleMatcher(compiled, userPatternLimits.textLength) : undefined;
}

function compileUserRule(candidate: unknown, index: number): Rule {
  if (typeof candidate !== "object" || candidate === null)
    throw new UserRuleError(`#${index}`, "a rule must be an object");
  const rule = candidate as Partial<Record<keyof UserRule, unknown>>;
  const id = rule.id;
  if (typeof id !== "string" || !idSyntax.test(id))
    throw new UserRuleError(
      `#${index}`,
      "id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit",
    );
  const name = JSON.stringify(id);
  const fail = (problem: string): never => {
    throw new UserRuleError(name, problem);
  };
  const words = rule.words;
  if (!Array.isArray(words) || words.length === 0)
    fail("words is missing: give the lower-case words of which a reply must hold one");
  for (const word of words as unknown[]) {
    if (typeof word !== "string" || !wordSyntax.test(word) || /^[0-9]+$/.test(word))
      fail(`word ${JSON.stringify(word)} must be lower-case letters and digits, with a letter`);
  }
  if (typeof rule.reason !== "string" || !knownReasons.has(rule.reason))
    fail(`unknown reason ${JSON.stringify(rule.reason)}: use one of ${reasons.join(", ")}`);
  const pattern = compilePattern(rule.pattern, fail);
  const classes = optionalList(
    rule.classes,
    "classes",
    (value) => value === 2 || value === 4 || value === 5,
    fail,
  );
  const commandNames = optionalList(rule.commands, "commands", (value) => typeof value === "string", fail);
  const commands = commandNames?.map((value) => {
    const command = normalizeCommand(value as string);
    if (!command) fail(`unknown SMTP stage ${JSON.stringify(value)} in commands`);
    return command as SmtpCommand;
  });
  const enhanced = optionalList(
    rule.enhanced,
    "enhanced",
    (value) => typeof value === "string" && enhancedSyntax.test(value),
    fail,
  );
  if (rule.retryable !== undefined && typeof rule.retryable !== "boolean")
    fail("retryable must be a boolean");
  const confidence = rule.confidence;
  if (confidence !== undefined && (typeof confidence !== "number" || !(confidence >= 0 && confidence <= 1)))
    fail("confidence must be a number from 0 to 1");
  if (rule.source !== undefined && typeof rule.source !== "string") fail("source must be a string");
  return {
    id,
    words: [...(words as string[])],
    pattern,
    reason: rule.reason as Reason,
    ...(classes ? { classes: classes as EnhancedClass[] } : {}),
    ...(commands ? { commands } : {}),
    ...(enhanced ? { enhanced: enhanced as string[] } : {}),
    ...(rule.retryable !== undefined ? { retryable: rule.retryable as boolean } : {}),
    ...(confidence !== undefined ? { confidence: confidence as number } : {}),
    source: (rule.source as string | undefined) ?? "user rule",
  };
}

function optionalList(
  value: unknown,
  field: string,
  valid: (item: unknown) => boolean,
  fail: (problem: string) => never,
): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0 || !value.every(valid))
    fail(`${field} must be a non-empty list of valid values`);
  return value as unknown[];
}

function compilePattern(value: unknown, fail: (problem: string) => never): RegExp {
  let source: string;
  let flags: string;
  if (value instanceof RegExp) {
    source = value.source;
    flags = value.flags;
    if (/[gy]/.test(flags)) fail("pattern flags g and y are not allowed: they make matching stateful");
  } else if (typeof value === "string") {
    source = value;
    flags = "i";
  } else {
    return fail("pattern must be a RegExp or a string");
  }
  const problem = patternProblem(source);
  if (problem) fail(`pattern is not allowed: ${problem}`);
  try {
    return new RegExp(source, flags);
  } catch (error) {
    return fail(`pattern is not a valid regular expression: ${(error as Error).message}`);
  }
}

/**
 * Why a pattern source breaks the limits of {@link UserRule}, or `null` when it keeps them. A
 * scan of the source that follows groups and quantifiers; the regular-expression engine checks
 * the syntax itself afterwards.
 */
export function patternProblem(source: string): string | null {
  if (source.length === 0) return "it is empty";
  if (source.length > userPatternLimits.length)
    return `it is longer than ${userPatternLimits.length} characters`;
  /** Per open group: whether it holds a quantifier or alternatives. */
  const groups: { complex: boolean }[] = [];
  let repeats = 0;
  /** Whether the last atom matches white space only (the parser collapses white space runs). */
  let whitespace = false;
  /** What the last atom was: a group (and whether complex), a single item, or nothing. */
  let last: "none" | "atom" | "group" | "complexGroup" | "quantified" = "none";
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k") return "backreferences are not allowed";
      i++;
      // \b and \B assert, they do not match a character.
      last = next === "b" || next === "B" ? "none" : "atom";
      whitespace = next === "s";
      continue;
    }
    if (c === "[") {
      let j = i + 1;
      if (source[j] === "^") j++;
      if (source[j] === "]") j++;
      while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      const members = source.slice(i + 1, j);
      whitespace = /^(?:\\s| |\\t)+$/.test(members);
      i = j;
      last = "atom";
      continue;
    }
    if (c === "(") {
      if (source[i + 1] === "?") {
        const kind = source[i + 2];
        if (
          kind === "=" ||
          kind === "!" ||
          (kind === "<" && (source[i + 3] === "=" || source[i + 3] === "!"))
        )
          return "lookahead and lookbehind are not allowed";
        if (kind === ":") i += 2;
        else if (kind === "<") {
          const end = source.indexOf(">", i);
          if (end < 0) return "a group name is not closed";
          i = end;
        } else return `unknown group syntax at ${i}`;
      }
      groups.push({ complex: false });
      last = "none";
      continue;
    }
    if (c === ")") {
      const group = groups.pop();
      if (!group) return "a ')' closes no group";
      const parent = groups[groups.length - 1];
      if (parent && group.complex) parent.complex = true;
      last = group.complex ? "complexGroup" : "group";
      continue;
    }
    if (c === "|") {
      const open = groups[groups.length - 1];
      if (open) open.complex = true;
      last = "none";
      continue;
    }
    const quantifier = quantifierAt(source, i);
    if (quantifier) {
      if (last === "none") return `a quantifier at ${i} repeats nothing`;
      if (last === "quantified") {
        // `+?` and `*?` (lazy) are one quantifier; anything else stacks quantifiers.
        if (c !== "?" || source[i - 1] === "?") return `quantifiers are stacked at ${i}`;
        continue;
      }
      // Repeating white space is cheap: the parser has made every run of it one space.
      const many = quantifier.max > userPatternLimits.smallBound && !(whitespace && last === "atom");
      if (last === "complexGroup" && quantifier.max > 1)
        return "a repeated group may hold neither quantifiers nor alternatives";
      if (many) repeats++;
      if (repeats > userPatternLimits.repeats)
        return `more than ${userPatternLimits.repeats} quantifier repeats something other than white space more than ${userPatternLimits.smallBound} times`;
      const open = groups[groups.length - 1];
      if (open) open.complex = true;
      i += quantifier.length - 1;
      last = "quantified";
      continue;
    }
    last = c === "^" || c === "$" ? "none" : "atom";
    whitespace = c === " ";
  }
  if (groups.length > 0) return "a group is not closed";
  return null;
}

function quantifierAt(source: string, i: number): { max: number; length: number } | undefined {
  const c = source[i];
  if (c === "*" || c === "+") return { max: Number.POSITIVE_INFINITY, length: 1 };
  if (c === "?") return { max: 1, length: 1 };
  if (c !== "{") return undefined;
  const match = /^\{(\d{1,5})(,(\d{0,5}))?\}/.exec(source.slice(i, i + 14));
  if (!match) return undefined;
  const max =
    match[2] === undefined ? Number(match[1]) : match[3] ? Number(match[3]) : Number.POSITIVE_INFINITY;
  return { max, length: match[0].length };
}
