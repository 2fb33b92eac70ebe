import type { SmtpCommand } from "../parse/commands.js";
import { type Rule, rules } from "./rules/index.js";

/** What a rule is checked against besides the text. */
export interface RuleContext {
  /** The reply's class digit (basic code first, else enhanced), or `null`. */
  readonly cls: number | null;
  readonly command: SmtpCommand | null;
  /** The enhanced code in registry form (`X.2.3`), or `null`. */
  readonly enhancedKey: string | null;
}

/** Longest text the built-in rules look at: enough for any real reply, bounded for hostile input. */
export const maxMatchedLength = 2_048;

/**
 * A rule table made ready for matching: each word points to the rules it triggers, so that
 * splitting the text into words once and looking each up keeps the cost independent of the
 * number of rules.
 */
export class RuleMatcher {
  /** Word to the positions of the rules it triggers. */
  readonly #byWord = new Map<string, number[]>();
  /** Length of the longest word; longer tokens cannot trigger a rule. */
  readonly #longestWord: number;
  readonly #rules: readonly Rule[];
  readonly #maxLength: number;
  /** Per-rule mark of the last call that found it, so each call collects a rule once. */
  readonly #seenInCall: Uint32Array;
  #call = 0;

  constructor(table: readonly Rule[], maxLength = maxMatchedLength) {
    this.#rules = table;
    this.#maxLength = maxLength;
    this.#seenInCall = new Uint32Array(table.length);
    let longestWord = 0;
    table.forEach((rule, position) => {
      for (const word of rule.words) {
        longestWord = Math.max(longestWord, word.length);
        const list = this.#byWord.get(word);
        if (!list) this.#byWord.set(word, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    });
    this.#longestWord = longestWord;
  }

  /** The first rule, in table order, whose words occur in `text` and whose pattern and conditions match. */
  match(text: string, context: RuleContext): Rule | undefined {
    const bounded = text.length > this.#maxLength ? text.slice(0, this.#maxLength) : text;
    const candidates = this.#candidates(bounded.toLowerCase());
    for (const position of candidates) {
      const rule = this.#rules[position] as Rule;
      if (appliesTo(rule, context) && rule.pattern.test(bounded)) return rule;
    }
    return undefined;
  }

  #candidates(lower: string): number[] {
    const byWord = this.#byWord;
    const longestWord = this.#longestWord;
    const seen = this.#seenInCall;
    const call = this.#call === 0xffffffff ? 1 : this.#call + 1;
    this.#call = call;
    const found: number[] = [];
    let start = -1;
    let lettered = false;
    for (let i = 0; i <= lower.length; i++) {
      const c = i < lower.length ? lower.charCodeAt(i) : 32;
      const letter = (c >= 97 && c <= 122) || c >= 0xc0;
      if (letter || (c >= 48 && c <= 57)) {
        if (start < 0) start = i;
        if (letter) lettered = true;
        continue;
      }
      // Tokens of digits only (codes, IP addresses) and over-long tokens trigger no rule.
      if (start >= 0 && lettered && i - start <= longestWord) {
        const positions = byWord.get(lower.slice(start, i));
        if (positions) {
          for (const p of positions) {
            if (seen[p] === call) continue;
            seen[p] = call;
            found.push(p);
          }
        }
      }
      start = -1;
      lettered = false;
    }
    return found.length > 1 ? found.sort((a, b) => a - b) : found;
  }
}

function appliesTo(rule: Rule, context: RuleContext): boolean {
  if (rule.classes && context.cls !== null && !rule.classes.includes(context.cls as 2)) return false;
  if (rule.commands && (context.command === null || !rule.commands.includes(context.command))) return false;
  if (rule.enhanced && (context.enhancedKey === null || !rule.enhanced.includes(context.enhancedKey)))
    return false;
  return true;
}

let builtIn: RuleMatcher | undefined;

/** The first built-in rule that decides `text`; the table is indexed on first use, not at import. */
export function matchRule(text: string, context: RuleContext): Rule | undefined {
  builtIn ??= new RuleMatcher(rules);
  return builtIn.match(text, context);
}
