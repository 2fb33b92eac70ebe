import { type DsnAction, explain, normalizeCommand, parseReply, type SmtpCommand } from "@smtp-codes/core";
import { headerValue } from "../../message/headers.js";
import type { MessageView } from "../../message/view.js";
import { allAddresses, firstAddress, normalizeAddress } from "../address.js";
import { emptyFacts, type ReaderResult, type RecipientFacts } from "../facts.js";
import type { MtaFormat } from "./format.js";

/** Lines of a recipient's paragraph read. */
const maxParagraphLines = 40;

/** Characters of text the readers look at; bounce texts are short, the rest is the returned message. */
const maxTextLength = 131_072;

/** Whether the email is in this MTA's format. */
export function recognises(format: MtaFormat, view: MessageView, text: string): boolean {
  const { from, subject, headers, text: phrase } = format.recognise;
  if (from?.test(headerValue(view.headers, "from") ?? "")) return true;
  if (subject?.test(headerValue(view.headers, "subject") ?? "")) return true;
  if (headers?.some((name) => headerValue(view.headers, name) !== null)) return true;
  return phrase?.test(text) ?? false;
}

/** The text readers see: the plain text, cut at `maxTextLength`, line ends as LF. */
export function readableText(view: MessageView): string {
  const text = view.text.length > maxTextLength ? view.text.slice(0, maxTextLength) : view.text;
  return unquotedForward(text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n"));
}

/** The line a mail client writes above a message forwarded inline (Apple Mail, Gmail, Outlook). */
const forwardMarker =
  /^(?:Begin forwarded message:|-{5,} ?Forwarded message ?-{5,}|-{3,} ?Original Message ?-{3,})\s*$/m;

/**
 * A bounce someone forwarded inline, its lines quoted (`> `) below the client's marker: the
 * bounce's own text without one level of quote marks, so that its layout reads as sent.
 */
export function unquotedForward(text: string): string {
  const marker = forwardMarker.exec(text);
  if (!marker) return text;
  const after = text.slice(marker.index + marker[0].length);
  if (!/^\s*>/.test(after)) return text;
  return text.slice(0, marker.index + marker[0].length) + after.replace(/^> ?/gm, "");
}

/**
 * Reads the recipients of a bounce text in `format`'s layout, or (`fromHeader`) from the header
 * that lists them. Returns `null` when the format finds none.
 */
export function readWithFormat(
  format: MtaFormat,
  view: MessageView,
  text: string,
  maxRecipients: number,
  fromHeader = false,
): ReaderResult | null {
  const end = firstMatch(format.blockEnds, text, 0);
  const body = end < 0 ? text : text.slice(0, end);
  const original = end < 0 ? null : originalHeadersAfter(text, end);
  const starts = format.blockStarts ?? [/^/];
  const reportingMta = format.reportingHost?.exec(body)?.[1] ?? null;
  const context = `Subject: ${headerValue(view.headers, "subject") ?? ""}\n${body}`;
  const action: DsnAction = format.delayed?.test(context)
    ? "delayed"
    : format.delivered?.test(context)
      ? "delivered"
      : "failed";
  const transcript = fromHeader ? null : readTranscripts(body);
  for (const start of starts) {
    if (transcript === null) break;
    const match = multilineOf(start).exec(body);
    if (!match) continue;
    const block = body.slice(match.index + match[0].length);
    const recipients = readBlock(format, block, maxRecipients, transcript);
    if (recipients.length === 0) continue;
    for (const facts of recipients) {
      facts.action ??= action;
      const address = facts.address?.toLowerCase();
      const own = address
        ? (transcript.byAddress.get(address) ?? transcript.namedAfter.get(address))
        : undefined;
      // the session's last refusal tells of a recipient the transcript does not name only when
      // it is that recipient's reply (or there is no other recipient it could be), and never
      // when the transcript tells of this address on its own
      const last = transcript.last;
      const said =
        own ??
        (last &&
        !(address && transcript.named.has(address)) &&
        (recipients.length === 1 || sameReply(last.reply, facts.diagnosticCode))
          ? last
          : undefined);
      if (said && facts.command === null) facts.command = said.command;
      // a reply the session shows answered before DATA's own (pipelining)
      if (facts.command === null && facts.diagnosticCode !== null && transcript.pipelinedRcpt.size > 0)
        if (transcript.pipelinedRcpt.has(squeezed(facts.diagnosticCode))) facts.command = "RCPT";
      // a recipient whose own lines state no reply ("(reason: )"): the session's refusal of it,
      // or the only refusal when it is the only recipient
      if (facts.diagnosticCode === null && said && (said !== transcript.last || recipients.length === 1))
        facts.diagnosticCode = said.reply;
      // a stated reason that is only the first line of a multi-line reply (Sendmail's "(reason:
      // 550-5.1.1 ...)"): the whole reply, as the session shows it
      else if (said && extendsFirstLine(facts.diagnosticCode, said.reply)) facts.diagnosticCode = said.reply;
    }
    return { format: format.name, recipients, originalHeaders: original, reportingMta };
  }
  if (transcript !== null) {
    const refused = refusedInTranscript(transcript, maxRecipients);
    for (const facts of refused) facts.action = action;
    if (refused.length > 0)
      return { format: format.name, recipients: refused, originalHeaders: original, reportingMta };
  }
  const header = format.recipientsHeader;
  const value =
    fromHeader && header
      ? headerValue(view.headers, typeof header === "string" ? header : header.name)
      : null;
  const listed =
    value === null || typeof header !== "object"
      ? value
      : (header.address.exec(value.slice(0, 2_048))?.[1] ?? null);
  if (listed) {
    const recipients = allAddresses(listed.slice(0, 65_536), maxRecipients).map((address) => {
      const facts = emptyFacts(address);
      facts.diagnosticCode = firstParagraph(body, format);
      facts.action = action;
      return facts;
    });
    if (recipients.length > 0)
      return { format: format.name, recipients, originalHeaders: original, reportingMta };
  }
  return null;
}

function readBlock(
  format: MtaFormat,
  block: string,
  maxRecipients: number,
  transcript: Transcripts,
): RecipientFacts[] {
  interface Found {
    address: string;
    lines: string[];
    /** A statement line's own text (`Remote protocol error`) and the whole line, or null. */
    statement: { reply: string; line: string } | null;
    /** The address it was expanded from, as a line below it names it. */
    alias: string | null;
    before: string[];
    /** The paragraph right after the recipient's own, before the next recipient. */
    after: string[];
  }
  const found: Found[] = [];
  let current: Found | null = null;
  // the recipient whose paragraph just ended, until the next paragraph does
  let closed: Found | null = null;
  let sawText = false;
  // the text between recipients' paragraphs: some MTAs say why before they name the recipient
  let outside: string[] = [];
  let lastOutside: string[] = [];
  // whether the last line at the left margin named the recipient being read: an alias line
  // below it ("(expanded from: <a@b>)") names where it came from; below a pipe or a file, the
  // alias line names the recipient itself
  let marginNamedRecipient = false;
  // a section's title stands after a blank line
  let afterBlank = false;
  for (const line of block.split("\n")) {
    const trimmed = line.trim();
    const opensParagraph = afterBlank;
    afterBlank = trimmed === "";
    const alias = format.aliasLines ? aliasOf(format, line) : null;
    const owner = current ?? closed;
    if (alias !== null && owner !== null && marginNamedRecipient) {
      owner.alias ??= alias;
      continue;
    }
    const hit = alias !== null ? { address: alias, rest: "", statement: false } : recipientLine(format, line);
    const first = line.charCodeAt(0);
    if (line !== "" && first !== 32 && first !== 9) marginNamedRecipient = hit !== null;
    // the address again inside its own paragraph ("after RCPT TO:" / "<a@b>:") continues it
    const repeated =
      hit !== null && current !== null && hit.address === current.address && current.lines.length > 0;
    if (hit && !repeated) {
      if (found.length >= maxRecipients) break;
      // "The following recipients were affected:" just above the address announces it, says no reason
      if (outside.length > 0 && !isHeading(outside)) lastOutside = outside;
      outside = [];
      closed = null;
      const statement = hit.statement ? { reply: hit.rest, line: trimmed } : null;
      current = {
        address: hit.address,
        lines: hit.rest && !statement ? [hit.rest] : [],
        statement,
        alias: null,
        before: lastOutside,
        after: [],
      };
      found.push(current);
      sawText = hit.rest !== "";
      // the line says all there is: what follows is another recipient's, or the MTA's own
      if (statement) {
        closed = current;
        current = null;
      }
      continue;
    }
    if (!current) {
      if (trimmed === "") {
        if (outside.length > 0 && !isHeading(outside)) lastOutside = outside;
        if (closed !== null && outside.length > 0) {
          closed.after = outside;
          closed = null;
        }
        outside = [];
      } else if (outside.length < maxParagraphLines) outside.push(trimmed);
      continue;
    }
    // a paragraph is a few lines: the rest of a long one is the returned message, not the reply
    if (current.lines.length >= maxParagraphLines) continue;
    if (trimmed === "") {
      // "For the following reason:" and a blank line: the reply is the next paragraph
      if (format.paragraphEnds === "blankLine" && sawText && !isHeading(current.lines)) {
        closed = current;
        current = null;
      }
      continue;
    }
    // the title of the report's next section ("----- Transcript of session follows -----") is
    // no part of the reply; the section may hold it, or name the recipient again
    if (opensParagraph && opensSection(format, trimmed)) continue;
    current.lines.push(trimmed);
    sawText = true;
  }
  if (closed !== null && outside.length > 0) closed.after = outside;
  const merged = new Map<string, RecipientFacts>();
  for (const { address, lines, statement, alias, before, after } of found) {
    const facts = merged.get(address.toLowerCase()) ?? emptyFacts(address);
    if (!merged.has(address.toLowerCase())) merged.set(address.toLowerCase(), facts);
    if (alias !== null && alias.toLowerCase() !== address.toLowerCase()) facts.originalRecipient ??= alias;
    // a titled section after the list ("Additional Information" over a rule of "=") is the
    // report's own, not the recipient's reply: the reason stood before the list then
    const paragraph = lines.length > 0 && !isSectionTitle(lines) ? lines : before;
    if (facts.diagnosticCode === null && statement)
      describeStatement(format, facts, statement.reply, statement.line, transcript);
    else if (facts.diagnosticCode === null && paragraph.length > 0)
      describeParagraph(format, facts, paragraph);
    // the stage in a section of its own below the reply ("SMTP command:" over "DATA"), named
    // only in the format's own words
    if (facts.command === null && after.length > 0) facts.command = commandOf(format, after.join(" "));
  }
  return [...merged.values()];
}

/** Whether a line is one of the phrases after which the format lists recipients. */
function opensSection(format: MtaFormat, line: string): boolean {
  return format.blockStarts?.some((start) => multilineOf(start).test(line)) ?? false;
}

/** Whether a paragraph starts with a title underlined by a rule (`Additional Information` / `=====`). */
function isSectionTitle(lines: readonly string[]): boolean {
  if (lines.length < 2 || !/^[=*-]{3,}$/.test(lines[1] ?? "") || /^[=*-]{3,}$/.test(lines[0] ?? ""))
    return false;
  // a sentence over a rule ("... was rejected by a remote mail server." / "-----") says why
  if (/[.!]$/.test(lines[0] ?? "")) return false;
  // "Technical details" over a rule, then the reply: the recipient's own section after all
  return !lines.slice(2).some((line) => replyLineStart.test(line));
}

/** A line that starts with a reply's code: `550 ...`, `550-...`, `#5.1.1`, `5.1.1 ...`. */
const replyLineStart = /^#?[245]\d\d(?:[\s-]|$)|^#?[245]\.\d{1,3}\.\d{1,3}\b/;

/** Whether a paragraph only announces what follows ("The following recipients ...:", "Technical details:"). */
function isHeading(lines: readonly string[]): boolean {
  const last = lines[lines.length - 1] ?? "";
  // also a title framed in rules ("------ a@example.com ------")
  return (
    last.endsWith(":") ||
    /^[=*-]{3,}$/.test(last) ||
    (/\s-{3,}$/.test(last) && lines.some((line) => /^-{3,}\s/.test(line)))
  );
}

function recipientLine(
  format: MtaFormat,
  line: string,
): { address: string; rest: string; statement: boolean } | null {
  if (line.length > 2_048 || line.indexOf("@") < 0) return null;
  return (
    (format.statementLines ? lineMatch(format.statementLines, line, true) : null) ??
    lineMatch(format.recipientLines, line, false)
  );
}

function lineMatch(
  patterns: readonly RegExp[],
  line: string,
  statement: boolean,
): { address: string; rest: string; statement: boolean } | null {
  for (const pattern of patterns) {
    const match = pattern.exec(line);
    if (!match) continue;
    const found = match.groups?.address ?? match[1];
    const address = found ? firstAddress(found) : null;
    if (address) return { address, rest: (match.groups?.reply ?? match[2] ?? "").trim(), statement };
  }
  return null;
}

/** The address an alias line names (`(expanded from: <a@b>)`), or null. */
function aliasOf(format: MtaFormat, line: string): string | null {
  if (line.length > 2_048 || line.indexOf("@") < 0) return null;
  for (const pattern of format.aliasLines ?? []) {
    const found = pattern.exec(line)?.[1];
    if (found) return firstAddress(found);
  }
  return null;
}

/**
 * The reply of a recipient its MTA names on one line (`554 <a@b>... Remote protocol error`):
 * the remote server's own refusal of that address when the transcript shows it, the remote
 * reply the line quotes after the MTA's status words (`Deferred: 421`), the refusal just above
 * the line when it only says the remote server refused, else the line itself.
 */
function describeStatement(
  format: MtaFormat,
  facts: RecipientFacts,
  reply: string,
  line: string,
  transcript: Transcripts,
): void {
  const key = facts.address?.toLowerCase() ?? "";
  const refused = transcript.byAddress.get(key);
  const words = format.statusWords?.exec(reply);
  const quoted = words ? reply.slice(words[0].length).trim() : reply;
  const above = words && quoted === "" ? transcript.namedAfter.get(key) : undefined;
  const said = refused ?? above;
  if (said) {
    facts.diagnosticCode = said.reply;
    facts.command = said.command;
    return;
  }
  facts.diagnosticCode = replyLineStart.test(quoted) ? quoted : line;
}

/** The reply, remote host and stage of one recipient's paragraph. */
function describeParagraph(format: MtaFormat, facts: RecipientFacts, lines: readonly string[]): void {
  const transcript = readTranscripts(lines.join("\n")).last;
  const paragraph = lines.join(" ");
  let reply: string | null = null;
  for (const pattern of format.replies ?? []) {
    const match = pattern.exec(paragraph);
    if (match) {
      // more than one capture: the parts of the reply, where it came from first
      reply = match
        .slice(1)
        .filter((part) => part !== undefined && part.trim() !== "")
        .map((part) => part.trim())
        .join(": ");
      break;
    }
  }
  // "(reason: )": the MTA stated no reply here; the transcript may show it
  if (reply === "") {
    facts.command = transcript?.command ?? commandOf(format, paragraph);
    return;
  }
  // The reply starts on the first line that starts with a code; the lines before it say where
  // (the host, the stage: "SMTP error from remote mail server after RCPT TO:")
  const replyLine = lines.findIndex((line) => replyLineStart.test(line));
  const fromReplyLine = replyLine > 0 ? lines.slice(replyLine).join(" ") : null;
  facts.diagnosticCode =
    reply ?? transcript?.reply ?? fromReplyLine ?? withoutHeadings(lines).join(" ").trim();
  if (facts.diagnosticCode === "") facts.diagnosticCode = null;
  facts.command = transcript?.command ?? commandOf(format, paragraph) ?? parseReply(paragraph).command;
  const host = format.remoteHost?.exec(paragraph)?.[1];
  if (host) facts.remoteMta = host.replace(/\.$/, "");
}

/**
 * A paragraph without the rules and short titles it opens with ("=====", "Technical details:")
 * and the rules it ends with: they frame the reply, they are not part of it. A longer line
 * ending in a colon ("SMTP error from remote mail server after RCPT TO:") says where the reply
 * came from: it stays.
 */
function withoutHeadings(lines: readonly string[]): readonly string[] {
  let first = 0;
  while (first < lines.length - 1 && titleLine.test(lines[first] as string)) first++;
  let end = lines.length;
  while (end > first + 1 && /^[=*-]{3,}$/.test(lines[end - 1] as string)) end--;
  return first === 0 && end === lines.length ? lines : lines.slice(first, end);
}

/** A rule, or a title of up to three words before a colon. */
const titleLine = /^(?:[=*-]{3,}|\p{L}+(?: \p{L}+){0,2}:)$/u;

function commandOf(format: MtaFormat, paragraph: string): SmtpCommand | null {
  for (const [pattern, command] of format.commands ?? []) if (pattern.test(paragraph)) return command;
  return null;
}

/** What an SMTP transcript shows: the failed reply per recipient refused at RCPT, and the last failure. */
interface Transcripts {
  readonly byAddress: Map<string, { reply: string; command: SmtpCommand | null }>;
  /**
   * Addresses Sendmail's own error lines name after a refusal (`554 <a@b>... Remote protocol
   * error`): the stage is the session's command then. Not recipients by themselves (such a
   * line may name the sender).
   */
  readonly namedAfter: Map<string, { reply: string; command: SmtpCommand | null }>;
  /** Every address such a line names: its own session, not the last one, tells its stage. */
  readonly named: Set<string>;
  /**
   * Replies (squeezed) shown under `>>> DATA` with another reply after them under the same
   * DATA: with pipelining (RFC 2920) the server answers the RCPTs before DATA, and Sendmail's
   * transcript names only the last command it sent, so all but the last were RCPT replies.
   */
  readonly pipelinedRcpt: Set<string>;
  readonly last: { reply: string; command: SmtpCommand | null } | null;
}

/**
 * The SMTP transcripts of a bounce (Sendmail's "Transcript of session follows", Courier's):
 * `>>> RCPT To:<a@b>` then `<<< 550 ...`. A refusal after `RCPT` belongs to that address.
 */
function readTranscripts(text: string): Transcripts {
  const byAddress = new Map<string, { reply: string; command: SmtpCommand | null }>();
  const namedAfter = new Map<string, { reply: string; command: SmtpCommand | null }>();
  const named = new Set<string>();
  const pipelinedRcpt = new Set<string>();
  // the replies read since ">>> DATA", a multi-line one as one
  let dataReplies: string[] = [];
  let last: { reply: string; command: SmtpCommand | null } | null = null;
  // the refusal the MTA's own lines right below it speak of, until a line about something else
  let pending: { reply: string; command: SmtpCommand | null } | null = null;
  let command: SmtpCommand | null = null;
  let argument = "";
  // whether the line before was a reply: Sendmail writes its own line for a recipient right after
  let afterReply = false;
  // the recipients Sendmail named after the refusals read since ">>> DATA"
  let namedUnderData: { key: string; said: { reply: string; command: SmtpCommand | null } }[] = [];
  if (text.indexOf("<<< ") < 0 && text.indexOf("Received >>> ") < 0)
    return { byAddress, namedAfter, named, pipelinedRcpt, last };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const followsReply = afterReply;
    afterReply = false;
    // Sendmail's "... while talking to mx.example.com.:" opens a session: a refusal before
    // anything was sent answers the greeting
    // ("While talking to ...:" in Sendmail 5)
    if (/^(?:\.\.\. )?while talking to /i.test(line)) {
      command = "CONNECT";
      argument = "";
      namedUnderData = [];
      dataReplies = [];
      pending = null;
    } else if (line.startsWith(">>> ") || line.startsWith("Sent <<< ")) {
      // ">>> RCPT TO:" (Sendmail, Courier), "Sent <<< RCPT TO:" (InterScan and others)
      const sent = line.startsWith(">>> ") ? line.slice(4) : line.slice(9);
      command = normalizeCommand(sent.split(/[\s:]/)[0] ?? "");
      argument = sent;
      namedUnderData = [];
      dataReplies = [];
      pending = null;
    } else if (line.startsWith("<<< ") || line.startsWith("Received >>> ")) {
      const reply = line.slice(line.startsWith("<<< ") ? 4 : 13).trim();
      const first = reply.charAt(0);
      if (first !== "4" && first !== "5") continue;
      // a later reply under the same DATA that says no recipient was accepted ("503 need RCPT")
      // is DATA's own: the refusals before it were the pipelined RCPTs' replies, whatever
      // Sendmail said of them ("Deferred", "Service unavailable")
      if (namedUnderData.length > 0 && explain(reply, { command: "DATA" }).command === "RCPT") {
        for (const { key, said } of namedUnderData)
          if (!byAddress.has(key)) byAddress.set(key, { reply: said.reply, command: "RCPT" });
        namedUnderData = [];
      }
      const joined = joinedReply(last, command, reply);
      const continued = joined !== reply;
      last = { reply: joined, command };
      if (command === "DATA") {
        if (continued && dataReplies.length > 0) dataReplies[dataReplies.length - 1] = last.reply;
        else {
          // a server closing the session (421) after DATA's refusal is no answer to DATA
          if (!reply.startsWith("421"))
            for (const earlier of dataReplies) pipelinedRcpt.add(squeezed(earlier));
          dataReplies.push(last.reply);
        }
      }
      afterReply = true;
      pending = last;
      if (command === "RCPT") {
        const address = /<([^<>\s@]+@[^<>\s]+)>/.exec(argument)?.[1];
        if (address) byAddress.set(normalizeAddress(address).toLowerCase(), last);
      }
    } else if (line !== "") {
      // "554 <a@b>... Remote protocol error", "<a@b>... Deferred: 421": Sendmail's line per
      // address the refusal failed; a line about something else ends them
      const said = line.length > 2_048 ? null : errorLineAddress.exec(line);
      const key = said?.[1] ? normalizeAddress(said[1]).toLowerCase() : null;
      if (key === null) {
        pending = null;
      } else {
        named.add(key);
        if (followsReply && said?.[2] !== undefined && last?.command === "DATA") {
          // Sendmail says "User unknown" (EX_NOUSER) only of a recipient whose RCPT got a 550,
          // 551 or 553 (usersmtp.c, smtprcptstat): with pipelining those replies are read after
          // DATA was sent, so the transcript shows them under ">>> DATA" (reply() logs the last
          // command sent once); after a refused DATA it says "Service unavailable" instead
          last = { reply: last.reply, command: "RCPT" };
          pending = last;
          if (!byAddress.has(key)) byAddress.set(key, last);
        } else if (pending !== null && !namedAfter.has(key)) {
          namedAfter.set(key, pending);
          if (followsReply && pending.command === "DATA") namedUnderData.push({ key, said: pending });
        }
      }
    }
  }
  return { byAddress, namedAfter, named, pipelinedRcpt, last };
}

