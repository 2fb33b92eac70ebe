import { basicCodes } from "./basic-codes.js";
import { enhancedCodes } from "./enhanced-codes.js";
import type { CatalogueEntry } from "./entries.js";
import { cachedEntry } from "./entry-cache.js";
import type { LocaleTexts } from "./locales/locale-texts.js";
import { parseEnhancedParts } from "./syntax.js";
import { vendorCodes } from "./vendor-codes.js";

/** Longest string `lookup` looks at; anything longer cannot be a code. */
const maxCodeLength = 16;

/**
 * Finds the catalogue entry of a basic code (`550`, `"550"`) or an enhanced code (`"5.1.1"`,
 * `"X.1.1"`), in the given texts. Surrounding white space is ignored. A well-formed code that is
 * not registered gives an entry built from its class (and subject) with `registered: false`.
 * Anything else gives `undefined`; a value that is neither string nor number throws.
 */
export function lookupIn(texts: LocaleTexts, code: unknown): CatalogueEntry | undefined {
  let key: string;
  if (typeof code === "number") {
    if (!Number.isInteger(code) || code < 0) return undefined;
    key = String(code);
  } else if (typeof code === "string") {
    if (code.length > maxCodeLength * 4) return undefined;
    key = code.trim();
  } else {
    throw new TypeError(`lookup: expected a code as a string or number, got ${describe(code)}`);
  }
  if (key.length === 3) return isDigits(key) ? cachedEntry(key, texts) : undefined;
  if (key.length > maxCodeLength) return undefined;
  const parts = parseEnhancedParts(key, true);
  return parts ? cachedEntry(`${parts.cls}.${parts.subject}.${parts.detail}`, texts) : undefined;
}

/** Which entries `listEntries` returns. */
export interface ListOptions {
  /** Only basic or only enhanced codes; both when absent. */
  readonly kind?: "basic" | "enhanced";
}

/**
 * Every registered entry: basic codes by number, then enhanced codes by subject and detail; then
 * the providers' own codes (`registered: false`, `vendor` set), the first code of each block.
 */
export function listIn(texts: LocaleTexts, options: ListOptions = {}): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  if (options.kind !== "enhanced") {
    for (const facts of basicCodes) {
      const entry = cachedEntry(String(facts.code), texts);
      if (entry) entries.push(entry);
    }
  }
  if (options.kind !== "basic") {
    for (const facts of enhancedCodes) {
      const entry = cachedEntry(facts.code, texts);
      if (entry) entries.push(entry);
    }
    for (const facts of vendorCodes) {
      const entry = cachedEntry(facts.code, texts);
      if (entry) entries.push(entry);
    }
  }
  return entries;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A short, safe description of a value's type for error messages. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}
