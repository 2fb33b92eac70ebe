/** Reading mailboxes: mbox files and streams, Maildirs and folders of .eml files. */
export {
  defaultMaxSize,
  MailboxError,
  type MailboxErrorCode,
  type MailboxKind,
  type MailboxMessage,
  type MailboxOptions,
  type MailboxSource,
  mailboxKind,
  readMailboxMessages,
} from "./mailbox-messages.js";
export type { MboxQuoting } from "./mbox-splitter.js";
export { type MailboxEntry, type ReadMailboxOptions, readMailbox } from "./read-mailbox.js";
