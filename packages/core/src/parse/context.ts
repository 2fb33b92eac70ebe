import { normalizeCommand, type SmtpCommand } from "./commands.js";
import type { Phrasing } from "./phrasings.js";
import { isLineBreak } from "./scan.js";

/** Postfix's note after the reply it quotes (smtp_proto.c): `(in reply to RCPT TO command)`. */
const postfixNote = /\(in reply to (end of DATA|[A-Z]{4}(?: TO| FROM)?) command\)/i;

/**
 * A phrasing of the stage: its first capture group names the command, or, where the words imply
 * the stage without spelling a command (an exception class such as `SMTPRecipientsRefused`), the
 * pattern has no group and `command` is the stage.
 */
export interface StagePhrasing extends Phrasing {
  readonly command?: SmtpCommand;
  /** Every match of `pattern` holds one of these, in any case: see `possiblePhrasing`. */
  readonly anchors: readonly string[];
}

/**
 * Phrasings with which mail systems and the libraries that send mail say which SMTP command a
 * reply answered. Data: one entry per line, with the system that writes it. Each phrasing's
 * anchors are pieces of its fixed words that every match holds, each starting at a character
 * rare in prose (p, f, w, v, a bracket: `in re|ply to`, `a|fter`, `SMT|PDataError`), at most
 * `anchorLead` characters into the match.
 */
export const commandPhrasings: readonly StagePhrasing[] = [
  { pattern: postfixNote, source: "Postfix", anchors: ["ply to "] },
  {
    // transports/smtp.c, check_response: "after [pipelined ]<command>", and "in response to ..."
    // when the connection closed instead of answering
    pattern:
      /\b(?:after|in response to) (?:pipelined )?(end of data|initial connection|RCPT TO|MAIL FROM|DATA|EHLO|HELO|STARTTLS|AUTH|QUIT)\b/i,
    source: "Exim",
    anchors: ["fter ", "ponse to "],
  },
  {
    pattern: /\bwhile (?:sending|performing the) (RCPT TO|MAIL FROM|end of data|DATA|EHLO|HELO|STARTTLS)\b/i,
    source: "Postfix",
    anchors: ["while "],
  },
  {
    pattern: /\berror following (RCPT|MAIL|DATA|EHLO|HELO|AUTH)\b/i,
    source: "Notes, Exchange",
    anchors: ["following "],
  },
  {
    pattern: /\bmost progress was (RCPT TO|MAIL FROM|DATA|EHLO|HELO|connection)\b/i,
    source: "qmail",
    anchors: ["progress was "],
  },
  {
    pattern: /\[(RCPT_TO|MAIL_FROM|DATA|EHLO|HELO)\]/,
    source: "Amazon SES, relays",
    anchors: ["[RCPT_TO]", "[MAIL_FROM]", "[DATA]", "[EHLO]", "[HELO]"],
  },
  {
    pattern: /\bin reply to (RCPT TO|MAIL FROM|end of DATA|DATA|EHLO|HELO)\b/i,
    source: "Sendmail",
    anchors: ["ply to "],
  },
  {
    // "SMTP error from remote server for RCPT TO command, host: ... reason: 550 ...": TEXT is the message
    pattern:
      /\bSMTP error from remote (?:mail )?server for (RCPT TO|MAIL FROM|TEXT|DATA|EHLO|HELO) command\b/i,
    source: "Exim (cPanel's bounce texts)",
    anchors: ["P error from remote "],
  },
  {
    // Nodemailer's "Mail command failed: 550 ...", "Data command failed: ..."; PHPMailer's
    // "SMTP ERROR: RCPT TO command failed: ...", "DATA END command failed: ..."
    // Both put the reply after a colon (PHPMailer's exception text after a comma): the mark keeps
    // "failed" in prose from passing the quick test.
    pattern: /\b(MAIL FROM|Mail|RCPT TO|DATA END|Data|EHLO|HELO|STARTTLS|AUTH) command failed[:,]/i,
    source: "Nodemailer (smtp-connection), PHPMailer (SMTP::sendCommand)",
    anchors: ["failed:", "failed,"],
  },
  {
    pattern: /\bRecipient command failed:|\ball recipients were rejected\b|\bfollowing recipients failed\b/i,
    command: "RCPT",
    source: "Nodemailer, PHPMailer",
    anchors: ["failed:", "pients were rejected", "following "],
  },
  // Nodemailer's "Message failed: 550 ..." answers the end of the message's data.
  {
    pattern: /\bMessage failed(?: for recipient \S+)?: [45]\d\d\b/,
    command: "DATA",
    source: "Nodemailer",
    anchors: ["failed: ", "failed for "],
  },
  {
    pattern: /\bInvalid login: [45]\d\d\b/,
    command: "AUTH",
    source: "Nodemailer",
    anchors: ["valid login: "],
  },
  // Exception classes that stand for one stage: Python's smtplib, Jakarta (Java) Mail, .NET,
  // MailKit's SmtpErrorCode values; Ruby's Net::SMTPAuthenticationError shares Python's name.
  {
    pattern: /\bSMTPSenderRefused\b|\bSMTPSenderFailedException\b/,
    command: "MAIL",
    source: "Python smtplib, Jakarta Mail",
    anchors: ["PSenderRefused", "PSenderFailedException"],
  },
  {
    pattern:
      /\bSMTPRecipientsRefused\b|\bSMTPAddressFailedException\b|\bSmtpFailedRecipients?Exception\b|\bRecipientNotAccepted\b/,
    command: "RCPT",
    source: "Python smtplib, Jakarta Mail, .NET System.Net.Mail, MailKit",
    anchors: ["PRecipientsRefused", "PAddressFailedException", "pFailedRecipient", "pientNotAccepted"],
  },
  {
    pattern: /\bSMTPDataError\b/,
    command: "DATA",
    source: "Python smtplib",
    anchors: ["PDataError"],
  },
  {
    pattern: /\bSMTPAuthenticationError\b/,
    command: "AUTH",
    source: "Python smtplib, Ruby Net::SMTP",
    anchors: ["PAuthenticationError"],
  },
  { pattern: /\bSMTPHeloError\b/, command: "EHLO", source: "Python smtplib", anchors: ["PHeloError"] },
  // Symfony Mailer: "Expected response code "354" but got code "554"": only DATA is answered by 354.
  // The anchors hold the 354: Symfony writes the same words for every command ("Expected response
  // code "250" but got ..."), and the quick test passed about 90 of the bench's embedded replies
  // on them, on each of which the combined search then ran to the end of the text for nothing.
  {
    pattern: /\bExpected response code "?354"? but got\b/,
    command: "DATA",
    source: "Symfony Mailer",
    anchors: ['pected response code "354', "pected response code 354"],
  },
];

