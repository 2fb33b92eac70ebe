import { describe, expect, it } from "vitest";
import { labels as englishOnlyLabels } from "../en.js";
import { de, en, explain, formatDuration, labels, reasons } from "../index.js";

describe("labels", () => {
  it("labels every severity, reason, bounce type and actor in German", () => {
    const german = labels("de");
    expect(german.locale).toBe("de");
    expect(german.severities.permanent).toBe("dauerhaft");
    expect(german.severities.intermediate).toBe("Zwischenantwort");
    expect(german.bounces).toEqual({ hard: "Hard Bounce", soft: "Soft Bounce", none: "kein Bounce" });
    expect(german.fields.severity).toBe("Schweregrad");
    expect(german.fields.actor).toBe("Zuständig");
    expect(german.fields.retry).toBe("Wiederholen?");
    for (const reason of reasons) expect(german.reasons[reason]).toBe(de.reasons[reason].title);
    expect(german.actors).toEqual(de.actors);
    expect(german.actors).not.toBe(de.actors);
  });

  it("is English by default and in the English-only entry point", () => {
    expect(labels()).toBe(labels("en"));
    expect(labels().reasons.userUnknown).toBe(en.reasons.userUnknown.title);
    expect(englishOnlyLabels().severities).toEqual(en.labels.severities);
    // @ts-expect-error: the English-only entry point holds no German
    expect(() => englishOnlyLabels("de")).toThrow(RangeError);
  });

  it("labels every value an explanation can hold", () => {
    const result = explain("450 4.2.0 Greylisted, try again in 5 minutes", { locale: "de" });
    const german = labels(result.locale as "de");
    expect(german.severities[result.severity]).toBe("vorübergehend");
    expect(german.bounces[result.bounce ?? "none"]).toBe("Soft Bounce");
    expect(german.reasons[result.reason]).toBe("Greylisting");
    const wait = german.retry.after.replace("{duration}", formatDuration(result.retryAfter ?? 0, "de"));
    expect(wait).toBe("ja, nach 5 Minuten");
  });

  it("differs from English in German wherever the word is not the same in both", () => {
    const same = new Set(["Code", "Bounce"]);
    const english = labels("en");
    const german = labels("de");
    for (const group of ["severities", "bounces", "fields", "retry"] as const) {
      for (const [key, text] of Object.entries(german[group])) {
        const source = (english[group] as Record<string, string>)[key];
        if (!same.has(text)) expect(text, `${group}.${key}`).not.toBe(source);
      }
    }
  });

  it("rejects a locale it does not have", () => {
    // @ts-expect-error: "fr" is not a locale of this entry point
    expect(() => labels("fr")).toThrow(RangeError);
    expect(() => labels(5 as unknown as "en")).toThrow(RangeError);
  });

  it("gives the same frozen object on every call", () => {
    expect(labels("de")).toBe(labels("de"));
    expect(Object.isFrozen(labels("de"))).toBe(true);
    for (const table of ["severities", "reasons", "bounces", "actors", "fields", "retry"] as const)
      expect(Object.isFrozen(labels("de")[table]), table).toBe(true);
  });
});
