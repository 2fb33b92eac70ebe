import type { SeenStore } from "./types.js";

/** Options of `createMemorySeenStore`. */
export interface MemorySeenStoreOptions {
  /** At most this many ids are kept (default 10 000); the oldest go first. */
  readonly maxEntries?: number;
  /** The current time, Unix milliseconds (for tests). */
  readonly now?: () => number;
}

/**
 * A `SeenStore` in this process's memory, bounded: expired ids are dropped, and past
 * `maxEntries` the oldest. Enough for one process; several need a shared store.
 *
 * @example
 * const store = createMemorySeenStore({ maxEntries: 1000 });
 * store.remember("mailgun:token-1", Date.now() + 60_000); // true
 * store.remember("mailgun:token-1", Date.now() + 60_000); // false: a replay
 */
export function createMemorySeenStore(options: MemorySeenStoreOptions = {}): SeenStore {
  const maxEntries = Math.max(1, Math.floor(options.maxEntries ?? 10_000));
  const now = options.now ?? Date.now;
  // Insertion order is expiry order closely enough: every id gets the same time to live.
  const expiries = new Map<string, number>();
  return {
    remember(id, expiresAt) {
      const time = now();
      for (const [key, expiry] of expiries) {
        if (expiry > time) break;
        expiries.delete(key);
      }
      const known = expiries.get(id);
      if (known !== undefined && known > time) return false;
      expiries.delete(id);
      expiries.set(id, expiresAt);
      while (expiries.size > maxEntries) {
        const oldest = expiries.keys().next().value;
        if (oldest === undefined) break;
        expiries.delete(oldest);
      }
      return true;
    },
    forget(id) {
      expiries.delete(id);
    },
  };
}
