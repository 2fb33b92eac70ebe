/**
 * `@smtp-codes/bounce/imap`: read a bounce mailbox over IMAP with `parseBounce`, once
 * (`readMailboxOnce`) or following it (`watchMailbox`). Needs the optional peer dependency
 * `imapflow`.
 */
export { ImapMailboxError, type ImapMailboxErrorCode } from "./errors.js";
export type { PassResult } from "./mailbox-reader.js";
export type {
  AfterReport,
  MailboxConnectionOptions,
  MailboxMessage,
  MailboxReport,
  ReadMailboxOptions,
  WatchMailboxOptions,
} from "./options.js";
export { readMailboxOnce } from "./read-mailbox-once.js";
export { type MessageLocation, reportIdOf } from "./report-id.js";
export { type MailboxWatcher, watchMailbox } from "./watch-mailbox.js";
