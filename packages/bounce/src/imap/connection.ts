import { ImapFlow } from "imapflow";
import { imapMailboxErrorOf } from "./errors.js";
import type { MailboxConnectionOptions } from "./options.js";

/** The default ports of IMAP over TLS (RFC 8314) and of plain IMAP. */
const imapsPort = 993;
const imapPort = 143;

/** A logged-in client with the mailbox selected, and a way to learn that the connection ended. */
export interface OpenMailbox {
  readonly client: ImapFlow;
  readonly mailbox: string;
  /** Resolves when the connection closes, for whatever reason. */
  readonly closed: Promise<void>;
  /** What the client reported as it gave up the connection (a parse error, a reset), if anything. */
  readonly clientError: () => unknown;
}

/**
 * Connects, logs in and selects the mailbox. Every failure becomes a `ImapMailboxError`
 * (`authentication` and `mailbox` are the ones not worth a retry).
 */
export async function openMailbox(
  options: MailboxConnectionOptions,
  maxMessageBytes: number,
): Promise<OpenMailbox> {
  const secure = options.secure ?? options.port === imapsPort;
  const client = new ImapFlow({
    host: options.host,
    port: options.port ?? (secure ? imapsPort : imapPort),
    secure,
    ...(options.starttls !== undefined ? { doSTARTTLS: options.starttls } : {}),
    auth: options.auth,
    ...(options.tls ? { tls: options.tls } : {}),
    connectionTimeout: options.connectionTimeout ?? 30_000,
    greetingTimeout: options.connectionTimeout ?? 30_000,
    logger: false,
    // The server is not trusted: no literal (a message) much longer than what was asked for,
    // no response line (a SEARCH answer of UIDs) beyond 16 MiB.
    maxLiteralSize: maxMessageBytes + 64 * 1024,
    maxResponseSize: 2 * maxMessageBytes + 16 * 1024 * 1024,
    maxLineLength: 16 * 1024 * 1024,
    // IDLE soon after each pass, so that new mail is announced within a second.
    autoIdleDelay: 500,
    // Dovecot and others end an IDLE after 30 minutes of silence (RFC 9051 asks clients to
    // renew it before 29): renew it well before.
    maxIdleTime: 5 * 60_000,
  });
  const closed = new Promise<void>((resolve) => client.once("close", () => resolve()));
  // An EventEmitter without an "error" listener throws. The commands that were waiting reject
  // with a bare "no connection"; this error says why, so it goes into the message.
  let clientError: unknown;
  client.on("error", (error: unknown) => {
    clientError ??= error;
  });
  const mailbox = options.mailbox ?? "INBOX";
  try {
    await client.connect();
  } catch (error) {
    client.close();
    throw imapMailboxErrorOf(error, `cannot log in to ${options.host}`);
  }
  try {
    await client.mailboxOpen(mailbox);
  } catch (error) {
    client.close();
    throw imapMailboxErrorOf(error, `cannot open mailbox ${JSON.stringify(mailbox)}`);
  }
  return { client, mailbox, closed, clientError: () => clientError };
}

/** Logs out politely, or drops the connection when the server does not answer within a second. */
export async function closeMailbox(open: OpenMailbox): Promise<void> {
  if (!open.client.usable) {
    open.client.close();
    return;
  }
  const timer = setTimeout(() => open.client.close(), 1_000);
  try {
    await open.client.logout();
  } catch {
    open.client.close();
  } finally {
    clearTimeout(timer);
  }
}
