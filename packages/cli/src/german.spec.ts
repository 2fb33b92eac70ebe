import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import {
  de,
  type Explanation,
  explain,
  explainError,
  labels,
  listEntries,
  lookup,
  reasons,
} from "@smtp-codes/core";
import { describe, expect, it } from "vitest";
import { commands } from "./commands/index.js";
import { progressLine } from "./commands/scan.js";
import { messages } from "./messages.js";
import { renderEntry, renderExplanation, renderReport, style } from "./render.js";
import { scan } from "./scan.js";

const cli = join(dirname(fileURLToPath(import.meta.url)), "../dist/cli.js");

function run(args: string[], input = "", env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", LANG: "C.UTF-8", ...env },
  });
  return `${result.stdout}${result.stderr}`;
}

/** Every string in a nested table of texts. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The words of a text, lower-case; `{placeholders}` of templates are not words. */
const wordsOf = (text: string): string[] =>
  text
    .replace(/\{\w+\}/g, " ")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/**
 * The English words of the output, derived from the English tables: core's labels (and the
 * keys of reasons and severities, which an English-only renderer would print) and the command
 * line's own texts, less every word the German texts (core's and the command line's) use too:
 * Code, Bounce, Greylisting, Administrator ...
 */
const englishWords: ReadonlySet<string> = (() => {
  const english = [
    ...stringsOf(labels("en")),
    ...reasons,
    ...Object.keys(labels("en").severities),
    ...stringsOf(messages.en),
  ];
  const german = new Set([...stringsOf(de), ...stringsOf(messages.de)].flatMap(wordsOf));
  return new Set(english.flatMap(wordsOf).filter((word) => word.length >= 3 && !german.has(word)));
})();

/** Rule ids (`rule:gmail.account-does-not-exist`) are stable identifiers, not prose. */
const withoutIdentifiers = (text: string) =>
  text
    .replace(/\b(?:rule|context|enhanced|basic|stage|class|client|user):[^\s)]+/g, "")
    // A reference's address is the publisher's, in its language.
    .replace(/\bhttps?:\/\/\S+/g, "");

/** Protocol keywords in capitals (MAIL FROM, RCPT TO) are the same in every language. */
const withoutKeywords = (text: string) => text.replace(/\b\p{Lu}{2,}\b/gu, "");

function englishIn(text: string): string[] {
  const words = wordsOf(withoutKeywords(withoutIdentifiers(text)));
  return [...new Set(words.filter((word) => englishWords.has(word)))];
}

/** A log whose server texts hold no English, so that every English word would be ours. */
function germanLog(lines: number): string {
  const replies = [
    "250 2.0.0 Ok",
    "550 5.1.1 <kunde{i}@beispiel.de>: Empfaenger unbekannt",
    "452 4.2.2 <kunde{i}@beispiel.de>: Postfach voll",
    "421 4.7.0 [TSS04] Zustellung verzoegert",
  ];
  return Array.from(
    { length: lines },
    (_, i) =>
      `Dec  1 10:00:00 mx postfix/smtp[1]: ${(replies[i % replies.length] as string).replace("{i}", String(i))}`,
  ).join("\n");
}

