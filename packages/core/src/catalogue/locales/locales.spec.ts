import { describe, expect, it } from "vitest";
import {
  type CatalogueEntry,
  de,
  en,
  explain,
  type Locale,
  type LocaleTexts,
  listEntries,
  reasons,
} from "../../index.js";
import { vendorCodes } from "../vendor-codes.js";

const locales: Record<Locale, LocaleTexts> = { en, de };

/** Words that give a text away as English or German when they stand in the other language. */
const giveaways: Record<string, RegExp> = {
  en: /\b(?:der|die|das|und|nicht|ist|oder|wird|werden|Empfänger|Postfach)\b|[äöüß]/i,
  de: /\b(?:the|and|not|is|or|will|mailbox|recipient|please|sender)\b/,
};

/** Every text of an entry, by field. */
function textsOf(entry: CatalogueEntry): Record<string, string | null> {
  return { title: entry.title, explanation: entry.explanation, advice: entry.advice };
}

describe.each(Object.keys(locales) as Locale[])("locale %s", (locale) => {
  const entries = listEntries({ locale });
  const english = new Map(listEntries({ locale: "en" }).map((entry) => [entry.code, entry]));

  it("has a title and an explanation for every entry", () => {
    // The basic codes, the registry's enhanced codes, and the providers' own codes.
    expect(entries.length).toBe(62 + 81 + vendorCodes.length);
    for (const entry of entries) {
      expect(entry.title.trim(), String(entry.code)).not.toBe("");
      expect(entry.explanation.trim(), String(entry.code)).not.toBe("");
      expect(entry.locale).toBe(locale);
    }
  });

  it("has advice for every entry that can mean failure", () => {
    for (const entry of entries) {
      const failure =
        entry.kind === "basic"
          ? entry.class >= 4 || entry.class === 1
          : !(entry.intendedClasses.length > 0 && entry.intendedClasses.every((cls) => cls === 2));
      if (failure) expect(entry.advice?.trim(), String(entry.code)).toBeTruthy();
    }
  });

  it("writes no text in the other language", () => {
    for (const entry of entries) {
      for (const [field, text] of Object.entries(textsOf(entry))) {
        if (text === null) continue;
        expect(giveaways[locale]?.test(text), `${entry.code} ${field}: ${text}`).toBe(false);
        if (locale !== "en") {
          const source = textsOf(english.get(entry.code) as CatalogueEntry)[field];
          expect(text, `${entry.code} ${field} is the English text`).not.toBe(source);
        }
      }
    }
  });

  it("has a title, summary and advice for every reason", () => {
    for (const reason of reasons) {
      const texts = locales[locale]?.reasons[reason];
      for (const text of [texts?.title, texts?.summary, texts?.advice]) {
        expect(text?.trim(), reason).toBeTruthy();
        expect(giveaways[locale]?.test(text ?? ""), `${reason}: ${text}`).toBe(false);
      }
    }
  });

  it("explains in the requested language", () => {
    const result = explain("552 5.2.2 Mailbox full", { locale });
    expect(result.locale).toBe(locale);
    expect(result.summary).toBe(locales[locale]?.reasons.mailboxFull.summary);
  });
});
