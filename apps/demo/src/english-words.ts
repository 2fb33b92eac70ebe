/**
 * For the tests of "nothing English on a German screen": the English words of the demo and of
 * core's labels, derived from the English tables (so a new English text is checked too), less
 * every word the German tables use as well (Code, Bounce, Greylisting, Hard ...). As
 * `packages/cli/src/german.spec.ts` does for the command line.
 */
import { de, labels, reasons } from "@smtp-codes/core";
import { texts } from "./texts.js";

/** Every string in a nested table of texts. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The words of a text, lower-case; `{placeholders}` of templates are not words. */
export const wordsOf = (text: string): string[] =>
  text
    .replace(/\{\w+\}/g, " ")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/**
 * The English words: core's English labels, the keys of reasons and severities (which a page
 * that forgot to translate them would show: "userUnknown", "transient") and the demo's English
 * texts, less the words of core's German texts and the demo's German table.
 */
export const englishWords: ReadonlySet<string> = (() => {
  const english = [
    ...stringsOf(labels("en")),
    ...reasons,
    ...Object.keys(labels("en").severities),
    ...stringsOf(texts.en),
  ];
  const german = new Set(
    [...stringsOf(de), ...stringsOf(labels("de")), ...stringsOf(texts.de)].flatMap(wordsOf),
  );
  return new Set(english.flatMap(wordsOf).filter((word) => word.length >= 3 && !german.has(word)));
})();

/** Products, named as their makers spell them, whatever the language around them. */
const productNames = /\b(?:Office|Microsoft)[- ]365\b/g;

/**
 * What is a name, not a word of a language: rule ids (`rule:user.unknown`), addresses (mail,
 * web, `@smtp-codes/` packages), products and protocol keywords in capitals (RCPT, MAIL FROM).
 */
const withoutNames = (text: string) =>
  text
    .replace(productNames, " ")
    .replace(/\b(?:rule|context|enhanced|basic|stage|class|client|user):[^\s)]+/g, " ")
    .replace(/\bhttps?:\/\/\S+/g, " ")
    .replace(/@smtp-codes\/[\w-]+/g, " ")
    .replace(/[\w.+-]+@[\w.-]+/g, " ")
    .replace(/\b\p{Lu}{2,}\b/gu, " ");

/** The English words in a text, each once. */
export function englishIn(text: string): string[] {
  return [...new Set(wordsOf(withoutNames(text)).filter((word) => englishWords.has(word)))];
}