describe("nothing English on a German screen", () => {
  it("derives a list of English words that holds the labels", () => {
    for (const word of [
      "permanent",
      "transient",
      "unknown",
      "retry",
      "recipient",
      "advice",
      "userunknown",
      "lines",
    ])
      expect(englishWords.has(word), word).toBe(true);
    for (const word of ["code", "bounce", "hard", "greylisting", "smtp"])
      expect(englishWords.has(word), word).toBe(false);
  });

  it("has no English in the command line's German table", () => {
    for (const text of stringsOf(messages.de)) expect(englishIn(text), text).toEqual([]);
  });

  it("prints help, usage and every error in German", () => {
    const help = run(["--lang", "de", "--help"]);
    const missingValue = run(["--lang", "de", "scan", "--top"]);
    const badLanguage = run(["--lang", "fr", "550"], "", { LANG: "de_DE.UTF-8" });
    const outputs = [
      help,
      missingValue,
      badLanguage,
      ...commands.map((command) => run(["--lang", "de", command.name, "--help"])),
      run(["--lang", "de", "--bogus"]),
      run(["--lang", "de", "scan", "--top", "0", "-"]),
      run(["--lang", "de", "scan", "a", "b"]),
      run(["--lang", "de", "scan", "/gibt/es/nicht"]),
      run(["--lang", "de", "scan", tmpdir()]),
      run(["--lang", "de", "hallo", "welt"]),
    ];
    for (const output of outputs) {
      expect(output).toMatch(/\p{L}/u);
      expect(englishIn(output), output).toEqual([]);
    }
    expect(help).toContain("Aufruf:");
    expect(missingValue).toContain("Option --top erwartet einen Wert");
    expect(badLanguage).toContain("--lang muss de oder en sein");
  });

  it("renders every catalogue entry in German, wildcard, unregistered and invalid codes too", () => {
    const entries = [
      ...listEntries({ locale: "de" }),
      ...["5.6.10", "4.4.6", "557", "599", "5.1.99", "2.1.5"].map((code) => lookup(code, { locale: "de" })),
    ];
    for (const entry of entries) {
      if (!entry) throw new Error("missing entry");
      const text = renderEntry(entry, "de", style(false));
      expect(englishIn(text), text).toEqual([]);
    }
    expect(renderEntry(lookup("X.6.10", { locale: "de" }) as never, "de", style(false))).toContain(
      "[Klasse wie gesendet (2, 4 oder 5), veraltet, stattdessen X.6.8]",
    );
  });

  it("renders explanations in German: every severity, bounce, reason, actor and retry", () => {
    const results: Explanation[] = [
      explain("550 5.1.1 <kunde@beispiel.de>", { locale: "de" }),
      explain("452 4.2.2 Postfach voll", { locale: "de" }),
      explain("250 2.0.0 Ok", { locale: "de" }),
      explain("354 Daten", { locale: "de" }),
      explain("421 4.7.0 [TSS04]", { locale: "de" }),
      explain("hallo", { locale: "de" }),
      explainError({ code: "ECONNREFUSED" }, { locale: "de" }),
    ];
    const base = results[0] as Explanation;
    for (const reason of reasons) results.push({ ...base, reason });
    for (const actor of Object.keys(labels("de").actors)) results.push({ ...base, actor: actor as never });
    for (const result of results) {
      const text = renderExplanation(result, "de", style(false));
      expect(englishIn(text), text).toEqual([]);
    }
    const full = renderExplanation(explain("452 4.2.2 voll", { locale: "de" }), "de", style(false));
    expect(full).toContain("vorübergehend · Soft Bounce · Postfach voll · Wiederholen? ja, nach 6 Stunden");
    expect(full).toMatch(/Entschieden durch: \S+ \(\d,\d\d\)/);
    expect(full).toContain("Zuständig: der Empfänger");
  });

  it("summarises a log in German, with the singular and a decimal comma", async () => {
    const one = renderReport(await scan(Readable.from([germanLog(1)]), { locale: "de" }), "de", style(false));
    expect(one).toContain("1 Zeile (0,0 MB), 1 SMTP-Antwort");
    const many = renderReport(
      await scan(Readable.from([germanLog(2_000)]), { locale: "de" }),
      "de",
      style(false),
    );
    expect(many).toContain("2.000 Zeilen");
    for (const text of [one, many]) expect(englishIn(text), text).toEqual([]);
    expect(many).toContain("Nach Schweregrad");
    expect(many).toMatch(/Empfänger unbekannt\s+500/);
  });

  it("prints the scan report of the binary in German", () => {
    const file = join(mkdtempSync(join(tmpdir(), "smtp-codes-de-")), "mail.log");
    writeFileSync(file, germanLog(40));
    const output = run(["--lang", "de", "scan", file]);
    expect(output).toContain("40 Zeilen");
    expect(englishIn(output), output).toEqual([]);
  });

  it("writes the progress line in German", () => {
    const line = progressLine(0.42, "de");
    expect(line).toMatch(/^Log wird gelesen … 42\s%$/u);
    expect(englishIn(line)).toEqual([]);
  });
});
