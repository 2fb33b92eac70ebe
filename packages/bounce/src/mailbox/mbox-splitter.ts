/**
 * Splits the bytes of an mbox file (RFC 4155) into its messages, chunk by chunk, in memory
 * bounded by one message's size limit whatever the input: a file with no line break, a 1 GB
 * message or a million `>` in a row cannot exhaust memory.
 *
 * A line that starts with `From ` begins a message (RFC 4155, section 2): the first line of the
 * file, or any later line, because writers quote a `From ` at the start of a body line as
 * `>From `. The empty line that writers put before the next `From ` line is not part of the
 * message. An input whose first line (after empty lines) is not a `From ` line is one message
 * read as it is (a plain .eml file: its body may well have unquoted `From ` lines). Quoted
 * lines are unquoted: in mboxrd every `>`...`>From ` line loses one `>`; in
 * mboxo only `>From ` does (mboxo cannot tell a quoted `From ` from a written `>From `, so
 * `>>From ` stays as it is).
 */

/** How `>From ` lines are unquoted. */
export type MboxQuoting = "mboxrd" | "mboxo";

/** One message of an mbox, as split. */
export interface MboxMessage {
  /** Its position in the file, from 0. */
  readonly index: number;
  /** The byte offset of its `From ` line (of its first byte when it has none). */
  readonly offset: number;
  /** Its size in bytes after unquoting, also when it was cut. */
  readonly size: number;
  /** Its first `maxSize` bytes (all of it unless `truncated`). */
  readonly bytes: Buffer;
  /** Whether the message was longer than `maxSize` and was cut. */
  readonly truncated: boolean;
}

const newline = 0x0a;
const carriageReturn = 0x0d;
const quote = 0x3e; // ">"
const fromSpace = Buffer.from("From ");

/** Longest run of `>` still read as a quoted `From ` line; longer runs are plain text. */
const maxQuoteDepth = 1_024;

/** What the start of a line is, once enough of it is seen. */
type LineStart = "separator" | "quoted" | "plain" | "undecided";

/**
 * The bytes of one mbox in, its messages out: `push` each chunk and take the messages it
 * completed, then `end` for the last one.
 */
export class MboxSplitter {
  readonly #maxSize: number;
  readonly #quoting: MboxQuoting;
  /** The kept parts of the current message. */
  #parts: Buffer[] = [];
  #kept = 0;
  #size = 0;
  #messageOffset = 0;
  #index = 0;
  /** Whether the current message has started (a `From ` line or any byte). */
  #open = false;
  /** Whether the current message began with a `From ` line. */
  #fromLine = false;
  /** Bytes of the input consumed before the current chunk. */
  #consumed = 0;
  /** Whether the next byte begins a line. */
  #atLineStart = true;
  /** Whether the rest of the current line is a `From ` line, skipped. */
  #inSeparator = false;
  /** Whether the first line that is not empty has been seen (and so what the input is). */
  #decided = false;
  /** Whether the input is one message without a `From ` line: nothing is split or unquoted. */
  #single = false;
  /** The start of a line that a chunk ended in before it could be told apart. */
  #held: Buffer | null = null;

  constructor(options: { maxSize: number; quoting?: MboxQuoting }) {
    this.#maxSize = options.maxSize;
    this.#quoting = options.quoting ?? "mboxrd";
  }

