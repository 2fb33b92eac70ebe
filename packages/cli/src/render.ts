import { type CatalogueEntry, type Explanation, safeText } from "@smtp-codes/core";
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

/** Labels of the text output, per language. */
const labels = {
  en: {
    advice: "Advice",
    actor: "Who acts",
    rule: "Decided by",
    retry: "retry",
    noRetry: "no retry",
    retryIn: (seconds: number) => `retry in ${humanDuration(seconds)}`,
    bounce: (kind: string) => `${kind} bounce`,
    standard: "standard",
    nonStandard: "non-standard",
    unregistered: "unregistered",
    invalidSyntax: "invalid syntax",
    references: "References",
    scanned: (lines: number, mb: string, replies: number) =>
      `${lines} lines (${mb} MB), ${replies} SMTP replies`,
    bySeverity: "By severity",
    byReason: "By reason",
    byDomain: "Receiving domains of failures",
    topTexts: "Most frequent failure texts",
  },
  de: {
    advice: "Empfehlung",
    actor: "Wer handelt",
    rule: "Entschieden durch",
    retry: "erneut versuchen",
    noRetry: "nicht erneut versuchen",
    retryIn: (seconds: number) => `erneut versuchen in ${humanDuration(seconds)}`,
    bounce: (kind: string) => (kind === "hard" ? "Hard Bounce" : "Soft Bounce"),
    standard: "standardisiert",
    nonStandard: "nicht standardisiert",
    unregistered: "nicht registriert",
    invalidSyntax: "ungültige Syntax",
    references: "Quellen",
    scanned: (lines: number, mb: string, replies: number) =>
      `${lines} Zeilen (${mb} MB), ${replies} SMTP-Antworten`,
    bySeverity: "Nach Schwere",
    byReason: "Nach Grund",
    byDomain: "Empfängerdomains der Fehler",
    topTexts: "Häufigste Fehlertexte",
  },
} as const;

export type Language = keyof typeof labels;

function humanDuration(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7_200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3_600)} h`;
}

/** A catalogue entry, a few lines. */
export function renderEntry(entry: CatalogueEntry, language: Language, s: Style): string {
  const l = labels[language];
  const flags: string[] = [entry.severity];
  if (entry.kind === "basic") {
    flags.push(entry.standard ? l.standard : l.nonStandard);
    if (!entry.validSyntax) flags.push(l.invalidSyntax);
  }
  if (!entry.registered) flags.push(l.unregistered);
  if (entry.kind === "enhanced" && entry.vendor) flags.push(entry.vendor);
  const lines = [
    `${s.severity(entry.severity, s.bold(entry.code))}  ${s.bold(entry.title)}  ${s.dim(`[${flags.join(", ")}]`)}`,
  ];
  lines.push(`  ${entry.explanation}`);
  if (entry.advice) lines.push(`  ${l.advice}: ${entry.advice}`);
  if (entry.references.length > 0) lines.push(s.dim(`  ${l.references}: ${entry.references.join(", ")}`));
  return lines.join("\n");
}

/** An explanation of a reply, a few lines; remote text is escaped. */
export function renderExplanation(
  result: Explanation,
  actorText: string | null,
  language: Language,
  s: Style,
): string {
  const l = labels[language];
  const codes = [result.code, result.enhanced].filter((part) => part !== null).join(" ");
  const verdict = [
    result.severity,
    result.bounce ? l.bounce(result.bounce) : null,
    result.reason,
    result.retryable ? (result.retryAfter ? l.retryIn(result.retryAfter) : l.retry) : l.noRetry,
  ].filter(Boolean);
  const lines = [
    `${s.severity(result.severity, s.bold(codes || "—"))}  ${s.severity(result.severity, verdict.join(" · "))}`,
  ];
  if (result.title) lines.push(`  ${s.bold(result.title)}`);
  if (result.text) lines.push(s.dim(`  "${safeText(result.text, 300)}"`));
  lines.push(`  ${result.summary}`);
  lines.push(`  ${l.advice}: ${result.advice}`);
  if (actorText) lines.push(`  ${l.actor}: ${actorText}`);
  lines.push(s.dim(`  ${l.rule}: ${result.rule} (${result.confidence.toFixed(2)})`));
  return lines.join("\n");
}

/** The summary of a scanned log. */
export function renderReport(report: ScanReport, language: Language, s: Style): string {
  const l = labels[language];
  const out = [s.bold(l.scanned(report.lines, (report.bytes / 1_048_576).toFixed(1), report.replies))];
  const table = (title: string, rows: [string, number][], colour?: (key: string, text: string) => string) => {
    if (rows.length === 0) return;
    out.push("", s.bold(title));
    const width = Math.max(...rows.map(([key]) => key.length));
    for (const [key, count] of rows) {
      const label = key.padEnd(width);
      out.push(`  ${colour ? colour(key, label) : label}  ${String(count).padStart(8)}`);
    }
  };
  table(l.bySeverity, Object.entries(report.bySeverity), s.severity);
  table(l.byReason, Object.entries(report.byReason));
  table(
    l.byDomain,
    report.byDomain.map(({ domain, count }) => [safeText(domain, 100), count]),
  );
  if (report.topTexts.length > 0) {
    out.push("", s.bold(l.topTexts));
    for (const { text, count, code, reason } of report.topTexts) {
      out.push(
        `  ${String(count).padStart(8)}  ${code ?? "   "} ${reason.padEnd(18)} ${safeText(text, 120)}`,
      );
    }
  }
  return out.join("\n");
}
