import type { Actor, Reason, ReplyClass, Severity } from "../../types.js";
import type { BasicCodeKey } from "../basic-codes.js";
import type { EnhancedCodeKey, EnhancedSubjectKey } from "../enhanced-codes.js";
import type { VendorCodeKey } from "../vendor-codes.js";

/** Title, explanation and (for codes that can mean failure) advice of one catalogue entry. */
export interface EntryTexts {
  /** A short title, a few words. */
  readonly title: string;
  /** What the code means, in plain words; for non-standard codes, the truth about them. */
  readonly explanation: string;
  /** For failures: who has to act and what to do. */
  readonly advice?: string;
}

/** What the classifier says about one reason: a one-sentence summary and advice. */
export interface ReasonTexts {
  readonly title: string;
  readonly summary: string;
  readonly advice: string;
}

/**
 * How a bounce is labelled: `hard`, `soft`, or `none` where `bounce` is `null`.
 *
 * @example
 * labels("de").bounces[result.bounce ?? "none"]; // "kein Bounce" for a success
 */
export type BounceLabelKey = "hard" | "soft" | "none";

/**
 * The fields of a verdict that a table, card or log line names.
 *
 * @example
 * labels("de").fields.actor; // "Zuständig"
 */
export type FieldLabelKey =
  | "code"
  | "severity"
  | "reason"
  | "bounce"
  | "actor"
  | "retry"
  | "summary"
  | "advice"
  | "refused";

/**
 * Short labels for the values of a verdict and the names of its fields, for tables, cards and
 * log lines: the `labels` of a locale's texts. Reasons and actors are labelled by
 * `reasons[reason].title` and `actors`; `labels(locale)` gives all of them in one object.
 *
 * @example
 * de.labels.severities.transient;      // "vorübergehend"
 * de.labels.retry.after;               // "ja, nach {duration}"
 */
export interface LabelTexts {
  /** `permanent` → "permanent" / "dauerhaft". */
  readonly severities: Readonly<Record<Severity, string>>;
  /** `hard` → "hard bounce" / "Hard Bounce"; `none` → "no bounce" / "kein Bounce". */
  readonly bounces: Readonly<Record<BounceLabelKey, string>>;
  /** Names of the fields: `actor` → "Who acts" / "Zuständig", `retry` → "Retry?" / "Wiederholen?". */
  readonly fields: Readonly<Record<FieldLabelKey, string>>;
  /** Answers to "Retry?"; `after` holds `{duration}`, to be replaced by `formatDuration`. */
  readonly retry: { readonly yes: string; readonly no: string; readonly after: string };
}

/**
 * Every text of one language. The type lists every key the data knows, so a locale that
 * misses an entry does not compile. Adding a language is one new file of this type, added to
 * `createSmtpCodes` in `index.ts` and to the tests in `locales.spec.ts` and
 * `terminology.spec.ts`.
 *
 * Before a locale is merged, a reviewer who runs mail servers in that language checks:
 * - terms: the words its admins use (write them down in the file's header, as `de.ts` does),
 *   one word per concept throughout (one word for "required"), protocol keywords and product
 *   names as spelled by their RFCs and makers;
 * - register: the same impersonal, short style everywhere; advice says what to do;
 * - quotation marks: the language's own;
 * - meaning: each text against its RFC, not just against the English.
 */
export interface LocaleTexts {
  readonly locale: string;
  readonly classes: Readonly<
    Record<`${ReplyClass}`, { readonly title: string; readonly explanation: string }>
  >;
  readonly subjects: Readonly<
    Record<EnhancedSubjectKey, { readonly title: string; readonly explanation: string }>
  >;
  readonly basic: Readonly<Record<BasicCodeKey, EntryTexts>>;
  readonly enhanced: Readonly<Record<EnhancedCodeKey, EntryTexts>>;
  readonly reasons: Readonly<Record<Reason, ReasonTexts>>;
  /** Who acts, as a phrase that also serves as its label: "the recipient" / "der Empfänger". */
  readonly actors: Readonly<Record<Actor, string>>;
  readonly labels: LabelTexts;
  /** Texts of providers' own codes (`vendor-codes.ts`), kept in `locales/vendor/`; when absent, they get the texts of unregistered codes. */
  readonly vendor?: Readonly<Record<VendorCodeKey, EntryTexts>>;
  /** Texts of entries built for codes that are not registered; the class's texts follow them. */
  readonly unregistered: {
    /** A three-digit code with valid syntax (RFC 5321 section 4.2) that no RFC defines: `580`. */
    readonly basicTitle: string;
    readonly basicExplanation: string;
    /** A three-digit code whose second digit breaks the syntax (above 5): `599`. */
    readonly invalidBasicTitle: string;
    readonly invalidBasicExplanation: string;
    /** A well-formed enhanced code that is not registered: `5.1.99`. Says "subject", basic ones do not. */
    readonly enhancedTitle: string;
    readonly enhancedExplanation: string;
  };
}
