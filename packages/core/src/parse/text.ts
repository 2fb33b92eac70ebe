import { limits } from "./limits.js";

/** Control characters (C0, DEL, C1), Unicode line separators, or runs of white space. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const needsCleaning = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\s\s/;
/**
 * Printable ASCII words with single spaces between them, nothing to trim: text that is already
 * clean, as most replies' is. Tested first, since `needsCleaning`'s classes cost about twice as
 * much per character to test; text it does not fit (other characters, spaces at the ends) goes
 * the whole way, so the result is the same either way.
 */
export const printableWords = /^[!-~]+(?: [!-~]+)*$/;
/**
 * The run of printable ASCII words with single spaces between them that starts where it is
 * matched (sticky), stopping before a space that a reply code and separator follow (` 550-`,
 * ` 550 `: where a relay joined another reply line on, see `joinedCode`). One native pass over
 * a line tells the parser both things it needs to know about it: whether its text is already
 * clean, and where the first joined code stands when the clean run ends at one.
 * Measured against it on the bench's lines: a global search for what stops the run
 * (`[^ -~]| (?![!-~])| (?=[2-5]\d\d[ -])`) took 1.7 times as long, a loop over the character
 * codes 2.2 times.
 */
export const cleanRun = /[!-~]+(?: (?![2-5]\d\d[ -])[!-~]+)*/y;

/** Where the clean run (`cleanRun`) that starts at `from` ends: `from` itself when there is none. */
export function cleanRunEnd(s: string, from: number): number {
  cleanRun.lastIndex = from;
  return cleanRun.test(s) ? cleanRun.lastIndex : from;
}

/**
 * `cleanText(s.slice(start, end))`, without testing the text again when it lies inside a clean
 * run that ends at `cleanEnd` (found by `cleanRunEnd(s, start)`): such text is printable words
 * already, once it does not end on a space and fits the length limit.
 */
export function cleanSlice(s: string, start: number, end: number, cleanEnd: number): string {
  const clean =
    end > start && end <= cleanEnd && end - start <= limits.maxTextLength && s.charCodeAt(end - 1) !== 32;
  if (clean) return s.slice(start, end);
  // Past the clean run the text holds what stopped it (a control or other character, two
  // spaces, a space at the end), so the printable-words test would fail; only where a joined
  // code stopped the run can printable words go on after it.
  return isJoinedCodeStop(s, cleanEnd) ? cleanText(s.slice(start, end)) : cleanChanged(s.slice(start, end));
}

/** Whether a space that a reply code and separator follow stands at `i`, as `cleanRun` stops at. */
function isJoinedCodeStop(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 32) return false;
  const first = s.charCodeAt(i + 1);
  const second = s.charCodeAt(i + 2);
  const third = s.charCodeAt(i + 3);
  const separator = s.charCodeAt(i + 4);
  return (
    first >= 50 &&
    first <= 53 &&
    second >= 48 &&
    second <= 57 &&
    third >= 48 &&
    third <= 57 &&
    (separator === 32 || separator === 45)
  );
}

/**
 * The runs of white space and control characters that cleaning changes: every run of two or
 * more, and a single one other than a space. Replacing each by one space gives what replacing
 * every run would, but a lone space between two words is no match: replacing it cost a match,
 * and a piece of the new string, at every word gap.
 * One class with a lookahead for the lone space (`(?! (?!C))C+`, the same replacements)
 * replaced 1.5 times as slowly: the three alternatives are cheaper than the lookahead.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
export const controlOrSpaceRuns = /[\s\u0000-\u001f\u007f-\u009f]{2,}|[^\S ]|[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text as the parser returns it: control characters and runs of white space become one space,
 * the ends are trimmed, and the length is capped at `limits.maxTextLength` without splitting a
 * surrogate pair.
 */
export function cleanText(raw: string): string {
  if (raw.length <= limits.maxTextLength && printableWords.test(raw)) return raw;
  return cleanChanged(raw);
}

/** `cleanText` of text known not to be printable words already (or too long): the cleaning itself. */
function cleanChanged(raw: string): string {
  let text = raw;
  if (text.length > limits.maxTextLength * 2) text = text.slice(0, limits.maxTextLength * 2);
  if (needsCleaning.test(text)) text = text.replace(controlOrSpaceRuns, " ");
  text = text.trim();
  if (text.length <= limits.maxTextLength) return text;
  let end = limits.maxTextLength;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}
