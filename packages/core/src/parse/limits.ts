/**
 * Bounds on what the parser reads and returns, so that hostile or huge input costs bounded time
 * and memory. Documented in the README ("Limits").
 */
export const limits = {
  /** Characters of input examined; the rest is ignored and the result warns `truncated`. */
  maxInputLength: 65_536,
  /** Characters of `text` (and of each line's text) returned. */
  maxTextLength: 4_096,
  /** Reply lines returned. */
  maxLines: 64,
} as const;
