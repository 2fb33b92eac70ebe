import { statusFieldCode } from "../dsn/in-text.js";
import { normalizeCommand, type SmtpCommand } from "./commands.js";
import { commandFromContext, commandFromNote } from "./context.js";
import { type DotNetReply, dotNetReply } from "./dotnet-wrapper.js";
import { closerFor, findEnhancedStart, findReplyStart } from "./find-reply.js";
import { limits } from "./limits.js";
import { type PhpMailerReply, phpMailerReply } from "./phpmailer-wrapper.js";
import {
  codeAt,
  enhancedEnd,
  enhancedPlaceAfter,
  isDigitAt,
  isLineBreak,
  isSmallLetterAt,
  isThreeDigitCode,
  isTokenStart,
  isValidCodeAt,
  skipBlanks,
} from "./scan.js";
import { InputSearches } from "./searches.js";
import { cleanRunEnd, cleanSlice, cleanText } from "./text.js";

/** One line of a reply. */
export interface ReplyLine {
  /** The line's reply code, or `null` for text with no code. */
  readonly code: number | null;
  /** `-` on continuation lines, a space on the last line, `""` when the line had neither. */
  readonly separator: "-" | " " | "";
  /** The line's enhanced status code, or `null`. */
  readonly enhanced: string | null;
  /** The line's text without its codes. */
  readonly text: string;
}

/** Something odd about a reply, worth knowing but not fatal. */
export interface ParseWarning {
  readonly type:
    | "classMismatch" // the enhanced code's class differs from the basic code's
    | "mixedCodes" // lines (or joined replies) carry different codes
    | "invalidCode" // a code breaks RFC 5321 or RFC 3463 syntax
    | "truncated"; // the input was cut at the length limit, or a multi-line reply has no last line
  readonly message: string;
}

/** How the reply was found in the input. */
export type ReplyForm = "reply" | "embedded" | "enhancedOnly" | "none";

/** A parsed SMTP reply. */
export interface ParsedReply {
  /** The basic reply code (`550`), or `null` when there is none. */
  readonly code: number | null;
  /** The enhanced status code (`"5.1.1"`), or `null`. */
  readonly enhanced: string | null;
  /** The reply's text without its codes, lines joined by spaces, white space collapsed, capped. */
  readonly text: string;
  /** The reply's lines (empty when no reply was found). */
  readonly lines: readonly ReplyLine[];
  /** The SMTP stage the surrounding text names (`(in reply to RCPT TO command)`), or `null`. */
  readonly command: SmtpCommand | null;
  /** `reply`: the input is a reply; `embedded`: found inside other text; `enhancedOnly`: only an
   * enhanced code was found; `none`: no code at all (`text` then holds the cleaned input, or the
   * server's words after a client library's wrapper). */
  readonly form: ReplyForm;
  readonly warnings: readonly ParseWarning[];
}

/**
 * Parses an SMTP reply (RFC 5321 section 4.2), on its own or buried in other text: nodemailer
 * errors, Postfix, Exim, Sendmail and qmail logs, DSN fields, Microsoft NDRs, multi-line replies
 * joined onto one line. Never throws for a string; a string without a reply gives `code: null`.
 *
 * @example
 * parseReply("550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Please check.");
 * // { code: 550, enhanced: "5.1.1", text: "The email account ... Please check.", lines: [...], ... }
 * parseReply("host mx.example.net said: 450 4.2.0 Greylisted (in reply to RCPT TO command)").command; // "RCPT"
 * @throws {TypeError} when `input` is not a string.
 */
export function parseReply(input: string): ParsedReply {
  if (typeof input !== "string") {
    throw new TypeError(`parseReply: expected a string, got ${input === null ? "null" : typeof input}`);
  }
  const warnings: ParseWarning[] = [];
  let s = input;
  if (s.length > limits.maxInputLength) {
    s = s.slice(0, limits.maxInputLength);
    warnings.push({
      type: "truncated",
      message: `input longer than ${limits.maxInputLength} characters was cut`,
    });
  }
  const first = skipBlankLines(s);
  if (first < s.length && isThreeDigitCode(s, first) && startsReplyLine(s, first)) {
    return readReply(s, first, "reply", warnings);
  }
  const start = findReplyStart(s);
  if (start >= 0) {
    const phpMailer = phpMailerReply(s, start);
    if (phpMailer) return readPhpMailerReply(s, start, phpMailer, warnings);
    return readReply(s, start, "embedded", warnings);
  }
  const dotNet = dotNetReply(s);
  if (dotNet) return readDotNetReply(s, dotNet, warnings);
  return readEnhancedOnly(s, warnings);
}

