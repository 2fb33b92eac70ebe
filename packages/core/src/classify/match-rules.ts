import type { SmtpCommand } from "../parse/commands.js";
import { requiredWordsOf } from "./pattern-words.js";
import { waitVerbs } from "./retry-after.js";
import { type Rule, rules } from "./rules/index.js";
import { endsTokenBeyondLatin1, lowerCode, tokenLatin1 } from "./word-table.js";

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
 * reading the text once keeps the cost independent of the number of rules. The words form a
 * trie walked one character at a time, each token (letters and digits) from the root: a token
 * that ends on a word's last state triggers that word's rules, any other character leaves the
 * trie. Everything a call needs is built here, in typed arrays, so that a call allocates nothing
 * but its result.
 *
 * The trie also holds the words a rule's pattern cannot match without (`pattern-words.ts`):
 * they trigger nothing, but a rule whose pattern needs a word the text lacks is passed over
 * without running its pattern. Most patterns tried would fail, and a failing search reads the
 * whole text; looking the words up costs a load each.
 */
export class RuleMatcher {
  /**
   * The trie, a column per letter (a word character's index in the alphabet of the words):
   * `#transitions[letter * #states + state]` is the state after reading the letter, 0 being the
   * dead state no word goes through and 1 the root. The last letter, `#boundary`, stands for
   * every character that ends a token: it leads back to the root, and its slot holds the word
   * that ends at the state as `#states + entry` (just 1, the root, when none does, also for
   * words of digits only). So each character costs one load, and the loop branches on something
   * other than "go on" only where a word ends: branching on every token boundary, which comes
   * every few characters at no predictable place, cost more than the loads.
   *
   * Column by column, with the states numbered breadth first, because the table is read at
   * every character and its size (hundreds of kilobytes) is far more than the processor's
   * caches keep while the parser and the patterns run between two replies: the states near the
   * root, which nearly every token goes through, then lie side by side in each column, in a few
   * cache lines. And the load's address is the letter's column (read from a table, whatever the
   * state) plus the state, no multiplication waiting for the state before. 16 bits a slot where
   * the states and words fit.
   */
  readonly #transitions: Uint16Array | Uint32Array;
  readonly #boundary: number;
  readonly #states: number;
  /**
   * Per Latin-1 code unit: where its letter's column starts (the letter in the words' alphabet,
   * lower-cased, times `#states`); the column of letter 0 for a token character that no word
   * holds, that of `#boundary` for a character that ends a token.
   */
  readonly #columnLatin1: Uint32Array;
  /**
   * Every character of the words and its letter: a code unit above Latin-1 is a token character
   * whose letter is that of its lower-case form, 0 when no word holds that.
   */
  readonly #alphabet: ReadonlyMap<number, number>;
  /**
   * Words in scripts written without spaces (Japanese, Chinese: see `isPhraseWord`), with their
   * entries: a token there runs to the next punctuation, so these are looked for as substrings,
   * and only in text above Latin-1 (the only text that can hold them).
   */
  readonly #phrases: readonly { readonly word: string; readonly entry: number }[];
  /** Per entry (one per distinct word): its rules' positions in `#positions`. */
  readonly #entryFirst: Int32Array;
  readonly #positions: Int32Array;
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
  /** Per entry: the mark of the last call whose text holds the word. */
  readonly #wordInCall: Uint32Array;
  /**
   * Per entry: where the word's first and last token in the text of the last call end (valid
   * where `#wordInCall` holds that call's mark), for the order of the words a rule needs.
   */
  readonly #firstAt: Int32Array;
  readonly #lastAt: Int32Array;
  /** The bits (`wordBit`) of the words the text of the last call holds. */
  #wordBits = 0;
  /** The words each rule's pattern needs in any text, and (more of them) in ASCII text. */
  readonly #needed: NeededWords;
  readonly #neededInAscii: NeededWords;
  /** Whether the text of the last call was ASCII only. */
  #asciiText = false;
  /** The text of the last call (as cut to `#maxLength`), which the marks in `#wordInCall` are of. */
  #lastText = "";
  /** The entries of the words looked up for `lacksProbes`, found or not by every call. */
  readonly #probeEntries: Int32Array;
  /** The positions a call found, kept sorted; reused by every call (matching is synchronous). */
  readonly #found: Int32Array;
  #call = 0;

