/**
 * `@smtp-codes/core/en`: the same API as `@smtp-codes/core` with English texts only, for
 * bundles that should not carry the German texts.
 */
import { createSmtpCodes } from "./api.js";
import { en } from "./catalogue/locales/en.js";

export * from "./public-types.js";
export { en };

/** The texts this entry point holds, by locale. */
const textsByLocale = { en };

/** The languages of this entry point: `"en"` only. */
export type Locale = keyof typeof textsByLocale;

/** `lookup`, `listEntries`, `explain`, `explainError` and `labels` in English, and `locales` (`["en"]`). */
export const { lookup, listEntries, explain, explainError, labels, locales } = createSmtpCodes(textsByLocale);