/**
 * Sendmail's own line about an address (err.c usrerr, deliver.c giveresponse): `554 <a@b>... `,
 * `<a@b>... `, or the address bare (`a@b... `) as the sender gave it on the command line
 * (q_paddr); the second capture is there when it says "User unknown".
 */
const errorLineAddress =
  /^(?:[45]\d\d(?:[ -][45]\.\d{1,3}\.\d{1,3})? )?<?([^<>\s@]{1,64}@[^<>\s]{1,255}?)>?\.\.\. (?:(User unknown)\s*$)?/i;

/** Whether a transcript's reply and a recipient's stated reason are the same reply. */
function sameReply(reply: string, diagnostic: string | null): boolean {
  if (diagnostic === null) return false;
  const said = squeezed(reply);
  const stated = squeezed(diagnostic);
  return said.length > 0 && stated.length > 0 && (said.includes(stated) || stated.includes(said));
}

/**
 * Whether `partial` is the first line of a multi-line reply (`550-5.1.1 ...`) and `whole` that
 * reply with its other lines.
 */
export function extendsFirstLine(partial: string | null, whole: string | null): boolean {
  if (partial === null || whole === null || !/^\d{3}-/.test(partial) || whole.length <= partial.length)
    return false;
  return squeezed(whole).startsWith(squeezed(partial));
}

