/**
 * `@smtp-codes/core`: every SMTP reply code and enhanced status code, in English and German,
 * and a parser and classifier for real replies. For an English-only bundle import
 * `@smtp-codes/core/en` instead: same API, without the German texts.
 */
import { createSmtpCodes } from "./api.js";
import { de } from "./catalogue/locales/de.js";
import { en } from "./catalogue/locales/en.js";
import { vendorDe } from "./catalogue/locales/vendor/de.js";
import { vendorEn } from "./catalogue/locales/vendor/en.js";

export * from "./public-types.js";
export { de, en };

/** The texts this entry point holds, by locale (the first is the default), with the providers' own codes. */
const textsByLocale = { en: { ...en, vendor: vendorEn }, de: { ...de, vendor: vendorDe } };

/**
 * The languages of this entry point: `"en" | "de"`. Derived from the texts it holds, so a new
 * locale added here is accepted everywhere `Locale` is used.
 */
export type Locale = keyof typeof textsByLocale;

/**
 * `lookup`, `listEntries`, `explain`, `explainError`, `createClassifier` and `labels` in English
 * (default) and German, and `locales`, the names of the locales (`["en", "de"]`).
 *
 * @example
 * locales; // ["en", "de"]
 */
export const { lookup, listEntries, explain, explainError, createClassifier, labels, locales } =
  createSmtpCodes(textsByLocale);