  /**
   * `probes`: words looked up in every text though no rule needs them, for `lacksProbes` to
   * answer without reading the text again.
   */
  constructor(table: readonly Rule[], maxLength = maxMatchedLength, probes: readonly string[] = []) {
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
    table.forEach((rule, position) => {
      for (const word of rule.words) {
        let positions = positionsByWord.get(word);
        if (!positions) {
          positions = [];
          positionsByWord.set(word, positions);
        }
        if (positions[positions.length - 1] !== position) positions.push(position);
      }
    });
    const needed = table.map((rule) => requiredWordsOf(rule.pattern) ?? []);
    const neededInAscii = table.map((rule) => requiredWordsOf(rule.pattern, { ascii: true }) ?? []);
    // Words only needed, not triggering, and the probes are entries without rules.
    for (const ways of [...needed, ...neededInAscii])
      for (const way of ways)
        for (const word of way) if (!positionsByWord.has(word)) positionsByWord.set(word, []);
    for (const word of probes) if (!positionsByWord.has(word)) positionsByWord.set(word, []);
    const words = [...positionsByWord.keys()];
    this.#phrases = words.flatMap((word, entry) => (isPhraseWord(word) ? [{ word, entry }] : []));
    // Letter 0 is every token character outside the words; the words' characters count from 1.
    const alphabet = new Map<number, number>();
    const tokenWords = words.filter((word) => !isPhraseWord(word));
    for (const word of tokenWords)
      for (let i = 0; i < word.length; i++)
        if (!alphabet.has(word.charCodeAt(i))) alphabet.set(word.charCodeAt(i), alphabet.size + 1);
    const boundary = alphabet.size + 1;
    const width = boundary + 1;
    this.#boundary = boundary;
    this.#alphabet = alphabet;
    // Built in place at the most states the words can need (one per character, and the dead
    // state and the root), in rows, then renumbered and laid out in columns.
    let capacity = 2;
    for (const word of tokenWords) capacity += word.length;
    const rows = new Uint32Array(capacity * width);
    const wordAt = new Int32Array(capacity).fill(-1);
    let states = 2;
    const positions: number[] = [];
    this.#entryFirst = new Int32Array(words.length + 1);
    words.forEach((word, entry) => {
      this.#entryFirst[entry] = positions.length;
      for (const position of positionsByWord.get(word) as number[]) positions.push(position);
      if (isPhraseWord(word)) return;
      let state = 1;
      for (let i = 0; i < word.length; i++) {
        const slot = state * width + (alphabet.get(word.charCodeAt(i)) as number);
        if (rows[slot] === 0) rows[slot] = states++;
        state = rows[slot] as number;
      }
      // A token of digits only (a code, part of an IP address) triggers no rule.
      if (isLettered(word)) wordAt[state] = entry;
    });
    this.#entryFirst[words.length] = positions.length;
    this.#wordInCall = new Uint32Array(words.length);
    this.#firstAt = new Int32Array(words.length);
    this.#lastAt = new Int32Array(words.length);
    const entryOf = new Map(words.map((word, entry) => [word, entry]));
    this.#probeEntries = Int32Array.from(probes, (word) => entryOf.get(word) as number);
    const triggers = table.map((rule) => rule.words);
    this.#needed = new NeededWords(needed, triggers, entryOf);
    this.#neededInAscii = new NeededWords(neededInAscii, triggers, entryOf);
    this.#positions = Int32Array.from(positions);
    this.#states = states;
    // Breadth first from the root: the dead state and the root keep 0 and 1.
    const renumbered = new Int32Array(states);
    const order = [0, 1];
    renumbered[1] = 1;
    for (let k = 1; k < order.length; k++) {
      const state = order[k] as number;
      for (let letter = 1; letter < boundary; letter++) {
        const child = rows[state * width + letter] as number;
        if (child === 0) continue;
        renumbered[child] = order.length;
        order.push(child);
      }
    }
    const steps =
      states + words.length <= 0xffff ? new Uint16Array(states * width) : new Uint32Array(states * width);
    for (let state = 0; state < states; state++) {
      const at = renumbered[state] as number;
      for (let letter = 0; letter < boundary; letter++)
        steps[letter * states + at] = renumbered[rows[state * width + letter] as number] as number;
      const entry = wordAt[state] as number;
      steps[boundary * states + at] = entry < 0 ? 1 : states + entry;
    }
    this.#transitions = steps;
    this.#columnLatin1 = new Uint32Array(0x100);
    for (let code = 0; code < 0x100; code++) {
      const lower = tokenLatin1[code] as number;
      this.#columnLatin1[code] = (lower === 0 ? boundary : (alphabet.get(lower) ?? 0)) * states;
    }
  }

