import {
  enhancedEnd,
  enhancedStartAfter,
  isAlnumAt,
  isLineBreak,
  isSmallLetterAt,
  isTokenStart,
} from "./scan.js";

/**
 * Finding a reply inside other text: a log line, a DSN, an error message. Every three-digit
 * token is a candidate; the best one wins:
 * 4. after Sendmail's `<<< ` (the remote server's reply in a session transcript);
 * 3. followed by an enhanced code of the same class (`550 5.1.1`, `550-'5.1.1`, `550 #5.1.0`);
 * 2. at the start of a line, or after a colon, semicolon, quote or bracket (`said: 550 ...`,
 *    `smtp; 550 ...`, `'550 ...`);
 * 1. after a space, followed by words (`... because of 550 User unknown`), 4xx and 5xx only.
 * Ties go to the first. The code a client library says it expected (`Expected response code
 * 250 but got ...`) is no candidate. Candidates need valid RFC 5321 syntax, so ports, years, sizes and IP
 * address parts (`:587`, `2015`, `192.0.2.1`) are not mistaken for codes.
 */
export function findReplyStart(s: string): number {
  let best = -1;
  let bestScore = 0;
  const end = s.length - 2;
  for (let i = nextCodeLike(s, 0); i >= 0 && i < end; i = nextCodeLike(s, i + 1)) {
    // `codeLike` found three digits of valid syntax, alone, at a token start or after a `=`.
    if (!(isTokenStart(s, i) || followsResponseKey(s, i))) continue;
    const score = candidateScore(s, i);
    if (score > bestScore) {
      best = i;
      bestScore = score;
      if (score >= 3) break;
    }
    i += 2;
  }
  return best;
}

/**
 * Three digits with RFC 5321's first two (2 to 5, then 0 to 5), not run on into a fourth digit
 * or a `.digit` (`2015`, `192.0.2.1`), not after a letter, digit or the other characters that
 * join a token (`isTokenStart`; `=` stays, for `response=`): the only places a candidate can
 * start. Searched for natively, so that the characters between candidates, and the digits in
 * addresses, ids and dates, cost next to nothing. The lookbehind first measured fastest: after
 * the three digits it scanned 1.6 times as long, inside a lookbehind after the first digit 2.4.
 */
export const codeLike = /(?<![\w./+&%-])[2-5][0-5]\d(?!\d|\.\d)/g;

function nextCodeLike(s: string, from: number): number {
  codeLike.lastIndex = from;
  return codeLike.test(s) ? codeLike.lastIndex - 3 : -1;
}

/** Characters after which a code most likely starts a reply. */
const opensReply = new Set([39, 34, 91, 40, 60, 62, 35, 58, 59, 61, 42]); // ' " [ ( < > # : ; = *

