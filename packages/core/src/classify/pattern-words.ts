/**
 * The words a rule's pattern cannot match without. A rule is tried when the text holds one of
 * its trigger `words`, but most phrasings hold several words ("tried to reach is over quota"):
 * knowing them, the matcher skips a pattern whose other words the text lacks, instead of
 * running it to find that out (most patterns tried fail, and a failing search reads the whole
 * text). Read from the pattern's source, so the rules stay as they are written.
 *
 * The reading is conservative: a word counts only where every match of the pattern must hold
 * it as a whole token of the text, as the matcher's trie reads tokens (ASCII letters and digits
 * between characters that end a token). So a word needs something that ends a token on both
 * sides, and only ASCII letters, which case-insensitive matching without the `u` flag folds only
 * to each other. In any text that is a literal character such as a space, `:` or `-`, or the
 * start or end of the input; `\b` and `\s` are not, since the trie reads characters above
 * Latin-1 other than punctuation and spaces (a letter of another script, an accented letter
 * beyond Latin-1) as part of a token. In text of ASCII characters
 * only, as nearly every reply is, `\b`, `\s` and `\W` do end a token: the matcher keeps a
 * second set of words for such text (`ascii: true`). Anything the reader does not follow
 * (classes of letters, repeats, backreferences) stands for unknown characters, and a pattern
 * with flags that change matching (`u`, `v`, `g`, `y`) gets no words at all: the matcher then
 * runs its pattern as before. A sequence whose optional and alternative parts would spell out
 * more than `maxAlternatives` ways is read coarser instead (`collapse`), its widest part first,
 * until the rest fits: such a part only as whether it is left out or, if not, whether all its
 * ways begin and end where a token ends, so that the words around it still count. In ASCII text,
 * a way that needs a character beyond ASCII cannot match and is left out.
 */

/** Most spelled-out alternatives read per pattern (optional parts double them). */
const maxAlternatives = 256;

/** Most alternatives of one group or pattern, each within `maxAlternatives`. */
const maxAlternativesInAll = 2_048;

/** What one position of a spelled-out alternative consumes or asserts. */
type Item =
  /** A literal character (its code unit). */
  | number
  /** Unknown characters, maybe none. */
  | typeof unknown
  /** A place where no token goes on: `^` or `$`, and `\b` in ASCII text. */
  | typeof edge
  /** One character that ends a token: `[ -]`, and `\s` or `\W` in ASCII text. */
  | typeof tokenEnd;

const unknown = "unknown";
const edge = "edge";
const tokenEnd = "tokenEnd";

/** A pattern spelled out as the alternatives of what it matches, each a list of items. */
type Spelled = Item[][];

/** Raised inside the reader for source it does not follow; the pattern then has no words. */
class Unreadable extends Error {}

/** Raised when spelling out would make more ways than `maxAlternatives`. */
class TooManyWays extends Unreadable {}

/**
 * For each way the pattern can match (each alternative, spelled out), words that such a match
 * holds as whole tokens; `null` when some way holds none, so that the words cannot rule the
 * pattern out. At most `wordsPerWay` words per way, the longest: they are the rarest, and a
 * subset of what a match needs is still needed.
 *
 * @example
 * requiredWordsOf(/\btried to reach is over quota\b/i); // [["reach", "over"]]
 * requiredWordsOf(/\bmailbox (?:is )?full\b/i);         // null: "mailbox full" holds no word between two token ends
 */
