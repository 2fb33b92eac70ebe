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
 * number of rules. Everything a call needs is built here, in typed arrays, so that a call
 * allocates nothing but its result.
 */
export class RuleMatcher {
  /**
   * Open-addressing table of the words: a slot holds a word's hash (-1 when empty) and the
   * word's entry. Kept at most a quarter full, so a token that is no word mostly ends at its
   * first, empty slot.
   */
  readonly #slotHashes: Int32Array;
  readonly #slotEntries: Int32Array;
  readonly #slotMask: number;
  /** Per entry (one per distinct word): the word, and its rules' positions in `#positions`. */
  readonly #entryWords: readonly string[];
  readonly #entryFirst: Int32Array;
  /** Per entry: whether the word has a letter (a token of digits only triggers nothing). */
  readonly #entryLettered: Uint8Array;
  readonly #positions: Int32Array;
  /** Length of the longest word; longer tokens cannot trigger a rule. */
  readonly #longestWord: number;
  readonly #rules: readonly Rule[];
  /**
   * Each rule's pattern and conditions, copied out of the rules: rule objects come in many
   * shapes (optional fields, one file each), so reading them in the loop would be slow.
   */
  readonly #patterns: readonly RegExp[];
  readonly #conditions: readonly (Conditions | null)[];
  readonly #maxLength: number;
  /** Per-rule mark of the last call that found it, so each call collects a rule once. */
  readonly #seenInCall: Uint32Array;
  /** The positions a call found, kept sorted; reused by every call (matching is synchronous). */
  readonly #found: Int32Array;
  #call = 0;

  constructor(table: readonly Rule[], maxLength = maxMatchedLength) {
    this.#rules = table.map(oneShape);
    this.#patterns = table.map((rule) => rule.pattern);
    this.#conditions = table.map((rule) =>
      rule.classes || rule.commands || rule.enhanced
        ? { classes: rule.classes ?? null, commands: rule.commands ?? null, enhanced: rule.enhanced ?? null }
        : null,
    );
    this.#maxLength = maxLength;
    this.#seenInCall = new Uint32Array(table.length);
    this.#found = new Int32Array(table.length);
    const positionsByWord = new Map<string, number[]>();
    let longestWord = 0;
    table.forEach((rule, position) => {
      for (const word of rule.words) {
        longestWord = Math.max(longestWord, word.length);
        let positions = positionsByWord.get(word);
        if (!positions) {
          positions = [];
          positionsByWord.set(word, positions);
        }
        if (positions[positions.length - 1] !== position) positions.push(position);
      }
    });
    this.#longestWord = longestWord;
    let slots = 16;
    while (slots < positionsByWord.size * 4) slots *= 2;
    this.#slotMask = slots - 1;
    this.#slotHashes = new Int32Array(slots).fill(-1);
    this.#slotEntries = new Int32Array(slots);
    this.#entryWords = [...positionsByWord.keys()];
    this.#entryFirst = new Int32Array(positionsByWord.size + 1);
    this.#entryLettered = Uint8Array.from(this.#entryWords, (word) =>
      [...word].some((character) => lowerCode(character.charCodeAt(0)) >= 97) ? 1 : 0,
    );
    const positions: number[] = [];
    this.#entryWords.forEach((word, entry) => {
      this.#entryFirst[entry] = positions.length;
      positions.push(...(positionsByWord.get(word) as number[]));
      const hash = hashOf(word);
      let slot = hash & this.#slotMask;
      while ((this.#slotHashes[slot] as number) !== -1) slot = (slot + 1) & this.#slotMask;
      this.#slotHashes[slot] = hash;
      this.#slotEntries[slot] = entry;
    });
    this.#entryFirst[positionsByWord.size] = positions.length;
    this.#positions = Int32Array.from(positions);
  }

  /** The first rule, in table order, whose words occur in `text` and whose pattern and conditions match. */
  match(text: string, context: RuleContext): Rule | undefined {
    const bounded = text.length > this.#maxLength ? text.slice(0, this.#maxLength) : text;
    const count = this.#collect(bounded);
    const found = this.#found;
    const patterns = this.#patterns;
    const conditions = this.#conditions;
    for (let k = 0; k < count; k++) {
      const position = found[k] as number;
      const required = conditions[position] as Conditions | null;
      if (required !== null && !appliesTo(required, context)) continue;
      if ((patterns[position] as RegExp).test(bounded)) return this.#rules[position];
    }
    return undefined;
  }

  /**
   * Collects into `#found`, in table order, the rules whose words occur in `text`; returns how
   * many. One pass over the characters: each token (letters and digits) is hashed as it is read,
   * in lower case, and only a token whose hash is a word's is compared with it, so the text is
   * neither lower-cased nor cut up.
   */
  #collect(text: string): number {
    const call = this.#call === 0xffffffff ? 1 : this.#call + 1;
    this.#call = call;
    const longestWord = this.#longestWord;
    let count = 0;
    let start = -1;
    let hash = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      const c = code < 0x100 ? (tokenLatin1[code] as number) : lowerCode(code);
      if (c !== 0) {
        if (start < 0) {
          start = i;
          hash = 0;
        }
        hash = (Math.imul(hash, 31) + c) & 0x3fffffff;
        continue;
      }
      // Over-long tokens trigger no rule (nor do tokens of digits only: see `#add`).
      if (start >= 0) {
        if (i - start <= longestWord) count = this.#add(text, start, i, hash, call, count);
        start = -1;
      }
    }
    if (start >= 0 && length - start <= longestWord)
      count = this.#add(text, start, length, hash, call, count);
    return count;
  }

  /** Adds the rules of the word `text[start, end)` (of hash `hash`), if it is one, to `#found`. */
  #add(text: string, start: number, end: number, hash: number, call: number, count: number): number {
    const slotHashes = this.#slotHashes;
    const mask = this.#slotMask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const slotHash = slotHashes[slot] as number;
      if (slotHash === -1) return count;
      if (slotHash !== hash) continue;
      const entry = this.#slotEntries[slot] as number;
      const word = this.#entryWords[entry] as string;
      if (word.length !== end - start || !sameWord(text, start, word)) continue;
      // A token of digits only (a code, part of an IP address) triggers no rule.
      if (!this.#entryLettered[entry]) return count;
      const positions = this.#positions;
      const seen = this.#seenInCall;
      const found = this.#found;
      const last = this.#entryFirst[entry + 1] as number;
      for (let k = this.#entryFirst[entry] as number; k < last; k++) {
        const position = positions[k] as number;
        if (seen[position] === call) continue;
        seen[position] = call;
        // Insertion keeps `found` in table order; a reply finds a handful of rules.
        let at = count++;
        while (at > 0 && (found[at - 1] as number) > position) {
          found[at] = found[at - 1] as number;
          at--;
        }
        found[at] = position;
      }
      return count;
    }
  }
}