/**
 * All phrasings in one pattern, so the text is scanned once. Each phrasing has one group in it:
 * its own, or one around the whole of a phrasing that names a fixed stage. `stageOfGroup[g]` is
 * that fixed stage for group `g`, or `null` where the captured words name the command. Global,
 * so that the search can start where the quick test says a match can.
 *
 * The phrasings whose every alternative starts at a word boundary share one `\b` in front of
 * them: the combined search tries every phrasing at each position it passes (about 8 ns a
 * character, four times the quick test), and the one shared test of the boundary made that scan
 * 1.3 to 1.5 times as fast. The others (a bracket first) stand before them: a match starting at
 * a bracket cannot start at a letter, so which comes first changes no result.
 */
let combined:
  | { readonly pattern: RegExp; readonly stageOfGroup: readonly (SmtpCommand | null)[] }
  | undefined;

function combine(): NonNullable<typeof combined> {
  const startsAtWord = (phrasing: StagePhrasing): boolean =>
    topLevelAlternatives(phrasing.pattern.source).every((alternative) => alternative.startsWith("\\b"));
  const atWord = commandPhrasings.filter(startsAtWord);
  const others = commandPhrasings.filter((phrasing) => !startsAtWord(phrasing));
  // Groups are numbered in the order the phrasings are joined.
  const stageOfGroup: (SmtpCommand | null)[] = [null];
  const parts = (phrasings: readonly StagePhrasing[]): string[] =>
    phrasings.map(({ pattern, command }) => {
      stageOfGroup.push(command ?? null);
      return command ? `(${pattern.source})` : `(?:${pattern.source})`;
    });
  const sources = parts(others);
  if (atWord.length > 0) sources.push(`\\b(?:${parts(atWord).join("|")})`);
  return { pattern: new RegExp(sources.join("|"), "gi"), stageOfGroup };
}

