import { closeMailbox, openMailbox } from "./connection.js";
import { imapMailboxErrorOf } from "./errors.js";
import { defaultMaxMessageBytes, MailboxReader, type PassResult } from "./mailbox-reader.js";
import type { ReadMailboxOptions } from "./options.js";

/**
 * One pass over a bounce mailbox, for a cron job: logs in, reports every unseen message to
 * `onReport` and marks it as `after` says once `onReport` resolved, logs out. Resolves with
 * how many were reported and how many `onReport` rejected (those stay unmarked for the next
 * run); rejects with a `ImapMailboxError` when the server cannot be reached, the login is refused
 * or the connection drops.
 *
 * @example
 * import { readMailboxOnce } from "@smtp-codes/bounce/imap";
 *
 * const { reported } = await readMailboxOnce({
 *   host: "imap.example.com",
 *   auth: { user: "bounces@example.com", pass: process.env.IMAP_PASSWORD ?? "" },
 *   onReport: (report) => console.log(report.id, report.kind),
 * });
 */
export async function readMailboxOnce(options: ReadMailboxOptions): Promise<PassResult> {
  const reader = new MailboxReader(options, 0);
  const open = await openMailbox(options, options.maxMessageBytes ?? defaultMaxMessageBytes);
  try {
    return await reader.pass(open);
  } catch (error) {
    throw imapMailboxErrorOf(error, `reading ${open.mailbox} on ${options.host}`, open.clientError());
  } finally {
    await closeMailbox(open);
  }
}
