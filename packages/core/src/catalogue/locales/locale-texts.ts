import type { Actor, Reason, ReplyClass, Severity } from "../../types.js";
import type { BasicCodeKey } from "../basic-codes.js";
import type { EnhancedCodeKey, EnhancedSubjectKey } from "../enhanced-codes.js";

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

/** How a bounce is labelled: `hard`, `soft`, or `none` where `bounce` is `null`. */
export type BounceLabelKey = "hard" | "soft" | "none";

/** The fields of a verdict that a table, card or log line names. */
export type FieldLabelKey =
  | "code"
  | "severity"
  | "reason"
  | "bounce"
  | "actor"
  | "retry"
  | "summary"
  | "advice";

/**
 * Short labels for the values of a verdict and the names of its fields, for tables, cards and
 * log lines. Reasons and actors are labelled by `reasons[reason].title` and `actors`.
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
 * misses an entry does not compile. Adding a language is one new file of this type.
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
  /** Texts of entries built for well-formed codes that are not registered. */
  readonly unregistered: {
    readonly basicTitle: string;
    readonly enhancedTitle: string;
    readonly explanation: string;
  };
}
