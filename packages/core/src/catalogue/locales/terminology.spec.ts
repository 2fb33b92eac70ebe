import { describe, expect, it } from "vitest";
import { de, en, type LocaleTexts, lookup } from "../../index.js";

/** Every text of a locale, with where it stands. */
function allTexts(texts: LocaleTexts): [string, string][] {
  const found: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") found.push([path, value]);
    else if (value && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
  };
  walk(texts, "");
  return found;
}

/** Words the German file does not use, and the word it uses instead (see its header). */
const avoidedInGerman: [RegExp, string][] = [
  [/Einrichtung/, "Konfiguration"],
  [/eingerichtet/, "konfiguriert"],
  [/Kontingent|Speicherzuteilung/, "Quota"],
  [/\bSpeicher\b/, "Speicherplatz (storage, not memory)"],
  [/Stationen/, "Hops"],
  [/Umsetzung|setzt \S+ nicht um/, "Implementierung"],
  [/Spamurteil/, "Spam-Einstufung"],
  [/hält es an/, "Besteht das Problem weiter"],
  [/[Kk]opierte Listen/, "im Netz kursierende Listen"],
  [/\bnötig\b/, "erforderlich"],
  [/Postmaster-Werkzeug/, "Postmaster Tools"],
  [/['"]/, "„…“"],
  [/Absenderdomain passende DKIM/, "From-Domain"],
];

describe("German terminology", () => {
  it.each(avoidedInGerman)("uses %s nowhere (instead: %s)", (avoided) => {
    const offending = allTexts(de).filter(([, text]) => avoided.test(text));
    expect(offending).toEqual([]);
  });

  it("closes every German quotation it opens", () => {
    for (const [path, text] of allTexts(de)) {
      expect(text.split("„").length, path).toBe(text.split("“").length);
    }
  });
});

/** What the RFCs say, for the texts that once said otherwise; in both languages. */
const meanings: { code: string; en: RegExp[]; de: RegExp[]; neither?: RegExp[] }[] = [
  // RFC 4954: convert the stored credentials by one login with PLAIN; the password stays.
  {
    code: "432",
    en: [/PLAIN over TLS/, /stored credentials/],
    de: [/PLAIN über TLS/, /gespeicherten Zugangsdaten/],
  },
  {
    code: "X.7.12",
    en: [/PLAIN over TLS/, /does not have to change/],
    de: [/PLAIN über TLS/, /nicht geändert/],
  },
  { code: "422", en: [/stored credentials/], de: [/gespeicherten Zugangsdaten/] },
  // RFC 3886 is message tracking, not delivery status notifications.
  {
    code: "X.1.9",
    en: [/message tracking/],
    de: [/Message Tracking/],
    neither: [/status notification|Zustellbericht/],
  },
  // RFC 7372 with forward-confirmed reverse DNS: the PTR's name resolves back to the IP.
  { code: "X.7.25", en: [/resolves? back/], de: [/wieder auf (?:diese|dieselbe) IP/] },
  // RFC 7372: DKIM author match is the From header; SPF is the envelope (MAIL FROM).
  { code: "X.7.22", en: [/From header/, /MAIL FROM/], de: [/From-Kopfzeile/, /MAIL FROM/] },
  { code: "X.7.23", en: [/MAIL FROM/], de: [/MAIL FROM/], neither: [/sender's domain\.|Absenderdomain/] },
  // 452 is storage (RFC 5321 "insufficient system storage"), not memory.
  { code: "452", en: [/storage/], de: [/Speicherplatz/], neither: [/Systemspeicher/] },
  // The pronoun points to the message, not to the flood.
  { code: "X.7.28", en: [/this message was refused/], de: [/wurde diese Nachricht abgelehnt/] },
];

describe.each(["en", "de"] as const)("meanings in %s", (locale) => {
  it.each(meanings)("$code says what its RFC says", ({ code, neither = [], ...expected }) => {
    const entry = lookup(code, { locale });
    const text = `${entry?.title} ${entry?.explanation} ${entry?.advice ?? ""}`;
    for (const pattern of expected[locale]) expect(text).toMatch(pattern);
    for (const pattern of neither) expect(text).not.toMatch(pattern);
  });

  it("says of requirePTR what X.7.25 says", () => {
    const texts = locale === "en" ? en : de;
    expect(texts.reasons.requirePTR.advice).toMatch(
      locale === "en" ? /resolves back/ : /wieder auf diese IP/,
    );
  });

  it("calls class 3 an intermediate reply and subject 4 routing", () => {
    const texts = locale === "en" ? en : de;
    expect(texts.classes["3"].title).toBe(locale === "en" ? "Intermediate" : "Zwischenantwort");
    expect(texts.subjects["4"].explanation).toMatch(/routing/i);
  });

  it("gives a syntactically invalid code its own text, and a basic code no subject", () => {
    const invalid = lookup("599", { locale });
    const valid = lookup("557", { locale });
    const enhanced = lookup("5.1.99", { locale });
    expect(invalid).toMatchObject({ registered: false, validSyntax: false });
    expect(invalid?.explanation).toMatch(
      locale === "en" ? /not a valid SMTP reply code/ : /Kein gültiger SMTP-Antwortcode/,
    );
    expect(invalid?.explanation).not.toMatch(
      /well-formed|wohlgeformt|syntactically valid|syntaktisch gültig/,
    );
    expect(valid?.explanation).toMatch(locale === "en" ? /syntactically valid/ : /syntaktisch gültig/);
    for (const basic of [invalid, valid]) expect(basic?.explanation).not.toMatch(/subject/i);
    expect(enhanced?.explanation).toMatch(/subject/i);
  });

  it("leaves the deprecation mark to the deprecation field", () => {
    const entry = lookup("X.6.10", { locale });
    expect(entry).toMatchObject({ deprecatedInFavourOf: "X.6.8" });
    expect(entry?.title).not.toMatch(/deprecated|veraltet/i);
  });
});
