/**
 * Character-level scanners for reply codes and enhanced status codes at a given position.
 * Hand-written rather than regular expressions: they run on every reply, on untrusted input,
 * and must stay linear and allocation-free.
 */

export const isDigitAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

const isAlnumCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

export const isAlnumAt = (s: string, i: number): boolean => isAlnumCode(s.charCodeAt(i));

/** Whether `i` holds an ASCII small letter. */
export const isSmallLetterAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 97 && c <= 122;
};

export const isLineBreak = (c: number): boolean => c === 10 || c === 13;

/** Whether position `i` starts three digits not followed by a fourth digit or `.digit`. */
export function isThreeDigitCode(s: string, i: number): boolean {
  if (!(isDigitAt(s, i) && isDigitAt(s, i + 1) && isDigitAt(s, i + 2))) return false;
  if (isDigitAt(s, i + 3)) return false;
  return !(s.charCodeAt(i + 3) === 46 && isDigitAt(s, i + 4));
}

/** RFC 5321 reply-code syntax for the three digits at `i`: first 2-5, second 0-5. */
export function isValidCodeAt(s: string, i: number): boolean {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  return a >= 50 && a <= 53 && b >= 48 && b <= 53;
}

/** The value of the three digits at `i`. */
export const codeAt = (s: string, i: number): number =>
  (s.charCodeAt(i) - 48) * 100 + (s.charCodeAt(i + 1) - 48) * 10 + (s.charCodeAt(i + 2) - 48);

/**
 * Reads an enhanced status code (`c.s.d`, class 2, 4 or 5) at `i`. Returns the index after it,
 * or -1. The code must not run on into more digits or dots (`5.1.1.2`, an IP address). Subject
 * and detail are one to three digits without a leading zero. Each character is read once: this
 * runs on every reply line and at every candidate code, and reading a character costs more than
 * comparing it.
 */
export function enhancedEnd(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (!(c === 50 || c === 52 || c === 53) || s.charCodeAt(i + 1) !== 46) return -1;
  const subjectEnd = numberEnd(s, i + 2);
  if (subjectEnd < 0 || s.charCodeAt(subjectEnd) !== 46) return -1;
  const detailEnd = numberEnd(s, subjectEnd + 1);
  if (detailEnd < 0) return -1;
  const after = s.charCodeAt(detailEnd);
  if (after === 46) return isDigitAt(s, detailEnd + 1) ? -1 : detailEnd;
  if (!isAlnumCode(after)) return detailEnd;
  // A word glued to the code by a server that forgot the space (`550 5.7.1Relay not permitted`):
  // a capital and a small letter begin a word, which a version or a serial number does not.
  return isCapitalWordAt(s, detailEnd) ? detailEnd : -1;
}

/** Whether `i` holds an ASCII capital followed by two small letters (a word, not `5.7.1A2`). */
function isCapitalWordAt(s: string, i: number): boolean {
  const first = s.charCodeAt(i);
  return first >= 65 && first <= 90 && isSmallLetterAt(s, i + 1) && isSmallLetterAt(s, i + 2);
}

/** A run of one to three digits without a leading zero, starting at `i`; returns its end or -1. */
function numberEnd(s: string, i: number): number {
  const first = s.charCodeAt(i);
  if (!(first >= 48 && first <= 57)) return -1;
  const second = s.charCodeAt(i + 1);
  if (!(second >= 48 && second <= 57)) return i + 1;
  if (first === 48) return -1;
  const third = s.charCodeAt(i + 2);
  if (!(third >= 48 && third <= 57)) return i + 2;
  const fourth = s.charCodeAt(i + 3);
  return fourth >= 48 && fourth <= 57 ? -1 : i + 3;
}

/** Whether the character before `i` leaves `i` at a token boundary (not a digit, letter, dot). */
export function isTokenStart(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s.charCodeAt(i - 1);
  return !(
    isAlnumCode(c) ||
    c === 46 ||
    c === 47 ||
    c === 45 ||
    c === 43 ||
    c === 61 ||
    c === 38 ||
    c === 37
  );
}

/** Skips spaces and tabs from `i`. */
export function skipBlanks(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c !== 32 && c !== 9) break;
    j++;
  }
  return j;
}

/**
 * After a code and its separator: where an enhanced code that follows would start, past blanks
 * and the decorations real servers put before it (`#5.1.0`, `'5.1.1`, `(5.7.1`). Not checked:
 * `enhancedEnd` there tells whether one does, and where it ends, in one reading.
 */
export function enhancedPlaceAfter(s: string, i: number): number {
  const j = skipBlanks(s, i);
  const c = s.charCodeAt(j);
  return c === 35 || c === 39 || c === 34 || c === 40 || c === 91 ? j + 1 : j;
}

/** The position of an enhanced code that follows at `enhancedPlaceAfter(s, i)`, or -1 if none. */
export function enhancedStartAfter(s: string, i: number): number {
  const j = enhancedPlaceAfter(s, i);
  return enhancedEnd(s, j) < 0 ? -1 : j;
}
