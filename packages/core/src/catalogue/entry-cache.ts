import { basicEntry, type CatalogueEntry, enhancedEntry } from "./entries.js";
import type { LocaleTexts } from "./locales/locale-texts.js";
import { parseEnhancedParts } from "./syntax.js";

/**
 * Entries are the same every time for the same code and locale, so registered ones are built
 * once, frozen and shared, and so are providers' own codes. Other unregistered codes are built
 * anew (their number is unbounded), but for basic codes by number (`cachedBasicEntry`).
 */
const caches = new WeakMap<LocaleTexts, Map<string, CatalogueEntry>>();

/** The entry of a normalised code (`"550"`, `"5.1.1"`, `"X.1.1"`), or `undefined`. */
export function cachedEntry(code: string, texts: LocaleTexts): CatalogueEntry | undefined {
  let cache = caches.get(texts);
  if (!cache) {
    cache = new Map();
    caches.set(texts, cache);
  }
  const hit = cache.get(code);
  if (hit) return hit;
  const entry = buildEntry(code, texts);
  if (entry?.registered || (entry?.kind === "enhanced" && entry.vendor !== null))
    cache.set(code, Object.freeze(entry));
  return entry;
}

/**
 * Basic codes' entries by code number, per locale, unregistered ones too (there are at most
 * 900): `explain` looks one up for most replies, and a string made of the number and looked up
 * in `caches` cost more than the rest of describing the reply. `null` where there is no entry.
 */
const basicCaches = new WeakMap<LocaleTexts, (CatalogueEntry | null)[]>();

/** The entry of a basic code given as a number (`550`), or `undefined`. */
export function cachedBasicEntry(code: number, texts: LocaleTexts): CatalogueEntry | undefined {
  if (!Number.isInteger(code) || code < 100 || code > 999) return cachedEntry(String(code), texts);
  let cache = basicCaches.get(texts);
  if (!cache) {
    cache = [];
    basicCaches.set(texts, cache);
  }
  const hit = cache[code];
  if (hit !== undefined) return hit ?? undefined;
  const entry = cachedEntry(String(code), texts);
  cache[code] = entry ? Object.freeze(entry) : null;
  return entry;
}

function buildEntry(code: string, texts: LocaleTexts): CatalogueEntry | undefined {
  if (code.length === 3) return basicEntry(code, texts);
  const parts = parseEnhancedParts(code, true);
  return parts ? enhancedEntry(parts.cls, parts.subject, parts.detail, texts) : undefined;
}