/**
 * A reply that .NET wrote without its basic code after its own description of it: the server's
 * words are the text, the code is the one the description stands for (or, for "Mailbox
 * unavailable.", which stands for 450 and 550, the one of the enhanced code's class).
 */
function readDotNetReply(s: string, dotNet: DotNetReply, warnings: ParseWarning[]): ParsedReply {
  const server = readEnhancedOnly(s.slice(dotNet.start), warnings);
  const cls = server.enhanced ? server.enhanced.charCodeAt(0) - 48 : null;
  let code = dotNet.code;
  if (code === null && cls !== null) code = cls === 4 ? 450 : cls === 5 ? 550 : null;
  if (code !== null && cls !== null && Math.floor(code / 100) !== cls) code = null;
  const form: ReplyForm = code !== null ? "embedded" : server.enhanced ? "enhancedOnly" : "none";
  const lines: ReplyLine[] = [{ code, separator: "", enhanced: server.enhanced, text: server.text }];
  return { ...server, code, lines, command: commandFromContext(s), form };
}

/** A reply PHPMailer wrote out in parts: its code, then its enhanced code, and the server's text before them. */
function readPhpMailerReply(
  s: string,
  start: number,
  parts: PhpMailerReply,
  warnings: ParseWarning[],
): ParsedReply {
  const code = codeAt(s, start);
  let textStart = skipBlanks(s, parts.textStart);
  let enhancedStart = parts.enhancedStart;
  // Without PHPMailer's own field, an enhanced code the server put first in its text is read there.
  if (enhancedStart < 0 && enhancedEnd(s, textStart) >= 0) enhancedStart = textStart;
  const end = enhancedStart >= 0 ? enhancedEnd(s, enhancedStart) : -1;
  const enhanced = end >= 0 ? s.slice(enhancedStart, end) : null;
  if (enhancedStart === textStart && end >= 0) textStart = end;
  warnOfClassMismatch(code, enhanced, warnings);
  const text = cleanText(s.slice(textStart, Math.max(textStart, parts.textEnd)));
  const lines: ReplyLine[] = [{ code, separator: " ", enhanced, text }];
  const command = commandFromContext(s) ?? normalizeCommand(parts.command);
  return { code, enhanced, text, lines, command, form: "embedded", warnings };
}

/** Warns when the enhanced code's class is not the basic code's (`550 4.2.2`). */
function warnOfClassMismatch(code: number, enhanced: string | null, warnings: ParseWarning[]): void {
  if (enhanced === null || enhanced.charCodeAt(0) === 48 + Math.floor(code / 100)) return;
  warnings.push({
    type: "classMismatch",
    message: `enhanced code ${enhanced} does not match the class of ${code}`,
  });
}

/** Skips leading white space, including empty lines. */
function skipBlankLines(s: string): number {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    i++;
  }
  return i;
}

/** Whether the code at `i` is followed by what a reply line allows: a separator or the line's end. */
function startsReplyLine(s: string, i: number): boolean {
  if (i + 3 >= s.length) return true;
  const c = s.charCodeAt(i + 3);
  return c === 32 || c === 45 || c === 9 || isLineBreak(c);
}

