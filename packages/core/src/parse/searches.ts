import { commandNoteStart } from "./context.js";

/**
 * Forward searches in one input that keep their answers: searching again from a later position
 * that has not passed the answer costs nothing. Reading a reply searches from every line for the
 * next line break and for Postfix's command note; kept answers make that linear in the input,
 * and so cheap enough for native `indexOf`, which is many times faster than a regular expression
 * or a loop over the characters.
 */
export class InputSearches {
  readonly #s: string;
  // Each search: where it started (-1 before the first) and what it found (-1 for nothing).
  #carriageReturnFrom = -1;
  #carriageReturn = -1;
  #lineFeedFrom = -1;
  #lineFeed = -1;
  #noteFrom = -1;
  #note = -1;

  constructor(s: string) {
    this.#s = s;
  }

  /** The first line break (CR or LF) at or after `from`, or the input's length when none follows. */
  lineBreak(from: number): number {
    // From the end (a one-line reply's clean words run to it) there is nothing to search.
    if (from >= this.#s.length) return this.#s.length;
    if (!holds(this.#carriageReturnFrom, this.#carriageReturn, from)) {
      this.#carriageReturnFrom = from;
      this.#carriageReturn = this.#s.indexOf("\r", from);
    }
    if (!holds(this.#lineFeedFrom, this.#lineFeed, from)) {
      this.#lineFeedFrom = from;
      this.#lineFeed = this.#s.indexOf("\n", from);
    }
    const cr = this.#carriageReturn;
    const lf = this.#lineFeed;
    if (cr < 0) return lf < 0 ? this.#s.length : lf;
    return lf < 0 || cr < lf ? cr : lf;
  }

  /** Where the next Postfix command note (` (in reply to `) begins at or after `from`, or -1. */
  commandNote(from: number): number {
    if (!holds(this.#noteFrom, this.#note, from)) {
      this.#noteFrom = from;
      this.#note = commandNoteStart(this.#s, from);
    }
    return this.#note;
  }
}

/** Whether a search started at `searchedFrom` that found `found` answers a search from `from`. */
function holds(searchedFrom: number, found: number, from: number): boolean {
  return searchedFrom >= 0 && searchedFrom <= from && (found < 0 || found >= from);
}