export function requiredWordsOf(
  pattern: RegExp,
  { ascii = false, wordsPerWay = 4 }: { readonly ascii?: boolean; readonly wordsPerWay?: number } = {},
): string[][] | null {
  if (/[^imsd]/.test(pattern.flags)) return null;
  let spelled: Spelled;
  try {
    // With `m`, `^` and `$` also stand after and before U+2028 and U+2029, which the trie reads as letters.
    const reader = new PatternReader(pattern.source, ascii, ascii || !pattern.flags.includes("m"));
    spelled = reader.alternatives();
    if (!reader.done()) return null;
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
  // ASCII text cannot match a way that needs a character above ASCII (`Empfänger`, `不存在`).
  // (A pattern no ASCII text can match keeps its words all the same.)
  const inAscii = ascii ? spelled.filter((items) => !items.some(isBeyondAscii)) : spelled;
  const possible = inAscii.length > 0 ? inAscii : spelled;
  const ways = possible.map((items) => longest(wordsBetweenBoundaries(items), wordsPerWay));
  if (ways.some((words) => words.length === 0)) return null;
  return weakestWays(ways);
}

/**
 * The `count` longest words (the earlier first among words of one length), kept in the order
 * the way holds them: the matcher also checks that order (`NeededWords`).
 */
function longest(words: readonly string[], count: number): string[] {
  const kept = new Set([...words].sort((a, b) => b.length - a.length).slice(0, count));
  return words.filter((word) => kept.has(word));
}

/**
 * The ways without those that ask for every word another way asks for, in the same order, and
 * more: a pattern passes when the words of any one way are in the text in that way's order, so
 * such a way adds nothing.
 */
function weakestWays(ways: string[][]): string[][] {
  const unique = [...new Map(ways.map((words) => [words.join(" "), words])).values()];
  return unique.filter(
    (words) => !unique.some((other) => other.length < words.length && isSubsequence(other, words)),
  );
}

/** Whether `part`'s words all occur in `words`, in the same order. */
function isSubsequence(part: readonly string[], words: readonly string[]): boolean {
  let k = 0;
  for (const word of words) if (word === part[k]) k++;
  return k === part.length;
}

/** The words of one spelled-out alternative that stand between token-ending characters. */
function wordsBetweenBoundaries(items: readonly Item[]): string[] {
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= items.length; i++) {
    const item = i < items.length ? items[i] : unknown;
    if (typeof item === "number" && isAsciiLetterOrDigit(item)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && endsToken(items[start - 1]) && endsToken(item)) {
      const word = String.fromCharCode(...(items.slice(start, i) as number[])).toLowerCase();
      if (/[a-z]/.test(word)) words.add(word);
    }
    start = -1;
  }
  return [...words];
}