/** Reads a reply whose first code starts at `start`. */
function readReply(s: string, start: number, form: ReplyForm, warnings: ParseWarning[]): ParsedReply {
  const code = codeAt(s, start);
  if (!isValidCodeAt(s, start)) {
    warnings.push({ type: "invalidCode", message: `${code} is not a valid RFC 5321 reply code` });
  }
  const embedded = form === "embedded";
  const closer = embedded ? closerFor(s, start) : 0;
  const searches = new InputSearches(s);
  const lines: ReplyLine[] = [];
  let enhanced: string | null = null;
  let i = start;
  let final = false;
  // Where the next possible joined code stands, found once for all lines so the scan stays linear.
  let joinedHint = -2;
  while (lines.length < limits.maxLines) {
    const lineCode = codeAt(s, i);
    const sepChar = s.charCodeAt(i + 3);
    const separator = sepChar === 45 ? "-" : sepChar === 32 || sepChar === 58 || sepChar === 9 ? " " : "";
    let textStart = separator ? i + 4 : i + 3;
    let lineEnhanced: string | null = null;
    // Where an enhanced code would stand, read once: its end tells whether one does.
    const e = enhancedPlaceAfter(s, textStart);
    const end = enhancedEnd(s, e);
    if (end >= 0) {
      lineEnhanced = s.slice(e, end);
      textStart = end;
    }
    textStart = skipBlanks(s, textStart);
    // One pass over the line's clean words serves the joined-code search, the cleaning and the
    // line break search: clean words hold no line break, so that search starts where they end
    // (and has nothing left to read when they run to the input's end, as a one-line reply's do).
    const cleanEnd = cleanRunEnd(s, textStart);
    const lineBreak = closer ? searches.lineBreak(cleanEnd) : endOfFoldedLine(s, cleanEnd, searches);
    const continued = separator === "-";
    const cut = cutInLine(
      s,
      searches,
      textStart,
      lineBreak,
      lineCode,
      lineEnhanced,
      closer,
      embedded,
      continued,
      joinedHint,
      cleanEnd,
    );
    joinedHint = cut.joinedHint;
    lines.push({
      code: lineCode,
      separator,
      enhanced: lineEnhanced,
      text: cleanSlice(s, textStart, cut.end, cleanEnd),
    });
    if (lineCode !== code)
      warnings.push({ type: "mixedCodes", message: `line with code ${lineCode} in a ${code} reply` });
    if (lineEnhanced !== null) {
      if (enhanced === null) enhanced = lineEnhanced;
      else if (lineEnhanced !== enhanced) {
        warnings.push({
          type: "mixedCodes",
          message: `enhanced code ${lineEnhanced} in a ${enhanced} reply`,
        });
      }
    }
    if (cut.next >= 0) {
      i = cut.next;
      continue;
    }
    if (cut.otherReply) {
      warnings.push({ type: "mixedCodes", message: "a second reply with another code follows" });
      final = true;
      break;
    }
    if (!continued || cut.closed) {
      final = true;
      if (lineBreak < s.length && cut.end === lineBreak && !continued && !cut.closed)
        joinWrappedTail(lines, s, lineBreak, searches, closer, embedded);
      break;
    }
    const next = lineBreak < s.length ? skipLineBreak(s, lineBreak) : s.length;
    if (next >= s.length) break;
    if (!isThreeDigitCode(s, next)) {
      const wrapped = wrappedRemainder(s, next, code, searches);
      if (wrapped < 0) {
        // A whole line without codes between two lines of the reply is the line above, wrapped
        // (`said: 421-4.7.0` then its text on the next line, then `421-4.7.0 ...` again).
        const between = wrappedLineBefore(s, next, code, searches);
        if (between < 0) break;
        const last = lines[lines.length - 1] as ReplyLine;
        lines[lines.length - 1] = { ...last, text: cleanText(`${last.text} ${s.slice(next, between)}`) };
        i = skipLineBreak(s, between);
        continue;
      }
      // The rest of the line above, wrapped by whoever quoted the reply: its words join that
      // line. A prefix without words (a transcript's `<<<`, a quote's `>`) only marks the line.
      const before = s.slice(next, wrapped);
      if (/[\p{L}\p{N}]/u.test(before)) {
        const last = lines[lines.length - 1] as ReplyLine;
        lines[lines.length - 1] = { ...last, text: cleanText(`${last.text} ${before}`) };
      }
      i = wrapped + 1;
      continue;
    }
    i = next;
  }
  if (!final) warnings.push({ type: "truncated", message: "the multi-line reply has no last line" });
  if (enhanced === null) enhanced = enhancedInText(s, start, lines, code);
  warnOfClassMismatch(code, enhanced, warnings);
  // Only text around an embedded reply names the stage, or Postfix's note after a reply on its own.
  const command = form === "embedded" ? commandFromContext(s) : commandFromNote(s, start);
  return { code, enhanced, text: joinLines(lines), lines, command, form, warnings };
}

