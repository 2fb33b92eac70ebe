/**
 * Code syntax: RFC 5321 section 4.2 for basic reply codes, RFC 3463 section 2 for enhanced
 * status codes. No regular expressions: these run on untrusted input in hot paths.
 */

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Whether `x` is a syntactically valid basic reply code (RFC 5321 section 4.2): three digits,
 * the first 2 to 5, the second 0 to 5. Accepts numbers and strings; anything else is `false`.
 *
 * @example
 * isValidReplyCode(550);   // true
 * isValidReplyCode("471"); // false: second digit 7
 * isValidReplyCode("101"); // false: SMTP has no 1yz replies
 */
export function isValidReplyCode(x: unknown): boolean {
  const s = typeof x === "number" ? (Number.isInteger(x) ? String(x) : "") : x;
  if (typeof s !== "string" || s.length !== 3) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  return a >= 50 && a <= 53 && b >= 48 && b <= 53 && isDigit(s.charCodeAt(2));
}

/**
 * Whether `x` is a syntactically valid enhanced status code (RFC 3463 section 2): class 2, 4
 * or 5, then subject and detail of one to three digits each, with no leading zeros.
 *
 * @example
 * isValidEnhancedCode("5.1.1");  // true
 * isValidEnhancedCode("4.7.650"); // true (three-digit detail)
 * isValidEnhancedCode("3.1.1");  // false: class 3 does not exist
 */
export function isValidEnhancedCode(x: unknown): boolean {
  if (typeof x !== "string") return false;
  return parseEnhancedParts(x, false) !== undefined;
}

/** The parts of an enhanced code; `cls` is `"X"` when `allowX` and the class is a wildcard. */
export interface EnhancedParts {
  readonly cls: "2" | "4" | "5" | "X";
  readonly subject: number;
  readonly detail: number;
}

/** Splits `c.s.d` into its parts, or `undefined` when it is not a valid enhanced code. */
export function parseEnhancedParts(s: string, allowX: boolean): EnhancedParts | undefined {
  if (s.length < 5 || s.length > 9 || s.charCodeAt(1) !== 46) return undefined;
  const cls = s[0];
  if (!(cls === "2" || cls === "4" || cls === "5" || (allowX && (cls === "X" || cls === "x"))))
    return undefined;
  const second = s.indexOf(".", 2);
  if (second < 0) return undefined;
  const subject = numberPart(s, 2, second);
  const detail = numberPart(s, second + 1, s.length);
  if (subject === undefined || detail === undefined) return undefined;
  return { cls: cls === "x" ? "X" : cls, subject, detail };
}

/** One to three digits without a leading zero (a lone `0` is allowed). */
function numberPart(s: string, start: number, end: number): number | undefined {
  const length = end - start;
  if (length < 1 || length > 3) return undefined;
  if (length > 1 && s.charCodeAt(start) === 48) return undefined;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return undefined;
    value = value * 10 + (c - 48);
  }
  return value;
}
