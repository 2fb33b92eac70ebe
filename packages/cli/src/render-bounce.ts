import type { BounceReport } from "@smtp-codes/bounce";
import { labels, type RecipientOutcome, safeText, suppressionOf } from "@smtp-codes/core";
import type { BounceSummary } from "./bounce-summary.js";
import { formatCount, formatPlural } from "./format.js";
import { fill, type Language, messages } from "./messages.js";
import { renderExplanation, type Style } from "./render.js";

const clean = (text: string | null, max = 200) => (text === null ? null : safeText(text, max));

/** One bounce report, recipient by recipient; remote text is escaped. */
export function renderBounceReport(report: BounceReport, language: Language, s: Style): string {
  const l = messages[language].bounce;
  const head = [l.kinds[report.kind] ?? report.kind];
  if (report.format) head.push(fill(l.readAs, { format: report.format }));
  if (report.reportingMta) head.push(fill(l.reportedBy, { host: clean(report.reportingMta, 100) ?? "" }));
  if (report.recipients.length > 0) head.push(formatPlural(l.recipients, report.recipients.length, language));
  const out = [s.bold(head.join(" · "))];
  const original = report.original;
  const about = [
    original.messageId ? `<${clean(original.messageId, 200)}>` : null,
    original.subject ? JSON.stringify(clean(original.subject, 120)) : null,
    original.to ? `→ ${clean(original.to, 120)}` : null,
    original.date,
  ].filter((part) => part !== null);
  if (about.length > 0) out.push(s.dim(`${l.original}: ${about.join(" ")}`));
  for (const [name, value] of Object.entries(original.headers))
    out.push(s.dim(`  ${clean(name, 80)}: ${value === null ? "—" : clean(value, 200)}`));
  if (report.complaint) {
    const parts = Object.entries(report.complaint)
      .filter(([, value]) => value !== null)
      .map(([name, value]) => `${l.complaintFields[name] ?? name} ${clean(String(value), 100)}`);
    out.push(`${l.complaint}: ${parts.join(" · ")}`);
  }
  for (const recipient of report.recipients) out.push("", renderRecipient(recipient, language, s));
  for (const warning of report.warnings) out.push(s.dim(`${l.warning}: ${clean(warning.message, 200)}`));
  return out.join("\n");
}

function renderRecipient(recipient: RecipientOutcome, language: Language, s: Style): string {
  const l = messages[language].bounce;
  const line = [s.bold(clean(recipient.address, 320) ?? "—")];
  if (recipient.originalRecipient && recipient.originalRecipient !== recipient.address)
    line.push(s.dim(fill(l.originally, { address: clean(recipient.originalRecipient, 320) ?? "" })));
  if (recipient.action) line.push(recipient.action);
  if (recipient.remoteMta)
    line.push(s.dim(fill(l.remoteMta, { host: clean(recipient.remoteMta, 100) ?? "" })));
  const lines = [line.join("  ")];
  const explanation = recipient.explanation;
  const stop = suppressionOf(recipient) !== null ? s.severity("permanent", `→ ${l.stopMailing}`) : null;
  // A complaint, an automatic reply or a delivery is no refusal: core's verdict on a text
  // without a code says nothing about it, the text does.
  const notRefused =
    recipient.type === "complaint" || recipient.type === "autoReply" || recipient.type === "delivered"
      ? l.notRefused[recipient.type]
      : null;
  if (notRefused && explanation.code === null && explanation.enhanced === null) {
    lines.push(`  ${notRefused}`);
    if (recipient.diagnosticCode) lines.push(s.dim(`  "${clean(recipient.diagnosticCode, 300)}"`));
    if (stop) lines.push(`  ${stop}`);
    return lines.join("\n");
  }
  lines.push(indent(renderExplanation(explanation, language, s)));
  if (stop) lines.push(`    ${stop}`);
  return lines.join("\n");
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");

/** The summary of a mailbox of reports, in the language's labels and number formats. */
export function renderBounceSummary(summary: BounceSummary, language: Language, s: Style): string {
  const l = messages[language].bounce;
  const labelled = labels(language);
  const out = [s.bold(formatPlural(l.messages, summary.messages, language))];
  const table = (title: string, rows: [string, number][]) => {
    if (rows.length === 0) return;
    out.push("", s.bold(title));
    const width = Math.max(...rows.map(([key]) => key.length));
    for (const [key, count] of rows)
      out.push(`  ${key.padEnd(width)}  ${formatCount(count, language).padStart(8)}`);
  };
  table(
    l.byKind,
    Object.entries(summary.byKind).map(([kind, count]) => [
      l.kinds[kind as keyof typeof l.kinds] ?? kind,
      count,
    ]),
  );
  table(
    l.byReason,
    Object.entries(summary.byReason).map(([reason, count]) => [
      labelled.reasons[reason as keyof typeof labelled.reasons] ?? reason,
      count,
    ]),
  );
  table(
    l.byBounce,
    Object.entries(summary.byBounce).map(([bounce, count]) => [
      labelled.bounces[bounce as keyof typeof labelled.bounces] ?? bounce,
      count,
    ]),
  );
  table(
    l.byDomain,
    summary.byDomain.map(({ domain, count }) => [safeText(domain, 100), count]),
  );
  out.push("", fill(l.suppressed, { addresses: formatPlural(l.addresses, summary.suppressed, language) }));
  if (summary.truncated > 0)
    out.push(fill(l.truncated, { messages: formatPlural(l.messages, summary.truncated, language) }));
  return out.join("\n");
}
