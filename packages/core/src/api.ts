import type { CatalogueEntry } from "./catalogue/entries.js";
import { type Labels, labelsOf } from "./catalogue/labels.js";
import type { LocaleTexts } from "./catalogue/locales/locale-texts.js";
import { describe, type ListOptions, listIn, lookupIn } from "./catalogue/lookup.js";
import { type ExplainOptions, type Explanation, explainWith } from "./classify/explain.js";
import { type ErrorExplanation, explainErrorWith } from "./classify/explain-error.js";
import { compileUserRules, type UserRule } from "./classify/user-rules.js";
import type { ParsedReply } from "./parse/parse-reply.js";

/**
 * Options that choose the language of the texts: one of the locales of the entry point
 * (`"en"` or `"de"` from `@smtp-codes/core`, `"en"` from `@smtp-codes/core/en`), so that a
 * locale the entry point does not hold fails to compile.
 */
export interface LocaleOptions<L extends string = string> {
  /** Default: the entry point's first locale (`"en"`). */
  readonly locale?: L;
}

/**
 * The functions of `@smtp-codes/core` that return texts, bound to a set of locales; `L` is the
 * union of their names.
 */
export interface SmtpCodes<L extends string = string> {
  /**
   * The catalogue entry of a basic code (`550`, `"550"`) or an enhanced code (`"5.1.1"`,
   * `"X.1.1"`). A code that is not registered (`"5.1.99"`, `"557"`, the invalid `"599"`) gives an
   * entry built from its class (and subject) with `registered: false`; a string that is not a code gives
   * `undefined`.
   *
   * @example
   * lookup(550)?.title;                      // "Mailbox unavailable"
   * lookup("5.1.1", { locale: "de" })?.title; // "Fehlerhafte Postfachadresse des Empfängers"
   * lookup("hello");                         // undefined
   * @throws {TypeError} when `code` is neither a string nor a number.
   * @throws {RangeError} when the locale is not available.
   */
  lookup(code: string | number, options?: LocaleOptions<L>): CatalogueEntry | undefined;
  /**
   * Every registered entry: basic codes by number, then enhanced codes (`X.s.d`) by subject and
   * detail. For tables, docs and search.
   *
   * @example
   * listEntries({ kind: "enhanced" }).filter((entry) => entry.registered).length; // 81
   */
  listEntries(options?: LocaleOptions<L> & ListOptions): CatalogueEntry[];
  /**
   * Explains an SMTP reply (or a bare code, `550` or `"550"`), or a reply buried in a log line,
   * DSN or error message: severity,
   * whether to retry and when, hard or soft bounce, reason, who has to act, and one-sentence
   * summary and advice. Never throws for a string.
   *
   * @example
   * const e = explain("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to user complaints");
   * e.reason;    // "badReputation"
   * e.retryable; // true
   * explain("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown", { command: "RCPT TO" }).bounce; // "hard"
   * explain(550).code; // 550, a number, as lookup(550).code
   * @throws {TypeError} when `input` is neither a string, a number nor a parsed reply.
   * @throws {RangeError} when the locale is not available.
   */
  explain(input: string | number | ParsedReply, options?: ExplainOptions<L>): Explanation;
  /**
   * Explains an error (or a send result) of an SMTP client such as nodemailer: the server's
   * reply it carries (`response`, `responseCode`, `command`), else a reply or known phrasing in
   * its `message`, else its code (`ECONNECTION`, `ETIMEDOUT`, `EAUTH`, `ECONNREFUSED` ..., also
   * on `cause`). Refused recipients in `rejectedErrors` are explained one by one in
   * `recipients`, and a failure's verdict covers them all. Never throws.
   *
   * @example
   * explainError({ code: "ESOCKET", message: "connect ECONNREFUSED 127.0.0.1:25" }).reason; // "networkError"
   * explainError({ code: "EENVELOPE", response: "550 5.1.1 User unknown", command: "RCPT TO" }).bounce; // "hard"
   * @throws {RangeError} when the locale is not available.
   */
  explainError(error: unknown, options?: ExplainOptions<L>): ErrorExplanation;
  /**
   * The labels of a locale, for tables, cards and log lines: severities, reasons, bounce types
   * and actors, the names of a verdict's fields, and the answers to "Retry?". A frozen object,
   * the same one on every call.
   *
   * @example
   * labels("de").severities.permanent;       // "dauerhaft"
   * labels("de").reasons.userUnknown;        // "Empfänger unbekannt"
   * labels("de").bounces.none;               // "kein Bounce"
   * labels("de").fields.actor;               // "Zuständig"
   * labels().actors.recipient;               // "the recipient"
   * labels("de").retry.after.replace("{duration}", formatDuration(21600, "de")); // "ja, nach 6 Stunden"
   * @throws {RangeError} when the locale is not available.
   */
  labels(locale?: L): Labels;
  /**
   * `explain` and `explainError` with rules of your own, tried before the built-in table: for
   * receivers whose replies the built-in rules misread. A rule that decides shows as
   * `rule: "user:<id>"`. The rules are checked here, once: a bad pattern, an unknown reason or
   * missing words throw a `UserRuleError` (a `TypeError`) that names the rule. Patterns must keep
   * the limits in `userPatternLimits` (no backreferences, no lookaround, no repeated group that
   * holds a quantifier or alternatives), so that no reply can make them slow.
   *
   * @example
   * const { explain } = createClassifier({
   *   rules: [{ id: "acme.full", words: ["storage"], pattern: "storage plan used up", reason: "mailboxFull" }],
   * });
   * explain("550 5.1.1 Storage plan used up").reason; // "mailboxFull"
   * @throws {UserRuleError} when a rule is not usable.
   */
  createClassifier(options: ClassifierOptions): Classifier<L>;
  /** The locales these functions can answer in. */
  readonly locales: readonly L[];
}

