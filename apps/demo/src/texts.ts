/**
 * Every text of the demo, per language: the two pages, the bounce section, the scenario
 * mailboxes, the server's error messages and its log messages. The values of a verdict
 * (severities, reasons, bounce types, actors, "Retry?") are core's `labels(locale)`, not
 * repeated here; numbers and plurals are written by `Intl`. Placeholders are `{name}`. A new
 * language is one more table of the type `Texts` (and one more locale of core).
 *
 * Both the server and the pages' scripts import this module; it holds data only.
 */
import type { DsnAction, Locale, OutcomeType } from "@smtp-codes/core";

/** Singular and plural of a counted noun; `{count}` is the number, as the language writes it. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

/** The ids of the scenario mailboxes (`server/scenarios.ts`). */
export type ScenarioId =
  | "unknown"
  | "full"
  | "greylist"
  | "spam"
  | "toobig"
  | "ratelimit"
  | "dmarc"
  | "accepted";

/** The warnings of `@smtp-codes/bounce`, by their `type`. */
export type BounceWarningType =
  | "truncated"
  | "tooManyRecipients"
  | "tooManyParts"
  | "tooDeep"
  | "malformedMime"
  | "incompleteReport"
  | "unsafeAddress";

export interface Texts {
  /** The main page (`index.html`, `web/app.ts`). */
  readonly page: {
    readonly title: string;
    readonly heading: string;
    readonly webhooksLink: string;
    readonly language: string;
    readonly explainHeading: string;
    readonly explainLabel: string;
    readonly stage: string;
    readonly explainButton: string;
    readonly sendHeading: string;
    readonly sendIntro: string;
    readonly scenario: string;
    readonly sendButton: string;
    readonly catalogueHeading: string;
    readonly search: string;
    readonly searchPlaceholder: string;
    readonly show: string;
    readonly kindAll: string;
    readonly kindBasic: string;
    readonly kindEnhanced: string;
    readonly kindNonStandard: string;
    readonly code: string;
    readonly titleColumn: string;
    readonly meaning: string;
    readonly advice: string;
    /** `{n}` and `{total}` are formatted numbers. */
    readonly count: string;
    readonly rule: string;
    /** In place of a rule id when nothing in the text was recognised. */
    readonly ruleNone: string;
    readonly queueId: string;
    readonly sent: string;
    readonly failed: string;
    /** Above nodemailer's own error message, shown as nodemailer wrote it. */
    readonly nodemailerError: string;
    readonly logLine: string;
    readonly recipients: string;
    readonly error: string;
    readonly none: string;
  };
  /** The bounce section of the main page (`web/bounce.ts`). */
  readonly bounce: {
    readonly heading: string;
    readonly intro: string;
    readonly input: string;
    readonly button: string;
    readonly kind: string;
    readonly format: string;
    readonly reportingMta: string;
    readonly original: string;
    readonly action: string;
    readonly remoteMta: string;
    readonly command: string;
    readonly suppress: string;
    readonly no: string;
    readonly noRecipients: string;
    readonly warning: string;
    readonly error: string;
    /** Said instead of core's verdict for a recipient that was not refused. */
    readonly types: Readonly<Record<"complaint" | "autoReply" | "delivered", string>>;
    /** What the email is, per `kind` of `parseBounce`. */
    readonly kinds: Readonly<
      Record<"bounce" | "delay" | "delivered" | "complaint" | "autoReply" | "none", string>
    >;
    /** A DSN's `Action:` (RFC 3464). */
    readonly actions: Readonly<Record<DsnAction, string>>;
    /** Why to stop mailing the address (core's `suppressionOf`); `{why}` in `suppressYes`. */
    readonly suppressions: Readonly<Record<"hardBounce" | "complaint" | "unsubscribed", string>>;
    readonly suppressYes: string;
    readonly warnings: Readonly<Record<BounceWarningType, string>>;
  };
  /** The webhook events page (`webhooks.html`, `web/webhooks.ts`). */
  readonly webhooks: {
    readonly title: string;
    readonly heading: string;
    readonly back: string;
    readonly language: string;
    readonly sampleHeading: string;
    /** `{endpoint}` and `{package}` are shown as code. */
    readonly sampleIntro: string;
    readonly provider: string;
    readonly send: string;
    readonly eventsHeading: string;
    readonly columns: Readonly<
      Record<"provider" | "event" | "recipient" | "verdict" | "providerCategory" | "reply", string>
    >;
    readonly events: PluralForms;
    /** `{provider}`, `{status}`; then `answeredEvents` or `answeredError`. */
    readonly answered: string;
    readonly answeredEvents: string;
    /** `{error}` is the endpoint's answer as it gave it. */
    readonly answeredError: string;
    readonly failed: string;
    /** What happened, per `RecipientOutcome.type`. */
    readonly types: Readonly<Record<OutcomeType, string>>;
  };
  /** The scenario mailboxes' names, in core's words where core has one. */
  readonly scenarios: Readonly<Record<ScenarioId, string>>;
  /** The API's error messages (`{ error }` of a 4xx or 5xx answer). */
  readonly errors: {
    /** `{max}` is the limit, a formatted number of bytes. */
    readonly bodyTooLarge: string;
    readonly notAnObject: string;
    readonly textNotString: string;
    readonly unknownScenario: string;
    readonly notFound: string;
    readonly internal: string;
    readonly bounceTooLarge: string;
    readonly bounceEmpty: string;
    readonly unknownProvider: string;
  };
  /** The message of the log record written for a test mail. */
  readonly log: { readonly sent: string; readonly failed: string };
  /** What `pnpm demo` prints in the terminal, in the language of its locale (`LANG`). */
  readonly terminal: {
    /** `{url}`, `{smtp}` (host and port of the embedded SMTP server). */
    readonly started: string;
    /** `{port}`. */
    readonly portInUse: string;
    /** `{value}` is what `PORT` holds, quoted. */
    readonly badPort: string;
  };
}

