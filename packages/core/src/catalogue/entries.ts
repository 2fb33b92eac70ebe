import type { Actor, EnhancedClass, Severity } from "../types.js";
import { type BasicCodeFacts, type BasicCodeKey, basicCodes } from "./basic-codes.js";
import { type EnhancedCodeFacts, type EnhancedCodeKey, enhancedCodes } from "./enhanced-codes.js";
import type { LocaleTexts } from "./locales/locale-texts.js";
import { severityOfClass } from "./severity.js";
import { isValidReplyCode } from "./syntax.js";
import { type VendorCodeKey, vendorCodeOf } from "./vendor-codes.js";

/** Fields every catalogue entry has. */
interface EntryBase {
  /** What the class digit means. `unknown` for a wildcard class (`X.1.1`) or no SMTP class (`101`). */
  readonly severity: Severity;
  /** Whether the catalogue knows this code (an RFC, the IANA registry, or a widely copied list). */
  readonly registered: boolean;
  readonly title: string;
  readonly explanation: string;
  /** For codes that can mean failure: who has to act and what to do; `null` for success codes. */
  readonly advice: string | null;
  /** Who usually has to act when this code is a failure; `null` for success codes. */
  readonly actor: Actor | null;
  /** Where the code is defined, such as `"RFC5321 4.2.3"`. */
  readonly references: readonly string[];
  /** The locale of the texts. */
  readonly locale: string;
}

/** A basic (three-digit) reply code. */
export interface BasicEntry extends EntryBase {
  readonly kind: "basic";
  /**
   * The code, `550`. A number, like `code` in the results of `parseReply` and `explain`: basic
   * codes are numbers everywhere, enhanced codes strings.
   */
  readonly code: number;
  /** The first digit (1 for the non-SMTP 1yz codes of copied lists). */
  readonly class: number;
  /** Defined by an RFC. */
  readonly standard: boolean;
  /** Valid reply-code syntax under RFC 5321 section 4.2 (first digit 2-5, second 0-5). */
  readonly validSyntax: boolean;
  /** For non-standard codes: where they come from. */
  readonly origin: BasicCodeFacts["origin"] | null;
  /** For non-standard codes that are enhanced codes without dots: that enhanced code. */
  readonly likelyEnhanced: string | null;
}

/** An enhanced status code (RFC 3463). */
export interface EnhancedEntry extends EntryBase {
  readonly kind: "enhanced";
  /** The code as asked for, normalised: `"5.1.1"`, `"X.1.1"`; a string, like `enhanced` in `explain`'s result. */
  readonly code: string;
  /** 2, 4 or 5; `null` for the wildcard `X`. */
  readonly class: EnhancedClass | null;
  readonly subject: number;
  readonly detail: number;
  /** The key in the registry, with the class as `X`: `"X.1.1"`. */
  readonly registryCode: string;
  /** The registry's sample text (English, as registered). */
  readonly registryName: string | null;
  readonly subjectTitle: string | null;
  /** The registry's associated basic codes. */
  readonly associatedBasicCodes: readonly number[];
  /** Classes the registry intends this code for, where it says; empty when unrestricted. */
  readonly intendedClasses: readonly EnhancedClass[];
  /** The code to use instead, when the registry deprecates this one. */
  readonly deprecatedInFavourOf: string | null;
  /** For a provider's own code outside the registry (`registered: false`): the provider, such as `"Microsoft"`. */
  readonly vendor: string | null;
}

/** A catalogue entry: a basic reply code or an enhanced status code. */
export type CatalogueEntry = BasicEntry | EnhancedEntry;

const basicByCode = new Map<string, BasicCodeFacts>(basicCodes.map((facts) => [String(facts.code), facts]));
const enhancedByKey = new Map<string, EnhancedCodeFacts>(enhancedCodes.map((facts) => [facts.code, facts]));

/**
 * The entry of a three-digit code: from the catalogue, or built from its class when the first
 * digit is a reply class (2 to 5). `580` gets an entry with `validSyntax: false`; `999` none.
 */