  /** Reads one chunk; returns the messages that it completed. */
  push(input: Buffer): MboxMessage[] {
    const done: MboxMessage[] = [];
    let chunk = input;
    let chunkOffset = this.#consumed;
    if (this.#held) {
      chunk = Buffer.concat([this.#held, input]);
      chunkOffset -= this.#held.length;
      this.#held = null;
    }
    this.#consumed += input.length;
    if (this.#single) {
      this.#keep(chunk);
      return done;
    }
    let position = 0;
    let segment = 0;
    if (this.#inSeparator || !this.#atLineStart) {
      const end = chunk.indexOf(newline);
      if (end < 0) {
        if (!this.#inSeparator) this.#keep(chunk);
        return done;
      }
      position = end + 1;
      if (this.#inSeparator) segment = position;
      this.#inSeparator = false;
      this.#atLineStart = true;
    }
    while (position < chunk.length) {
      const kind = this.#lineStart(chunk, position);
      const splitCrlf = chunk[position] === carriageReturn && position + 1 === chunk.length;
      if (kind === "undecided" || (!this.#decided && splitCrlf)) {
        this.#keep(chunk.subarray(segment, position));
        this.#held = Buffer.from(chunk.subarray(position));
        return done;
      }
      if (!this.#decided && kind === "separator") this.#decided = true;
      else if (!this.#decided && !isEmptyLine(chunk, position)) {
        // The input does not begin with a `From ` line: one message, read as it is.
        this.#decided = true;
        this.#single = true;
        this.#keep(chunk.subarray(segment));
        return done;
      }
      if (kind === "separator") {
        this.#keep(chunk.subarray(segment, position));
        this.#emit(done, false);
        this.#open = true;
        this.#fromLine = true;
        this.#messageOffset = chunkOffset + position;
      } else if (kind === "quoted") {
        this.#keep(chunk.subarray(segment, position));
        segment = position + 1;
      }
      const end = chunk.indexOf(newline, position);
      if (end < 0) {
        if (kind === "separator") this.#inSeparator = true;
        else this.#keep(chunk.subarray(segment));
        this.#atLineStart = false;
        return done;
      }
      position = end + 1;
      if (kind === "separator") segment = position;
    }
    this.#keep(chunk.subarray(segment));
    this.#atLineStart = true;
    return done;
  }

  /** Ends the input; returns the last message, if there is one. */
  end(): MboxMessage[] {
    if (this.#held) {
      this.#keep(this.#held);
      this.#held = null;
    }
    const done: MboxMessage[] = [];
    this.#emit(done, true);
    return done;
  }

  /** Completes the current message, unless it is only the blank lines before the first `From `. */
  #emit(done: MboxMessage[], last: boolean): void {
    if (!this.#open) return;
    if (!this.#fromLine && isBlank(this.#parts)) {
      this.#reset();
      return;
    }
    done.push(this.#finish(last));
  }

  #lineStart(chunk: Buffer, position: number): LineStart {
    let cursor = position;
    while (cursor < chunk.length && chunk[cursor] === quote && cursor - position <= maxQuoteDepth) cursor++;
    const depth = cursor - position;
    if (depth > maxQuoteDepth) return "plain";
    for (let k = 0; k < fromSpace.length; k++) {
      if (cursor + k >= chunk.length) return "undecided";
      if (chunk[cursor + k] !== fromSpace[k]) return "plain";
    }
    if (depth === 0) return "separator";
    return this.#quoting === "mboxrd" || depth === 1 ? "quoted" : "plain";
  }

  #keep(part: Buffer): void {
    if (part.length === 0) return;
    this.#open = true;
    this.#size += part.length;
    const room = this.#maxSize - this.#kept;
    if (room <= 0) return;
    // A copy: the caller may reuse its chunk, and a small part must not pin a large chunk.
    const kept = Buffer.from(part.length > room ? part.subarray(0, room) : part);
    this.#parts.push(kept);
    this.#kept += kept.length;
  }

  #finish(last: boolean): MboxMessage {
    let bytes = this.#parts.length === 1 ? (this.#parts[0] as Buffer) : Buffer.concat(this.#parts);
    let size = this.#size;
    const truncated = size > this.#kept;
    // The empty line before the next `From ` line belongs to the mbox, not to the message.
    if ((this.#fromLine || !last) && !truncated) {
      const cut = trailingEmptyLine(bytes);
      bytes = bytes.subarray(0, bytes.length - cut);
      size -= cut;
    }
    const message: MboxMessage = { index: this.#index, offset: this.#messageOffset, size, bytes, truncated };
    this.#index++;
    this.#reset();
    return message;
  }

  #reset(): void {
    this.#parts = [];
    this.#kept = 0;
    this.#size = 0;
    this.#open = false;
    this.#fromLine = false;
  }
}

/** The length of the empty line ending `bytes` (`\n` or `\r\n` after a line break), or 0. */
function trailingEmptyLine(bytes: Buffer): number {
  const n = bytes.length;
  if (n >= 2 && bytes[n - 1] === newline && bytes[n - 2] === newline) return 1;
  if (n >= 4 && bytes[n - 1] === newline && bytes[n - 2] === carriageReturn && bytes[n - 3] === newline)
    return 2;
  return 0;
}

function isBlank(parts: readonly Buffer[]): boolean {
  for (const part of parts)
    for (const byte of part)
      if (byte !== newline && byte !== carriageReturn && byte !== 0x20 && byte !== 0x09) return false;
  return true;
}

function isEmptyLine(chunk: Buffer, position: number): boolean {
  const first = chunk[position];
  return first === newline || (first === carriageReturn && chunk[position + 1] === newline);
}