/** The alternatives of a pattern's source outside any group or class (`a|b(c|d)` gives `a`, `b(c|d)`). */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/**
 * How far at most a phrasing's match starts before its anchor: each anchor lies in its
 * phrasing's first words, at most `MAIL FROM command ` (before `failed`) into them.
 */
export const anchorLead = 18;

const escapeForPattern = (text: string): string => text.replace(/[[\]().*+?^$|\\{}-]/g, "\\$&");

/**
 * A quick test, case-insensitive like `combined`: text that fails it matches no phrasing, so
 * `combined` need not run on it. Most texts name no stage, and the combined pattern costs about
 * 2 ns a character, as its alternatives start at letters common in prose (a, e, i, m, s), each of
 * which starts a try. This one looks for an anchor's first character followed by the rest of any
 * anchor (a little more than the anchors, so the search starts on one character class, which
 * measured 1.3 times as fast as the anchors side by side); its first characters are rarer. On the
 * bench's replies that are no bare reply, about 1 in 6 passed (with the first seven phrasings),
 * and the stage search ran about twice as fast. Global, so that where it matched tells the
 * combined search where to start.
 */
let possiblePhrasing: RegExp | undefined;
/** The longest anchor, and so the longest match of `possiblePhrasing`. */
let longestAnchor = 0;

/** `possiblePhrasing`, built from the table's anchors on first use. */
export function possiblePhrasingPattern(): RegExp {
  if (!possiblePhrasing) {
    const anchors = commandPhrasings.flatMap(({ anchors }) => anchors);
    const firsts = new Set(anchors.map((anchor) => escapeForPattern(anchor.charAt(0).toLowerCase())));
    const rests = new Set(anchors.map((anchor) => escapeForPattern(anchor.slice(1))));
    longestAnchor = Math.max(...anchors.map((anchor) => anchor.length));
    possiblePhrasing = new RegExp(`[${[...firsts].join("")}](?:${[...rests].join("|")})`, "gi");
  }
  return possiblePhrasing;
}

/**
 * Where the quick test's first match in `s` ends, or -1 when there is none (and `s` names no
 * stage in any phrasing).
 */
export function possiblePhrasingEnd(s: string): number {
  const quick = possiblePhrasing ?? possiblePhrasingPattern();
  quick.lastIndex = 0;
  return quick.test(s) ? quick.lastIndex : -1;
}

/**
 * The SMTP stage that the text around a reply names, or `null`.
 *
 * Measured and dropped (parseReply on the bench's replies, both build orders; the stage search
 * takes about 30 % of an embedded reply's time, some 40 % of that the quick test): at each quick
 * test match, only the phrasings with an anchor there, tried from `anchorLead` before it in a
 * lookbehind window or after a sticky lazy prefix (0.93 to 1.02: every try of a phrasing that
 * starts with `\b` costs about what the combined pattern's try of all does, and each match found
 * costs a call more); one pattern of all phrasings written from their anchors, with lookbehinds
 * for the words before them (no faster: its scan cost 1.8 times the quick test's, with or
 * without groups); the combined search from the quick test's match start, read by `exec`,
 * less `anchorLead` (1.00 to 1.01). The quick test grouped by first letter, or as a tree of
 * its rests, scanned 1.1 times as long.
 *
 * Also measured and dropped, trying to read each embedded input once (the stage found in the
 * pass that finds the reply): the quick test and `codeLike` as one pattern, the text before the
 * reply scanned once by it and the rest by the quick test alone (parseReply 1.00: 1.03 with the
 * new build second, 0.98 first). The regular expression engine pays per place it tries, not per
 * character it reads: the joint pattern scanned at 3.3 ns a character, the sum of `codeLike`'s
 * 1.1 and the quick test's 2.2. A loop over the character codes that only looks each one up in a
 * table of the characters both search for took 2.2 to 2.5 ns a character, more than either
 * pattern, before doing any of their work. The combined pattern tried, sticky, only at the
 * places each anchor's phrasings can start (a table of how far each starts before its anchor;
 * the same stages on the bench's replies) made the stage search 1.03 times as fast, half a per
 * cent of parseReply: a sticky try costs 90 to 150 ns against 300 ns for the search from the
 * quick test's end, and `failed:` has five such places. The quick test is now about 60 % of the
 * stage search. Without any stage search at all parseReply ran 1.13 to 1.23 times as fast on the
 * bench's replies, so no stage design can give more than that.
 */
