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
  /** Hash of a word to the words with that hash and the positions of the rules each triggers. */
  readonly #byHash = new Map<number, { readonly word: string; readonly positions: number[] }[]>();
  /** One bit per low 16 bits of a word's hash: most tokens are no word, and miss here. */
  readonly #hashBits = new Uint8Array(8192);
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
        const hash = hashOf(word);
        const slot = (hash & 0xffff) >> 3;
        this.#hashBits[slot] = (this.#hashBits[slot] ?? 0) | (1 << (hash & 7));
        let bucket = this.#byHash.get(hash);
        if (!bucket) {
          bucket = [];
          this.#byHash.set(hash, bucket);
        }
        let entry = bucket.find((candidate) => candidate.word === word);
        if (!entry) {
          entry = { word, positions: [] };
          bucket.push(entry);
        }
        if (entry.positions[entry.positions.length - 1] !== position) entry.positions.push(position);
      }
    });
    this.#longestWord = longestWord;
  }

  /** The first rule, in table order, whose words occur in `text` and whose pattern and conditions match. */
  match(text: string, context: RuleContext): Rule | undefined {
    const bounded = text.length > this.#maxLength ? text.slice(0, this.#maxLength) : text;
    const candidates = this.#candidates(bounded);
    for (const position of candidates) {
      const rule = this.#rules[position] as Rule;
      if (appliesTo(rule, context) && rule.pattern.test(bounded)) return rule;
    }
    return undefined;
  }

  /**
   * The rules whose words occur in `text`, in table order. One pass over the characters: each
   * token (letters and digits) is hashed as it is read, in lower case, and only a token whose
   * hash is a word's is compared with it, so the text is neither lower-cased nor cut up.
   */
  #candidates(text: string): number[] {
    const byHash = this.#byHash;
    const hashBits = this.#hashBits;
    const longestWord = this.#longestWord;
    const seen = this.#seenInCall;
    const call = this.#call === 0xffffffff ? 1 : this.#call + 1;
    this.#call = call;
    const found: number[] = [];
    let start = -1;
    let lettered = false;
    let hash = 0;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      const c = code < 0x100 ? (lowerLatin1[code] as number) : lowerCode(code);
      const letter = (c >= 97 && c <= 122) || c >= 0xc0;
      if (letter || (c >= 48 && c <= 57)) {
        if (start < 0) {
          start = i;
          hash = 0;
        }
        if (letter) lettered = true;
        hash = (Math.imul(hash, 31) + c) & 0x3fffffff;
        continue;
      }
      // Tokens of digits only (codes, IP addresses) and over-long tokens trigger no rule.
      if (
        start >= 0 &&
        lettered &&
        i - start <= longestWord &&
        (hashBits[(hash & 0xffff) >> 3] as number) & (1 << (hash & 7))
      ) {
        const bucket = byHash.get(hash);
        if (bucket) {
          for (const entry of bucket) {
            if (entry.word.length !== i - start || !sameWord(text, start, entry.word)) continue;
            for (const p of entry.positions) {
              if (seen[p] === call) continue;
              seen[p] = call;
              found.push(p);
            }
          }
        }
      }
      start = -1;
      lettered = false;
    }
    return found.length > 1 ? found.sort((a, b) => a - b) : found;
  }
}

/** The hash the scan computes for a token: over its lower-case character codes. */
function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++)
    hash = (Math.imul(hash, 31) + lowerCode(word.charCodeAt(i))) & 0x3fffffff;
  return hash;
}

/** Lower-case forms of the Latin-1 code units, looked up in the hot loop. */
const lowerLatin1 = Uint16Array.from({ length: 0x100 }, (_, c) => lowerCode(c));

/** The lower-case form of one UTF-16 code unit, as `toLowerCase` gives it for single letters. */
function lowerCode(c: number): number {
  if (c < 65) return c;
  if (c <= 90) return c + 32;
  if (c < 0xc0) return c;
  // Latin-1 capitals (not the multiplication sign) are 32 below their small letters.
  if (c <= 0xde) return c === 0xd7 ? c : c + 32;
  if (c < 0x100) return c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

function sameWord(text: string, start: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) {
    if (lowerCode(text.charCodeAt(start + j)) !== word.charCodeAt(j)) return false;
  }
  return true;
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