/** The hash the scan computes for a token: over its lower-case character codes. */
function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++)
    hash = (Math.imul(hash, 31) + lowerCode(word.charCodeAt(i))) & 0x3fffffff;
  return hash;
}

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

/**
 * For each Latin-1 code unit, looked up in the hot loop: its lower-case form when it belongs to
 * a token (digits, ASCII letters, and from U+00C0 on), else 0. Every unit above Latin-1 belongs
 * to a token.
 */
const tokenLatin1 = Uint16Array.from({ length: 0x100 }, (_, code) => {
  const c = lowerCode(code);
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c >= 0xc0 ? c : 0;
});

function sameWord(text: string, start: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) {
    const code = text.charCodeAt(start + j);
    if ((code < 0x100 ? (tokenLatin1[code] as number) : lowerCode(code)) !== word.charCodeAt(j)) return false;
  }
  return true;
}

/** Every field of `T`, optional ones too, as a required key. */
type EveryField<T> = { [K in keyof Required<T>]: T[K] | undefined };

/**
 * A copy of a rule with every field present, in one order: `match` returns these, so that reading
 * the winner's `id`, `reason` and `confidence` meets one object shape, not one per rule file.
 * Typed with every field required, so that a field added to `Rule` cannot be forgotten here.
 */
function oneShape(rule: Rule): Rule {
  const copy: EveryField<Rule> = {
    id: rule.id,
    words: rule.words,
    pattern: rule.pattern,
    reason: rule.reason,
    classes: rule.classes,
    commands: rule.commands,
    enhanced: rule.enhanced,
    retryable: rule.retryable,
    weak: rule.weak,
    whenGivenUp: rule.whenGivenUp,
    confidence: rule.confidence,
    source: rule.source,
  };
  return copy as Rule;
}

/** A rule's conditions besides its pattern, in one shape; `null` fields are no condition. */
interface Conditions {
  readonly classes: readonly number[] | null;
  readonly commands: readonly SmtpCommand[] | null;
  readonly enhanced: readonly string[] | null;
}

function appliesTo(rule: Conditions, context: RuleContext): boolean {
  if (rule.classes && context.cls !== null && !rule.classes.includes(context.cls)) return false;
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
