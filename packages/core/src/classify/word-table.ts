/**
 * Words as a hash table of tokens: a text's tokens (runs of letters and digits, lower-cased) are
 * hashed as they are read, one multiply and add a character, and looked up once each, where the
 * token ends, without cutting the token out of the text or lower-casing a copy. The reason
 * families' scoring reads its vocabulary this way (`family-words.ts`); the rule matcher's trie
 * (`match-rules.ts`) was measured against it and kept, its one load a character being cheaper
 * there than the branch at every token's end.
 */

/** The hash of a token so far, after the lower-case code unit `lower`. */
export const hashStep = (hash: number, lower: number): number => (Math.imul(hash, 31) + lower) | 0;

/**
 * Per Latin-1 code unit: its lower-case form when it belongs to a token (digits, ASCII letters,
 * and from U+00C0 on), else 0. Above Latin-1 every unit belongs to a token but punctuation and
 * spaces (`endsTokenBeyondLatin1`).
 */
export const tokenLatin1 = Uint16Array.from({ length: 0x100 }, (_, code) => {
  const c = lowerCode(code);
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c >= 0xc0 ? c : 0;
});

/**
 * Whether a code unit above Latin-1 ends a token: Unicode's General Punctuation (typographic
 * quotes and apostrophes, dashes, the ellipsis, special spaces) and the ideographic space, comma
 * and full stop. Web pages print replies with them (`‘cannot find your hostname’`), and a word
 * that ran on into its closing quote would be no word.
 */
export function endsTokenBeyondLatin1(code: number): boolean {
  return (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x3002);
}

/** The lower-case form of one UTF-16 code unit, as `toLowerCase` gives it for single letters. */
export function lowerCode(c: number): number {
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
 * Words by the hash of their characters, in open addressing: slot `k` holds a word's hash at
 * `2k` and its entry at `2k + 1` (-1 for an empty slot), next to each other so that a probe
 * reads one cache line. At most a quarter of the slots are used, so a token that is no word
 * nearly always meets an empty slot at once.
 */
export class WordTable {
  readonly #slots: Int32Array;
  readonly #shift: number;
  readonly #mask: number;
  /** Each entry's characters, from `#wordStart[entry]` to `#wordStart[entry + 1]`. */
  readonly #characters: Uint16Array;
  readonly #wordStart: Int32Array;
  /** The longest word's length: a longer token is no word. */
  readonly longest: number;

  /** `words[entry]`, or `null` for entries not looked up as tokens. */
  constructor(words: readonly (string | null)[]) {
    let bits = 4;
    const used = words.filter((word) => word !== null).length;
    while (1 << bits < used * 4) bits++;
    this.#shift = 32 - bits;
    this.#mask = (1 << bits) - 1;
    this.#slots = new Int32Array(2 << bits);
    for (let slot = 0; slot < 1 << bits; slot++) this.#slots[2 * slot + 1] = -1;
    this.#wordStart = new Int32Array(words.length + 1);
    let length = 0;
    let longest = 0;
    words.forEach((word, entry) => {
      this.#wordStart[entry] = length;
      if (word === null) return;
      length += word.length;
      longest = Math.max(longest, word.length);
    });
    this.#wordStart[words.length] = length;
    this.longest = longest;
    this.#characters = new Uint16Array(length);
    words.forEach((word, entry) => {
      if (word === null) return;
      let hash = 0;
      for (let i = 0; i < word.length; i++) {
        this.#characters[(this.#wordStart[entry] as number) + i] = word.charCodeAt(i);
        hash = hashStep(hash, word.charCodeAt(i));
      }
      let slot = this.#slotOf(hash);
      while ((this.#slots[2 * slot + 1] as number) >= 0) slot = (slot + 1) & this.#mask;
      this.#slots[2 * slot] = hash;
      this.#slots[2 * slot + 1] = entry;
    });
  }

  #slotOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.#shift;
  }

  /**
   * The entry of the word that the token of `text` from `start` to `end` is, lower-cased, given
   * the token's hash; -1 when it is none. The characters are compared, so that two tokens of one
   * hash are never taken for each other.
   */
  find(text: string, start: number, end: number, hash: number): number {
    const slots = this.#slots;
    const mask = this.#mask;
    for (let slot = this.#slotOf(hash); ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1] as number;
      if (entry < 0) return -1;
      if (slots[2 * slot] === hash && this.#spells(entry, text, start, end)) return entry;
    }
  }

  /** Whether the word `entry` is the token of `text` from `start` to `end`, lower-cased. */
  #spells(entry: number, text: string, start: number, end: number): boolean {
    const from = this.#wordStart[entry] as number;
    if ((this.#wordStart[entry + 1] as number) - from !== end - start) return false;
    const characters = this.#characters;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const lower = code < 0x100 ? (tokenLatin1[code] as number) : lowerCode(code);
      if (lower !== characters[from + i - start]) return false;
    }
    return true;
  }
}
