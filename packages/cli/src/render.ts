import { type CatalogueEntry, type Explanation, formatDuration, labels, safeText } from "@smtp-codes/core";
import { type VerdictWords, verdictOf } from "@smtp-codes/core/log";
import { formatCount, formatDecimal, formatMegabytes, formatPlural } from "./format.js";
import { fill, type Language, messages } from "./messages.js";
import type { ScanReport } from "./scan.js";

/** Terminal styling; every function is the identity when colours are off. */
export interface Style {
  readonly severity: (severity: string, text: string) => string;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const severityColours: Readonly<Record<string, (text: string) => string>> = {
  permanent: ansi(31, 39),
  transient: ansi(33, 39),
  success: ansi(32, 39),
  intermediate: ansi(36, 39),
};

export function style(colors: boolean): Style {
  if (!colors) return { severity: (_s, text) => text, bold: (text) => text, dim: (text) => text };
  return {
    severity: (severity, text) => (severityColours[severity] ?? ((t: string) => t))(text),
    bold: ansi(1, 22),
    dim: ansi(2, 22),
  };
}

export type { Language } from "./messages.js";

const severityOfClass = { 2: "success", 4: "transient", 5: "permanent" } as const;

/** The label of a severity, or the class a wildcard (`X.`) code is meant for. */
function classLabel(entry: CatalogueEntry, language: Language): string {
  const labelled = labels(language);
  if (entry.kind === "enhanced" && entry.class === null) {
    const intended = entry.intendedClasses.map((cls) => labelled.severities[severityOfClass[cls]]);
    return intended.length > 0 ? intended.join(" / ") : messages[language].entry.anyClass;
  }
  return labelled.severities[entry.severity];
}

/** A catalogue entry, a few lines. */
export function renderEntry(entry: CatalogueEntry, language: Language, s: Style): string {
  const l = messages[language].entry;
  const flags: string[] = [classLabel(entry, language)];
  if (entry.kind === "basic") {
    flags.push(entry.standard ? l.standard : l.nonStandard);
    if (!entry.validSyntax) flags.push(l.invalidSyntax);
  }
  if (!entry.registered) flags.push(l.unregistered);
  if (entry.kind === "enhanced" && entry.deprecatedInFavourOf)
    flags.push(fill(l.deprecated, { code: entry.deprecatedInFavourOf }));
  if (entry.kind === "enhanced" && entry.vendor) flags.push(entry.vendor);
  const lines = [
    `${s.severity(entry.severity, s.bold(String(entry.code)))}  ${s.bold(entry.title)}  ${s.dim(`[${flags.join(", ")}]`)}`,
  ];
  lines.push(`  ${entry.explanation}`);
  if (entry.advice) lines.push(`  ${labels(language).fields.advice}: ${entry.advice}`);
  if (entry.references.length > 0) lines.push(s.dim(`  ${l.references}: ${entry.references.join(", ")}`));
  return lines.join("\n");
}

/** The words of core/log's verdict in a language: core's labels, waits by `formatDuration`. */
function verdictWords(language: Language): VerdictWords {
  return { labels: labels(language), duration: (seconds) => formatDuration(seconds, language) };
}

/** An explanation of a reply, a few lines, in the language's labels; remote text is escaped. */
export function renderExplanation(result: Explanation, language: Language, s: Style): string {
  const labelled = labels(language);
  const codes = [result.code, result.enhanced].filter((part) => part !== null).join(" ");
  // core/log's verdict, the line the winston and pino adapters print; the codes stand apart here.
  const verdict = verdictOf(result, verdictWords(language), { codes: false });
  const lines = [
    `${s.severity(result.severity, s.bold(codes || "—"))}  ${s.severity(result.severity, verdict)}`,
  ];
  if (result.title) lines.push(`  ${s.bold(result.title)}`);
  if (result.text)
    lines.push(
      s.dim(`  ${fill(messages[language].explanation.quoted, { text: safeText(result.text, 300) })}`),
    );
  lines.push(`  ${result.summary}`);
  lines.push(`  ${labelled.fields.advice}: ${result.advice}`);
  if (result.actor) lines.push(`  ${labelled.fields.actor}: ${labelled.actors[result.actor]}`);
  const confidence = formatDecimal(result.confidence, 2, language);
  lines.push(s.dim(`  ${messages[language].explanation.decidedBy}: ${result.rule} (${confidence})`));
  return lines.join("\n");
}

/** The summary of a scanned log, in the language's labels and number formats. */
export function renderReport(report: ScanReport, language: Language, s: Style): string {
  const l = messages[language].report;
  const labelled = labels(language);
  const scanned = fill(l.scanned, {
    lines: formatPlural(l.lines, report.lines, language),
    size: formatMegabytes(report.bytes, language),
    replies: formatPlural(l.replies, report.replies, language),
  });
  const out = [s.bold(scanned)];
  if (report.messages > 0) {
    out.push(
      fill(l.outcomes, {
        messages: formatPlural(l.messages, report.messages, language),
        delivered: formatCount(report.outcomes.delivered, language),
        delay: formatCount(report.outcomes.delay, language),
        bounce: formatCount(report.outcomes.bounce, language),
      }),
    );
  }
  const table = (title: string, rows: [key: string, label: string, count: number][], coloured = false) => {
    if (rows.length === 0) return;
    out.push("", s.bold(title));
    const width = Math.max(...rows.map(([, label]) => label.length));
    for (const [key, label, count] of rows) {
      const padded = label.padEnd(width);
      out.push(
        `  ${coloured ? s.severity(key, padded) : padded}  ${formatCount(count, language).padStart(8)}`,
      );
    }
  };
  const severityLabel = (key: string) => labelled.severities[key as keyof typeof labelled.severities] ?? key;
  const reasonLabel = (key: string) => labelled.reasons[key as keyof typeof labelled.reasons] ?? key;
  table(
    l.bySeverity,
    Object.entries(report.bySeverity).map(([key, count]) => [key, severityLabel(key), count]),
    true,
  );
  table(
    l.byReason,
    Object.entries(report.byReason).map(([key, count]) => [key, reasonLabel(key), count]),
  );
  table(
    l.byDomain,
    report.byDomain.map(({ domain, count }) => [domain, safeText(domain, 100), count]),
  );
  if (report.topTexts.length > 0) {
    out.push("", s.bold(l.topTexts));
    const width = Math.max(...report.topTexts.map(({ reason }) => reasonLabel(reason).length));
    for (const { text, count, code, reason } of report.topTexts) {
      out.push(
        `  ${formatCount(count, language).padStart(8)}  ${code ?? "   "} ${reasonLabel(reason).padEnd(width)} ${safeText(text, 120)}`,
      );
    }
  }
  return out.join("\n");
}
