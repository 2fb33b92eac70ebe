/**
 * `@smtp-codes/core/en`: the same API as `@smtp-codes/core` with English texts only, for
 * bundles that should not carry the German texts.
 */
import { createSmtpCodes } from "./api.js";
import { en } from "./catalogue/locales/en.js";
import { vendorEn } from "./catalogue/locales/vendor/en.js";

export * from "./public-types.js";
export { en };

/** The texts this entry point holds, by locale, with the providers' own codes. */
const textsByLocale = { en: { ...en, vendor: vendorEn } };

/** The languages of this entry point: `"en"` only. */
export type Locale = keyof typeof textsByLocale;

/**
 * `lookup`, `listEntries`, `explain`, `explainError`, `createClassifier` and `labels` in
 * English, and `locales` (`["en"]`).
 */
export const { lookup, listEntries, explain, explainError, createClassifier, labels, locales } =
  createSmtpCodes(textsByLocale);
