import { fill, type Language, type PluralForms } from "./messages.js";

/** A whole number as the language writes it: `12,345` / `12.345`. */
export function formatCount(count: number, language: Language): string {
  return new Intl.NumberFormat(language).format(count);
}

/** A number with a fixed count of decimals, with the language's decimal mark: `0.95` / `0,95`. */
export function formatDecimal(value: number, digits: number, language: Language): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A size in bytes as megabytes with one decimal: `0.0 MB` / `0,0 MB`. */
export function formatMegabytes(bytes: number, language: Language): string {
  return new Intl.NumberFormat(language, {
    style: "unit",
    unit: "megabyte",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(bytes / 1_048_576);
}

/** A share from 0 to 1 as a whole percentage: `42%` / `42 %`. */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** A count with its noun in the singular or plural the language's rules ask for: `1 Zeile`, `2 Zeilen`. */
export function formatPlural(forms: PluralForms, count: number, language: Language): string {
  const form = new Intl.PluralRules(language).select(count) === "one" ? forms.one : forms.other;
  return fill(form, { count: formatCount(count, language) });
}