/** Each language's name in itself, for the language menus. */
export const languageNames: Readonly<Record<Locale, string>> = { en: "English", de: "Deutsch" };

export const texts: Readonly<Record<Locale, Texts>> = {
  en: {
    page: {
      title: "smtp-codes: SMTP reply codes explained",
      heading: "SMTP reply codes explained",
      webhooksLink: "Webhook events",
      language: "Language",
      explainHeading: "Explain a reply",
      explainLabel: "Paste a reply, a log line or an error",
      stage: "SMTP stage",
      explainButton: "Explain",
      sendHeading: "Send a test mail",
      sendIntro:
        "Sends a mail through nodemailer with @smtp-codes/nodemailer to the demo's own SMTP server, and shows the explained result and the log line @smtp-codes/winston writes.",
      scenario: "Mailbox",
      sendButton: "Send",
      catalogueHeading: "The catalogue",
      search: "Search",
      searchPlaceholder: "550, 5.7.26, greylist …",
      show: "Show",
      kindAll: "all codes",
      kindBasic: "basic codes",
      kindEnhanced: "enhanced codes",
      kindNonStandard: "non-standard codes",
      code: "Code",
      titleColumn: "Title",
      meaning: "Meaning",
      advice: "Advice",
      count: "{n} of {total} codes",
      rule: "Decided by",
      ruleNone: "nothing recognised",
      queueId: "Queue id",
      sent: "Accepted by the server",
      failed: "Refused",
      nodemailerError: "The error as nodemailer reports it",
      logLine: "Log line written by @smtp-codes/winston",
      recipients: "Refused recipients",
      error: "Something went wrong: {message}",
      none: "none",
    },
    bounce: {
      heading: "Read a bounce email",
      intro:
        "Paste a bounce email (with its headers, or only its text) or drop an .eml file on the box: @smtp-codes/bounce reads it and explains each recipient.",
      input: "Bounce email",
      button: "Read",
      kind: "Kind",
      format: "Read as",
      reportingMta: "Reported by",
      original: "Bounced message",
      action: "Action",
      remoteMta: "Remote server",
      command: "SMTP stage",
      suppress: "Stop mailing this address",
      no: "no",
      noRecipients: "No recipient named in this email.",
      warning: "Warning",
      error: "Something went wrong: {message}",
      types: {
        complaint: "This recipient reported the message as spam (or asked to stop receiving it).",
        autoReply: "This recipient's mailbox answered automatically (vacation, out of office …).",
        delivered: "The message was delivered to this recipient.",
      },
      kinds: {
        bounce: "bounce",
        delay: "delay (the sender still retries)",
        delivered: "delivery notice",
        complaint: "spam complaint",
        autoReply: "automatic reply",
        none: "not a bounce report",
      },
      actions: {
        failed: "failed",
        delayed: "delayed",
        delivered: "delivered",
        relayed: "relayed (to a system that sends no notices)",
        expanded: "expanded (to further recipients)",
      },
      suppressions: { hardBounce: "hard bounce", complaint: "spam complaint", unsubscribed: "unsubscribed" },
      suppressYes: "yes ({why})",
      warnings: {
        truncated: "The email was longer than the demo reads; only its beginning was read.",
        tooManyRecipients: "The email names more recipients than are read; the rest were left out.",
        tooManyParts: "The email has more MIME parts than are read; the rest were not read.",
        tooDeep: "The email's MIME parts are nested too deep; the deepest were not read.",
        malformedMime: "The email's MIME structure could not be read; its raw text was read instead.",
        incompleteReport: "The delivery report is incomplete: recipients or their status are missing.",
        unsafeAddress:
          "An address held control or bidirectional characters; it is no address and is not shown.",
      },
    },
    webhooks: {
      title: "smtp-codes: webhook events received",
      heading: "Webhook events received",
      back: "Back to the reply codes",
      language: "Language",
      sampleHeading: "Send a sample webhook",
      sampleIntro:
        "The demo listens on {endpoint}. This sends a provider's sample payload there over HTTP, signed as that provider signs it; {package} verifies it, reads it and explains each event.",
      provider: "Provider",
      send: "Send",
      eventsHeading: "Events",
      columns: {
        provider: "Provider",
        event: "Event",
        recipient: "Recipient",
        verdict: "Verdict",
        providerCategory: "Provider's category",
        reply: "Reply",
      },
      events: { one: "{count} event", other: "{count} events" },
      answered: "{provider}: the endpoint answered {status}",
      answeredEvents: ", {events}",
      answeredError: " ({error})",
      failed: "Sending failed: {message}",
      types: {
        bounce: "bounce",
        delay: "delay",
        delivered: "delivered",
        complaint: "spam complaint",
        autoReply: "automatic reply",
        dropped: "dropped by the provider",
        unsubscribed: "unsubscribed",
        other: "other event",
      },
    },
    scenarios: {
      unknown: "Unknown user",
      full: "Mailbox full",
      greylist: "Greylisting",
      spam: "Spam rejection",
      toobig: "Message too big",
      ratelimit: "Rate limit",
      dmarc: "DMARC failure",
      accepted: "Accepted",
    },
    errors: {
      bodyTooLarge: "The request body is over {max} bytes.",
      notAnObject: "The request body must be a JSON object.",
      textNotString: "The field “text” must be a string.",
      unknownScenario: "No such scenario mailbox.",
      notFound: "Not found.",
      internal: "Internal error.",
      bounceTooLarge: "The email is over {max} bytes.",
      bounceEmpty: "No email received: the request body is empty.",
      unknownProvider: "No sample for this provider.",
    },
    log: { sent: "test mail sent", failed: "test mail failed" },
    terminal: {
      started: "smtp-codes demo: {url} (embedded SMTP server on {smtp}); Ctrl+C stops it",
      portInUse: "demo: port {port} is in use; start it on another one with PORT, e.g. PORT=3001 pnpm demo",
      badPort: "demo: PORT must be a port number, not {value}",
    },
  },
  de: {
    page: {
      title: "smtp-codes: SMTP-Antwortcodes erklärt",
      heading: "SMTP-Antwortcodes erklärt",
      webhooksLink: "Webhook-Ereignisse",
      language: "Sprache",
      explainHeading: "Eine Antwort erklären",
      explainLabel: "Eine Antwort, Logzeile oder Fehlermeldung einfügen",
      stage: "SMTP-Phase",
      explainButton: "Erklären",
      sendHeading: "Eine Testmail senden",
      sendIntro:
        "Sendet eine Mail mit nodemailer und @smtp-codes/nodemailer an den eigenen SMTP-Server der Demo und zeigt das erklärte Ergebnis und die Logzeile, die @smtp-codes/winston schreibt.",
      scenario: "Postfach",
      sendButton: "Senden",
      catalogueHeading: "Der Katalog",
      search: "Suche",
      searchPlaceholder: "550, 5.7.26, Greylisting …",
      show: "Anzeigen",
      kindAll: "alle Codes",
      kindBasic: "einfache Codes",
      kindEnhanced: "erweiterte Codes",
      kindNonStandard: "nicht standardisierte Codes",
      code: "Code",
      titleColumn: "Titel",
      meaning: "Bedeutung",
      advice: "Empfehlung",
      count: "{n} von {total} Codes",
      rule: "Entschieden durch",
      ruleNone: "nichts erkannt",
      queueId: "Queue-ID",
      sent: "Vom Server angenommen",
      failed: "Abgelehnt",
      nodemailerError: "Der Fehler im Wortlaut von nodemailer",
      logLine: "Logzeile von @smtp-codes/winston",
      recipients: "Abgelehnte Empfänger",
      error: "Etwas ist schiefgegangen: {message}",
      none: "keine",
    },
    bounce: {
      heading: "Eine Bounce-Mail lesen",
      intro:
        "Eine Bounce-Mail einfügen (mit Headern oder nur den Text) oder eine .eml-Datei auf das Feld ziehen: @smtp-codes/bounce liest sie und erklärt jeden Empfänger.",
      input: "Bounce-Mail",
      button: "Lesen",
      kind: "Art",
      format: "Gelesen als",
      reportingMta: "Gemeldet von",
      original: "Zurückgekommene Nachricht",
      action: "Aktion",
      remoteMta: "Empfangsserver",
      command: "SMTP-Phase",
      suppress: "Adresse nicht mehr anschreiben",
      no: "nein",
      noRecipients: "Diese Mail nennt keinen Empfänger.",
      warning: "Warnung",
      error: "Etwas ist schiefgegangen: {message}",
      types: {
        complaint: "Dieser Empfänger hat die Nachricht als Spam gemeldet (oder will keine mehr erhalten).",
        autoReply: "Das Postfach dieses Empfängers hat automatisch geantwortet (Urlaub, Abwesenheit …).",
        delivered: "Die Nachricht wurde diesem Empfänger zugestellt.",
      },
      kinds: {
        bounce: "Unzustellbarkeitsbericht",
        delay: "Verzögerung (der Absender versucht es weiter)",
        delivered: "Zustellbestätigung",
        complaint: "Spam-Beschwerde",
        autoReply: "automatische Antwort",
        none: "kein Unzustellbarkeitsbericht",
      },
      actions: {
        failed: "fehlgeschlagen",
        delayed: "verzögert",
        delivered: "zugestellt",
        relayed: "weitergeleitet (an ein System ohne Zustellberichte)",
        expanded: "auf weitere Empfänger verteilt",
      },
      suppressions: { hardBounce: "Hard Bounce", complaint: "Spam-Beschwerde", unsubscribed: "abgemeldet" },
      suppressYes: "ja ({why})",
      warnings: {
        truncated: "Die Mail ist länger, als die Demo liest; nur ihr Anfang wurde gelesen.",
        tooManyRecipients: "Die Mail nennt mehr Empfänger, als gelesen werden; die übrigen fehlen.",
        tooManyParts: "Die Mail hat mehr MIME-Teile, als gelesen werden; die übrigen wurden nicht gelesen.",
        tooDeep: "Die MIME-Teile der Mail sind zu tief verschachtelt; die innersten wurden nicht gelesen.",
        malformedMime: "Die MIME-Struktur der Mail ist nicht lesbar; stattdessen wurde ihr Rohtext gelesen.",
        incompleteReport: "Der Zustellbericht ist unvollständig: Empfänger oder ihr Status fehlen.",
        unsafeAddress:
          "Eine Adresse enthielt Steuer- oder Richtungszeichen; sie ist keine Adresse und wird nicht gezeigt.",
      },
    },
    webhooks: {
      title: "smtp-codes: empfangene Webhook-Ereignisse",
      heading: "Empfangene Webhook-Ereignisse",
      back: "Zurück zu den Antwortcodes",
      language: "Sprache",
      sampleHeading: "Einen Beispiel-Webhook senden",
      sampleIntro:
        "Die Demo nimmt Webhooks unter {endpoint} an. Hier wird die Beispiel-Payload eines Anbieters per HTTP dorthin geschickt, signiert wie bei diesem Anbieter; {package} prüft sie, liest sie und erklärt jedes Ereignis.",
      provider: "Anbieter",
      send: "Senden",
      eventsHeading: "Ereignisse",
      columns: {
        provider: "Anbieter",
        event: "Ereignis",
        recipient: "Empfänger",
        verdict: "Einstufung",
        providerCategory: "Kategorie des Anbieters",
        reply: "Antwort",
      },
      events: { one: "{count} Ereignis", other: "{count} Ereignisse" },
      answered: "{provider}: Der Endpunkt antwortete mit {status}",
      answeredEvents: ", {events}",
      answeredError: " ({error})",
      failed: "Senden fehlgeschlagen: {message}",
      types: {
        bounce: "Bounce",
        delay: "Verzögerung",
        delivered: "zugestellt",
        complaint: "Spam-Beschwerde",
        autoReply: "automatische Antwort",
        dropped: "vom Anbieter verworfen",
        unsubscribed: "abgemeldet",
        other: "anderes Ereignis",
      },
    },
    scenarios: {
      unknown: "Empfänger unbekannt",
      full: "Postfach voll",
      greylist: "Greylisting",
      spam: "Als Spam abgelehnt",
      toobig: "Nachricht zu groß",
      ratelimit: "Rate-Limit",
      dmarc: "DMARC-Prüfung fehlgeschlagen",
      accepted: "Angenommen",
    },
    errors: {
      bodyTooLarge: "Die Anfrage ist größer als {max} Bytes.",
      notAnObject: "Die Anfrage muss ein JSON-Objekt sein.",
      textNotString: "Das Feld „text“ muss eine Zeichenkette sein.",
      unknownScenario: "Dieses Testpostfach gibt es nicht.",
      notFound: "Nicht gefunden.",
      internal: "Interner Fehler.",
      bounceTooLarge: "Die Mail ist größer als {max} Bytes.",
      bounceEmpty: "Keine Mail erhalten: Die Anfrage ist leer.",
      unknownProvider: "Für diesen Anbieter gibt es kein Beispiel.",
    },
    log: { sent: "Testmail gesendet", failed: "Testmail fehlgeschlagen" },
    terminal: {
      started: "smtp-codes-Demo: {url} (eingebetteter SMTP-Server auf {smtp}); Strg+C beendet sie",
      portInUse:
        "Demo: Port {port} ist belegt; mit PORT auf einem anderen starten, z. B. PORT=3001 pnpm demo",
      badPort: "Demo: PORT muss eine Portnummer sein, nicht {value}",
    },
  },
};

/** A template with its `{name}` placeholders filled. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A number as the language writes it (2.097.152, 0,95). */
export const formatNumber = (value: number, locale: Locale, fractionDigits?: number): string =>
  new Intl.NumberFormat(
    locale,
    fractionDigits === undefined
      ? {}
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits },
  ).format(value);

/** A counted noun in the language's singular or plural, the count formatted. */
export function plural(forms: PluralForms, count: number, locale: Locale): string {
  const form = new Intl.PluralRules(locale).select(count) === "one" ? forms.one : forms.other;
  return fill(form, { count: formatNumber(count, locale) });
}

/** The first of the candidates that is a language of the demo (`?lang=`, a body's `lang` ...); English otherwise. */
export function localeOf(...candidates: readonly unknown[]): Locale {
  for (const candidate of candidates) {
    if (candidate === "en" || candidate === "de") return candidate;
  }
  return "en";
}
