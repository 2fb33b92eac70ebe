import type { ConnectionOptions } from "node:tls";
import type { BounceOptions } from "../options.js";
import type { BounceReport } from "../report.js";
import type { ImapMailboxError } from "./errors.js";

/** A report read from a mailbox: `parseBounce`'s report and the message's stable id. */
export type MailboxReport = BounceReport & {
  /** `INBOX;UIDVALIDITY=1712345678/;UID=42`: see `reportIdOf`. */
  readonly id: string;
};

/** The message a report was read from. */
export interface MailboxMessage {
  /** The stable id, the same as the report's. */
  readonly id: string;
  readonly mailbox: string;
  /** The mailbox's UIDVALIDITY, as a decimal string (it is a 32-bit unsigned number). */
  readonly uidValidity: string;
  readonly uid: number;
  /** The message's size on the server in bytes. */
  readonly size: number;
  /** When the server received it, or `null` when it does not say. */
  readonly internalDate: Date | null;
  /** The bytes that were read: the whole message, or its first `maxMessageBytes`. */
  readonly source: Uint8Array;
  /** Whether the message was longer than `maxMessageBytes` and only its start was read. */
  readonly truncated: boolean;
}

/**
 * What to do with a message once `onReport` resolved: mark it `\Seen`, move it to `moveTo`,
 * or leave it as it is (the watcher still reports it only once per process). Messages are
 * never deleted.
 */
export type AfterReport = "seen" | "move" | "keep";

/** Where and how to log in. */
export interface MailboxConnectionOptions {
  host: string;
  /** Default 993 when `secure`, 143 otherwise. */
  port?: number;
  /**
   * `true`: TLS from the first byte (IMAPS). `false`: plain, upgraded with STARTTLS when the
   * server offers it. Default: `true` for port 993.
   */
  secure?: boolean;
  /**
   * For `secure: false`: `true` requires STARTTLS (fails when the server does not offer it),
   * `false` never upgrades, unset upgrades when the server offers it.
   */
  starttls?: boolean;
  auth: { user: string; pass: string } | { user: string; accessToken: string };
  /** Default `INBOX`. */
  mailbox?: string;
  /** Node's TLS options, such as `ca` for a server with its own certificate. */
  tls?: ConnectionOptions;
  /** Milliseconds to wait for the TCP and TLS connection. Default 30 000. */
  connectionTimeout?: number;
}

/** The options `watchMailbox` and `readMailboxOnce` share. */
export interface ReadMailboxOptions extends MailboxConnectionOptions {
  /**
   * Called once for each unseen message, in UID order, one at a time. The message is marked
   * (`after`) only when the returned promise resolves; when it rejects, the message stays as it
   * was, the error goes to `onError`, and a later pass tries it again.
   */
  onReport: (report: MailboxReport, message: MailboxMessage) => unknown;
  /** Errors the reader carries on after (a dropped connection, a rejected `onReport` ...). */
  onError?: (error: ImapMailboxError) => void;
  /** Default `"seen"`. */
  after?: AfterReport;
  /** The mailbox to move handled messages to, for `after: "move"`; created when missing. */
  moveTo?: string;
  /** Options for `parseBounce` (locale, original headers to keep). */
  parse?: BounceOptions;
  /**
   * How much of a message to read, in bytes. A report's status part comes first; what a larger
   * message adds is the returned original's body. A message cut there gets a `truncated`
   * warning. Default 1 MiB.
   */
  maxMessageBytes?: number;
  /** How many messages to fetch per round trip. Default 25. */
  batchSize?: number;
}

/** Options of `watchMailbox`. */
export interface WatchMailboxOptions extends ReadMailboxOptions {
  /**
   * Milliseconds between two looks at the mailbox when no IDLE notification came (the fallback
   * for servers without IDLE, and a safety net for lost notifications). Default 60 000.
   */
  pollInterval?: number;
  /** Reconnect backoff: first delay and cap in milliseconds. Default 1 000 and 60 000. */
  reconnect?: { initialDelay?: number; maxDelay?: number };
}
