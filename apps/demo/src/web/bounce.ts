/**
 * The page's bounce section: paste a bounce email or drop an .eml file, and see one card per
 * recipient. Like the rest of the page it writes what the server sends (text of remote servers)
 * with textContent only. It follows the page's language through the `lang` attribute of <html>.
 */
import type { BounceReport, RecipientOutcome } from "@smtp-codes/bounce";
import type { Labels, Locale, SuppressionReason } from "@smtp-codes/core";
import { fill, type Texts, texts } from "../texts.js";
import { $, element } from "./dom.js";
import { verbatim } from "./verbatim.js";

type Language = Locale;
type BounceText = Exclude<keyof Texts["bounce"], "types" | "kinds" | "actions" | "suppressions" | "warnings">;

const language = (): Language => (document.documentElement.lang === "de" ? "de" : "en");
const words = () => texts[language()].bounce;
const label = (key: BounceText, values: Record<string, string> = {}) => fill(words()[key], values);
const isBounceText = (key: string | undefined): key is BounceText =>
  key !== undefined && typeof (words() as Record<string, unknown>)[key] === "string";

/** A definition list; a row marked `verbatim` holds the email's own words, not the page's. */
function definitions(rows: [string, string | null, "verbatim"?][]): HTMLDListElement {
  const list = element("dl");
  for (const [name, value, kind] of rows) {
    if (value === null) continue;
    const description = element("dd", value);
    list.append(element("dt", name), kind ? verbatim(description) : description);
  }
  return list;
}

/** The words the server gives for a verdict, in the language (as for the other cards). */
interface VerdictView {
  readonly verdict: string;
  readonly severity: string;
  readonly bounce: string;
  readonly actor: string | null;
}

/**
 * The server's answer: the report; per recipient why to stop mailing it (core's
 * `suppressionOf`), or null; and per recipient its verdict's words.
 */
interface BounceAnswer {
  readonly report: BounceReport;
  readonly suppression: readonly (SuppressionReason | null)[];
  readonly views: readonly VerdictView[];
  /** core's names of a verdict's fields (Grund, Schweregrad, Zuständig ...) in the language. */
  readonly fields: Labels["fields"];
}

/** One recipient's card: its address, what the report says of it, and core's explanation. */
function recipientCard(
  recipient: RecipientOutcome,
  suppression: SuppressionReason | null,
  view: VerdictView,
  fields: Labels["fields"],
): HTMLElement {
  const result = recipient.explanation;
  const box = element("div", undefined, `card ${result.severity}`);
  box.dataset.severity = result.severity;
  box.dataset.reason = result.reason;
  box.dataset.address = recipient.address ?? "";
  const codes = [result.code, result.enhanced ?? recipient.status].filter((part) => part !== null).join(" ");
  box.append(element("h3", `${recipient.address ?? "?"}${codes ? `: ${codes}` : ""}`));
  if (recipient.diagnosticCode)
    box.append(verbatim(element("blockquote", recipient.diagnosticCode, "reply")));
  // A complaint, an automatic reply or a delivery is no refusal: core's verdict on a text
  // without a code says nothing about it.
  const noRefusal = ["complaint", "autoReply", "delivered"].includes(recipient.type) && codes === "";
  const type = recipient.type;
  if (noRefusal && (type === "complaint" || type === "autoReply" || type === "delivered"))
    box.append(element("p", words().types[type]));
  else box.append(element("p", result.summary), element("p", result.advice));
  box.append(
    definitions([
      [label("action"), recipient.action && words().actions[recipient.action]],
      [fields.reason, noRefusal ? null : view.verdict],
      [fields.severity, noRefusal ? null : view.severity],
      [fields.bounce, view.bounce],
      [fields.actor, noRefusal ? null : view.actor],
      [label("command"), recipient.command],
      [label("remoteMta"), recipient.remoteMta, "verbatim"],
      [
        label("suppress"),
        suppression ? label("suppressYes", { why: words().suppressions[suppression] }) : label("no"),
      ],
    ]),
  );
  return box;
}

function reportView({ report, suppression, views, fields }: BounceAnswer): HTMLElement[] {
  const original = report.original;
  const about = [original.messageId && `<${original.messageId}>`, original.subject, original.to]
    .filter(Boolean)
    .join(" · ");
  const summary = element("div", undefined, "bounce-summary");
  summary.dataset.kind = report.kind;
  summary.append(
    definitions([
      [label("kind"), words().kinds[report.kind]],
      [label("format"), report.format, "verbatim"],
      [label("reportingMta"), report.reportingMta, "verbatim"],
      [label("original"), about || null, "verbatim"],
    ]),
  );
  const parts: HTMLElement[] = [summary];
  if (report.recipients.length === 0) parts.push(element("p", label("noRecipients")));
  parts.push(
    ...report.recipients.map((recipient, index) =>
      recipientCard(recipient, suppression[index] ?? null, views[index] as VerdictView, fields),
    ),
  );
  for (const warning of report.warnings) {
    const text = words().warnings[warning.type] ?? warning.message;
    parts.push(element("p", `${label("warning")}: ${text}`, "warning"));
  }
  return parts;
}

/** What was read last, read again when the language changes. */
let lastRead: BodyInit | null = null;

async function read(body: BodyInit): Promise<void> {
  lastRead = body;
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
    if (isBounceText(node.dataset.bounceLabel)) node.textContent = label(node.dataset.bounceLabel);
}

/** Wires the section (once): labels in the page's language, the form, and dropping a file. */
export function startBounceSection(): void {
  applyLabels();
  let shown = language();
  new MutationObserver(() => {
    if (language() === shown) return;
    shown = language();
    applyLabels();
    // The cards already shown, again in the new language.
    if (lastRead !== null) void read(lastRead);
  }).observe(document.documentElement, { attributeFilter: ["lang"] });
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
