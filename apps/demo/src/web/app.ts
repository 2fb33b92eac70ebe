/**
 * The demo page. Everything that comes from the server (and so from remote SMTP servers) is
 * written with textContent, never as markup.
 */
import type { CatalogueEntry, ErrorExplanation, Labels, Locale } from "@smtp-codes/core";
import { fill, formatNumber, type Texts, texts } from "../texts.js";
import { startBounceSection } from "./bounce.js";
import { $, element } from "./dom.js";
import { verbatim } from "./verbatim.js";

type Language = Locale;
type PageText = keyof Texts["page"];

/** The words the server adds to each explanation (core's labels and formatDuration). */
interface CardView {
  readonly verdict: string;
  readonly severity: string;
  readonly bounce: string;
  readonly actor: string | null;
  readonly retry: string;
}
type ShownResult = ErrorExplanation & { readonly view: CardView };

/** What /api/send answers. */
interface SendOutcome {
  readonly ok: boolean;
  readonly smtp: ErrorExplanation | null;
  readonly error: { message: string; code: string | null } | null;
  readonly logLine: string;
  readonly cards: Readonly<Record<Language, ShownResult | null>>;
}

/** The language: from the address (`?lang=de`, so that a reload keeps it), else the browser's. */
function initialLanguage(): Language {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked === "de" || asked === "en") return asked;
  return navigator.language.toLowerCase().startsWith("de") ? "de" : "en";
}

let language: Language = initialLanguage();
let entries: CatalogueEntry[] = [];
/** core's labels of the current language: the names of a verdict's fields. */
let coreLabels: Labels | null = null;
/** What the result areas show, kept so that a language switch can show it again in the new language. */
let shownExplain: { text: string; command: string } | null = null;
let shownSend: SendOutcome | null = null;

/** The current language's catalogue and labels, loading or loaded: a new card waits for them. */
let loaded: Promise<void> = Promise.resolve();

/** The names of a verdict's fields: core's labels (a card is only made once they are loaded). */
const fieldNames = (): Labels["fields"] => (coreLabels as Labels).fields;

const label = (key: PageText, values: Record<string, string | number> = {}) =>
  fill(texts[language].page[key], values);
const isPageText = (key: string | undefined): key is PageText =>
  key !== undefined && key in texts[language].page;

/** A call of the demo's API, in the page's language (its errors too). */
async function api<T>(path: string, body?: unknown): Promise<T> {
  const address = new URL(path, location.href);
  address.searchParams.set("lang", language);
  const response = await fetch(
    address,
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
  document.title = label("title");
  for (const node of document.querySelectorAll<HTMLElement>("[data-label]")) {
    if (isPageText(node.dataset.label)) node.textContent = label(node.dataset.label);
  }
  for (const node of document.querySelectorAll<HTMLInputElement>("[data-placeholder]")) {
    if (isPageText(node.dataset.placeholder)) node.placeholder = label(node.dataset.placeholder);
  }
  $<HTMLSelectElement>("language").value = language;
  // The other page opens in the same language.
  const webhooks = $<HTMLAnchorElement>("webhooks-link");
  webhooks.href = `/webhooks.html?lang=${language}`;
}

/**
 * A card for an explanation, headed by the verdict (the reason's label); the codes and the
 * code's registry title come below it, because the title can contradict the verdict (a rate
 * limit sent with a "mailbox disabled" code).
 */
function card(result: ShownResult, prefix: string): HTMLElement {
  const box = element("div", undefined, `card ${result.severity}`);
  box.dataset.severity = result.severity;
  box.dataset.reason = result.reason;
  box.append(element("h3", prefix ? `${prefix}: ${result.view.verdict}` : result.view.verdict, "verdict"));
  const codes = [result.code, result.enhanced].filter((part) => part !== null).join(" ");
  if (codes || result.title) {
    box.append(element("p", [codes, result.title].filter(Boolean).join(" · "), "code-title"));
  }
  // The server's own words, in whatever language it wrote them.
  if (result.text) box.append(verbatim(element("blockquote", result.text, "reply")));
  const fields = fieldNames();
  box.append(element("p", result.summary), element("p", `${fields.advice}: ${result.advice}`));
  const details = element("dl");
  const row = (name: string, value: string) => details.append(element("dt", name), element("dd", value));
  row(fields.severity, result.view.severity);
  row(fields.bounce, result.view.bounce);
  row(fields.retry, result.view.retry);
  if (result.view.actor) row(fields.actor, result.view.actor);
  if (result.queueId) row(label("queueId"), result.queueId);
  const rule = result.decidedBy.kind === "none" ? label("ruleNone") : result.rule;
  row(label("rule"), `${rule} (${formatNumber(result.confidence, language, 2)})`);
  if (result.recipients?.length) {
    row(
      label("recipients"),
      result.recipients
        .map((r) => `${r.recipient ?? "?"}: ${r.code ?? ""} ${coreLabels?.reasons[r.reason] ?? r.reason}`)
        .join("; "),
    );
  }
  box.append(details);
  return box;
}

/**
 * The winston record, readable: the JSON indented, and a stack (which JSON writes as one line
 * with \n escapes) in a block of its own.
 */
function logRecord(line: string): HTMLElement[] {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return [verbatim(element("pre", line, "log-line"))];
  }
  // A record as a program reads it: its keys, nodemailer's message and the stack are not page text.
  const { stack, ...rest } = record;
  const parts = [verbatim(element("pre", JSON.stringify(rest, null, 2), "log-line"))];
  if (typeof stack === "string") parts.push(verbatim(element("pre", stack, "log-stack")));
  return parts;
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
      // Each cell names its column: on a phone the table is a list of blocks, labelled from these.
      const cell = (text: string, column: string) => {
        const td = element("td", text);
        td.dataset.column = column;
        return td;
      };
      const cells = [
        cell(String(entry.code), label("code")),
        cell(entry.title, label("titleColumn")),
        cell(entry.explanation, label("meaning")),
        cell(entry.advice ?? "", label("advice")),
      ];
      tr.append(...cells);
      return tr;
    }),
  );
  $("count").textContent = label("count", {
    n: formatNumber(rows.length, language),
    total: formatNumber(entries.length, language),
  });
}

