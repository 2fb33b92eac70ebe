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

interface RuleIndex {
  /** Word to the positions of the rules it triggers. */
  readonly byWord: Map<string, readonly number[]>;
  /** Length of the longest word; longer tokens cannot trigger a rule. */
  readonly longestWord: number;
}

let index: RuleIndex | undefined;

/** Built on first use, not at import. */
function ruleIndex(): RuleIndex {
  if (index) return index;
  const byWord = new Map<string, number[]>();
  let longestWord = 0;
  rules.forEach((rule, position) => {
    for (const word of rule.words) {
      longestWord = Math.max(longestWord, word.length);
      const list = byWord.get(word);
      if (!list) byWord.set(word, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    }
  });
  index = { byWord, longestWord };
  return index;
}

/** Per-rule mark of the last call that found it, so each call collects a rule once. */
const seenInCall = new Uint32Array(rules.length);
let call = 0;

/** Longest text the rules look at: enough for any real reply, bounded for hostile input. */
const maxMatchedLength = 2_048;

/**
 * The first rule, in table order, whose words occur in `text` and whose pattern and conditions
 * match. Splitting the text into words once and looking each up keeps the cost independent of
 * the number of rules.
 */
export function matchRule(text: string, context: RuleContext): Rule | undefined {
  const bounded = text.length > maxMatchedLength ? text.slice(0, maxMatchedLength) : text;
  const candidates = candidateRules(bounded.toLowerCase());
  for (const position of candidates) {
    const rule = rules[position] as Rule;
    if (appliesTo(rule, context) && rule.pattern.test(bounded)) return rule;
  }
  return undefined;
}

function candidateRules(lower: string): number[] {
  const { byWord, longestWord } = ruleIndex();
  call = call === 0xffffffff ? 1 : call + 1;
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
          if (seenInCall[p] === call) continue;
          seenInCall[p] = call;
          found.push(p);
        }
      }
    }
    start = -1;
    lettered = false;
  }
  return found.length > 1 ? found.sort((a, b) => a - b) : found;
}

function appliesTo(rule: Rule, context: RuleContext): boolean {
  if (rule.classes && context.cls !== null && !rule.classes.includes(context.cls as 2)) return false;
  if (rule.commands && (context.command === null || !rule.commands.includes(context.command))) return false;
  if (rule.enhanced && (context.enhancedKey === null || !rule.enhanced.includes(context.enhancedKey)))
    return false;
  return true;
}
