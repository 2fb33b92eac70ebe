import { type DsnAction, normalizeCommand, type SmtpCommand } from "@smtp-codes/core";
import { headerValue } from "../../message/headers.js";
import type { MessageView } from "../../message/view.js";
import { allAddresses, normalizeAddress } from "../address.js";
import { emptyFacts, type ReaderResult, type RecipientFacts } from "../facts.js";
import type { MtaFormat } from "./format.js";

/** Characters of text the readers look at; bounce texts are short, the rest is the returned message. */
const maxTextLength = 262_144;

/** Whether the email is in this MTA's format. */
export function recognises(format: MtaFormat, view: MessageView, text: string): boolean {
  const { from, subject, headers, text: phrase } = format.recognise;
  if (from && from.test(headerValue(view.headers, "from") ?? "")) return true;
  if (subject && subject.test(headerValue(view.headers, "subject") ?? "")) return true;
  if (headers?.some((name) => headerValue(view.headers, name) !== null)) return true;
  return phrase !== undefined && phrase.test(text);
}

/** The text readers see: the plain text, cut at `maxTextLength`, line ends as LF. */
export function readableText(view: MessageView): string {
  const text = view.text.length > maxTextLength ? view.text.slice(0, maxTextLength) : view.text;
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

/**
 * Reads the recipients of a bounce text in `format`'s layout. Returns `null` when the format
 * finds none.
 */
export function readWithFormat(
  format: MtaFormat,
  view: MessageView,
  text: string,
  maxRecipients: number,
): ReaderResult | null {
  const end = firstMatch(format.blockEnds, text, 0);
  const body = end < 0 ? text : text.slice(0, end);
  const original = end < 0 ? null : originalHeadersAfter(text, end);
  const starts = format.blockStarts ?? [/^/];
  const context = `Subject: ${headerValue(view.headers, "subject") ?? ""}\n${body}`;
  const action: DsnAction = format.delayed?.test(context)
    ? "delayed"
    : format.delivered?.test(context)
      ? "delivered"
      : "failed";
  for (const start of starts) {
    const match = new RegExp(start.source, start.flags.includes("m") ? start.flags : `${start.flags}m`).exec(
      body,
    );
    if (!match) continue;
    const block = body.slice(match.index + match[0].length);
    const recipients = readBlock(format, block, maxRecipients);
    if (recipients.length === 0) continue;
    for (const facts of recipients) facts.action ??= action;
    return { format: format.name, recipients, originalHeaders: original };
  }
  const listed = format.recipientsHeader ? headerValue(view.headers, format.recipientsHeader) : null;
  if (listed) {
    const recipients = allAddresses(listed, maxRecipients).map((address) => {
      const facts = emptyFacts(address);
      facts.diagnosticCode = firstParagraph(body, format);
      facts.action = action;
      return facts;
    });
    if (recipients.length > 0) return { format: format.name, recipients, originalHeaders: original };
  }
  return null;
}

function readBlock(format: MtaFormat, block: string, maxRecipients: number): RecipientFacts[] {
  const found: { address: string; lines: string[] }[] = [];
  let current: { address: string; lines: string[] } | null = null;
  let sawText = false;
  for (const line of block.split("\n")) {
    const hit = recipientLine(format, line);
    if (hit) {
      if (found.length >= maxRecipients) break;
      current = { address: hit.address, lines: hit.rest ? [hit.rest] : [] };
      found.push(current);
      sawText = hit.rest !== "";
      continue;
    }
    if (!current) continue;
    if (line.trim() === "") {
      if (format.paragraphEnds === "blankLine" && sawText) current = null;
      continue;
    }
    current.lines.push(line.trim());
    sawText = true;
  }
  const merged = new Map<string, RecipientFacts>();
  for (const { address, lines } of found) {
    const facts = merged.get(address.toLowerCase()) ?? emptyFacts(address);
    if (!merged.has(address.toLowerCase())) merged.set(address.toLowerCase(), facts);
    if (facts.diagnosticCode === null && lines.length > 0) describeParagraph(format, facts, lines);
  }
  return [...merged.values()];
}

function recipientLine(format: MtaFormat, line: string): { address: string; rest: string } | null {
  if (line.length > 2_048 || line.indexOf("@") < 0) return null;
  for (const pattern of format.recipientLines) {
    const match = pattern.exec(line);
    if (match?.[1]) return { address: normalizeAddress(match[1]), rest: (match[2] ?? "").trim() };
  }
  return null;
}

/** The reply, remote host and stage of one recipient's paragraph. */
function describeParagraph(format: MtaFormat, facts: RecipientFacts, lines: readonly string[]): void {
  const transcript = readTranscript(lines);
  const paragraph = lines.join(" ");
  let reply: string | null = null;
  for (const pattern of format.replies ?? []) {
    const match = pattern.exec(paragraph);
    if (match?.[1]) {
      reply = match[1].trim();
      break;
    }
  }
  facts.diagnosticCode = reply ?? transcript?.reply ?? paragraph.trim();
  if (facts.diagnosticCode === "") facts.diagnosticCode = null;
  facts.command = transcript?.command ?? commandOf(format, paragraph);
  const host = format.remoteHost?.exec(paragraph)?.[1];
  if (host) facts.remoteMta = host.replace(/\.$/, "");
}

function commandOf(format: MtaFormat, paragraph: string): SmtpCommand | null {
  for (const [pattern, command] of format.commands ?? []) if (pattern.test(paragraph)) return command;
  return null;
}

/**
 * An SMTP transcript inside a paragraph (Sendmail, Courier): `>>> RCPT TO:<a@b>` then
 * `<<< 550 ...`. The last failed reply, and the command it answered.
 */
function readTranscript(lines: readonly string[]): { reply: string; command: SmtpCommand | null } | null {
  let command: SmtpCommand | null = null;
  let reply: string | null = null;
  let replyCommand: SmtpCommand | null = null;
  for (const line of lines) {
    if (line.startsWith(">>> ")) {
      command = normalizeCommand(line.slice(4).split(/[\s:]/)[0] ?? "");
    } else if (line.startsWith("<<< ")) {
      const text = line.slice(4).trim();
      const first = text.charAt(0);
      if (first === "4" || first === "5") {
        reply =
          reply !== null && replyCommand === command && /^\d{3}-/.test(reply) ? `${reply} ${text}` : text;
        replyCommand = command;
      }
    }
  }
  return reply === null ? null : { reply, command: replyCommand };
}

/** Lines of the transcripts outside recipients' paragraphs, for recipients read without one. */
export function transcriptOf(text: string): { reply: string; command: SmtpCommand | null } | null {
  return readTranscript(text.split("\n").map((line) => line.trim()));
}

function firstParagraph(body: string, format: MtaFormat): string | null {
  const start = format.blockStarts ? firstMatch(format.blockStarts, body, 0) : -1;
  const from = start < 0 ? 0 : start;
  const paragraph = body
    .slice(from)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .find((p) => p.length > 20);
  return paragraph ? paragraph.slice(0, 1_000) : null;
}

/** Where the first of the patterns matches (multi-line), or -1. */
export function firstMatch(patterns: readonly RegExp[], text: string, from: number): number {
  let best = -1;
  for (const pattern of patterns) {
    const flags = pattern.flags.includes("m") ? pattern.flags : `${pattern.flags}m`;
    const match = new RegExp(pattern.source, flags).exec(from > 0 ? text.slice(from) : text);
    if (match && (best < 0 || match.index + from < best)) best = match.index + from;
  }
  return best;
}

/** The header block of a returned message that follows a marker line, if it is one. */
function originalHeadersAfter(text: string, markerAt: number): string | null {
  const lineEnd = text.indexOf("\n", markerAt);
  if (lineEnd < 0) return null;
  const rest = text.slice(lineEnd + 1).replace(/^\s*\n/, "");
  const end = rest.search(/\n[ \t]*\n/);
  const block = end < 0 ? rest : rest.slice(0, end);
  return /^[!-9;-~]{1,76}:/m.test(block) ? block.replace(/^[ \t]+(?=[!-9;-~]{1,76}:)/gm, "") : null;
}