interface LineCut {
  /** Where this line's text ends. */
  readonly end: number;
  /** Where a joined continuation line starts, or -1. */
  readonly next: number;
  /** A different reply follows on the same line. */
  readonly otherReply: boolean;
  /** The closing quote or bracket of an embedded reply was reached. */
  readonly closed: boolean;
  /** The first possible joined code at or after where the search stopped (see `nextJoinedCode`),
   * -1 for none, or -2 when no search was needed and none is known. */
  readonly joinedHint: number;
}

/** A space, a code of class 2 to 5 and a separator: where a relay may have joined another line on. */
export const joinedCode = / [2-5]\d\d[ -]/g;

/** The position of the space before the next possible joined code from `from`, or -1. */
function nextJoinedCode(s: string, from: number): number {
  joinedCode.lastIndex = from;
  return joinedCode.test(s) ? joinedCode.lastIndex - 5 : -1;
}

/** Whether `joinedCode` matches at `i`. */
function isJoinedCodeAt(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 32) return false;
  const first = s.charCodeAt(i + 1);
  const sep = s.charCodeAt(i + 4);
  return (
    first >= 50 && first <= 53 && isDigitAt(s, i + 2) && isDigitAt(s, i + 3) && (sep === 32 || sep === 45)
  );
}

/**
 * The first possible joined code at or after `from` that can end a line at `end`, from what is
 * known without a search: the clean run from `from` ends at `cleanEnd`, and no joined code
 * stands inside it; a hint from an earlier line still holds when it lies ahead (or when nothing
 * lies ahead). -2 when none can end the line (the answer is then not needed), else a search.
 */
function firstJoinedCode(s: string, from: number, end: number, cleanEnd: number, joinedHint: number): number {
  if (isJoinedCodeAt(s, cleanEnd)) return cleanEnd;
  if (joinedHint === -1 || joinedHint >= from) return joinedHint;
  if (cleanEnd >= end - 3) return -2;
  return nextJoinedCode(s, from);
}

/**
 * Finds where a line's text ends: at the line break, at a continuation of the same reply that a
 * relay joined onto the line (`... 550-5.1.1 more text`, or after a `550-` line without enhanced
 * codes the last line's `... 550 more text`), at a second reply with another code
 * (`... 503 5.5.1 RCPT first`), and for a reply embedded in a log line at Postfix's
 * `(in reply to ...)` note or at the closing quote or bracket around the reply.
 */
function cutInLine(
  s: string,
  searches: InputSearches,
  from: number,
  lineBreak: number,
  code: number,
  enhanced: string | null,
  closer: number,
  note: boolean,
  continued: boolean,
  joinedHint: number,
  cleanEnd: number,
): LineCut {
  let end = lineBreak;
  let closed = false;
  if (closer) {
    const close = s.lastIndexOf(String.fromCharCode(closer), lineBreak - 1);
    if (close >= from) {
      end = close;
      closed = true;
    }
  }
  if (closer || note) {
    const noteStart = searches.commandNote(from);
    if (noteStart >= 0 && noteStart < end) end = noteStart;
  }
  let p = firstJoinedCode(s, from, end, cleanEnd, joinedHint);
  for (; p >= 0 && p < end - 3; p = nextJoinedCode(s, p + 1)) {
    // The pattern found a space, three digits of class 2 to 5 and a space or hyphen after them.
    const q = p + 1;
    const sep = s.charCodeAt(q + 3);
    const e = enhancedPlaceAfter(s, q + 4);
    const otherEnd = enhancedEnd(s, e);
    const otherEnhanced = otherEnd >= 0 ? s.slice(e, otherEnd) : null;
    const sameReply =
      sep === 45 ||
      (enhanced !== null && otherEnhanced === enhanced) ||
      (continued && enhanced === null && otherEnhanced === null);
    if (codeAt(s, q) === code && sameReply) {
      return { end: p, next: q, otherReply: false, closed: false, joinedHint: p };
    }
    if (otherEnhanced !== null && isValidCodeAt(s, q))
      return { end: p, next: -1, otherReply: true, closed: false, joinedHint: p };
  }
  return { end, next: -1, otherReply: false, closed, joinedHint: p };
}

