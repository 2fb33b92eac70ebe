/**
 * The demo page. Everything that comes from the server (and so from remote SMTP servers) is
 * written with textContent, never as markup.
 */
import type { CatalogueEntry, ErrorExplanation, Explanation } from "@smtp-codes/core";
import { startBounceSection } from "./bounce.js";

type Language = "en" | "de";

/** The page's own words; the catalogue and the explanations come from the API in the language. */
const labels: Record<Language, Record<string, string>> = {
  en: {
    heading: "SMTP reply codes explained",
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
    show: "Show",
    kindAll: "all codes",
    kindBasic: "basic codes",
    kindEnhanced: "enhanced codes",
    kindNonStandard: "non-standard codes",
    code: "Code",
    title: "Title",
    meaning: "Meaning",
    advice: "Advice",
    count: "{n} of {total} codes",
    severity: "Severity",
    reason: "Reason",
    bounce: "Bounce",
    retry: "Retry",
    retryYes: "yes, after {s} seconds",
    retryNo: "no",
    actor: "Who acts",
    rule: "Decided by",
    queueId: "Queue id",
    sent: "Accepted by the server",
    failed: "Refused",
    logLine: "Log line written by @smtp-codes/winston",
    recipients: "Refused recipients",
    error: "Something went wrong: {message}",
    none: "none",
  },
  de: {
    heading: "SMTP-Antwortcodes erklärt",
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
    show: "Anzeigen",
    kindAll: "alle Codes",
    kindBasic: "einfache Codes",
    kindEnhanced: "erweiterte Codes",
    kindNonStandard: "nicht standardisierte Codes",
    code: "Code",
    title: "Titel",
    meaning: "Bedeutung",
    advice: "Empfehlung",
    count: "{n} von {total} Codes",
    severity: "Schwere",
    reason: "Grund",
    bounce: "Bounce",
    retry: "Erneut versuchen",
    retryYes: "ja, nach {s} Sekunden",
    retryNo: "nein",
    actor: "Wer handelt",
    rule: "Entschieden durch",
    queueId: "Queue-ID",
    sent: "Vom Server angenommen",
    failed: "Abgelehnt",
    logLine: "Logzeile von @smtp-codes/winston",
    recipients: "Abgelehnte Empfänger",
    error: "Etwas ist schiefgegangen: {message}",
    none: "keine",
  },
};

let language: Language = navigator.language.toLowerCase().startsWith("de") ? "de" : "en";
let entries: CatalogueEntry[] = [];
/** Who has to act, in words of the current language (from the catalogue). */
let actors: Record<string, string> = {};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const label = (key: string, values: Record<string, string | number> = {}) =>
  (labels[language][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));

/** Creates an element with text, never markup. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    path,
    body === undefined
      ? {}
      : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
  );
  const value = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(value.error ?? response.statusText);
  return value;
}

function applyLabels(): void {
  document.documentElement.lang = language;
  for (const node of document.querySelectorAll<HTMLElement>("[data-label]")) {
    node.textContent = label(node.dataset.label ?? "");
  }
  $<HTMLSelectElement>("language").value = language;
}

/** A card for an explanation: severity colour, reason, bounce, retry, who acts, the rule. */
function card(result: ErrorExplanation, heading: string): HTMLElement {
  const box = element("div", undefined, `card ${result.severity}`);
  box.dataset.severity = result.severity;
  box.dataset.reason = result.reason;
  const codes = [result.code, result.enhanced].filter((part) => part !== null).join(" ");
  box.append(
    element("h3", `${heading}${codes ? ` ${codes}` : ""}${result.title ? `: ${result.title}` : ""}`),
  );
  if (result.text) box.append(element("blockquote", result.text, "reply"));
  box.append(element("p", result.summary), element("p", `${label("advice")}: ${result.advice}`));
  const details = element("dl");
  const row = (name: string, value: string) => details.append(element("dt", name), element("dd", value));
  row(label("severity"), result.severity);
  row(label("reason"), result.reason);
  row(label("bounce"), result.bounce ?? label("none"));
  row(label("retry"), result.retryable ? label("retryYes", { s: result.retryAfter ?? 0 }) : label("retryNo"));
  if (result.actor) row(label("actor"), actors[result.actor] ?? result.actor);
  if (result.queueId) row(label("queueId"), result.queueId);
  row(label("rule"), `${result.rule} (${result.confidence.toFixed(2)})`);
  if (result.recipients?.length) {
    row(
      label("recipients"),
      result.recipients.map((r) => `${r.recipient ?? "?"}: ${r.code ?? ""} ${r.reason}`).join("; "),
    );
  }
  box.append(details);
  return box;
}

