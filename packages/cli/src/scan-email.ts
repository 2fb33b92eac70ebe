import { Readable } from "node:stream";
import { readMailbox } from "@smtp-codes/bounce";
import { type ScanOptions, type ScanReport, textKey } from "./scan.js";
import { ScanTally } from "./scan-tally.js";

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
  const tally = new ScanTally(options);
  let lines = 0;
  let bytes = 0;
  let messages = 0;
  const outcomes = { delivered: 0, delay: 0, bounce: 0 };
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
      tally.suppress(recipient.address, recipient);
      if (recipient.status === null && recipient.diagnosticCode === null && result.code === null) continue;
      tally.add(result, recipient.address, textKey(result.text || recipient.status || "", options));
    }
  }
  return tally.report({ lines: lines + (endsWithNewline ? 0 : 1), bytes, messages, outcomes });
}