function isBeyondAscii(item: Item): boolean {
  return typeof item === "number" && item >= 0x80;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether an item surely ends a token: an ASCII character that is no letter or digit, or an edge. */
function endsToken(item: Item | undefined): boolean {
  if (item === edge || item === tokenEnd) return true;
  return typeof item === "number" && item < 0x80 && !isAsciiLetterOrDigit(item);
}

/**
 * A part with several ways as at most two: none, when it may be left out, and one that holds no
 * letter but tells whether every way of it begins and ends with a character that ends a token.
 * Words spelled inside the part are lost; words next to it keep their boundaries where every way
 * gives them one. Sound: every word of a collapsed way is in every way it stands for.
 */
function collapse(part: Spelled): Spelled {
  if (part.length <= 1) return part;
  const ways = part.filter((way) => way.length > 0);
  const collapsed: Spelled = part.length > ways.length ? [[]] : [];
  if (ways.length === 0) return collapsed;
  const first = ways.every((way) => endsToken(way[0])) ? tokenEnd : unknown;
  const last = ways.every((way) => endsToken(way[way.length - 1])) ? tokenEnd : unknown;
  collapsed.push([first, unknown, last]);
  return collapsed;
}

/**
 * An atom repeated more than once, as `collapse` reads a part: what the repeats hold is
 * unknown, but where every way of the atom begins or ends with a character that ends a token,
 * so do the repeats (`(?:\S+\s+){0,6}` ends a token before what follows). With none when the
 * repeats may be none, or an atom's way is empty.
 */
function repeated(atom: Spelled, mayBeNone: boolean): Spelled {
  const ways = atom.filter((way) => way.length > 0);
  const result: Spelled = mayBeNone || ways.length < atom.length ? [[]] : [];
  if (ways.length === 0) return [[]];
  const first = ways.every((way) => endsToken(way[0])) ? tokenEnd : unknown;
  const last = ways.every((way) => endsToken(way[way.length - 1])) ? tokenEnd : unknown;
  result.push([first, unknown, last]);
  return result;
}

/** Every way to pick one alternative of each part in turn, or `TooManyWays` when too many. */
function concatenate(parts: readonly Spelled[]): Spelled {
  let result: Spelled = [[]];
  for (const part of parts) {
    if (result.length * part.length > maxAlternatives) throw new TooManyWays();
    result = result.flatMap((before) => part.map((after) => [...before, ...after]));
  }
  return result;
}

/** Reads a pattern's source (the syntax of a RegExp without the `u` flag) into `Spelled` form. */
class PatternReader {
  #at = 0;
  readonly #source: string;
  /** Whether the text is known to hold ASCII characters only. */
  readonly #ascii: boolean;
  /** Whether `^` and `$` stand where no token goes on. */
  readonly #anchorsEndTokens: boolean;

  constructor(source: string, ascii: boolean, anchorsEndTokens: boolean) {
    this.#source = source;
    this.#ascii = ascii;
    this.#anchorsEndTokens = anchorsEndTokens;
  }

  done(): boolean {
    return this.#at === this.#source.length;
  }

  /** `a|b|c` up to the end or the closing parenthesis. */
  alternatives(): Spelled {
    const result: Spelled = [...this.#sequence()];
    while (this.#source[this.#at] === "|") {
      this.#at++;
      result.push(...this.#sequence());
      if (result.length > maxAlternativesInAll) throw new TooManyWays();
    }
    return result;
  }

  #sequence(): Spelled {
    const parts: Spelled[] = [];
    while (this.#at < this.#source.length) {
      const c = this.#source[this.#at];
      if (c === "|" || c === ")") break;
      parts.push(this.#quantified(this.#atom()));
    }
    // Too many ways: the parts with the most ways are read coarser, one at a time, so that the
    // words of the others still count.
    const coarser = [...parts];
    for (;;) {
      try {
        return concatenate(coarser);
      } catch (error) {
        if (!(error instanceof TooManyWays)) throw error;
        let widest = -1;
        for (let k = 0; k < coarser.length; k++) {
          const ways = (coarser[k] as Spelled).length;
          if (ways > 2 && (widest < 0 || ways > (coarser[widest] as Spelled).length)) widest = k;
        }
        if (widest < 0) throw error;
        coarser[widest] = collapse(coarser[widest] as Spelled);
      }
    }
  }

  /**
   * An atom with its quantifier: `?` adds the empty way, other repeats read as unknown
   * (`repeated`), except that repeated token-ending characters (`\s+`) still end a token.
   */
  #quantified(atom: Spelled): Spelled {
    const rest = this.#source.slice(this.#at);
    const bounds = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})/.exec(rest);
    if (!bounds) return atom;
    this.#at += bounds[0].length;
    if (this.#source[this.#at] === "?") this.#at++;
    const [, symbol, least, comma, most] = bounds;
    if (symbol === "?" || (least === "0" && comma && most === "1")) return [[], ...atom];
    if (least === "1" && (!comma || most === "1")) return atom;
    if (least === "0" && !comma) return [[]];
    const endsTokens = atom.length === 1 && atom[0]?.length === 1 && atom[0][0] === tokenEnd;
    const mayBeNone = !(symbol === "+" || (least !== undefined && least !== "0"));
    if (endsTokens) return mayBeNone ? [[], ...atom] : atom;
    return repeated(atom, mayBeNone);
  }

  #atom(): Spelled {
    const source = this.#source;
    const c = source[this.#at++] as string;
    switch (c) {
      case "(":
        return this.#group();
      case "[":
        return this.#class();
      case ".":
        return [[unknown]];
      case "^":
      case "$":
        return this.#anchorsEndTokens ? [[edge]] : [[]];
      case "\\":
        return this.#escape();
      case "*":
      case "+":
      case "?":
        throw new Unreadable();
      default:
        return [[c.charCodeAt(0)]];
    }
  }

  /** A group; lookarounds assert without consuming, so what they hold is no part of the match. */
  #group(): Spelled {
    const source = this.#source;
    let lookaround = false;
    if (source.startsWith("?:", this.#at)) this.#at += 2;
    else if (source.startsWith("?=", this.#at) || source.startsWith("?!", this.#at)) {
      this.#at += 2;
      lookaround = true;
    } else if (source.startsWith("?<=", this.#at) || source.startsWith("?<!", this.#at)) {
      this.#at += 3;
      lookaround = true;
    } else if (source.startsWith("?<", this.#at)) {
      const close = source.indexOf(">", this.#at);
      if (close < 0) throw new Unreadable();
      this.#at = close + 1;
    } else if (source[this.#at] === "?") throw new Unreadable();
    const inner = this.alternatives();
    if (source[this.#at] !== ")") throw new Unreadable();
    this.#at++;
    return lookaround ? [[]] : inner;
  }

  /**
   * A character class: `tokenEnd` when it holds only ASCII characters that end a token (`[ -]`,
   * `[\s,]` in ASCII text); a few letters written out (`[oa]`, `[sz]`, `[iî]`) as that many
   * ways, so that a word spelled with one (`llen[oa]`) still counts; else unknown.
   */
  #class(): Spelled {
    const source = this.#source;
    const start = this.#at;
    let endsTokens = source[this.#at] !== "^";
    while (this.#at < source.length && source[this.#at] !== "]") {
      let code = source.charCodeAt(this.#at);
      if (code === 92) {
        this.#at++;
        const escaped = source[this.#at];
        if ((escaped === "s" || escaped === "W") && this.#ascii) {
          this.#at++;
          continue;
        }
        code = escaped !== undefined && /[^A-Za-z0-9]/.test(escaped) ? escaped.charCodeAt(0) : 65;
      }
      // A `-` between two members makes a range, which may hold letters.
      const range = source[this.#at + 1] === "-" && source[this.#at + 2] !== "]";
      if (range || !endsToken(code)) endsTokens = false;
      this.#at++;
    }
    if (this.#at >= source.length) throw new Unreadable();
    this.#at++;
    if (endsTokens) return [[tokenEnd]];
    const members = source.slice(start, this.#at - 1);
    if (/^[A-Za-z\u00c0-\u024f]{1,4}$/.test(members))
      return [...members].map((letter) => [letter.charCodeAt(0)]);
    return [[unknown]];
  }

  #escape(): Spelled {
    const source = this.#source;
    const c = source[this.#at++];
    if (c === undefined) throw new Unreadable();
    // \b and \B assert without consuming: the characters around them stay neighbours. In
    // ASCII text a word boundary is where a token ends.
    if (c === "b") return this.#ascii ? [[edge]] : [[]];
    if (c === "B") return [[]];
    if ((c === "s" || c === "W") && this.#ascii) return [[tokenEnd]];
    // A named backreference's name and a control letter are part of the escape, not literals.
    if (c === "k" && source[this.#at] === "<") {
      const close = source.indexOf(">", this.#at);
      if (close < 0) throw new Unreadable();
      this.#at = close + 1;
      return [[unknown]];
    }
    if (c === "c" && /[A-Za-z]/.test(source[this.#at] ?? "")) {
      this.#at++;
      return [[unknown]];
    }
    if ("dDwWsS".includes(c) || (c >= "0" && c <= "9") || c === "k" || c === "c" || c === "p" || c === "P")
      return [[unknown]];
    const controls: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11 };
    if (c in controls) return [[controls[c] as number]];
    if (c === "x" || c === "u") {
      const digits = c === "x" ? 2 : 4;
      const hex = source.slice(this.#at, this.#at + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) return [[unknown]];
      this.#at += digits;
      return [[Number.parseInt(hex, 16)]];
    }
    return [[c.charCodeAt(0)]];
  }
}
