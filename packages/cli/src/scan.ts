import type { Readable } from "node:stream";
import {
  explain,
  findRecipient,
  type Locale,
  type LogDelivery,
  type ParsedReply,
  parseLogLine,
  parseMessageEnd,
  parseReply,
  type Reason,
} from "@smtp-codes/core";
import { boundedLines } from "./lines.js";
import { MessageOutcomes, type OutcomeCounts } from "./message-outcomes.js";
import { ScanTally } from "./scan-tally.js";

/** What `scan` found in a log. */
export interface ScanReport {
  readonly lines: number;
  readonly bytes: number;
  /** Lines that hold an SMTP reply, an enhanced status code, or an MTA's delivery result. */
  readonly replies: number;
  /** Messages with delivery lines (Postfix, Exim), told apart by queue id. */
  readonly messages: number;
  /** Each message's recipients by the outcome of their last delivery attempt in the log. */
  readonly outcomes: OutcomeCounts;
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
  /**
   * Called once per address that hard-bounced (core's `suppressionOf`), with the address as
   * logged: the suppression list of `smtp-codes scan --suppress`.
   */
  readonly onSuppress?: (address: string) => void;
  /** Keep addresses in `topTexts` instead of masking them. Default false. */
  readonly showAddresses?: boolean;
}

/** IP addresses, hex ids and long numbers differ between otherwise equal replies. */
const variable = /\b\d{1,3}(?:\.\d{1,3}){3}\b|\b[0-9A-F]{8,}\b|\b\d{4,}\b/g;
/** Addresses differ too, and are personal data: masked unless asked for. */
const address = /<[^<>\s]{1,320}>|[^\s<>@]{1,64}@[^\s<>]{1,255}/g;

/**
 * What Postfix's smtpd appends to a reject line after the reply (`; from=<...> to=<...>
 * proto=ESMTP helo=<...>`): the client's envelope, not part of the reply.
 */
const smtpdEnvelope =
  /;\s+from=<[^<>]{0,320}>(?:\s+to=<[^<>]{0,320}>)?(?:\s+proto=\S{1,20})?(?:\s+helo=<[^<>]{0,255}>)?\s*$/;

/**
 * A reply's text with what varies per message masked, for counting: addresses (unless
 * `showAddresses`), IP addresses, hex ids and long numbers, and the log's framing left after
 * the reply.
 *
 * @example
 * textKey("<a@example.com>: User unknown, from 192.0.2.1 id 4C33C18207F"); // "…: User unknown, from … id …"
 * textKey("<a@example.com>: Relay access denied; from=<s@example.net> to=<a@example.com> proto=ESMTP helo=<c>", { showAddresses: true });
 * // "<a@example.com>: Relay access denied"
 */
export function textKey(text: string, options: { showAddresses?: boolean } = {}): string {
  let key = text.replace(smtpdEnvelope, "");
  // A closing parenthesis of the log's framing left after the reply (`status=sent (250 Ok)`).
  if (key.endsWith(")") && count(key, "(") < count(key, ")")) key = key.slice(0, -1).trimEnd();
  if (!options.showAddresses) key = key.replace(address, "…");
  return key.replace(variable, "…").slice(0, 160);
}

function count(text: string, character: string): number {
  let n = 0;
  for (let i = text.indexOf(character); i >= 0; i = text.indexOf(character, i + 1)) n++;
  return n;
}

/** Longest line read whole; longer lines are cut (a log line this long holds no useful reply). */
const maxLineLength = 65_536;

/**
 * The reply of a delivery line. A failure without a reply code (a timeout, a DNS error) is
 * read with the enhanced code the MTA logged for it (Postfix's `dsn=`).
 */
function replyOf(delivery: LogDelivery): ParsedReply {
  const reply = parseReply(delivery.diagnostic);
  if (reply.code !== null || reply.enhanced !== null || delivery.dsn === null) return reply;
  return parseReply(`${delivery.dsn} ${delivery.diagnostic}`);
}

/**
 * Reads a mail log (Postfix, Exim, Sendmail), an mbox of bounces or nodemailer error output line
 * by line, in constant memory, and counts the SMTP replies in it by severity, reason, receiving
 * domain and text. Postfix's and Exim's delivery lines are read as such (recipient, queue id,
 * `dsn=`, `status=`, `relay=`), also failures that have no reply code, and grouped by message
 * until the log says the message left the queue (Postfix's `removed`, Exim's `Completed`).
 */
export async function scan(input: Readable, options: ScanOptions = {}): Promise<ScanReport> {
  const locale = options.locale ?? "en";
  const tally = new ScanTally(options);
  const messages = new MessageOutcomes();
  let lines = 0;
  let bytes = 0;
  const onBytes = (read: number) => {
    bytes = read;
    options.onProgress?.(read);
  };
  for await (const line of boundedLines(input, maxLineLength, onBytes)) {
    lines++;
    const delivery = parseLogLine(line);
    if (delivery) messages.add(delivery);
    else {
      const end = parseMessageEnd(line);
      if (end) {
        messages.close(end.queueId);
        continue;
      }
    }
    const parsed = delivery ? replyOf(delivery) : parseReply(line);
    if (parsed.code === null && parsed.enhanced === null && !delivery) continue;
    const result = explain(parsed, { locale });
    if (delivery) tally.suppress(delivery.recipient, { type: delivery.type, explanation: result });
    const recipient = delivery ? delivery.recipient : findRecipient(line);
    tally.add(result, recipient, textKey(parsed.text, options), delivery?.type !== "delivered");
  }
  return tally.report({ lines, bytes, messages: messages.messages, outcomes: messages.counts() });
}
