import type { Readable } from "node:stream";
import { domainOf, explain, findRecipient, type Locale, parseReply, type Reason } from "@smtp-codes/core";
import { boundedLines } from "./lines.js";
import { TopCounter } from "./top-counter.js";

/** What `scan` found in a log. */
export interface ScanReport {
  readonly lines: number;
  readonly bytes: number;
  /** Lines that hold an SMTP reply (or an enhanced status code). */
  readonly replies: number;
  readonly bySeverity: Record<string, number>;
  readonly byReason: Record<string, number>;
  /** Receiving domains of failures, most first (at most `top`). */
  readonly byDomain: { domain: string; count: number }[];
  /** The most frequent reply texts of failures, with addresses and numbers masked. */
  readonly topTexts: { text: string; count: number; code: number | null; reason: Reason }[];
}

/** Options of `scan`. */
export interface ScanOptions {
  readonly locale?: Locale;
  /** How many domains and texts the report lists. Default 10. */
  readonly top?: number;
  /** Called now and then with the bytes read so far. */
  readonly onProgress?: (bytes: number) => void;
}

/** Addresses, IP addresses, hex ids and long numbers differ between otherwise equal replies. */
const variable =
  /<[^<>\s]{1,320}>|[^\s<>@]{1,64}@[^\s<>]{1,255}|\b\d{1,3}(?:\.\d{1,3}){3}\b|\b[0-9A-F]{8,}\b|\b\d{4,}\b/g;

/** A reply's text with what varies per message masked, for counting. */
export function textKey(text: string): string {
  return text.replace(variable, "…").slice(0, 160);
}

/** Longest line read whole; longer lines are cut (a log line this long holds no useful reply). */
const maxLineLength = 65_536;

/**
 * Reads a mail log (Postfix, Exim, Sendmail), an mbox of bounces or nodemailer error output line
 * by line, in constant memory, and counts the SMTP replies in it by severity, reason, receiving
 * domain and text.
 */
export async function scan(input: Readable, options: ScanOptions = {}): Promise<ScanReport> {
  const top = options.top ?? 10;
  const domains = new TopCounter(1_000);
  const texts = new TopCounter(1_000);
  const samples = new Map<string, { code: number | null; reason: Reason }>();
  const bySeverity: Record<string, number> = {};
  const byReason: Record<string, number> = {};
  let lines = 0;
  let bytes = 0;
  let replies = 0;
  const onBytes = (read: number) => {
    bytes = read;
    options.onProgress?.(read);
  };
  for await (const line of boundedLines(input, maxLineLength, onBytes)) {
    lines++;
    const parsed = parseReply(line);
    if (parsed.code === null && parsed.enhanced === null) continue;
    replies++;
    const result = explain(parsed, { locale: options.locale ?? "en" });
    bySeverity[result.severity] = (bySeverity[result.severity] ?? 0) + 1;
    byReason[result.reason] = (byReason[result.reason] ?? 0) + 1;
    if (result.severity === "success" || result.severity === "intermediate") continue;
    const domain = domainOf(findRecipient(line));
    if (domain) domains.add(domain);
    const key = textKey(parsed.text);
    texts.add(key);
    if (!samples.has(key) && samples.size < 1_000)
      samples.set(key, { code: result.code, reason: result.reason });
  }
  return {
    lines,
    bytes,
    replies,
    bySeverity: sortedRecord(bySeverity),
    byReason: sortedRecord(byReason),
    byDomain: domains.top(top).map(({ key, count }) => ({ domain: key, count })),
    topTexts: texts.top(top).map(({ key, count }) => ({
      text: key,
      count,
      code: samples.get(key)?.code ?? null,
      reason: samples.get(key)?.reason ?? "undefined",
    })),
  };
}

function sortedRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort((a, b) => b[1] - a[1]));
}
