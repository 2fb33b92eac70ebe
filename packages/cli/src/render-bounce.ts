import type { BounceReport } from "@smtp-codes/bounce";
import { de, en, type RecipientOutcome, safeText, suppressionOf } from "@smtp-codes/core";
import type { BounceSummary } from "./bounce-summary.js";
import { type Language, renderExplanation, type Style } from "./render.js";

/** Labels of the bounce output, per language. */
const labels = {
  en: {
    kinds: {
      bounce: "bounce",
      delay: "delay (the sender still retries)",
      delivered: "delivery notice",
      complaint: "spam complaint",
      autoReply: "automatic reply",
      none: "not a bounce report",
    } as Record<string, string>,
    format: "read as",
    reportedBy: "reported by",
    recipients: (n: number) => (n === 1 ? "1 recipient" : `${n} recipients`),
    original: "Bounced message",
    originalRecipient: "originally",
    remoteMta: "remote server",
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
    } as Record<string, string>,
    types: {
      complaint: "complained",
      autoReply: "replied automatically",
      delivered: "delivered",
    } as Record<string, string>,
    mailbox: (messages: number) => (messages === 1 ? "1 message" : `${messages} messages`),
    byKind: "By kind of report",
    byReason: "Recipients by reason",
    byBounce: "Recipients by bounce type",
    byDomain: "Recipient domains",
    suppressed: (n: number) =>
      `${n === 1 ? "1 address" : `${n} addresses`} to stop mailing (--suppress lists them)`,
    truncated: (n: number) => `${n === 1 ? "1 message" : `${n} messages`} over the size limit read in part`,
  },
  de: {
    kinds: {
      bounce: "Unzustellbarkeitsbericht",
      delay: "Verzögerung (der Absender versucht es weiter)",
      delivered: "Zustellbestätigung",
      complaint: "Spam-Beschwerde",
      autoReply: "automatische Antwort",
      none: "kein Unzustellbarkeitsbericht",
    } as Record<string, string>,
    format: "gelesen als",
    reportedBy: "gemeldet von",
    recipients: (n: number) => (n === 1 ? "1 Empfänger" : `${n} Empfänger`),
    original: "Zurückgekommene Nachricht",
    originalRecipient: "ursprünglich",
    remoteMta: "Empfangsserver",
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
    } as Record<string, string>,
    types: {
      complaint: "hat sich beschwert",
      autoReply: "hat automatisch geantwortet",
      delivered: "zugestellt",
    } as Record<string, string>,
    mailbox: (messages: number) => (messages === 1 ? "1 Nachricht" : `${messages} Nachrichten`),
    byKind: "Nach Art des Berichts",
    byReason: "Empfänger nach Grund",
    byBounce: "Empfänger nach Bounce-Art",
    byDomain: "Empfängerdomains",
    suppressed: (n: number) =>
      `${n === 1 ? "1 Adresse" : `${n} Adressen`} nicht mehr anschreiben (--suppress listet sie)`,
    truncated: (n: number) =>
      `${n === 1 ? "1 Nachricht" : `${n} Nachrichten`} über der Größengrenze nur zum Teil gelesen`,
  },
} as const;

const clean = (text: string | null, max = 200) => (text === null ? null : safeText(text, max));

/** One bounce report, recipient by recipient; remote text is escaped. */
export function renderBounceReport(report: BounceReport, language: Language, s: Style): string {
  const l = labels[language];
  const head = [l.kinds[report.kind] ?? report.kind];
  if (report.format) head.push(`${l.format} ${report.format}`);
  if (report.reportingMta) head.push(`${l.reportedBy} ${clean(report.reportingMta, 100)}`);
  if (report.recipients.length > 0) head.push(l.recipients(report.recipients.length));
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
  const l = labels[language];
  const line = [s.bold(clean(recipient.address, 320) ?? "—")];
  if (recipient.originalRecipient && recipient.originalRecipient !== recipient.address)
    line.push(s.dim(`(${l.originalRecipient} ${clean(recipient.originalRecipient, 320)})`));
  if (recipient.action) line.push(recipient.action);
  if (recipient.remoteMta) line.push(s.dim(`${l.remoteMta} ${clean(recipient.remoteMta, 100)}`));
  const lines = [line.join("  ")];
  const explanation = recipient.explanation;
  // A complaint, an automatic reply or a delivery is no refusal: core's verdict on it says
  // nothing, the text it carries does.
  const noRefusal = l.types[recipient.type];
  if (noRefusal && explanation.code === null && explanation.enhanced === null) {
    lines.push(`  ${noRefusal}`);
    if (recipient.diagnosticCode) lines.push(s.dim(`  "${clean(recipient.diagnosticCode, 300)}"`));
    if (suppressionOf(recipient) !== null) lines.push(`  ${s.severity("permanent", `→ ${l.stopMailing}`)}`);
    return lines.join("\n");
  }
  const actorText = explanation.actor ? (language === "de" ? de : en).actors[explanation.actor] : null;
  lines.push(indent(renderExplanation(explanation, actorText, language, s)));
  if (suppressionOf(recipient) !== null) lines.push(`    ${s.severity("permanent", `→ ${l.stopMailing}`)}`);
  return lines.join("\n");
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");

/** The summary of a mailbox of reports. */
export function renderBounceSummary(summary: BounceSummary, language: Language, s: Style): string {
  const l = labels[language];
  const out = [s.bold(l.mailbox(summary.messages))];
  const table = (title: string, rows: [string, number][]) => {
    if (rows.length === 0) return;
    out.push("", s.bold(title));
    const width = Math.max(...rows.map(([key]) => key.length));
    for (const [key, count] of rows) out.push(`  ${key.padEnd(width)}  ${String(count).padStart(8)}`);
  };
  table(l.byKind, Object.entries(summary.byKind));
  table(l.byReason, Object.entries(summary.byReason));
  table(l.byBounce, Object.entries(summary.byBounce));
  table(
    l.byDomain,
    summary.byDomain.map(({ domain, count }) => [safeText(domain, 100), count]),
  );
  out.push("", l.suppressed(summary.suppressed));
  if (summary.truncated > 0) out.push(l.truncated(summary.truncated));
  return out.join("\n");
}