function renderCatalogue(): void {
  const query = $<HTMLInputElement>("search").value.trim().toLowerCase();
  // The catalogue lists enhanced codes as X.s.d: "5.7.26" finds X.7.26 too.
  const registryQuery = /^[245]\.\d{1,3}\.\d{1,3}$/.test(query) ? `x${query.slice(1)}` : query;
  const kind = $<HTMLSelectElement>("kind").value;
  const rows = entries.filter((entry) => {
    if (kind === "basic" && entry.kind !== "basic") return false;
    if (kind === "enhanced" && entry.kind !== "enhanced") return false;
    if (kind === "nonstandard" && !(entry.kind === "basic" && !entry.standard)) return false;
    if (!query) return true;
    const haystack = `${entry.code} ${entry.title} ${entry.explanation} ${entry.advice ?? ""}`.toLowerCase();
    return haystack.includes(query) || haystack.includes(registryQuery);
  });
  const body = $<HTMLTableElement>("catalogue").tBodies[0] as HTMLTableSectionElement;
  body.replaceChildren(
    ...rows.map((entry) => {
      const tr = element(
        "tr",
        undefined,
        entry.kind === "basic" && !entry.standard ? "nonstandard" : undefined,
      );
      tr.append(
        element("td", entry.code),
        element("td", entry.title),
        element("td", entry.explanation),
        element("td", entry.advice ?? ""),
      );
      return tr;
    }),
  );
  $("count").textContent = label("count", { n: rows.length, total: entries.length });
}

async function loadLanguage(): Promise<void> {
  applyLabels();
  const [catalogue, scenarios] = await Promise.all([
    api<{ entries: CatalogueEntry[]; actors: Record<string, string> }>(`/api/catalogue?lang=${language}`),
    api<{ id: string; address: string; title: string }[]>(`/api/scenarios?lang=${language}`),
  ]);
  entries = catalogue.entries;
  actors = catalogue.actors;
  renderCatalogue();
  const select = $<HTMLSelectElement>("scenario");
  const chosen = select.value;
  select.replaceChildren(
    ...scenarios.map((s) => Object.assign(element("option", `${s.title} (${s.address})`), { value: s.id })),
  );
  if (chosen) select.value = chosen;
}

function showError(target: HTMLElement, error: unknown): void {
  target.replaceChildren(element("p", label("error", { message: (error as Error).message }), "error"));
}

$<HTMLSelectElement>("language").addEventListener("change", (event) => {
  language = (event.target as HTMLSelectElement).value === "de" ? "de" : "en";
  void loadLanguage();
  startBounceSection();
});
$("search").addEventListener("input", renderCatalogue);
$("kind").addEventListener("change", renderCatalogue);

$("explain-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const target = $("explain-result");
  try {
    const result = await api<Explanation>("/api/explain", {
      text: $<HTMLTextAreaElement>("explain-text").value,
      command: $<HTMLSelectElement>("explain-command").value,
      lang: language,
    });
    target.replaceChildren(card(result, ""));
  } catch (error) {
    showError(target, error);
  }
});

$("send-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const target = $("send-result");
  const button = (event.target as HTMLFormElement).querySelector("button") as HTMLButtonElement;
  button.disabled = true;
  try {
    const outcome = await api<{
      ok: boolean;
      smtp: ErrorExplanation | null;
      error: { message: string; code: string | null } | null;
      logLine: string;
    }>("/api/send", { scenario: $<HTMLSelectElement>("scenario").value, lang: language });
    const parts: HTMLElement[] = [];
    if (outcome.smtp) parts.push(card(outcome.smtp, outcome.ok ? label("sent") : label("failed")));
    if (outcome.error) parts.push(element("pre", `${outcome.error.code ?? ""} ${outcome.error.message}`));
    parts.push(element("h3", label("logLine")), element("pre", outcome.logLine, "log-line"));
    target.replaceChildren(...parts);
  } catch (error) {
    showError(target, error);
  } finally {
    button.disabled = false;
  }
});

void loadLanguage();
startBounceSection();
