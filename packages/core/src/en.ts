/**
 * `@smtp-codes/core/en`: the same API as `@smtp-codes/core` with English texts only, for
 * bundles that should not carry the German texts.
 */
import { createSmtpCodes } from "./api.js";
import { en } from "./catalogue/locales/en.js";
import { vendorEn } from "./catalogue/locales/vendor/en.js";

export * from "./public-types.js";
export { en };

/** `lookup`, `listEntries`, `explain`, `explainError` and `createClassifier` in English. */
export const { lookup, listEntries, explain, explainError, createClassifier } = createSmtpCodes({
  en: { ...en, vendor: vendorEn },
});
