/**
 * The page's bounce section: paste a bounce email or drop an .eml file, and see one card per
 * recipient. Like the rest of the page it writes what the server sends (text of remote servers)
 * with textContent only. It follows the page's language through the `lang` attribute of <html>.
 */
import type { BounceReport, RecipientOutcome } from "@smtp-codes/bounce";

type Language = "en" | "de";

const labels: Record<Language, Record<string, string>> = {
  en: {
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
    status: "Status",
    remoteMta: "Remote server",
    command: "SMTP stage",
    reason: "Reason",
    bounce: "Bounce",
    suppress: "Stop mailing this address",
    yes: "yes",
    no: "no",
    none: "none",
    noRecipients: "No recipient named in this email.",
    warning: "Warning",
    error: "Something went wrong: {message}",
    type_complaint: "This recipient reported the message as spam (or asked to stop receiving it).",
    type_autoReply: "This recipient's mailbox answered automatically (vacation, out of office ...).",
    type_delivered: "The message was delivered to this recipient.",
    kind_bounce: "bounce",
    kind_delay: "delay (the sender still retries)",
    kind_delivered: "delivery notice",
    kind_complaint: "spam complaint",
    kind_autoReply: "automatic reply",
    kind_none: "not a bounce report",
  },
  de: {
    heading: "Eine Bounce-Mail lesen",
    intro:
      "Eine Bounce-Mail einfügen (mit Kopfzeilen oder nur ihren Text) oder eine .eml-Datei auf das Feld ziehen: @smtp-codes/bounce liest sie und erklärt jeden Empfänger.",
    input: "Bounce-Mail",
    button: "Lesen",
    kind: "Art",
    format: "Gelesen als",
    reportingMta: "Gemeldet von",
    original: "Zurückgekommene Nachricht",
    action: "Aktion",
    status: "Status",
    remoteMta: "Empfangsserver",
    command: "SMTP-Phase",
    reason: "Grund",
    bounce: "Bounce",
    suppress: "Adresse nicht mehr anschreiben",
    yes: "ja",
    no: "nein",
    none: "keine",
    noRecipients: "Diese Mail nennt keinen Empfänger.",
    warning: "Warnung",
    error: "Etwas ist schiefgegangen: {message}",
    type_complaint: "Dieser Empfänger hat die Nachricht als Spam gemeldet (oder will keine mehr erhalten).",
    type_autoReply: "Das Postfach dieses Empfängers hat automatisch geantwortet (Urlaub, Abwesenheit ...).",
    type_delivered: "Die Nachricht wurde diesem Empfänger zugestellt.",
    kind_bounce: "Unzustellbarkeitsbericht",
    kind_delay: "Verzögerung (der Absender versucht es weiter)",
    kind_delivered: "Zustellbestätigung",
    kind_complaint: "Spam-Beschwerde",
    kind_autoReply: "automatische Antwort",
    kind_none: "kein Unzustellbarkeitsbericht",
  },
};

const language = (): Language => (document.documentElement.lang === "de" ? "de" : "en");
const label = (key: string, values: Record<string, string> = {}) =>
  (labels[language()][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

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

function definitions(rows: [string, string | null][]): HTMLDListElement {
  const list = element("dl");
  for (const [name, value] of rows)
    if (value !== null) list.append(element("dt", name), element("dd", value));
  return list;
}

/** The server's answer: the report, and per recipient why to stop mailing it (core's `suppressionOf`), or null. */
interface BounceAnswer {
  readonly report: BounceReport;
  readonly suppression: readonly (string | null)[];
}

/** One recipient's card: its address, what the report says of it, and core's explanation. */
function recipientCard(recipient: RecipientOutcome, suppression: string | null): HTMLElement {
  const result = recipient.explanation;
  const box = element("div", undefined, `card ${result.severity}`);
  box.dataset.severity = result.severity;
  box.dataset.reason = result.reason;
  box.dataset.address = recipient.address ?? "";
  const codes = [result.code, result.enhanced ?? recipient.status].filter((part) => part !== null).join(" ");
  box.append(element("h3", `${recipient.address ?? "?"}${codes ? `: ${codes}` : ""}`));
  if (recipient.diagnosticCode) box.append(element("blockquote", recipient.diagnosticCode, "reply"));
  // A complaint, an automatic reply or a delivery is no refusal: core's verdict on a text
  // without a code says nothing about it.
  const noRefusal = ["complaint", "autoReply", "delivered"].includes(recipient.type) && codes === "";
  if (noRefusal) box.append(element("p", label(`type_${recipient.type}`)));
  else box.append(element("p", result.summary), element("p", result.advice));
  box.append(
    definitions([
      [label("action"), recipient.action],
      [label("reason"), result.reason],
      [label("bounce"), result.bounce ?? label("none")],
      [label("command"), recipient.command],
      [label("remoteMta"), recipient.remoteMta],
      [label("suppress"), suppression ? `${label("yes")} (${suppression})` : label("no")],
    ]),
  );
  return box;
}

function reportView({ report, suppression }: BounceAnswer): HTMLElement[] {
  const original = report.original;
  const about = [original.messageId && `<${original.messageId}>`, original.subject, original.to]
    .filter(Boolean)
    .join(" · ");
  const summary = element("div", undefined, "bounce-summary");
  summary.dataset.kind = report.kind;
  summary.append(
    definitions([
      [label("kind"), label(`kind_${report.kind}`)],
      [label("format"), report.format],
      [label("reportingMta"), report.reportingMta],
      [label("original"), about || null],
    ]),
  );
  const parts: HTMLElement[] = [summary];
  if (report.recipients.length === 0) parts.push(element("p", label("noRecipients")));
  parts.push(
    ...report.recipients.map((recipient, index) => recipientCard(recipient, suppression[index] ?? null)),
  );
  for (const warning of report.warnings)
    parts.push(element("p", `${label("warning")}: ${warning.message}`, "warning"));
  return parts;
}

async function read(body: BodyInit): Promise<void> {
  const target = $("bounce-result");
  try {
    const response = await fetch(`/api/bounce?lang=${language()}`, { method: "POST", body });
    const value = (await response.json()) as BounceAnswer & { error?: string };
    if (!response.ok) throw new Error(value.error ?? response.statusText);
    target.replaceChildren(...reportView(value));
  } catch (error) {
    target.replaceChildren(element("p", label("error", { message: (error as Error).message }), "error"));
  }
}

function applyLabels(): void {
  for (const node of document.querySelectorAll<HTMLElement>("[data-bounce-label]"))
    node.textContent = label(node.dataset.bounceLabel ?? "");
}

/** Wires the section: labels in the page's language, the form, and dropping a file. */
export function startBounceSection(): void {
  applyLabels();
  new MutationObserver(applyLabels).observe(document.documentElement, { attributeFilter: ["lang"] });
  const input = $<HTMLTextAreaElement>("bounce-text");
  $("bounce-form").addEventListener("submit", (event) => {
    event.preventDefault();
    void read(input.value);
  });
  input.addEventListener("dragover", (event) => {
    event.preventDefault();
    input.classList.add("dragging");
  });
  input.addEventListener("dragleave", () => input.classList.remove("dragging"));
  input.addEventListener("drop", (event) => {
    event.preventDefault();
    input.classList.remove("dragging");
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    // The file's bytes as they are: the server decodes its charsets, the page shows its text.
    void file.text().then((text) => {
      input.value = text;
    });
    void read(file);
  });
}