export function commandFromContext(s: string): SmtpCommand | null {
  const quickEnd = possiblePhrasingEnd(s);
  if (quickEnd < 0) return null;
  combined ??= combine();
  // No phrasing matches before the first anchor's lead: the quick test's match, which began at
  // most the longest anchor before where it ended, began at or before that anchor. Postfix's
  // note ends long log lines, so the combined search skips most of them.
  combined.pattern.lastIndex = Math.max(0, quickEnd - longestAnchor - anchorLead);
  const match = combined.pattern.exec(s);
  if (!match) return null;
  for (let group = 1; group < match.length; group++) {
    const named = match[group];
    // `RCPT_TO` reads as `RCPT TO`: the stage is named by the letters before the first non-letter.
    if (named) return combined.stageOfGroup[group] ?? normalizeCommand(named);
  }
  return null;
}

/**
 * The stage Postfix's note names after a reply that stands on its own
 * (`550 5.1.1 User unknown (in reply to RCPT TO command)`): Postfix appends the note to the
 * server's reply, so it is the one context such a reply carries. `null` without the note.
 */
export function commandFromNote(s: string, from: number): SmtpCommand | null {
  const noteStart = commandNoteStart(s, from);
  if (noteStart < 0) return null;
  const named = postfixNote.exec(s.slice(noteStart, noteStart + 48))?.[1];
  return named ? normalizeCommand(named) : null;
}

/**
 * Where Postfix's command note (` (in reply to `) begins at or after `from`, so it can be left
 * out of the text, or -1. Found from each `(`: a search for one character is native and fast,
 * where a longer search string costs a setup on every call.
 */
export function commandNoteStart(s: string, from: number): number {
  for (let i = s.indexOf("(", from + 1); i >= 0; i = s.indexOf("(", i + 1)) {
    // The note may be wrapped before it or after "to" (`(in reply to` then `RCPT TO command)`).
    if (
      isSpaceOrBreak(s.charCodeAt(i - 1)) &&
      s.startsWith("in reply to", i + 1) &&
      isSpaceOrBreak(s.charCodeAt(i + 12))
    )
      return i - 1;
  }
  return -1;
}

/**
 * Phrasings that show a reply logged at DATA was really about a recipient refused at RCPT: the
 * answer to DATA after every RCPT failed (Sendmail's `503 5.0.0 Need RCPT`, Postfix's
 * `554 5.5.1 Error: no valid recipients`, Gmail's `503 5.5.1 RCPT first`, RFC 5321's `503 Bad
 * sequence of commands`, Exim's `503-All RCPT commands were rejected with this error: ...` and
 * `503 Valid RCPT command must precede DATA`), or Postfix's RCPT restriction prefix `Recipient
 * address rejected`.
 */
export const recipientStagePhrasing =
  /\b(?:need|no valid|no) (?:RCPT|recipients?)\b|\bRCPT first\b|\bno recipients specified\b|\bbad sequence of commands\b|\bRecipient address rejected\b|\bAll RCPT commands were rejected\b|\bvalid RCPT command must precede DATA\b/i;

/** Whether a reply logged at DATA shows that the failure happened at RCPT. */
export function answersRecipientStage(text: string): boolean {
  return recipientStagePhrasing.test(text.length > 2_048 ? text.slice(0, 2_048) : text);
}

function isSpaceOrBreak(c: number): boolean {
  return c === 32 || c === 9 || isLineBreak(c);
}