/** A reply compared with others: white space squeezed, lower case. */
function squeezed(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** The lines of a multi-line reply (`550-5.1.1 ...` then `550 5.1.1 ...`) are one reply. */
function joinedReply(
  previous: { reply: string; command: SmtpCommand | null } | null,
  command: SmtpCommand | null,
  reply: string,
): string {
  return previous !== null && previous.command === command && /^\d{3}-/.test(previous.reply)
    ? `${previous.reply} ${reply}`
    : reply;
}

/** Recipients a transcript shows refused at RCPT, for bounces that list them nowhere else. */
function refusedInTranscript(transcript: Transcripts, maxRecipients: number): RecipientFacts[] {
  return [...transcript.byAddress.entries()].slice(0, maxRecipients).map(([address, said]) => {
    const facts = emptyFacts(address);
    facts.diagnosticCode = said.reply;
    facts.command = said.command;
    return facts;
  });
}

/** Multi-line versions of the formats' patterns, made once. */
const multiline = new WeakMap<RegExp, RegExp>();

function multilineOf(pattern: RegExp): RegExp {
  let made = multiline.get(pattern);
  if (!made) {
    made = pattern.flags.includes("m") ? pattern : new RegExp(pattern.source, `${pattern.flags}m`);
    multiline.set(pattern, made);
  }
  return made;
}

/** Where the first of the patterns matches (multi-line), or -1. */
export function firstMatch(patterns: readonly RegExp[], text: string, from: number): number {
  let best = -1;
  const searched = from > 0 ? text.slice(from) : text;
  for (const pattern of patterns) {
    const match = multilineOf(pattern).exec(searched);
    if (!match) continue;
    // a pattern may start with white space (`^\s*----- ...`): the marker is where the text starts
    const at = match.index + from + (match[0].length - match[0].trimStart().length);
    if (best < 0 || at < best) best = at;
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

/** The first real paragraph after the phrase that opens the recipients' part: the reply of recipients listed in a header. */
function firstParagraph(body: string, format: MtaFormat): string | null {
  let from = 0;
  for (const start of format.blockStarts ?? []) {
    const match = multilineOf(start).exec(body);
    if (match) {
      from = match.index + match[0].length;
      break;
    }
  }
  const paragraph = body
    .slice(from)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .find((p) => p.length > 20);
  return paragraph ? paragraph.slice(0, 1_000) : null;
}
