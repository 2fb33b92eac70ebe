/** A phrasing table entry: a pattern whose first capture group is the value, and its source. */
export interface Phrasing {
  readonly pattern: RegExp;
  readonly source: string;
}

/** The first capture of the first phrasing that matches the text's first `maxLength` characters. */
export function firstCapture(phrasings: readonly Phrasing[], text: string, maxLength: number): string | null {
  const bounded = text.length > maxLength ? text.slice(0, maxLength) : text;
  for (const { pattern } of phrasings) {
    const match = pattern.exec(bounded);
    if (match?.[1]) return match[1];
  }
  return null;
}
