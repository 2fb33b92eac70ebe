import { normalizeCommand, type SmtpCommand } from "./commands.js";
import type { Phrasing } from "./phrasings.js";

/** Postfix's note after the reply it quotes (smtp_proto.c): `(in reply to RCPT TO command)`. */
const postfixNote = /\(in reply to (end of DATA|[A-Z]{4}(?: TO| FROM)?) command\)/i;

/** A phrasing of the stage, and the plain text pieces that every match of it holds. */
export interface CommandPhrasing extends Phrasing {
  /** Every match of `pattern` holds one of these (in any case): see `possiblePhrasing`. */
  readonly anchors: readonly string[];
}

/**
 * Phrasings with which mail systems say which SMTP command a reply answered. Data: one entry per
 * line, with the system that writes it. The first capture group names the command. Each
 * phrasing's anchors are pieces of its fixed words that start at a letter rare in prose (p, f,
 * w: `in re|ply to`, `a|fter`) or at a bracket.
 */
export const commandPhrasings: readonly CommandPhrasing[] = [
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
];

/** All phrasings in one pattern, so the text is scanned once; each keeps its one group. */
let combined: RegExp | undefined;

/**
 * How far at most a phrasing's match starts before its anchor: each anchor lies in its phrasing's
 * first fixed words, at most `(in re` or `error ` into them.
 */
export const anchorLead = 6;

const escapeForPattern = (text: string): string => text.replace(/[[\]().*+?^$|\\{}-]/g, "\\$&");

/**
 * A quick test, case-insensitive like `combined`: text that fails it matches no phrasing, so
 * `combined` need not run on it. Most texts name no stage, and the combined pattern costs about
 * 2 ns a character, as its alternatives start at letters common in prose (a, e, i, m, w), each of
 * which starts a try. This one looks for an anchor's first character followed by the rest of any
 * anchor (a little more than the anchors, so the search starts on one character class, which
 * measured 1.3 times as fast as the anchors side by side); its first characters are rarer. On the
 * bench's replies that are no bare reply, about 1 in 6 pass, and the stage search runs about
 * twice as fast. Global, so that where it matched tells the combined search where to start.
 */
let possiblePhrasing: RegExp | undefined;
/** The longest anchor, and so the longest match of `possiblePhrasing`. */
let longestAnchor = 0;

/** `possiblePhrasing`, built from the table's anchors on first use. */
export function possiblePhrasingPattern(): RegExp {
  if (!possiblePhrasing) {
    const anchors = commandPhrasings.flatMap(({ anchors }) => anchors);
    const firsts = new Set(anchors.map((anchor) => escapeForPattern(anchor.charAt(0))));
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

/** The SMTP stage that the text around a reply names, or `null`. */
export function commandFromContext(s: string): SmtpCommand | null {
  const quickEnd = possiblePhrasingEnd(s);
  if (quickEnd < 0) return null;
  combined ??= new RegExp(commandPhrasings.map(({ pattern }) => `(?:${pattern.source})`).join("|"), "gi");
  // No phrasing matches before the first anchor's lead: the quick test's match, which began at
  // most the longest anchor before where it ended, began at or before that anchor. Postfix's
  // note ends long log lines, so the combined search skips most of them.
  combined.lastIndex = Math.max(0, quickEnd - longestAnchor - anchorLead);
  const match = combined.exec(s);
  if (!match) return null;
  for (let group = 1; group < match.length; group++) {
    const named = match[group];
    // `RCPT_TO` reads as `RCPT TO`: the stage is named by the letters before the first non-letter.
    if (named) return normalizeCommand(named);
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
    if (s.charCodeAt(i - 1) === 32 && s.startsWith("in reply to ", i + 1)) return i - 1;
  }
  return -1;
}

/**
 * Phrasings that show a reply logged at DATA was really about a recipient refused at RCPT: the
 * answer to DATA after every RCPT failed (Sendmail's `503 5.0.0 Need RCPT`, Postfix's
 * `554 5.5.1 Error: no valid recipients`, Gmail's `503 5.5.1 RCPT first`, RFC 5321's `503 Bad
 * sequence of commands`), or Postfix's RCPT restriction prefix `Recipient address rejected`.
 */
export const recipientStagePhrasing =
  /\b(?:need|no valid|no) (?:RCPT|recipients?)\b|\bRCPT first\b|\bno recipients specified\b|\bbad sequence of commands\b|\bRecipient address rejected\b/i;

/** Whether a reply logged at DATA shows that the failure happened at RCPT. */
export function answersRecipientStage(text: string): boolean {
  return recipientStagePhrasing.test(text.length > 2_048 ? text.slice(0, 2_048) : text);
}
