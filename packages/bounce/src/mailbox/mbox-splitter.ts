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
 * `>>From ` stays as it is). Lines may end in LF, CRLF, or CR alone (old Mac files: decided by
 * the input's first line break).
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
const carriageReturnByte = Buffer.from([carriageReturn]);

/** The first size of a message's buffer; most bounce reports fit. */
const initialBufferSize = 16_384;

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
  /**
   * The kept bytes of the current message, in one buffer that grows by doubling up to
   * `maxSize`: thousands of small parts (a message of quoted `>From ` lines) cost no more than
   * their bytes.
   */
  #buffer = Buffer.allocUnsafe(initialBufferSize);
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
  /** The byte that ends a line: LF (also for CRLF), or CR in a file with CR-only line ends. */
  #lineEnd = newline;
  #lineEndKnown = false;
  /** Whether a CR ending the last chunk waits for the next one to tell the line end. */
  #heldCarriageReturn = false;
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
    const before = [this.#held, this.#heldCarriageReturn ? carriageReturnByte : null].filter(
      (part): part is Buffer => part !== null,
    );
    if (before.length > 0) {
      chunk = Buffer.concat([...before, input]);
      chunkOffset -= chunk.length - input.length;
      this.#held = null;
      this.#heldCarriageReturn = false;
    }
    this.#consumed += input.length;
    if (!this.#lineEndKnown) {
      const lineEnd = lineEndOf(chunk);
      // Until a line break is seen no line has ended, and LF is as good as any.
      if (lineEnd !== null) {
        this.#lineEnd = lineEnd;
        this.#lineEndKnown = true;
      } else if (chunk[chunk.length - 1] === carriageReturn) {
        // A CR or a CRLF: the next chunk tells, so this CR waits for it.
        this.#heldCarriageReturn = true;
        chunk = chunk.subarray(0, chunk.length - 1);
      }
    }
    if (this.#single) {
      this.#keep(chunk);
      return done;
    }
    let position = 0;
    let segment = 0;
    if (this.#inSeparator || !this.#atLineStart) {
      const end = chunk.indexOf(this.#lineEnd);
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
      const splitCrlf =
        this.#lineEnd === newline && chunk[position] === carriageReturn && position + 1 === chunk.length;
      if (kind === "undecided" || (!this.#decided && splitCrlf)) {
        this.#keep(chunk.subarray(segment, position));
        this.#held = Buffer.from(chunk.subarray(position));
        return done;
      }
      if (!this.#decided && kind === "separator") this.#decided = true;
      else if (!this.#decided && !isEmptyLine(chunk, position, this.#lineEnd)) {
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
      const end = chunk.indexOf(this.#lineEnd, position);
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
    if (this.#heldCarriageReturn && !this.#inSeparator) this.#keep(carriageReturnByte);
    this.#heldCarriageReturn = false;
    const done: MboxMessage[] = [];
    this.#emit(done, true);
    return done;
  }

  /** Completes the current message, unless it is only the blank lines before the first `From `. */
  #emit(done: MboxMessage[], last: boolean): void {
    if (!this.#open) return;
    if (!this.#fromLine && isBlank(this.#buffer.subarray(0, this.#kept))) {
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
    const length = Math.min(part.length, room);
    const needed = this.#kept + length;
    if (needed > this.#buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(this.#maxSize, Math.max(needed, 2 * this.#buffer.length)));
      this.#buffer.copy(grown, 0, 0, this.#kept);
      this.#buffer = grown;
    }
    part.copy(this.#buffer, this.#kept, 0, length);
    this.#kept = needed;
  }

  #finish(last: boolean): MboxMessage {
    let bytes = this.#buffer.subarray(0, this.#kept);
    let size = this.#size;
    const truncated = size > this.#kept;
    // The empty line before the next `From ` line belongs to the mbox, not to the message.
    if ((this.#fromLine || !last) && !truncated) {
      const cut = trailingEmptyLine(bytes, this.#lineEnd);
      bytes = bytes.subarray(0, bytes.length - cut);
      size -= cut;
    }
    const message: MboxMessage = { index: this.#index, offset: this.#messageOffset, size, bytes, truncated };
    this.#index++;
    this.#reset();
    return message;
  }

  #reset(): void {
    // A new buffer: the message given out keeps the old one.
    this.#buffer = Buffer.allocUnsafe(initialBufferSize);
    this.#kept = 0;
    this.#size = 0;
    this.#open = false;
    this.#fromLine = false;
  }
}

/**
 * The line end of an input, from its first line break: CR when that is a CR not followed by LF
 * (old Mac files), else LF (which also ends CRLF lines); `null` while the chunk shows none.
 */
function lineEndOf(chunk: Buffer): number | null {
  const cr = chunk.indexOf(carriageReturn);
  const lf = chunk.indexOf(newline);
  if (lf >= 0 && (cr < 0 || lf < cr)) return newline;
  if (cr < 0 || cr + 1 >= chunk.length) return null;
  return chunk[cr + 1] === newline ? newline : carriageReturn;
}

/** The length of the empty line ending `bytes` (`\n`, `\r\n` or `\r` after a line break), or 0. */
function trailingEmptyLine(bytes: Buffer, lineEnd: number): number {
  const n = bytes.length;
  if (n >= 2 && bytes[n - 1] === lineEnd && bytes[n - 2] === lineEnd) return 1;
  if (n >= 4 && bytes[n - 1] === newline && bytes[n - 2] === carriageReturn && bytes[n - 3] === newline)
    return 2;
  return 0;
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes)
    if (byte !== newline && byte !== carriageReturn && byte !== 0x20 && byte !== 0x09) return false;
  return true;
}

function isEmptyLine(chunk: Buffer, position: number, lineEnd: number): boolean {
  const first = chunk[position];
  return first === lineEnd || (first === carriageReturn && chunk[position + 1] === newline);
}
