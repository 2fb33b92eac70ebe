/**
 * Every text the command line prints, per language: help, errors, progress and the headings of
 * its output. The values of a verdict (severities, reasons, bounce types, actors, "Retry?") are
 * core's `labels(locale)`; numbers, plurals and waits are written by `Intl` (`format.ts`).
 * Placeholders are `{name}`. A new language is one more table of the type `Messages`.
 */

/** The languages of the command line: those of `@smtp-codes/core`. */
export type Language = "en" | "de";

/** Singular and plural of a counted noun; `{count}` is the number, written as the language writes it. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

/** The help texts of one subcommand. */
export interface CommandTexts {
  /** One line for the overview of `smtp-codes --help`. */
  readonly summary: string;
  /** `smtp-codes NAME --help`. */
  readonly usage: string;
}

export interface Messages {
  /** `smtp-codes --help`; `{commands}` is the list of subcommands with their summaries. */
  readonly overview: string;
  readonly commands: {
    readonly explain: CommandTexts;
    readonly lookup: CommandTexts;
    readonly scan: CommandTexts;
  };
  /** Every message of an exit with code 1 or 2, without the `smtp-codes: ` prefix. */
  readonly errors: {
    readonly badLanguage: string;
    readonly unknownOption: string;
    readonly missingValue: string;
    readonly unexpectedArgument: string;
    readonly badArguments: string;
    readonly nothingToExplain: string;
    readonly notSmtp: string;
    /** A bare number outside the reply classes (600, 999); `{code}` is the number. */
    readonly notAReplyCode: string;
    /** `lookup` with something that is no code; `{value}` is the argument, quoted. */
    readonly notACode: string;
    readonly lookupOneCode: string;
    readonly suppressWithoutJson: string;
    readonly scanOneFile: string;
    readonly topRange: string;
    readonly scanNeedsInput: string;
    readonly cannotRead: string;
    readonly unexpected: string;
  };
  /** The progress line of `scan` on a terminal; `{percent}` is the share read. */
  readonly progress: string;
  readonly entry: {
    readonly standard: string;
    readonly nonStandard: string;
    readonly unregistered: string;
    readonly invalidSyntax: string;
    readonly deprecated: string;
    /** The class of a code written with `X`: the severity is the class the server sends. */
    readonly anyClass: string;
    readonly references: string;
  };
  readonly explanation: {
    readonly decidedBy: string;
    /** Quotation marks around the server's own text; `{text}` is that text. */
    readonly quoted: string;
  };
  readonly report: {
    readonly lines: PluralForms;
    readonly replies: PluralForms;
    /** `{lines}`, `{size}` and `{replies}` are already formatted. */
    readonly scanned: string;
    readonly messages: PluralForms;
    /** The recipients of the messages by their last attempt; `{messages}` and the counts are formatted. */
    readonly outcomes: string;
    readonly bySeverity: string;
    readonly byReason: string;
    readonly byDomain: string;
    readonly topTexts: string;
  };
}

