/**
 * The page of webhook events the demo received. Events come from webhooks, so from the
 * internet: everything is written with textContent, never as markup.
 */
import type { RecipientOutcome } from "@smtp-codes/core";

interface EventsAnswer {
  readonly providers: readonly string[];
  readonly events: readonly { receivedAt: string; outcome: RecipientOutcome }[];
}

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function cell(text: string | null): HTMLTableCellElement {
  const node = document.createElement("td");
  node.textContent = text ?? "—";
  return node;
}

function render(answer: EventsAnswer): void {
  const rows = answer.events.map(({ outcome }) => {
    const row = document.createElement("tr");
    const { explanation } = outcome;
    row.dataset.provider = outcome.provider ?? "";
    row.dataset.type = outcome.type;
    row.dataset.reason = explanation.reason;
    row.className = explanation.severity;
    const verdict = [
      explanation.reason,
      explanation.bounce ? `${explanation.bounce} bounce` : null,
      explanation.severity,
    ]
      .filter(Boolean)
      .join(", ");
    row.append(
      cell(outcome.provider),
      cell(outcome.type),
      cell(outcome.address),
      cell(verdict),
      cell(outcome.providerCategory),
      cell(outcome.diagnosticCode),
    );
    return row;
  });
  $("events")
    .querySelector("tbody")
    ?.replaceChildren(...rows);
  $("events-count").textContent = `${answer.events.length} events`;
}

async function refresh(): Promise<EventsAnswer> {
  const answer = (await (await fetch("/api/webhooks/events")).json()) as EventsAnswer;
  render(answer);
  return answer;
}

async function start(): Promise<void> {
  const answer = await refresh();
  const select = $("provider") as HTMLSelectElement;
  select.replaceChildren(
    ...answer.providers.map((provider) => {
      const option = document.createElement("option");
      option.value = provider;
      option.textContent = provider;
      return option;
    }),
  );
  $("sample-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const result = $("sample-result");
    try {
      const response = await fetch(`/api/webhooks/sample?provider=${encodeURIComponent(select.value)}`, {
        method: "POST",
      });
      const sent = (await response.json()) as { status: number; answer: { events?: number; error?: string } };
      result.textContent = `${select.value}: the endpoint answered ${sent.status}${
        sent.answer.events !== undefined ? `, ${sent.answer.events} events` : ` (${sent.answer.error})`
      }`;
      result.dataset.status = String(sent.status);
    } catch (error) {
      result.textContent = `failed: ${String(error)}`;
    }
    await refresh();
  });
  // Webhooks arrive from outside too: keep the table current.
  setInterval(() => void refresh().catch(() => {}), 3000);
}

void start();
