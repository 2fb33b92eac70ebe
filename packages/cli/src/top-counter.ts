/**
 * Counts the most frequent keys of an endless stream in bounded memory (the Space-Saving
 * algorithm of Metwally, Agrawal and El Abbadi): at most `capacity` keys are tracked; a new key
 * replaces the least counted one and inherits its count, so frequent keys always stay and their
 * counts are overestimated by at most the count they inherited (`error`).
 */
export class TopCounter {
  readonly #counts = new Map<string, { count: number; error: number }>();
  constructor(readonly capacity: number) {}

  add(key: string): void {
    const entry = this.#counts.get(key);
    if (entry) {
      entry.count++;
      return;
    }
    if (this.#counts.size < this.capacity) {
      this.#counts.set(key, { count: 1, error: 0 });
      return;
    }
    let smallestKey = "";
    let smallest = Number.POSITIVE_INFINITY;
    for (const [candidate, { count }] of this.#counts) {
      if (count < smallest) {
        smallest = count;
        smallestKey = candidate;
      }
    }
    this.#counts.delete(smallestKey);
    this.#counts.set(key, { count: smallest + 1, error: smallest });
  }

  /** The `n` most counted keys, most first. */
  top(n: number): { key: string; count: number; error: number }[] {
    return [...this.#counts]
      .map(([key, { count, error }]) => ({ key, count, error }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
      .slice(0, n);
  }
}
