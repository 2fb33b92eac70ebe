import type { Actor, Reason } from "../types.js";
import type { LabelTexts, LocaleTexts } from "./locales/locale-texts.js";

/** Every label of one locale in one object: the values of a verdict and the names of its fields. */
export interface Labels extends LabelTexts {
  readonly locale: string;
  /** `userUnknown` → "Recipient unknown" / "Empfänger unbekannt" (the reason's title). */
  readonly reasons: Readonly<Record<Reason, string>>;
  /** `recipient` → "the recipient" / "der Empfänger". */
  readonly actors: Readonly<Record<Actor, string>>;
}

const cache = new WeakMap<LocaleTexts, Labels>();

/** The labels of a locale's texts, built once per locale and frozen. */
export function labelsOf(texts: LocaleTexts): Labels {
  const cached = cache.get(texts);
  if (cached) return cached;
  const reasons = Object.freeze(
    Object.fromEntries(Object.entries(texts.reasons).map(([reason, { title }]) => [reason, title])),
  ) as Labels["reasons"];
  const labels: Labels = Object.freeze({
    locale: texts.locale,
    ...texts.labels,
    reasons,
    actors: texts.actors,
  });
  cache.set(texts, labels);
  return labels;
}