/**
 * After a continuation line (`550-...`), a line that starts without a code but has the reply's
 * code joined on later (`sender. 550 Sender verify failed`) is the end of the line above, wrapped
 * where someone quoted the reply: the position of the space before that code, or -1. Any other
 * line ends the reply, as before.
 */
function wrappedRemainder(s: string, from: number, code: number, searches: InputSearches): number {
  const c = s.charCodeAt(from);
  if (c === 32 || c === 9 || isLineBreak(c)) return -1;
  const lineEnd = searches.lineBreak(from);
  for (let p = nextJoinedCode(s, from); p >= 0 && p < lineEnd - 3; p = nextJoinedCode(s, p + 1)) {
    if (codeAt(s, p + 1) === code) return p;
  }
  return -1;
}

/**
 * Where the line starting at `from` ends when it holds no code but the next line goes on with
 * the reply's `code` and a separator; -1 otherwise. An indented line is a folded one, read
 * elsewhere.
 */
function wrappedLineBefore(s: string, from: number, code: number, searches: InputSearches): number {
  const c = s.charCodeAt(from);
  if (c === 32 || c === 9 || isLineBreak(c)) return -1;
  const lineEnd = searches.lineBreak(from);
  if (lineEnd >= s.length) return -1;
  const after = skipLineBreak(s, lineEnd);
  if (!isThreeDigitCode(s, after) || codeAt(s, after) !== code) return -1;
  const separator = s.charCodeAt(after + 3);
  return separator === 45 || separator === 32 ? lineEnd : -1;
}

/** Joins the words `wrappedTail` finds to the reply's last line. */
function joinWrappedTail(
  lines: ReplyLine[],
  s: string,
  lineBreak: number,
  searches: InputSearches,
  closer: number,
  note: boolean,
): void {
  const last = lines[lines.length - 1] as ReplyLine;
  const tail = wrappedTail(s, lineBreak, searches, closer, note, last.text === "");
  if (tail !== null) lines[lines.length - 1] = { ...last, text: cleanText(`${last.text} ${tail}`) };
}

/** Words that do not end a sentence: a line that stops at one was cut in the middle of one. */
const midSentenceWords = new Set([
  "a",
  "an",
  "and",
  "at",
  "by",
  "for",
  "from",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
]);

/**
 * The words of the lines after a reply's last line that continue its sentence, or null. Whoever
 * quoted the reply wrapped it at a width without indenting the rest (`... Client host` then
 * `[192.0.2.1] blocked using ...`): the line stops without a full stop, and the next line goes
 * on in lower case, with a bracket, or after a word no sentence ends with (or the reply line held
 * no text at all: `said: 550 5.1.1` then the text on the next line).
 */
function wrappedTail(
  s: string,
  lineBreak: number,
  searches: InputSearches,
  closer: number,
  note: boolean,
  noTextYet: boolean,
): string | null {
  let tail: string | null = null;
  let end = lineBreak;
  for (let joined = 0; joined < 3 && end < s.length; joined++) {
    const lineStart = s.lastIndexOf("\n", end - 1) + 1;
    const line = s.slice(lineStart, end).trimEnd();
    const next = skipLineBreak(s, end);
    if (next >= s.length || isThreeDigitCode(s, next)) break;
    const first = s.charCodeAt(next);
    if (first === 32 || first === 9 || isLineBreak(first)) break;
    const lastChar = line.charCodeAt(line.length - 1);
    // A line may stop at a letter, a digit, a comma, a semicolon or a bracketed address
    // (`Client host [192.0.2.1]` then `blocked using ...`).
    if (!isLetterOrDigit(lastChar) && lastChar !== 44 && lastChar !== 59 && lastChar !== 93) break;
    const lastWord = line.slice(line.lastIndexOf(" ") + 1).toLowerCase();
    const goesOn = isSmallLetterAt(s, next) || first === 91 || first === 40;
    if (!goesOn && !midSentenceWords.has(lastWord) && !(noTextYet && tail === null)) break;
    let nextEnd = searches.lineBreak(next);
    // A line that holds a reply code of its own is another reply or a copy, not the rest of this one.
    if (hasJoinedCode(s, next, nextEnd)) break;
    // The tail stops where the line it joins would have: at the quote or bracket closing an
    // embedded reply, or at Postfix's `(in reply to ...)` note.
    let stop = closer ? s.indexOf(String.fromCharCode(closer), next) : -1;
    if (note) {
      const noteStart = searches.commandNote(next);
      if (noteStart >= 0 && (stop < 0 || noteStart < stop)) stop = noteStart;
    }
    const stopped = stop >= 0 && stop < nextEnd;
    if (stopped) nextEnd = stop;
    const words = s.slice(next, nextEnd);
    tail = tail === null ? words : `${tail} ${words}`;
    if (stopped) break;
    end = nextEnd;
  }
  return tail;
}

