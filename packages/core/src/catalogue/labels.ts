import type { Actor, Reason } from "../types.js";
import type { LabelTexts, LocaleTexts } from "./locales/locale-texts.js";

/**
 * Every label of one locale in one object, as `labels(locale)` returns it: the values of a
 * verdict and the names of its fields.
 *
 * @example
 * const german: Labels = labels("de");
 * `${german.fields.severity}: ${german.severities[result.severity]}`; // "Schweregrad: dauerhaft"
 * german.bounces[result.bounce ?? "none"];                           // "Hard Bounce", "kein Bounce"
 */
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
  // Frozen copies: a caller that writes to a label cannot change the locale's texts.
  const copy = <T extends object>(table: T): T => Object.freeze({ ...table });
  const labels: Labels = Object.freeze({
    locale: texts.locale,
    severities: copy(texts.labels.severities),
    bounces: copy(texts.labels.bounces),
    fields: copy(texts.labels.fields),
    retry: copy(texts.labels.retry),
    reasons,
    actors: copy(texts.actors),
  });
  cache.set(texts, labels);
  return labels;
}
