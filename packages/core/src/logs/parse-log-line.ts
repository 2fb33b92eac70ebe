import { readEximLine } from "./exim.js";
import type { LogDelivery } from "./log-delivery.js";
import { readPostfixLine } from "./postfix.js";

/** The readers of MTA log formats, one file per MTA, tried in order. */
const readers: readonly ((line: string) => LogDelivery | null)[] = [readPostfixLine, readEximLine];

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
