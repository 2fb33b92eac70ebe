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

/** `lookup`, `listEntries`, `explain`, `explainError` and `createClassifier` in English (default) and German. */
export const { lookup, listEntries, explain, explainError, createClassifier } = createSmtpCodes({
  en: { ...en, vendor: vendorEn },
  de: { ...de, vendor: vendorDe },
});
