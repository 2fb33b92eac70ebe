import { describe, expect, it } from "vitest";
import { cachedBasicEntry, cachedEntry } from "./entry-cache.js";
import { de } from "./locales/de.js";
import { en } from "./locales/en.js";

describe("cachedBasicEntry", () => {
  it("gives the entry of the code's string, built once per locale and frozen", () => {
    const entry = cachedBasicEntry(550, en);
    expect(entry).toEqual(cachedEntry("550", en));
    expect(cachedBasicEntry(550, en)).toBe(entry);
    expect(Object.isFrozen(entry)).toBe(true);
    expect(cachedBasicEntry(550, de)?.locale).toBe("de");
  });

  it("keeps unregistered codes of a reply class too, and no entry where the catalogue has none", () => {
    const unregistered = cachedBasicEntry(577, en);
    expect(unregistered?.registered).toBe(false);
    expect(unregistered).toEqual(cachedEntry("577", en));
    expect(cachedBasicEntry(577, en)).toBe(unregistered);
    expect(cachedBasicEntry(999, en)).toBeUndefined();
    expect(cachedBasicEntry(999, en)).toBeUndefined();
  });

  it("reads numbers that are no three-digit code as their string", () => {
    expect(cachedBasicEntry(55, en)).toBeUndefined();
    expect(cachedBasicEntry(550.5, en)).toBeUndefined();
    expect(cachedBasicEntry(1000, en)).toBeUndefined();
  });
});