  /** The first rule, in table order, whose words occur in `text` and whose pattern and conditions match. */
  match(text: string, context: RuleContext): Rule | undefined {
    // Sliced even when short enough: a string built by concatenation (a multi-line reply's joined
    // lines) is read character by character several times slower, and slicing flattens it.
    const bounded = text.slice(0, this.#maxLength);
    const count = this.#collect(bounded);
    this.#lastText = bounded;
    const found = this.#found;
    const patterns = this.#patterns;
    const conditions = this.#conditions;
    const needed = this.#asciiText ? this.#neededInAscii : this.#needed;
    for (let k = 0; k < count; k++) {
      const position = found[k] as number;
      const required = conditions[position] as Conditions | null;
      if (required !== null && !appliesTo(required, context)) continue;
      if (!needed.holds(position, this.#wordInCall, this.#call, this.#wordBits, this.#firstAt, this.#lastAt))
        continue;
      if ((patterns[position] as RegExp).test(bounded)) return this.#rules[position];
    }
    return undefined;
  }

  /**
   * Whether `text` is the text of the last call, holds ASCII characters only, and none of the
   * probe words as a token; `false` when that is not known. In ASCII text a token ends where a
   * pattern's `\b` stands, so a pattern that starts with `\b` and a probe word, and goes on
   * with a character that ends a token, cannot match there.
   */
  lacksProbes(text: string): boolean {
    if (!this.#asciiText || text !== this.#lastText) return false;
    const probes = this.#probeEntries;
    for (let k = 0; k < probes.length; k++)
      if (this.#wordInCall[probes[k] as number] === this.#call) return false;
    return true;
  }

  /**
   * Collects into `#found`, in table order, the rules whose words occur in `text`; returns how
   * many. One pass over the characters, walking the trie, so the text is neither lower-cased nor
   * cut up.
   */
  #collect(text: string): number {
    const count = this.#collectLatin1(text);
    return count >= 0 ? count : this.#collectAny(text);
  }

  /**
   * `#collect` for text in Latin-1, which nearly all replies are: -1 at the first character above
   * it. Kept apart from `#collectAny`, since a loop that may also look characters up in a map
   * and lower-case them compiles to code several times slower, even for text that never does.
   */
  #collectLatin1(text: string): number {
    const call = this.#nextCall();
    const transitions = this.#transitions;
    const states = this.#states;
    const columnLatin1 = this.#columnLatin1;
    let count = 0;
    let state = 1;
    // Every character's bits, to tell ASCII text (whose patterns need more words) from the rest.
    let bits = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      bits |= code;
      if (code >= 0x100) return -1;
      const next = transitions[(columnLatin1[code] as number) + state] as number;
      if (next < states) {
        state = next;
        continue;
      }
      count = this.#add(next - states, call, count, i);
      state = 1;
    }
    this.#asciiText = bits < 0x80;
    return this.#end(state, call, count, length);
  }

  /** At the end of the text: adds the rules of a word that ends there; returns the count. */
  #end(state: number, call: number, count: number, at: number): number {
    const last = this.#transitions[this.#boundary * this.#states + state] as number;
    return last < this.#states ? count : this.#add(last - this.#states, call, count, at);
  }

  /** `#collect` for any text: the trie's tokens, then the phrase words. */
  #collectAny(text: string): number {
    const call = this.#nextCall();
    this.#asciiText = false;
    const states = this.#states;
    let count = 0;
    for (const { word, entry } of this.#phrases)
      if (text.includes(word)) count = this.#add(entry, call, count, text.indexOf(word));
    let state = 1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const column =
        code < 0x100
          ? (this.#columnLatin1[code] as number)
          : endsTokenBeyondLatin1(code)
            ? this.#boundary * states
            : (this.#alphabet.get(lowerCode(code)) ?? 0) * states;
      const next = this.#transitions[column + state] as number;
      if (next < states) {
        state = next;
        continue;
      }
      count = this.#add(next - states, call, count, i);
      state = 1;
    }
    return this.#end(state, call, count, text.length);
  }

  /** A new mark for `#seenInCall`: the rules it marks are those found by this call. */
  #nextCall(): number {
    if (this.#call === 0xffffffff) {
      // Marks of calls 2^32 calls ago would read as this call's.
      this.#seenInCall.fill(0);
      this.#wordInCall.fill(0);
      this.#call = 0;
    }
    this.#call++;
    this.#wordBits = 0;
    return this.#call;
  }

  /**
   * Adds the rules of the word `entry`, whose token ends at `at`, those not found yet in this
   * call, to `#found`.
   */
  #add(entry: number, call: number, count: number, at: number): number {
    if (this.#wordInCall[entry] !== call) {
      this.#wordInCall[entry] = call;
      this.#firstAt[entry] = at;
      this.#wordBits |= wordBit(entry);
    }
    this.#lastAt[entry] = at;
    const positions = this.#positions;
    const seen = this.#seenInCall;
    const found = this.#found;
    const last = this.#entryFirst[entry + 1] as number;
    let collected = count;
    for (let k = this.#entryFirst[entry] as number; k < last; k++) {
      const position = positions[k] as number;
      if (seen[position] === call) continue;
      seen[position] = call;
      // Insertion keeps `found` in table order; a reply finds a handful of rules.
      let at = collected++;
      while (at > 0 && (found[at - 1] as number) > position) {
        found[at] = found[at - 1] as number;
        at--;
      }
      found[at] = position;
    }
    return collected;
  }
}

