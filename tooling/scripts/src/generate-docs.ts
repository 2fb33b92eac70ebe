/**
 * Writes the reference pages docs/catalogue.<locale>.md from the catalogue data.
 *
 *   pnpm generate:docs   regenerate the pages
 *   pnpm check:docs      fail when a page differs from what the data gives (CI runs this)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type BasicEntry,
  de,
  type EnhancedEntry,
  en,
  type Locale,
  type LocaleTexts,
  listEntries,
} from "@smtp-codes/core";

const docsDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../../docs");

/** Headings and column names of the pages; the entries' texts come from the catalogue. */
const labels = {
  en: {
    title: "SMTP reply codes and enhanced status codes",
    intro:
      "Generated from the data of `@smtp-codes/core` by `pnpm generate:docs`; do not edit by hand. Basic codes follow RFC 5321 section 4.2.3 and its extensions, enhanced codes the IANA registry (RFC 3463, RFC 5248). Codes that no RFC defines are marked non-standard.",
    classes: "Classes",
    basic: "Basic reply codes",
    nonStandard: "Non-standard codes from copied lists",
    subjects: "Subjects of enhanced status codes",
    enhanced: "Enhanced status codes",
    vendor: "Providers' own enhanced codes",
    vendorIntro:
      "Codes that providers use outside the IANA registry, as they document them. They are not registered: another server may use the same digits for something else.",
    vendorColumn: "Provider",
    columns: {
      code: "Code",
      title: "Title",
      meaning: "Meaning",
      advice: "Advice",
      references: "References",
      associated: "Basic codes",
      classes: "Classes",
      valid: "Valid syntax",
    },
    yes: "yes",
    no: "no",
    deprecated: "deprecated, use",
  },
  de: {
    title: "SMTP-Antwortcodes und erweiterte Statuscodes",
    intro:
      "Aus den Daten von `@smtp-codes/core` erzeugt mit `pnpm generate:docs`; nicht von Hand bearbeiten. Einfache Codes folgen RFC 5321 Abschnitt 4.2.3 und seinen Erweiterungen, erweiterte Codes dem IANA-Register (RFC 3463, RFC 5248). Codes, die kein RFC definiert, sind als nicht standardisiert markiert.",
    classes: "Klassen",
    basic: "Einfache Antwortcodes",
    nonStandard: "Nicht standardisierte Codes aus im Netz kursierenden Listen",
    subjects: "Subjects der erweiterten Statuscodes",
    enhanced: "Erweiterte Statuscodes",
    vendor: "Eigene erweiterte Codes der Anbieter",
    vendorIntro:
      "Codes, die Anbieter außerhalb des IANA-Registers verwenden, wie sie sie dokumentieren. Sie sind nicht registriert: Ein anderer Server kann dieselben Ziffern für etwas anderes verwenden.",
    vendorColumn: "Anbieter",
    columns: {
      code: "Code",
      title: "Titel",
      meaning: "Bedeutung",
      advice: "Empfehlung",
      references: "Quellen",
      associated: "Einfache Codes",
      classes: "Klassen",
      valid: "Gültige Syntax",
    },
    yes: "ja",
    no: "nein",
    deprecated: "veraltet, stattdessen",
  },
} as const;

const cell = (text: string | null | undefined): string =>
  (text ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");
const row = (cells: readonly (string | null | undefined)[]): string => `| ${cells.map(cell).join(" | ")} |`;

function renderPage(locale: Locale, texts: LocaleTexts): string {
  const l = labels[locale];
  const entries = listEntries({ locale });
  const basic = entries.filter((entry): entry is BasicEntry => entry.kind === "basic");
  const allEnhanced = entries.filter((entry): entry is EnhancedEntry => entry.kind === "enhanced");
  const enhanced = allEnhanced.filter((entry) => entry.registered);
  const vendor = allEnhanced.filter((entry) => entry.vendor !== null);
  const lines = [
    `# ${l.title}`,
    "",
    l.intro,
    "",
    `## ${l.classes}`,
    "",
    row([l.columns.code, l.columns.title, l.columns.meaning]),
  ];
  lines.push(row(["---", "---", "---"]));
  for (const [digit, text] of Object.entries(texts.classes))
    lines.push(row([`${digit}xx`, text.title, text.explanation]));
  lines.push(
    "",
    `## ${l.basic}`,
    "",
    row([l.columns.code, l.columns.title, l.columns.meaning, l.columns.advice, l.columns.references]),
  );
  lines.push(row(["---", "---", "---", "---", "---"]));
  for (const entry of basic.filter((e) => e.standard)) {
    lines.push(
      row([`\`${entry.code}\``, entry.title, entry.explanation, entry.advice, entry.references.join(", ")]),
    );
  }
  lines.push(
    "",
    `## ${l.nonStandard}`,
    "",
    row([l.columns.code, l.columns.title, l.columns.meaning, l.columns.advice, l.columns.valid]),
  );
  lines.push(row(["---", "---", "---", "---", "---"]));
  for (const entry of basic.filter((e) => !e.standard)) {
    lines.push(
      row([
        `\`${entry.code}\``,
        entry.title,
        entry.explanation,
        entry.advice,
        entry.validSyntax ? l.yes : l.no,
      ]),
    );
  }
  lines.push(
    "",
    `## ${l.subjects}`,
    "",
    row([l.columns.code, l.columns.title, l.columns.meaning]),
    row(["---", "---", "---"]),
  );
  for (const [subject, text] of Object.entries(texts.subjects))
    lines.push(row([`X.${subject}.*`, text.title, text.explanation]));
  lines.push("", `## ${l.enhanced}`, "");
  lines.push(
    row([
      l.columns.code,
      l.columns.title,
      l.columns.meaning,
      l.columns.advice,
      l.columns.classes,
      l.columns.associated,
      l.columns.references,
    ]),
  );
  lines.push(row(["---", "---", "---", "---", "---", "---", "---"]));
  for (const entry of enhanced) {
    const title = entry.deprecatedInFavourOf
      ? `${entry.title} (${l.deprecated} ${entry.deprecatedInFavourOf})`
      : entry.title;
    lines.push(
      row([
        `\`${entry.code}\``,
        title,
        entry.explanation,
        entry.advice,
        entry.intendedClasses.join(", "),
        entry.associatedBasicCodes.join(", "),
        entry.references.join(", "),
      ]),
    );
  }
  lines.push("", `## ${l.vendor}`, "", l.vendorIntro, "");
  lines.push(
    row([
      l.columns.code,
      l.vendorColumn,
      l.columns.title,
      l.columns.meaning,
      l.columns.advice,
      l.columns.references,
    ]),
  );
  lines.push(row(["---", "---", "---", "---", "---", "---"]));
  for (const entry of vendor) {
    lines.push(
      row([
        `\`${entry.code}\``,
        entry.vendor,
        entry.title,
        entry.explanation,
        entry.advice,
        entry.references.join(", "),
      ]),
    );
  }
  return `${lines.join("\n")}\n`;
}

const pages = { en: renderPage("en", en), de: renderPage("de", de) };
const check = process.argv.includes("--check");
let stale = 0;
for (const [locale, content] of Object.entries(pages)) {
  const file = resolve(docsDir, `catalogue.${locale}.md`);
  if (check) {
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {
      // a missing page is stale
    }
    if (current !== content) {
      console.error(`docs: ${file} is stale; run pnpm generate:docs`);
      stale++;
    }
  } else {
    writeFileSync(file, content);
    console.log(`docs: wrote ${file}`);
  }
}
if (stale > 0) process.exit(1);
if (check) console.log("docs: the catalogue pages are up to date");