async function loadLanguage(): Promise<void> {
  applyLabels();
  const [catalogue, scenarios] = await Promise.all([
    api<{ entries: CatalogueEntry[]; labels: Labels }>(`/api/catalogue?lang=${language}`),
    api<{ id: string; address: string; title: string }[]>(`/api/scenarios?lang=${language}`),
  ]);
  entries = catalogue.entries;
  coreLabels = catalogue.labels;
  renderCatalogue();
  await Promise.all([showExplain(), Promise.resolve(showSend())]);
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
  const address = new URL(location.href);
  address.searchParams.set("lang", language);
  history.replaceState(null, "", address);
  loaded = loadLanguage();
});
$("search").addEventListener("input", renderCatalogue);
$("kind").addEventListener("change", renderCatalogue);

/** Explains the shown reply (again) in the current language. */
async function showExplain(): Promise<void> {
  if (!shownExplain) return;
  const target = $("explain-result");
  try {
    const result = await api<ShownResult>("/api/explain", { ...shownExplain, lang: language });
    target.replaceChildren(card(result, ""));
  } catch (error) {
    showError(target, error);
  }
}

/** Shows the last test mail's outcome, its card in the current language. */
function showSend(): void {
  if (!shownSend) return;
  const outcome = shownSend;
  const parts: HTMLElement[] = [];
  const shown = outcome.cards[language];
  if (shown) parts.push(card(shown, outcome.ok ? label("sent") : label("failed")));
  if (outcome.error) {
    parts.push(
      element("h3", label("nodemailerError")),
      verbatim(element("pre", `${outcome.error.code ?? ""} ${outcome.error.message}`, "error-message")),
    );
  }
  parts.push(element("h3", label("logLine")), ...logRecord(outcome.logLine));
  $("send-result").replaceChildren(...parts);
}

$("explain-form").addEventListener("submit", (event) => {
  event.preventDefault();
  shownExplain = {
    text: $<HTMLTextAreaElement>("explain-text").value,
    command: $<HTMLSelectElement>("explain-command").value,
  };
  void loaded.then(showExplain);
});

$("send-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const button = (event.target as HTMLFormElement).querySelector("button") as HTMLButtonElement;
  button.disabled = true;
  try {
    shownSend = await api<SendOutcome>("/api/send", {
      scenario: $<HTMLSelectElement>("scenario").value,
      lang: language,
    });
    await loaded;
    showSend();
  } catch (error) {
    showError($("send-result"), error);
  } finally {
    button.disabled = false;
  }
});

loaded = loadLanguage();
startBounceSection();