function candidateScore(s: string, i: number): number {
  if (followsCodeWord(s, i)) {
    // The code a client library expected is no reply: `Expected response code 250 but got code "550"`.
    if (followsExpected(s, i, "expected response code")) return 0;
    // ... and the code it got, repeated at the start of the message that follows, is read there.
    if (followsExpected(s, i, "but got code")) return 1;
  }
  // Sendmail's transcript marks the remote server's reply with `<<<`; its own summary follows.
  if (i >= 4 && s.charCodeAt(i - 1) === 32 && s.startsWith("<<<", i - 4)) return 4;
  const after = s.charCodeAt(i + 3);
  const atEnd = i + 3 >= s.length;
  const separates =
    atEnd || after === 32 || after === 45 || after === 58 || after === 9 || isLineBreak(after);
  const closes = after === 44 || after === 41 || after === 93 || after === 62 || after === 39 || after === 34;
  if (!separates && !closes) return 0;
  // A source location (`ssl3_record.c:332:`, an OpenSSL error) is no reply: a number between
  // two colons, the first glued to a name.
  if (after === 58 && i >= 2 && s.charCodeAt(i - 1) === 58 && isAlnumAt(s, i - 2) && !isBlankAt(s, i + 4))
    return 0;
  // ... nor a file and line in a program's log (`[mailer.go:201 processMailQueue()]`).
  if (i >= 3 && s.charCodeAt(i - 1) === 58 && endsWithFileName(s, i - 2)) return 0;
  // A number glued by a colon inside a log line's `key=value` field (Exim's
  // `X=TLS1.3:TLS_AES_256_GCM_SHA384:256`, the cipher's bits) is no reply either.
  if (i >= 2 && s.charCodeAt(i - 1) === 58 && isAlnumAt(s, i - 2) && inKeyValueField(s, i - 2)) return 0;
  // A process id in a syslog tag (`postfix/lmtp[238]:`) is no reply, nor a line number that a
  // log's bracketed source position ends with (`[__main__.py:main:217]`, Python's logging), nor
  // one in round brackets after a dotted class name (`c.t.s.o.c.s.b(256):`, a Java logger's
  // class and line); an undotted name's is a reply (`permanent error(554):`, lettre's errors).
  if (
    i >= 2 &&
    isAlnumAt(s, i - 2) &&
    ((after === 93 && (s.charCodeAt(i - 1) === 91 || s.charCodeAt(i - 1) === 58)) ||
      (after === 41 && s.charCodeAt(i - 1) === 40 && endsWithDottedName(s, i - 2)))
  )
    return 0;
  let enhancedFollows = false;
  if (separates && !atEnd) {
    const e = enhancedStartAfter(s, i + 4);
    if (e >= 0 && s.charCodeAt(e) === s.charCodeAt(i)) return 3;
    enhancedFollows = e >= 0;
  }
  // An enhanced code right after the code marks a reply even when the two classes disagree
  // (`SMTP Error 450 5.2.3 Msg Size ...`): the parser warns of the mismatch.
  if (enhancedFollows) return 2;
  let p = i - 1;
  while (p >= 0 && (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 9)) p--;
  if (p < 0 || isLineBreak(s.charCodeAt(p)) || opensReply.has(s.charCodeAt(p)) || endsWithCode(s, p))
    return 2;
  // In prose only failures: `for 300 seconds` or `sent 250 messages` are no replies.
  if (s.charCodeAt(i) < 52 || after !== 32) return 0;
  const next = s.charCodeAt(i + 4);
  const wordFollows = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 60;
  return wordFollows ? 1 : 0;
}

/**
 * Whether a log key whose value is a reply ends at `i` with its `=`: `response=` (nodemailer's and
 * ZoneMTA's logs), `reject=` (Sendmail's log of a refused command: `ruleset=check_rcpt, arg1=<a@b>,
 * reject=550 5.7.1 ...`). `=` elsewhere is a URL's query.
 */
function followsResponseKey(s: string, i: number): boolean {
  if (i < 7 || s.charCodeAt(i - 1) !== 61) return false;
  return (i >= 9 && matchesIgnoringCase(s, i - 9, "response")) || matchesIgnoringCase(s, i - 7, "reject");
}

/**
 * Whether `words` (Swift Mailer's, Symfony Mailer's wording, lower case) end just before `i`, up
 * to two characters (a quote, a space) apart, in any case. Compared in place from the last
 * character, without slicing or lowering a copy: this runs at every candidate code, and nearly
 * every candidate fails on the first character compared.
 */
function followsExpected(s: string, i: number, words: string): boolean {
  const length = words.length;
  for (let start = Math.max(0, i - length - 2); start + length <= i; start++) {
    if (matchesIgnoringCase(s, start, words)) return true;
  }
  return false;
}

/**
 * Whether an `e` (as "code" ends both of `followsExpected`'s wordings) stands one to three
 * characters before `i`, where their last character must: three reads that turn nearly every
 * candidate away before the six placings of the two wordings are compared.
 */
function followsCodeWord(s: string, i: number): boolean {
  return (
    (s.charCodeAt(i - 1) | 32) === 101 ||
    (s.charCodeAt(i - 2) | 32) === 101 ||
    (s.charCodeAt(i - 3) | 32) === 101
  );
}

/** Whether `s` holds the lower-case ASCII `words` at `start`, letters compared in either case. */
function matchesIgnoringCase(s: string, start: number, words: string): boolean {
  for (let k = words.length - 1; k >= 0; k--) {
    const c = s.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== words.charCodeAt(k)) return false;
  }
  return true;
}

