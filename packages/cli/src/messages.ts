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
    readonly bounce: CommandTexts;
    readonly bounces: CommandTexts;
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
    /** `--rules FILE`: `{file}` and, where there is one, the reason as `{detail}`. */
    readonly rulesUnreadable: string;
    readonly rulesTooLarge: string;
    readonly rulesNotJson: string;
    readonly rulesNoList: string;
    readonly rulesInvalid: string;
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
    readonly bounceOneFile: string;
    readonly bounceStdinIsTerminal: string;
    readonly bouncesOneMailbox: string;
    readonly bouncesStdinIsTerminal: string;
    readonly bouncesOneOutput: string;
    /** `{detail}` is the mailbox reader's own message. */
    readonly mailbox: string;
    /** `{url}` is the argument given. */
    readonly imapBadUrl: string;
    readonly imapPasswordInUrl: string;
    readonly imapNoUser: string;
    readonly imapNoHost: string;
    readonly imapNeedsPasswordEnv: string;
    /** `{name}` is the variable `--password-env` names. */
    readonly imapPasswordEnvUnset: string;
    /** `{option}` is `--watch` or `--password-env`. */
    readonly imapOnlyOption: string;
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
  /** `smtp-codes bounce` and `bounces`. */
  readonly bounce: BounceTexts;
}

