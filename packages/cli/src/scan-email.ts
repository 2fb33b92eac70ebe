import { Readable } from "node:stream";
import { readMailbox } from "@smtp-codes/bounce";
import { domainOf, type Reason, suppressionOf } from "@smtp-codes/core";
import { type ScanOptions, type ScanReport, textKey } from "./scan.js";
import { TopCounter } from "./top-counter.js";

/**
 * Header fields that a message's header block nearly always has, and a log or an error output
 * never starts with (RFC 5322 section 3.6, RFC 2045, RFC 3834's Auto-Submitted).
 */
const messageFields = new Set([
  "received",
  "return-path",
  "delivered-to",
  "from",
  "to",
  "cc",
  "sender",
  "reply-to",
  "subject",
  "date",
  "message-id",
  "mime-version",
  "content-type",
  "content-transfer-encoding",
  "auto-submitted",
  "dkim-signature",
  "authentication-results",
  "x-original-to",
  "x-failed-recipients",
]);

/** `Name: value`: a header field's name is printable ASCII without spaces or colons (RFC 5322 section 2.2). */
const fieldLine = /^([!-9;-~]+):/;

/**
 * Whether the start of an input is an email (or an mbox of emails) rather than a log: its first
 * lines are a header block (after an mbox `From ` line) with at least two of the usual message
 * fields. A syslog line (`Nov 29 10:00:00 mx postfix/smtp[...]:`) or an error's output
 * (`Error: ...` then a stack trace) is not.
 */
export function looksLikeEmail(head: Buffer): boolean {
  const lines = head.toString("latin1").split(/\r\n|\r|\n/, 200);
  let start = 0;
  while (start < lines.length && lines[start] === "") start++;
  if (lines[start]?.startsWith("From ")) start++;
  let known = 0;
  for (let index = start; index < lines.length; index++) {
    const line = lines[index] as string;
    if (line === "") break;
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (index === start) return false;
      continue;
    }
    const field = fieldLine.exec(line);
    if (!field) return false;
    if (messageFields.has((field[1] as string).toLowerCase())) known++;
  }
  return known >= 2;
}

/**
 * `scan` for emails and mboxes of them: each message is read whole by `parseBounce`, and each
 * recipient it reports counts once, as the one reply it stands for. Lines of the bounced
 * message's own text, of the human-readable part and folded `Diagnostic-Code:` lines are not
 * counted as replies of their own.
 */
export async function scanEmails(input: Readable, options: ScanOptions = {}): Promise<ScanReport> {
  const top = options.top ?? 10;
  const domains = new TopCounter(1_000);
  const texts = new TopCounter(1_000);
  const samples = new Map<string, { code: number | null; reason: Reason }>();
  const bySeverity: Record<string, number> = {};
  const byReason: Record<string, number> = {};
  let lines = 0;
  let bytes = 0;
  let replies = 0;
  let messages = 0;
  const outcomes = { delivered: 0, delay: 0, bounce: 0 };
  const suppressed = new Set<string>();
  let endsWithNewline = true;
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of input) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      bytes += buffer.length;
      for (let at = buffer.indexOf(10); at >= 0; at = buffer.indexOf(10, at + 1)) lines++;
      if (buffer.length > 0) endsWithNewline = buffer[buffer.length - 1] === 10;
      options.onProgress?.(bytes);
      yield buffer;
    }
  }
  for await (const { report } of readMailbox(Readable.from(counted()), { locale: options.locale ?? "en" })) {
    if (report.kind !== "none") messages++;
    for (const recipient of report.recipients) {
      const result = recipient.explanation;
      if (recipient.type === "bounce" || recipient.type === "delay" || recipient.type === "delivered")
        outcomes[recipient.type]++;
      const address = recipient.address?.toLowerCase();
      if (
        options.onSuppress &&
        address &&
        suppressionOf(recipient) === "hardBounce" &&
        !suppressed.has(address)
      ) {
        // Bounded like the log scanner's: past the cap an address may be printed twice, never lost.
        if (suppressed.size < 100_000) suppressed.add(address);
        options.onSuppress(recipient.address as string);
      }
      if (recipient.status === null && recipient.diagnosticCode === null && result.code === null) continue;
      replies++;
      bySeverity[result.severity] = (bySeverity[result.severity] ?? 0) + 1;
      byReason[result.reason] = (byReason[result.reason] ?? 0) + 1;
      if (result.severity === "success" || result.severity === "intermediate") continue;
      const domain = domainOf(recipient.address);
      if (domain) domains.add(domain);
      const key = textKey(result.text || recipient.status || "");
      texts.add(key);
      if (!samples.has(key) && samples.size < 1_000)
        samples.set(key, { code: result.code, reason: result.reason });
    }
  }
  return {
    lines: lines + (endsWithNewline ? 0 : 1),
    bytes,
    replies,
    messages,
    outcomes,
    bySeverity: sorted(bySeverity),
    byReason: sorted(byReason),
    byDomain: domains.top(top).map(({ key, count }) => ({ domain: key, count })),
    topTexts: texts.top(top).map(({ key, count }) => ({
      text: key,
      count,
      code: samples.get(key)?.code ?? null,
      reason: samples.get(key)?.reason ?? "undefined",
    })),
  };
}

function sorted(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort((a, b) => b[1] - a[1]));
}