/**
 * The words each rule's pattern needs, as entries of the matcher's words. The pattern can match
 * when the text holds every entry of one of its ways; a rule without ways needs no words. A
 * rule's ways come in groups that share a key word (`keyWordOf`): rule `r`'s groups are
 * `#groupsFirst[r]` to `#groupsFirst[r + 1]`, group `g`'s key is `#groupKey[g]` and its ways
 * are `#groupWayFirst[g]` to `#groupWayFirst[g + 1]`, way `w`'s entries are `#wayEntries` from
 * `#wayFirst[w]` to `#wayFirst[w + 1]`.
 */
class NeededWords {
  readonly #groupsFirst: Int32Array;
  /**
   * Per group: the word all its ways hold, so one load passes over all of them when the text
   * lacks it. The ways spell out a product of the pattern's alternatives (`by the user's
   * (?:reject|block|black|deny|spam) ?list` makes 170), so the ways of rules that fail were
   * most of the matcher's work after the trie: 119 ways read a reply on the bench's replies,
   * 5 of them past their bits.
   */
  readonly #groupKey: Int32Array;
  readonly #groupWayFirst: Int32Array;
  readonly #wayFirst: Int32Array;
  readonly #wayEntries: Int32Array;
  /**
   * Per way: the bits (`wordBit`) of its words. A way whose bits the text's words lack cannot
   * hold, which one load and a mask tell.
   */
  readonly #wayBits: Int32Array;

  constructor(
    waysPerRule: readonly (readonly (readonly string[])[])[],
    triggersPerRule: readonly (readonly string[])[],
    entryOf: ReadonlyMap<string, number>,
  ) {
    this.#groupsFirst = new Int32Array(waysPerRule.length + 1);
    const groupKey: number[] = [];
    const groupWayFirst: number[] = [];
    const wayFirst: number[] = [];
    const wayEntries: number[] = [];
    const wayBits: number[] = [];
    waysPerRule.forEach((ways, position) => {
      this.#groupsFirst[position] = groupKey.length;
      // A way without words holds in any text, as no ways at all do.
      if (ways.some((way) => way.length === 0)) return;
      const triggers = triggersPerRule[position] ?? [];
      const waysByKey = new Map<string, (readonly string[])[]>();
      for (const way of ways) {
        const key = keyWordOf(way, triggers);
        const grouped = waysByKey.get(key);
        if (grouped) grouped.push(way);
        else waysByKey.set(key, [way]);
      }
      for (const [key, grouped] of waysByKey) {
        groupKey.push(entryOf.get(key) as number);
        groupWayFirst.push(wayFirst.length);
        for (const way of grouped) {
          wayFirst.push(wayEntries.length);
          let bits = 0;
          for (const word of way) {
            const entry = entryOf.get(word) as number;
            wayEntries.push(entry);
            bits |= wordBit(entry);
          }
          wayBits.push(bits);
        }
      }
    });
    this.#groupsFirst[waysPerRule.length] = groupKey.length;
    groupWayFirst.push(wayFirst.length);
    wayFirst.push(wayEntries.length);
    this.#groupKey = Int32Array.from(groupKey);
    this.#groupWayFirst = Int32Array.from(groupWayFirst);
    this.#wayBits = Int32Array.from(wayBits);
    this.#wayFirst = Int32Array.from(wayFirst);
    this.#wayEntries = Int32Array.from(wayEntries);
  }

