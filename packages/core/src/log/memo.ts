/**
 * A small bounded memo: log records repeat the same replies again and again (one provider's
 * throttling text, one relay's refusal), and explaining one costs more than writing the record.
 * When full, the oldest entry goes (first in, first out: cheaper on a hit than strict LRU), so
 * hostile variety costs memory of at most `capacity` entries.
 */
export class Memo<V> {
  readonly #entries = new Map<string, V>();
  constructor(readonly capacity: number) {}

  get(key: string, make: () => V): V {
    const hit = this.#entries.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    if (this.#entries.size >= this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, value);
    return value;
  }
}