/** Options of `createClassifier`. */
export interface ClassifierOptions {
  /** Your rules, tried in order before the built-in table. */
  readonly rules?: readonly UserRule[];
}

/** `explain` and `explainError` with user rules: the same results, decided by your rules first. */
export interface Classifier<L extends string = string> {
  explain(input: string | number | ParsedReply, options?: ExplainOptions<L>): Explanation;
  explainError(error: unknown, options?: ExplainOptions<L>): ErrorExplanation;
}

/**
 * Binds the text-returning functions to a set of locales; the first is the default. The
 * package's entry points are made with it (`@smtp-codes/core` with `{ en, de }`,
 * `@smtp-codes/core/en` with `{ en }`); a third language is one more `LocaleTexts` object. The
 * functions accept exactly the locales given (`L`), in their types and at run time.
 *
 * @example
 * import { createSmtpCodes, en } from "@smtp-codes/core";
 * const englishOnly = createSmtpCodes({ en });
 * englishOnly.locales;                      // ["en"]
 * englishOnly.explain("552 5.2.2 Mailbox full").reason; // "mailboxFull"
 */
export function createSmtpCodes<L extends string>(locales: Readonly<Record<L, LocaleTexts>>): SmtpCodes<L> {
  const names = Object.keys(locales) as L[];
  const fallback = names[0] ?? "en";
  const textsFor = (options: unknown): LocaleTexts => {
    if (options !== undefined && (typeof options !== "object" || options === null)) {
      throw new TypeError(`options must be an object, got ${describe(options)}`);
    }
    const requested = (options as LocaleOptions | undefined)?.locale ?? fallback;
    if (typeof requested !== "string" || !Object.hasOwn(locales, requested)) {
      throw new RangeError(
        `unknown locale ${JSON.stringify(String(requested))}: available are ${names.join(", ")}`,
      );
    }
    return locales[requested as L];
  };
  return {
    lookup: (code, options) => lookupIn(textsFor(options), code),
    listEntries: (options) => listIn(textsFor(options), options),
    explain: (input, options) => explainWith(textsFor(options), input, options),
    explainError: (error, options) => explainErrorWith(textsFor(options), error, options),
    labels: (locale) => labelsOf(textsFor(locale === undefined ? undefined : { locale })),
    createClassifier: (options) => {
      if (typeof options !== "object" || options === null)
        throw new TypeError(`createClassifier: options must be an object, got ${describe(options)}`);
      const userRules = compileUserRules(options.rules);
      return {
        explain: (input, explainOptions) =>
          explainWith(textsFor(explainOptions), input, explainOptions, userRules),
        explainError: (error, explainOptions) =>
          explainErrorWith(textsFor(explainOptions), error, explainOptions, userRules),
      };
    },
    locales: names,
  };
}