function hasJoinedCode(s: string, from: number, end: number): boolean {
  const found = nextJoinedCode(s, from);
  return found >= 0 && found < end;
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/**
 * Where a reply line ends when the text around it was wrapped: at the first line break that an
 * indented line does not continue (bounce texts fold long replies onto lines that start with
 * white space, as Postfix's does with four spaces; an SMTP reply line never starts with it).
 */
function endOfFoldedLine(s: string, from: number, searches: InputSearches): number {
  let lineBreak = searches.lineBreak(from);
  while (lineBreak < s.length) {
    const next = skipLineBreak(s, lineBreak);
    const c = s.charCodeAt(next);
    if (c !== 32 && c !== 9) break;
    const content = skipBlanks(s, next);
    if (content >= s.length || isLineBreak(s.charCodeAt(content))) break;
    lineBreak = searches.lineBreak(content);
  }
  return lineBreak;
}

function skipLineBreak(s: string, i: number): number {
  return s.charCodeAt(i) === 13 && s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
}

/**
 * An enhanced code that does not lead the text but stands inside it, as qmail writes it
 * (`no mailbox here by that name (#5.1.1 - chkusr)`), or in a DSN `Status:` field. Only a code
 * of the reply's class is taken.
 */
function enhancedInText(s: string, start: number, lines: readonly ReplyLine[], code: number): string | null {
  const cls = 48 + Math.floor(code / 100);
  for (const line of lines) {
    const found = enhancedAtBoundary(line.text, cls);
    if (found) return found;
  }
  return statusFieldCode(s, cls, start);
}

function enhancedAtBoundary(text: string, cls: number): string | null {
  for (let i = text.indexOf(".", 1) - 1; i >= 0 && i < text.length; i = text.indexOf(".", i + 2) - 1) {
    if (text.charCodeAt(i) !== cls || !isTokenStart(text, i)) continue;
    const end = enhancedEnd(text, i);
    if (end > 0) return text.slice(i, end);
  }
  return null;
}

/** No basic code: look for an enhanced code alone (`5.1.1 <a@b>... User unknown`, `Status: 5.1.1`). */
function readEnhancedOnly(s: string, warnings: ParseWarning[]): ParsedReply {
  const start = findEnhancedStart(s);
  const command = commandFromContext(s);
  if (start < 0) {
    return { code: null, enhanced: null, text: cleanText(s), lines: [], command, form: "none", warnings };
  }
  const end = enhancedEnd(s, start);
  const enhanced = s.slice(start, end);
  const atLineStart = start === skipBlankLines(s) || isLineBreak(s.charCodeAt(start - 1));
  const text = atLineStart
    ? cleanText(s.slice(skipBlanks(s, end), new InputSearches(s).lineBreak(end)))
    : cleanText(s);
  const lines: ReplyLine[] = atLineStart ? [{ code: null, separator: "", enhanced, text }] : [];
  return { code: null, enhanced, text, lines, command, form: "enhancedOnly", warnings };
}

function joinLines(lines: readonly ReplyLine[]): string {
  if (lines.length === 1) return (lines[0] as ReplyLine).text;
  let text = "";
  for (const line of lines) {
    if (!line.text) continue;
    text = text ? `${text} ${line.text}` : line.text;
    if (text.length > limits.maxTextLength) return cleanText(text);
  }
  return text;
}
