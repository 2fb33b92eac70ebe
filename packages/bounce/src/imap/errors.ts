/**
 * What went wrong while reading a mailbox:
 * - `authentication`: the server refused the user name or password. Fatal: retrying with the
 *   same credentials only locks the account, so the watcher stops.
 * - `mailbox`: the mailbox (or `moveTo`) does not exist or cannot be opened. Fatal.
 * - `connection`: the connection failed or dropped. The watcher reconnects with backoff;
 *   `readMailboxOnce` rejects.
 * - `parse`: a message could not be read as an email at all; it is marked like a handled
 *   message, because the same bytes fail the same way next time.
 * - `report`: the caller's `onReport` rejected; the message stays unmarked and is tried again
 *   at a later pass.
 * - `uidValidity`: the server renumbered the mailbox (a new UIDVALIDITY); messages reported
 *   but not yet marked can come back under new ids.
 */
export type ImapMailboxErrorCode =
  | "authentication"
  | "mailbox"
  | "connection"
  | "parse"
  | "report"
  | "uidValidity";

/**
 * An error of `watchMailbox` or `readMailboxOnce`, with a `code` to branch on and the IMAP
 * client's error as `cause`.
 *
 * @example
 * try {
 *   await readMailboxOnce(options);
 * } catch (error) {
 *   if (error instanceof ImapMailboxError && error.code === "authentication") process.exitCode = 2;
 * }
 */
export class ImapMailboxError extends Error {
  override readonly name = "ImapMailboxError";
  readonly code: ImapMailboxErrorCode;
  /** The stable id of the message it concerns, for `parse` and `report`. */
  readonly messageId: string | null;

  constructor(
    code: ImapMailboxErrorCode,
    message: string,
    options: { cause?: unknown; messageId?: string | null } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.messageId = options.messageId ?? null;
  }

  /** Whether the watcher stops on this error instead of reconnecting. */
  get fatal(): boolean {
    return this.code === "authentication" || this.code === "mailbox";
  }
}

interface ImapClientError {
  message?: unknown;
  code?: unknown;
  authenticationFailed?: unknown;
  serverResponseCode?: unknown;
  responseText?: unknown;
  mailboxMissing?: unknown;
}

/** The codes of a command that failed only because the connection had gone. */
const connectionGone = new Set(["NoConnection", "EConnectionClosed"]);

/**
 * Turns what the IMAP client threw into an `ImapMailboxError`, keeping the original as `cause`.
 * `clientError` is what the client said when it dropped the connection: a command that failed
 * only because the connection had gone is explained by it.
 */
export function imapMailboxErrorOf(error: unknown, context: string, clientError?: unknown): ImapMailboxError {
  if (error instanceof ImapMailboxError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (clientError !== undefined && typeof code === "string" && connectionGone.has(code)) {
    error = clientError;
  }
  const details = (typeof error === "object" && error !== null ? error : {}) as ImapClientError;
  const serverText = typeof details.responseText === "string" ? details.responseText : null;
  // [UNAVAILABLE] is the server's own trouble (RFC 5530), not a wrong password: worth a retry.
  if (details.authenticationFailed === true && details.serverResponseCode !== "UNAVAILABLE") {
    return new ImapMailboxError(
      "authentication",
      `${context}: the server refused the login${serverText ? ` (${serverText})` : ""}`,
      { cause: error },
    );
  }
  if (details.mailboxMissing === true || details.code === "NotFound") {
    return new ImapMailboxError(
      "mailbox",
      `${context}: no such mailbox${serverText ? ` (${serverText})` : ""}`,
      {
        cause: error,
      },
    );
  }
  const text =
    serverText ??
    (typeof details.message === "string" ? details.message : String(error)) +
      (typeof details.code === "string" ? ` (${details.code})` : "");
  return new ImapMailboxError("connection", `${context}: ${text}`, { cause: error });
}