  /**
   * Whether the text marked `call` in `wordInCall` holds every word of one of the rule's ways,
   * in the way's order: each word with a token after where the word before it can first be.
   * (Knowing only each word's first and last token: where the word before has its first token
   * later than the bound so far, that is the new bound; otherwise just after the old one.)
   */
  holds(
    position: number,
    wordInCall: Uint32Array,
    call: number,
    textBits: number,
    firstAt: Int32Array,
    lastAt: Int32Array,
  ): boolean {
    const firstGroup = this.#groupsFirst[position] as number;
    const lastGroup = this.#groupsFirst[position + 1] as number;
    if (firstGroup === lastGroup) return true;
    // Fields read once: a private field read in the loop is checked on every read.
    const groupKey = this.#groupKey;
    const groupWayFirst = this.#groupWayFirst;
    const wayFirst = this.#wayFirst;
    const wayEntries = this.#wayEntries;
    const wayBits = this.#wayBits;
    const lacking = ~textBits;
    for (let group = firstGroup; group < lastGroup; group++) {
      if (wordInCall[groupKey[group] as number] !== call) continue;
      const lastWay = groupWayFirst[group + 1] as number;
      for (let way = groupWayFirst[group] as number; way < lastWay; way++) {
        if (((wayBits[way] as number) & lacking) !== 0) continue;
        const end = wayFirst[way + 1] as number;
        let k = wayFirst[way] as number;
        let after = -1;
        for (; k < end; k++) {
          const entry = wayEntries[k] as number;
          if (wordInCall[entry] !== call || (lastAt[entry] as number) <= after) break;
          const firstToken = firstAt[entry] as number;
          after = firstToken > after ? firstToken : after + 1;
        }
        if (k === end) return true;
      }
    }
    return false;
  }
}

/**
 * The word of a way that keys its group in `NeededWords`: the longest (a longer word is rarer
 * in text) that is not one of the rule's trigger words, which a text the rule is tried on holds
 * one of; the longest of all when every word is a trigger.
 *
 * @example
 * keyWordOf(["by", "user", "block", "list"], ["user", "recipient"]); // "block"
 */
export function keyWordOf(way: readonly string[], triggers: readonly string[]): string {
  let key = "";
  let keyIsTrigger = true;
  for (const word of way) {
    const isTrigger = triggers.includes(word);
    if (isTrigger && !keyIsTrigger) continue;
    if ((keyIsTrigger && !isTrigger) || word.length > key.length) {
      key = word;
      keyIsTrigger = isTrigger;
    }
  }
  return key;
}

/**
 * One of 32 bits standing for the word `entry`, for a quick test that a set of words cannot be
 * within another (`NeededWords`); many words share a bit, so a test passed is checked word by word.
 */
function wordBit(entry: number): number {
  return 1 << (entry & 31);
}

/**
 * Whether a rule word is in a script written without spaces between words (Hiragana, Katakana,
 * CJK ideographs): such a word is found anywhere in the text, not as a whole token.
 *
 * @example
 * isPhraseWord("存在しません"); // => true
 * isPhraseWord("unbekannt"); // => false
 */
export function isPhraseWord(word: string): boolean {
  return /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/.test(word);
}

/** Whether a word has a letter (a token of digits only triggers nothing). */
function isLettered(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (lowerCode(word.charCodeAt(i)) >= 97) return true;
  return false;
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
    keepsAtData: rule.keepsAtData,
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

/**
 * Whether the text the built-in rules were last matched against is `text` and, being ASCII,
 * holds none of the verbs a stated wait starts with (`waitVerbs`): then it states no wait, and
 * the wait's pattern need not read it.
 */
export function lastMatchedLacksWaitVerbs(text: string): boolean {
  return builtIn?.lacksProbes(text) ?? false;
}

/** The first built-in rule that decides `text`; the table is indexed on first use, not at import. */
export function matchRule(text: string, context: RuleContext): Rule | undefined {
  builtIn ??= new RuleMatcher(rules, maxMatchedLength, waitVerbs);
  return builtIn.match(text, context);
}