export function basicEntry(code: string, texts: LocaleTexts): BasicEntry | undefined {
  const facts = basicByCode.get(code);
  const validSyntax = isValidReplyCode(code);
  const firstDigit = code.charCodeAt(0) - 48;
  if (!facts && (firstDigit < 2 || firstDigit > 5)) return undefined;
  const classTexts = texts.classes[String(firstDigit) as "2"];
  const failure = firstDigit >= 4;
  if (!facts) {
    return {
      kind: "basic",
      code: Number(code),
      class: firstDigit,
      severity: severityOfClass(firstDigit),
      registered: false,
      standard: false,
      validSyntax,
      origin: null,
      likelyEnhanced: null,
      title: `${validSyntax ? texts.unregistered.basicTitle : texts.unregistered.invalidBasicTitle} (${classTexts.title})`,
      explanation: `${validSyntax ? texts.unregistered.basicExplanation : texts.unregistered.invalidBasicExplanation} ${classTexts.explanation}`,
      advice: failure ? (texts.enhanced["X.0.0"].advice ?? null) : null,
      actor: null,
      references: [],
      locale: texts.locale,
    };
  }
  const entryTexts = texts.basic[code as BasicCodeKey];
  return {
    kind: "basic",
    code: Number(code),
    class: firstDigit,
    severity: severityOfClass(firstDigit),
    registered: true,
    standard: facts.standard,
    validSyntax,
    origin: facts.origin ?? null,
    likelyEnhanced: facts.likelyEnhanced ?? null,
    title: entryTexts.title,
    explanation: entryTexts.explanation,
    advice: entryTexts.advice ?? null,
    actor: facts.actor ?? null,
    references: facts.references,
    locale: texts.locale,
  };
}

/** The entry of an enhanced code whose parts are already validated. */
export function enhancedEntry(
  cls: "2" | "4" | "5" | "X",
  subject: number,
  detail: number,
  texts: LocaleTexts,
): EnhancedEntry {
  const registryCode = `X.${subject}.${detail}`;
  const facts = enhancedByKey.get(registryCode);
  const subjectTexts = subject <= 7 ? texts.subjects[String(subject) as "0"] : undefined;
  const numericClass = cls === "X" ? null : (Number(cls) as EnhancedClass);
  const success = cls === "2";
  const vendorFacts = facts ? undefined : vendorCodeOf(cls, subject, detail);
  const vendorTexts = vendorFacts ? texts.vendor?.[vendorFacts.code as VendorCodeKey] : undefined;
  let entryTexts: { title: string; explanation: string; advice: string | null };
  if (vendorTexts) {
    entryTexts = {
      title: vendorTexts.title,
      explanation: vendorTexts.explanation,
      advice: vendorTexts.advice ?? null,
    };
  } else if (facts) {
    const registered = texts.enhanced[facts.code as EnhancedCodeKey];
    entryTexts = {
      title: registered.title,
      explanation: registered.explanation,
      advice: registered.advice ?? null,
    };
  } else {
    const fallback = texts.enhanced[(subjectTexts ? `X.${subject}.0` : "X.0.0") as EnhancedCodeKey];
    const unregistered = texts.unregistered;
    entryTexts = {
      title: subjectTexts
        ? `${subjectTexts.title}: ${unregistered.enhancedTitle}`
        : unregistered.enhancedTitle,
      explanation: subjectTexts
        ? `${unregistered.enhancedExplanation} ${subjectTexts.explanation}`
        : unregistered.enhancedExplanation,
      advice: fallback.advice ?? null,
    };
  }
  return {
    kind: "enhanced",
    code: `${cls}.${subject}.${detail}`,
    class: numericClass,
    subject,
    detail,
    registryCode,
    severity: severityOfClass(numericClass ?? undefined),
    registered: facts !== undefined,
    registryName: facts?.name ?? null,
    subjectTitle: subjectTexts?.title ?? null,
    title: entryTexts.title,
    explanation: entryTexts.explanation,
    advice: success ? null : entryTexts.advice,
    actor: success ? null : (facts?.actor ?? vendorFacts?.actor ?? null),
    references: facts?.references ?? vendorFacts?.references ?? [],
    associatedBasicCodes: facts?.associatedBasicCodes ?? [],
    intendedClasses: facts?.classes ?? [],
    deprecatedInFavourOf: facts?.deprecatedInFavourOf ?? null,
    vendor: vendorFacts?.vendor ?? null,
    locale: texts.locale,
  };
}
