import { readEximCompletion, readEximLine } from "./exim.js";
import type { LogDelivery, LogMessageEnd } from "./log-delivery.js";
import { readPostfixLine, readPostfixRemoval } from "./postfix.js";

/** The readers of MTA log formats, one file per MTA, tried in order. */
const readers: readonly ((line: string) => LogDelivery | null)[] = [readPostfixLine, readEximLine];

/** The readers of the line that ends a message, one per MTA, in the same files. */
const endReaders: readonly ((line: string) => LogMessageEnd | null)[] = [
  readPostfixRemoval,
  readEximCompletion,
];

/** Lines longer than this are cut before reading: no delivery line is this long. */
const maxLineLength = 8_192;

/**
 * Reads one line of a mail log: a delivery attempt of Postfix (`to=<...>, relay=..., dsn=...,
 * status=... (...)`) or Exim (`=>`, `->`, `==`, `**`), with its queue id, recipient, outcome,
 * logged enhanced code and the reply or reason, or `null` for any other line. Never throws for
 * a string; time is linear in the line's length.
 *
 * @example
 * parseLogLine("Nov 29 10:00:00 mx postfix/smtp[1000]: 4C33C18207F: to=<a@example.net>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.9]:25: Connection timed out)");
 * // { mta: "postfix", queueId: "4C33C18207F", recipient: "a@example.net", type: "delay", status: "deferred",
 * //   dsn: "4.4.1", relay: null, diagnostic: "connect to mx.example.net[192.0.2.9]:25: Connection timed out" }
 */
export function parseLogLine(line: string): LogDelivery | null {
  if (typeof line !== "string") return null;
  const text = line.length > maxLineLength ? line.slice(0, maxLineLength) : line;
  for (const read of readers) {
    const delivery = read(text);
    if (delivery) return delivery;
  }
  return null;
}

/**
 * Reads the line of a mail log that ends a message: Postfix's `QUEUEID: removed` (the message
 * has left the queue; a short queue id may be given to a new message after it) or Exim's
 * `MESSAGEID Completed`, or `null` for any other line. A log reader that groups delivery lines
 * by queue id closes the group here, so that what it holds follows the queue, not the log.
 * Never throws for a string; time is linear in the line's length.
 *
 * @example
 * parseMessageEnd("Nov 29 10:00:03 mx postfix/qmgr[999]: 4C33C18207F: removed"); // { mta: "postfix", queueId: "4C33C18207F" }
 * parseMessageEnd("2026-11-29 10:00:03 1rX4kD-000abc-7Z Completed QT=2s");       // { mta: "exim", queueId: "1rX4kD-000abc-7Z" }
 * parseMessageEnd("Nov 29 10:00:03 mx postfix/qmgr[999]: 4C33C18207F: from=<s@example.org>, size=1, nrcpt=1 (queue active)"); // null
 */
export function parseMessageEnd(line: string): LogMessageEnd | null {
  if (typeof line !== "string") return null;
  const text = line.length > maxLineLength ? line.slice(0, maxLineLength) : line;
  for (const read of endReaders) {
    const end = read(text);
    if (end) return end;
  }
  return null;
}