const en: Messages = {
  overview: `Usage:
{commands}

  smtp-codes <code | reply> is short for smtp-codes explain <code | reply>.
  smtp-codes COMMAND --help shows a command's options.

Options of every command:
  --json            print the result as JSON
  --lang de|en      language (default: from LANG)
  -h, --help        help
  -v, --version     the version`,
  commands: {
    explain: {
      summary: "explain a code (550, 5.1.1, X.7.26) or a reply, log line or error message",
      usage: `Usage: smtp-codes [explain] <code | reply>   (reads stdin when no reply is given)

Options:
  --json            print the result as JSON
  --lang de|en      language (default: from LANG)
  --command STAGE   the SMTP stage the reply answered (RCPT, DATA, MAIL ...)`,
    },
    lookup: {
      summary: "show the catalogue entry of a code (550, 5.1.1, X.7.26): title, meaning, advice, references",
      usage: `Usage: smtp-codes lookup <code>

  A basic code (550), an enhanced code (5.1.1) or a registry key (X.7.26). Exits 1 when the
  argument is not a code (600, 999, a word); to explain a whole reply use smtp-codes explain.

Options:
  --json            print the catalogue entry as JSON
  --lang de|en      language (default: from LANG)`,
    },
    scan: {
      summary: "summarise the SMTP replies in a mail log (reads stdin without FILE, or with -)",
      usage: `Usage: smtp-codes scan [FILE]   (reads stdin without FILE, or with -)

Options:
  --json            print the summary as JSON
  --lang de|en      language (default: from LANG)
  --top N           how many domains and texts to list (default 10)
  --suppress        print only the addresses that hard-bounced, one per line, each once
                    (a suppression list; the addresses are shown unmasked)
  --show-addresses  do not mask addresses in the frequent texts`,
    },
  },
  errors: {
    badLanguage: "--lang must be de or en, not {value}",
    unknownOption: "unknown option {option}",
    missingValue: "option {option} needs a value",
    unexpectedArgument: "unexpected argument {argument}",
    badArguments: "invalid arguments",
    nothingToExplain: "nothing to explain",
    notSmtp: "this is not an SMTP code or reply (no reply code, enhanced code or known phrasing)",
    notAReplyCode: "{code} is not an SMTP reply code (three digits, the first 2 to 5)",
    notACode: "{value} is not an SMTP reply code or enhanced status code",
    lookupOneCode: "lookup takes one code",
    suppressWithoutJson: "--suppress prints addresses, not JSON",
    scanOneFile: "scan takes one file (or - for stdin)",
    topRange: "--top must be a whole number from 1 to 1000",
    scanNeedsInput: "scan needs a FILE, or a log on stdin",
    cannotRead: "cannot read {file}",
    unexpected: "unexpected error: {detail}",
  },
  progress: "scanning {percent}",
  entry: {
    standard: "standard",
    nonStandard: "non-standard",
    unregistered: "unregistered",
    invalidSyntax: "invalid syntax",
    deprecated: "deprecated, use {code}",
    anyClass: "class as sent (2, 4 or 5)",
    references: "References",
  },
  explanation: { decidedBy: "Decided by", quoted: '"{text}"' },
  report: {
    lines: { one: "{count} line", other: "{count} lines" },
    replies: { one: "{count} SMTP reply", other: "{count} SMTP replies" },
    scanned: "{lines} ({size}), {replies}",
    messages: { one: "{count} message", other: "{count} messages" },
    outcomes:
      "{messages}: recipients {delivered} delivered, {delay} still deferred, {bounce} bounced (last attempt each)",
    bySeverity: "By severity",
    byReason: "By reason",
    byDomain: "Receiving domains of failures",
    topTexts: "Most frequent failure texts",
  },
};