/** The texts of a bounce report and of a mailbox summary. */
export interface BounceTexts {
  /** What a report is, per `kind` of `parseBounce`. */
  readonly kinds: Readonly<
    Record<"bounce" | "delay" | "delivered" | "complaint" | "autoReply" | "none", string>
  >;
  /** `{format}`: which reader recognised it. */
  readonly readAs: string;
  /** `{host}`: the reporting MTA. */
  readonly reportedBy: string;
  readonly recipients: PluralForms;
  readonly original: string;
  /** `{address}`: the recipient first given. */
  readonly originally: string;
  /** `{host}`: the server that refused. */
  readonly remoteMta: string;
  readonly stopMailing: string;
  readonly warning: string;
  readonly complaint: string;
  /** The fields of a feedback report, by their name in `parseBounce`'s `complaint`. */
  readonly complaintFields: Readonly<Record<string, string>>;
  /** What a recipient that was not refused did, per outcome type. */
  readonly notRefused: Readonly<Record<"complaint" | "autoReply" | "delivered", string>>;
  readonly messages: PluralForms;
  readonly byKind: string;
  readonly byReason: string;
  readonly byBounce: string;
  readonly byDomain: string;
  /** `{addresses}` is the counted addresses. */
  readonly suppressed: string;
  readonly addresses: PluralForms;
  /** `{messages}` is the counted messages. */
  readonly truncated: string;
  /** The progress line of `bounces`; `{read}` is the share of an mbox read and the messages so far. */
  readonly progress: string;
  /** `bounce` given an mbox of several messages. */
  readonly firstOfMany: string;
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
  --command STAGE   the SMTP stage the reply answered (RCPT, DATA, MAIL ...)
  --rules FILE      your own rules, tried before the built-in ones: a JSON list of
                    { "id", "words", "pattern", "reason", ... } (see @smtp-codes/core)`,
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

A bounce email, or an mbox of them, is read message by message: each recipient it reports
counts as one reply (smtp-codes bounce and bounces show the reports themselves).

Options:
  --json            print the summary as JSON
  --lang de|en      language (default: from LANG)
  --top N           how many domains and texts to list (default 10)
  --suppress        print only the addresses that hard-bounced, one per line, each once
                    (a suppression list; the addresses are shown unmasked)
  --show-addresses  do not mask addresses in the frequent texts`,
    },
    bounce: {
      summary: "explain one bounce email (a file, or - for stdin) recipient by recipient",
      usage: `Usage: smtp-codes bounce FILE|-   (an .eml file, or - to read the email from stdin)

Explains a bounce report (a DSN, an MTA's or provider's own bounce text, a spam complaint or an
automatic reply) recipient by recipient. Emails over 10 MiB are read in part (the report says so).

Options:
  --json            print the report as JSON
  --lang de|en      language (default: from LANG)
  --headers A,B     also show these headers of the bounced message (X-Campaign-Id ...)`,
    },
    bounces: {
      summary: "summarise the bounce reports of a mailbox (mbox, Maildir or folder of .eml)",
      usage: `Usage: smtp-codes bounces MAILBOX   (an mbox file, a Maildir, a folder of .eml files, or - for an mbox on stdin)

Reads every message (in constant memory; messages over 10 MiB are read in part) and counts the
reports by kind, the recipients by reason, bounce type and domain.

Options (one of --suppress, --json, --jsonl):
  --suppress        print only the addresses to stop mailing (hard bounces, complaints), one per line
  --json            print the summary as JSON
  --jsonl           print each message's report as one line of JSON: {"source": ..., "report": ...}
  --lang de|en      language (default: from LANG)
  --top N           how many domains to list (default 10)

An IMAP mailbox: smtp-codes bounces imap://USER@HOST[:PORT]/MAILBOX --password-env NAME
(imaps:// for TLS) reads its unseen messages and changes nothing on the server.
  --password-env NAME   the environment variable that holds the password (never on the command line)
  --watch           follow new mail until Ctrl-C, then print the summary`,
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
    rulesUnreadable: "cannot read the rules file {file}: {detail}",
    rulesTooLarge: "the rules file {file} is over 1 MiB",
    rulesNotJson: "the rules file {file} is not JSON: {detail}",
    rulesNoList: "the rules file {file} holds no list of rules",
    rulesInvalid: "{file}: {detail}",
    notAReplyCode: "{code} is not an SMTP reply code (three digits, the first 2 to 5)",
    notACode: "{value} is not an SMTP reply code or enhanced status code",
    lookupOneCode: "lookup takes one code",
    suppressWithoutJson: "--suppress prints addresses, not JSON",
    scanOneFile: "scan takes one file (or - for stdin)",
    topRange: "--top must be a whole number from 1 to 1000",
    scanNeedsInput: "scan needs a FILE, or a log on stdin",
    cannotRead: "cannot read {file}",
    unexpected: "unexpected error: {detail}",
    bounceOneFile: "bounce takes one file, or - for stdin",
    bounceStdinIsTerminal: "bounce - reads an email from stdin, and stdin is a terminal",
    bouncesOneMailbox: "bounces takes one mailbox, or - for an mbox on stdin",
    bouncesStdinIsTerminal: "bounces - reads an mbox from stdin, and stdin is a terminal",
    bouncesOneOutput: "--suppress, --json and --jsonl each print their own output; choose one",
    mailbox: "{detail}",
    imapBadUrl: "{url} is not a valid imap:// or imaps:// URL",
    imapPasswordInUrl:
      "the URL contains a password; put it in an environment variable and name that with --password-env",
    imapNoUser: "the URL names no user (imap://USER@host/INBOX)",
    imapNoHost: "the URL names no host",
    imapNeedsPasswordEnv:
      "an IMAP mailbox needs --password-env NAME, the environment variable with the password",
    imapPasswordEnvUnset: "the environment variable {name} (--password-env) is not set",
    imapOnlyOption: "{option} is for an IMAP mailbox (imap:// or imaps://), not a file",
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
  bounce: {
    kinds: {
      bounce: "bounce",
      delay: "delay (the sender still retries)",
      delivered: "delivery notice",
      complaint: "spam complaint",
      autoReply: "automatic reply",
      none: "not a bounce report",
    },
    readAs: "read as {format}",
    reportedBy: "reported by {host}",
    recipients: { one: "{count} recipient", other: "{count} recipients" },
    original: "Bounced message",
    originally: "(originally {address})",
    remoteMta: "remote server {host}",
    stopMailing: "stop mailing this address",
    warning: "Warning",
    complaint: "Complaint",
    complaintFields: {
      feedbackType: "feedback type",
      userAgent: "reported by",
      sourceIp: "source IP",
      originalRecipient: "recipient",
      originalMailFrom: "sender",
      reportedDomain: "reported domain",
      arrivalDate: "arrived",
    },
    notRefused: { complaint: "complained", autoReply: "replied automatically", delivered: "delivered" },
    messages: { one: "{count} message", other: "{count} messages" },
    byKind: "By kind of report",
    byReason: "Recipients by reason",
    byBounce: "Recipients by bounce type",
    byDomain: "Recipient domains",
    suppressed: "{addresses} to stop mailing (--suppress lists them)",
    addresses: { one: "{count} address", other: "{count} addresses" },
    truncated: "{messages} over the size limit read in part",
    progress: "reading {read}",
    firstOfMany:
      "smtp-codes: this is an mbox of several messages; bounce explains the first, bounces reads them all",
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
  --command PHASE   die SMTP-Phase, auf die der Server antwortete (RCPT, DATA, MAIL ...)
  --rules DATEI     eigene Regeln, vor den eingebauten geprüft: eine JSON-Liste von
                    { "id", "words", "pattern", "reason", ... } (siehe @smtp-codes/core)`,
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

Eine Bounce-Mail oder eine mbox davon wird Nachricht für Nachricht gelesen: jeder Empfänger, den
sie meldet, zählt als eine Antwort (smtp-codes bounce und bounces zeigen die Berichte selbst).

Optionen:
  --json            Zusammenfassung als JSON ausgeben
  --lang de|en      Sprache (Standard: aus LANG)
  --top N           wie viele Domains und Texte aufgeführt werden (Standard 10)
  --suppress        nur die Adressen mit Hard Bounce ausgeben, eine pro Zeile, jede einmal
                    (eine Sperrliste; die Adressen erscheinen unmaskiert)
  --show-addresses  Adressen in den häufigen Texten nicht maskieren`,
    },
    bounce: {
      summary: "erklärt eine Bounce-Mail (eine Datei oder - für die Standardeingabe) Empfänger für Empfänger",
      usage: `Aufruf: smtp-codes bounce DATEI|-   (eine .eml-Datei oder - für die Mail auf der Standardeingabe)

Erklärt einen Unzustellbarkeitsbericht (eine DSN, den eigenen Bounce-Text eines MTA oder Anbieters,
eine Spam-Beschwerde oder eine automatische Antwort) Empfänger für Empfänger. Mails über 10 MiB
werden nur zum Teil gelesen (der Bericht sagt es).

Optionen:
  --json            Bericht als JSON ausgeben
  --lang de|en      Sprache (Standard: aus LANG)
  --headers A,B     auch diese Kopfzeilen der zurückgekommenen Nachricht zeigen (X-Campaign-Id ...)`,
    },
    bounces: {
      summary:
        "fasst die Unzustellbarkeitsberichte eines Postfachs zusammen (mbox, Maildir oder Ordner mit .eml)",
      usage: `Aufruf: smtp-codes bounces POSTFACH   (eine mbox-Datei, ein Maildir, ein Ordner mit .eml-Dateien oder - für eine mbox auf der Standardeingabe)

Liest jede Nachricht (mit gleichbleibendem Speicher; Nachrichten über 10 MiB nur zum Teil) und
zählt die Berichte nach Art, die Empfänger nach Grund, Bounce-Art und Domain.

Optionen (eine von --suppress, --json, --jsonl):
  --suppress        nur die Adressen ausgeben, die nicht mehr angeschrieben werden sollen (Hard Bounces, Beschwerden), eine je Zeile
  --json            Zusammenfassung als JSON ausgeben
  --jsonl           den Bericht jeder Nachricht als eine Zeile JSON ausgeben: {"source": ..., "report": ...}
  --lang de|en      Sprache (Standard: aus LANG)
  --top N           wie viele Domains aufgeführt werden (Standard 10)

Ein IMAP-Postfach: smtp-codes bounces imap://BENUTZER@HOST[:PORT]/POSTFACH --password-env NAME
(imaps:// für TLS) liest dessen ungelesene Nachrichten und ändert nichts auf dem Server.
  --password-env NAME   die Umgebungsvariable mit dem Passwort (nie auf der Befehlszeile)
  --watch           neuen Nachrichten folgen bis Strg-C, dann die Zusammenfassung ausgeben`,
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
    rulesUnreadable: "die Regeldatei {file} ist nicht lesbar: {detail}",
    rulesTooLarge: "die Regeldatei {file} ist größer als 1 MiB",
    rulesNotJson: "die Regeldatei {file} ist kein JSON: {detail}",
    rulesNoList: "die Regeldatei {file} enthält keine Liste von Regeln",
    rulesInvalid: "{file}: {detail}",
    notAReplyCode: "{code} ist kein SMTP-Antwortcode (drei Ziffern, die erste 2 bis 5)",
    notACode: "{value} ist weder ein SMTP-Antwortcode noch ein erweiterter Statuscode",
    lookupOneCode: "lookup nimmt genau einen Code",
    suppressWithoutJson: "--suppress gibt Adressen aus, kein JSON",
    scanOneFile: "scan nimmt eine Datei (oder - für die Standardeingabe)",
    topRange: "--top muss eine ganze Zahl von 1 bis 1000 sein",
    scanNeedsInput: "scan erwartet eine DATEI oder ein Log auf der Standardeingabe",
    cannotRead: "{file} ist nicht lesbar",
    unexpected: "unerwarteter Fehler: {detail}",
    bounceOneFile: "bounce nimmt eine Datei oder - für die Standardeingabe",
    bounceStdinIsTerminal: "bounce - liest eine Mail von der Standardeingabe, und die ist ein Terminal",
    bouncesOneMailbox: "bounces nimmt ein Postfach oder - für eine mbox auf der Standardeingabe",
    bouncesStdinIsTerminal: "bounces - liest eine mbox von der Standardeingabe, und die ist ein Terminal",
    bouncesOneOutput: "--suppress, --json und --jsonl geben je etwas anderes aus; bitte nur eine davon",
    mailbox: "{detail}",
    imapBadUrl: "{url} ist keine gültige imap://- oder imaps://-Adresse",
    imapPasswordInUrl:
      "die Adresse enthält ein Passwort; legen Sie es in eine Umgebungsvariable und nennen Sie diese mit --password-env",
    imapNoUser: "die Adresse nennt keinen Benutzer (imap://BENUTZER@host/INBOX)",
    imapNoHost: "die Adresse nennt keinen Host",
    imapNeedsPasswordEnv:
      "ein IMAP-Postfach braucht --password-env NAME, die Umgebungsvariable mit dem Passwort",
    imapPasswordEnvUnset: "die Umgebungsvariable {name} (--password-env) ist nicht gesetzt",
    imapOnlyOption: "{option} gilt für ein IMAP-Postfach (imap:// oder imaps://), nicht für eine Datei",
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
  bounce: {
    kinds: {
      bounce: "Unzustellbarkeitsbericht",
      delay: "Verzögerung (der Absender versucht es weiter)",
      delivered: "Zustellbestätigung",
      complaint: "Spam-Beschwerde",
      autoReply: "automatische Antwort",
      none: "kein Unzustellbarkeitsbericht",
    },
    readAs: "gelesen als {format}",
    reportedBy: "gemeldet von {host}",
    recipients: { one: "{count} Empfänger", other: "{count} Empfänger" },
    original: "Zurückgekommene Nachricht",
    originally: "(ursprünglich {address})",
    remoteMta: "Empfangsserver {host}",
    stopMailing: "diese Adresse nicht mehr anschreiben",
    warning: "Warnung",
    complaint: "Beschwerde",
    complaintFields: {
      feedbackType: "Art",
      userAgent: "gemeldet von",
      sourceIp: "Absender-IP",
      originalRecipient: "Empfänger",
      originalMailFrom: "Absender",
      reportedDomain: "gemeldete Domain",
      arrivalDate: "eingegangen",
    },
    notRefused: {
      complaint: "hat sich beschwert",
      autoReply: "hat automatisch geantwortet",
      delivered: "zugestellt",
    },
    messages: { one: "{count} Nachricht", other: "{count} Nachrichten" },
    byKind: "Nach Art des Berichts",
    byReason: "Empfänger nach Grund",
    byBounce: "Empfänger nach Bounce-Art",
    byDomain: "Empfängerdomains",
    suppressed: "{addresses} nicht mehr anschreiben (--suppress listet sie)",
    addresses: { one: "{count} Adresse", other: "{count} Adressen" },
    truncated: "{messages} über der Größengrenze nur zum Teil gelesen",
    progress: "Postfach wird gelesen … {read}",
    firstOfMany:
      "smtp-codes: das ist eine mbox mit mehreren Nachrichten; bounce erklärt die erste, bounces liest alle",
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
