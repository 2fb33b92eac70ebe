import type { Actor, Reason, ReplyClass } from "../../types.js";
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
  readonly actors: Readonly<Record<Actor, string>>;
  /** Texts of providers' own codes (`vendor-codes.ts`), kept in `locales/vendor/`; when absent, they get the texts of unregistered codes. */
  readonly vendor?: Readonly<Record<VendorCodeKey, EntryTexts>>;
  /** Texts of entries built for well-formed codes that are not registered. */
  readonly unregistered: {
    readonly basicTitle: string;
    readonly enhancedTitle: string;
    readonly explanation: string;
  };
}