/** Whether the word ending at `p` is "code" (`response code 421`, `ResponseCode 421`). */
function endsWithCode(s: string, p: number): boolean {
  return p >= 3 && matchesIgnoringCase(s, p - 3, "code");
}

/**
 * Finds an enhanced code when there is no basic code: at the start of a line (`5.1.1 <a@b>...`),
 * in a DSN `Status:` field, in Postfix's log field `dsn=` (which wins), or after `#` or `(`
 * (qmail's `(#5.1.1)`). Elsewhere in prose a
 * `d.d.d` is more likely a version number. Returns the best position or -1.
 */
export function findEnhancedStart(s: string): number {
  let best = -1;
  let bestScore = 0;
  const end = s.length - 4;
  for (let i = nextEnhancedLike(s, 0); i >= 0 && i < end; i = nextEnhancedLike(s, i + 1)) {
    if (enhancedEnd(s, i) < 0) continue;
    // Postfix's log field of a delivery's status (`dsn=4.4.1, status=deferred (...)`).
    if (i >= 4 && matchesIgnoringCase(s, i - 4, "dsn=")) return i;
    if (!isTokenStart(s, i)) continue;
    let p = i - 1;
    while (p >= 0 && (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 9)) p--;
    const prev = p < 0 ? 10 : s.charCodeAt(p);
    const score = isLineBreak(prev) ? 3 : prev === 58 || prev === 35 || prev === 40 ? 2 : 0;
    if (score > bestScore) {
      best = i;
      bestScore = score;
      if (score === 3) break;
    }
  }
  return best;
}

/** A class digit (2, 4 or 5), a dot and a digit: the only places an enhanced code can start. */
export const enhancedLike = /[245]\.\d/g;

function nextEnhancedLike(s: string, from: number): number {
  enhancedLike.lastIndex = from;
  return enhancedLike.test(s) ? enhancedLike.lastIndex - 3 : -1;
}

/** The closing character that matches an opening quote or bracket just before a reply. */
export function closerFor(s: string, start: number): number {
  const c = start > 0 ? s.charCodeAt(start - 1) : 0;
  switch (c) {
    case 39:
      return 39;
    case 34:
      return 34;
    case 91:
      return 93;
    case 40:
      return 41;
    case 60:
      return 62;
    default:
      return 0;
  }
}

/** Whether the character at `i` is a space or a tab (false past the end). */
/**
 * Whether the token that holds position `i` (no white space between) has a `=` before `i`
 * within 100 characters, as a log field's value does.
 */
function inKeyValueField(s: string, i: number): boolean {
  const stop = Math.max(0, i - 100);
  for (let k = i; k >= stop; k--) {
    const c = s.charCodeAt(k);
    if (c === 61) return true;
    if (c === 32 || c === 9 || c === 10 || c === 13) return false;
  }
  return false;
}

/**
 * Whether a source file's name ends at `p`: a short extension of letters (`.go`, `.c`, `.py`,
 * `.php`), a dot, and a name glued to it, as a log prints `file.ext:line`.
 */
function endsWithFileName(s: string, p: number): boolean {
  let k = p;
  while (k >= 0 && k > p - 4 && isSmallLetterAt(s, k)) k--;
  if (k === p || s.charCodeAt(k) !== 46) return false;
  return k >= 1 && isAlnumAt(s, k - 1);
}

/** Whether a dotted name (`com.example.Mailer`, `c.t.s.b`) ends at `p`: letters, digits and dots, one dot at least. */
function endsWithDottedName(s: string, p: number): boolean {
  let dotted = false;
  for (let k = p; k >= 0 && k > p - 200; k--) {
    const c = s.charCodeAt(k);
    if (c === 46) {
      if (k === p || !isAlnumAt(s, k + 1)) return false;
      dotted = true;
    } else if (!isAlnumAt(s, k)) return dotted && s.charCodeAt(k + 1) !== 46;
  }
  return dotted;
}

function isBlankAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 32 || c === 9;
}
