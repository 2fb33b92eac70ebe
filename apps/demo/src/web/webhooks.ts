/**
 * The page of webhook events the demo received. Events come from webhooks, so from the
 * internet: everything is written with textContent, never as markup. The language is in the
 * address (`?lang=de`) as on the main page; the server gives each verdict's words in it.
 */
import type { Locale, RecipientOutcome } from "@smtp-codes/core";
import { fill, plural, type Texts, texts } from "../texts.js";
import { $ } from "./dom.js";
import { verbatim } from "./verbatim.js";

type PageText = Exclude<keyof Texts["webhooks"], "columns" | "events" | "types">;
type Column = keyof Texts["webhooks"]["columns"];

/** What `GET /api/webhooks/events?lang=` answers (`server/webhooks.ts`). */
interface EventsAnswer {
  readonly providers: readonly { id: string; name: string }[];
  readonly events: readonly {
    receivedAt: string;
    outcome: RecipientOutcome;
    providerName: string | null;
    view: { verdict: string; severity: string; bounce: string };
  }[];
}

function initialLanguage(): Locale {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked === "de" || asked === "en") return asked;
  return navigator.language.toLowerCase().startsWith("de") ? "de" : "en";
}

let language: Locale = initialLanguage();
const words = () => texts[language].webhooks;

function cell(text: string | null, column: Column, remote = false): HTMLTableCellElement {
  const node = document.createElement("td");
  node.textContent = text ?? "—";
  node.dataset.column = words().columns[column];
  return remote ? verbatim(node) : node;
}

/** A name in code (a path, a package), the same in every language. */
function code(text: string): HTMLElement {
  const node = document.createElement("code");
  node.textContent = text;
  return verbatim(node);
}

function applyLabels(): void {
  document.documentElement.lang = language;
  document.title = words().title;
  for (const node of document.querySelectorAll<HTMLElement>("[data-text]")) {
    const key = node.dataset.text as PageText;
    if (typeof words()[key] === "string") node.textContent = words()[key];
  }
  for (const node of document.querySelectorAll<HTMLElement>("th[data-column]"))
    node.textContent = words().columns[node.dataset.column as Column] ?? node.textContent;
  // The intro names the endpoint and the package as code, inside the sentence.
  const [before = "", middle = "", after = ""] = words().sampleIntro.split(/\{endpoint\}|\{package\}/);
  $("sample-intro").replaceChildren(
    before,
    code("POST /webhooks/:provider"),
    middle,
    code("@smtp-codes/webhooks"),
    after,
  );
  ($("language") as HTMLSelectElement).value = language;
  ($("back-link") as HTMLAnchorElement).href = `/?lang=${language}`;
}

function render(answer: EventsAnswer): void {
  const rows = answer.events.map(({ outcome, view, providerName }) => {
    const row = document.createElement("tr");
    const { explanation } = outcome;
    row.dataset.provider = outcome.provider ?? "";
    row.dataset.type = outcome.type;
    row.dataset.reason = explanation.reason;
    row.className = explanation.severity;
    // A complaint, an unsubscribe or an automatic reply without a code is no refusal: core's
    // verdict on a text without a code ("unknown reason") says nothing about it.
    const noRefusal =
      ["complaint", "unsubscribed", "autoReply"].includes(outcome.type) &&
      explanation.code === null &&
      explanation.enhanced === null;
    const verdict = noRefusal
      ? null
      : [view.verdict, explanation.bounce ? view.bounce : null, view.severity].filter(Boolean).join(", ");
    row.append(
      cell(providerName, "provider"),
      cell(words().types[outcome.type] ?? outcome.type, "event"),
      cell(outcome.address, "recipient", true),
      cell(verdict, "verdict"),
      // The provider's own category and the server's reply, in their words.
      cell(outcome.providerCategory, "providerCategory", true),
      cell(outcome.diagnosticCode, "reply", true),
    );
    return row;
  });
  $("events")
    .querySelector("tbody")
    ?.replaceChildren(...rows);
  $("events-count").textContent = plural(words().events, answer.events.length, language);
}

async function refresh(): Promise<EventsAnswer> {
  const answer = (await (await fetch(`/api/webhooks/events?lang=${language}`)).json()) as EventsAnswer;
  render(answer);
  return answer;
}

async function start(): Promise<void> {
  applyLabels();
  const answer = await refresh();
  const select = $("provider") as HTMLSelectElement;
  select.replaceChildren(
    ...answer.providers.map((provider) => {
      const option = document.createElement("option");
      option.value = provider.id;
      option.textContent = provider.name;
      return option;
    }),
  );
  ($("language") as HTMLSelectElement).addEventListener("change", (event) => {
    language = (event.target as HTMLSelectElement).value === "de" ? "de" : "en";
    const address = new URL(location.href);
    address.searchParams.set("lang", language);
    history.replaceState(null, "", address);
    applyLabels();
    $("sample-result").textContent = "";
    void refresh();
  });
  $("sample-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const result = $("sample-result");
    const name = select.selectedOptions[0]?.textContent ?? select.value;
    try {
      const response = await fetch(
        `/api/webhooks/sample?provider=${encodeURIComponent(select.value)}&lang=${language}`,
        { method: "POST" },
      );
      const sent = (await response.json()) as {
        status: number;
        answer: { events?: number; error?: string };
        error?: string;
      };
      if (!response.ok) throw new Error(sent.error ?? String(response.status));
      const count = sent.answer.events;
      result.textContent =
        fill(words().answered, { provider: name, status: sent.status }) +
        (count !== undefined
          ? fill(words().answeredEvents, { events: plural(words().events, count, language) })
          : fill(words().answeredError, { error: String(sent.answer.error) }));
      result.dataset.status = String(sent.status);
    } catch (error) {
      result.textContent = fill(words().failed, { message: (error as Error).message });
    }
    await refresh();
  });
  // Webhooks arrive from outside too: keep the table current.
  setInterval(() => void refresh().catch(() => {}), 3000);
}

void start();