const de: Messages = {
  overview: `Aufruf:
{commands}

  smtp-codes <Code | Antwort> ist kurz für smtp-codes explain <Code | Antwort>.
  smtp-codes BEFEHL --help zeigt die Optionen eines Befehls.

Optionen aller Befehle:
  --json            Ergebnis als JSON ausgeben
  --lang de|en      Sprache (Standard: aus LANG)
  -h, --help        Hilfe
  -v, --version     Version`,
  commands: {
    explain: {
      summary: "erklärt einen Code (550, 5.1.1, X.7.26) oder eine Antwort, Logzeile oder Fehlermeldung",
      usage: `Aufruf: smtp-codes [explain] <Code | Antwort>   (liest ohne Antwort von der Standardeingabe)

Optionen:
  --json            Ergebnis als JSON ausgeben
  --lang de|en      Sprache (Standard: aus LANG)
  --command PHASE   die SMTP-Phase, auf die der Server antwortete (RCPT, DATA, MAIL ...)`,
    },
    lookup: {
      summary:
        "zeigt den Katalogeintrag eines Codes (550, 5.1.1, X.7.26): Titel, Bedeutung, Empfehlung, Quellen",
      usage: `Aufruf: smtp-codes lookup <Code>

  Ein einfacher Code (550), ein erweiterter Code (5.1.1) oder ein Registerschlüssel (X.7.26).
  Endet mit 1, wenn das Argument kein Code ist (600, 999, ein Wort); eine ganze Antwort erklärt
  smtp-codes explain.

Optionen:
  --json            Katalogeintrag als JSON ausgeben
  --lang de|en      Sprache (Standard: aus LANG)`,
    },
    scan: {
      summary:
        "fasst die SMTP-Antworten eines Mail-Logs zusammen (liest ohne DATEI oder mit - von der Standardeingabe)",
      usage: `Aufruf: smtp-codes scan [DATEI]   (liest ohne DATEI oder mit - von der Standardeingabe)

Optionen:
  --json            Zusammenfassung als JSON ausgeben
  --lang de|en      Sprache (Standard: aus LANG)
  --top N           wie viele Domains und Texte aufgeführt werden (Standard 10)
  --suppress        nur die Adressen mit Hard Bounce ausgeben, eine pro Zeile, jede einmal
                    (eine Sperrliste; die Adressen erscheinen unmaskiert)
  --show-addresses  Adressen in den häufigen Texten nicht maskieren`,
    },
  },
  errors: {
    badLanguage: "--lang muss de oder en sein, nicht {value}",
    unknownOption: "unbekannte Option {option}",
    missingValue: "Option {option} erwartet einen Wert",
    unexpectedArgument: "unerwartetes Argument {argument}",
    badArguments: "ungültige Argumente",
    nothingToExplain: "nichts zu erklären",
    notSmtp:
      "das ist weder ein SMTP-Code noch eine SMTP-Antwort (kein Antwortcode, kein erweiterter Code, keine bekannte Formulierung)",
    notAReplyCode: "{code} ist kein SMTP-Antwortcode (drei Ziffern, die erste 2 bis 5)",
    notACode: "{value} ist weder ein SMTP-Antwortcode noch ein erweiterter Statuscode",
    lookupOneCode: "lookup nimmt genau einen Code",
    suppressWithoutJson: "--suppress gibt Adressen aus, kein JSON",
    scanOneFile: "scan nimmt eine Datei (oder - für die Standardeingabe)",
    topRange: "--top muss eine ganze Zahl von 1 bis 1000 sein",
    scanNeedsInput: "scan erwartet eine DATEI oder ein Log auf der Standardeingabe",
    cannotRead: "{file} ist nicht lesbar",
    unexpected: "unerwarteter Fehler: {detail}",
  },
  progress: "Log wird gelesen … {percent}",
  entry: {
    standard: "standardisiert",
    nonStandard: "nicht standardisiert",
    unregistered: "nicht registriert",
    invalidSyntax: "ungültige Syntax",
    deprecated: "veraltet, stattdessen {code}",
    anyClass: "Klasse wie gesendet (2, 4 oder 5)",
    references: "Quellen",
  },
  explanation: { decidedBy: "Entschieden durch", quoted: "„{text}“" },
  report: {
    lines: { one: "{count} Zeile", other: "{count} Zeilen" },
    replies: { one: "{count} SMTP-Antwort", other: "{count} SMTP-Antworten" },
    scanned: "{lines} ({size}), {replies}",
    messages: { one: "{count} Nachricht", other: "{count} Nachrichten" },
    outcomes:
      "{messages}: Empfänger {delivered} zugestellt, {delay} noch zurückgestellt, {bounce} gebounct (je letzter Versuch)",
    bySeverity: "Nach Schweregrad",
    byReason: "Nach Grund",
    byDomain: "Empfängerdomains der Fehler",
    topTexts: "Häufigste Fehlertexte",
  },
};

/** The texts of the command line, by language. */
export const messages: Readonly<Record<Language, Messages>> = { en, de };

/** A template with its `{name}` placeholders filled in. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
