/**
 * A set of UIDs kept as sorted, disjoint ranges. The watcher remembers every UID it reported
 * so that it never reports one twice; mail arrives with ascending UIDs, so the reported ones
 * form a few long runs and the set stays a few numbers however many messages a process reads.
 */
export class UidRanges {
  /** `[first, last]` pairs, sorted, not touching each other. */
  readonly #ranges: [number, number][] = [];

  has(uid: number): boolean {
    const index = this.#indexAtOrBefore(uid);
    if (index < 0) return false;
    const range = this.#ranges[index] as [number, number];
    return uid <= range[1];
  }

  add(uid: number): void {
    const ranges = this.#ranges;
    const index = this.#indexAtOrBefore(uid);
    const before = index >= 0 ? ranges[index] : undefined;
    const after = ranges[index + 1];
    if (before && uid <= before[1]) return;
    const joinsBefore = before !== undefined && before[1] + 1 === uid;
    const joinsAfter = after !== undefined && after[0] - 1 === uid;
    if (joinsBefore && joinsAfter) {
      before[1] = after[1];
      ranges.splice(index + 1, 1);
    } else if (joinsBefore) {
      before[1] = uid;
    } else if (joinsAfter) {
      after[0] = uid;
    } else {
      ranges.splice(index + 1, 0, [uid, uid]);
    }
  }

  /** How many ranges the set holds (what its memory grows with). */
  get rangeCount(): number {
    return this.#ranges.length;
  }

  /** The index of the last range that starts at or before `uid`, or -1. */
  #indexAtOrBefore(uid: number): number {
    const ranges = this.#ranges;
    // Mail arrives in UID order: the last range is the usual answer.
    const last = ranges.length - 1;
    if (last < 0) return -1;
    if ((ranges[last] as [number, number])[0] <= uid) return last;
    let low = 0;
    let high = last;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((ranges[middle] as [number, number])[0] <= uid) low = middle;
      else high = middle - 1;
    }
    return (ranges[low] as [number, number])[0] <= uid ? low : -1;
  }
}
