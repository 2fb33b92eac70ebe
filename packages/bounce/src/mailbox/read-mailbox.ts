import type { Readable } from "node:stream";
import type { BounceOptions } from "../options.js";
import { parseBounce } from "../parse-bounce.js";
import type { BounceReport } from "../report.js";
import { type MailboxOptions, type MailboxSource, readMailboxMessages } from "./mailbox-messages.js";

/** Options of `readMailbox`: those of `parseBounce` (its `maxSize` also bounds what is read of each message), and the mbox quoting. */
export interface ReadMailboxOptions extends BounceOptions, Pick<MailboxOptions, "quoting"> {}

/** One message of a mailbox and what `parseBounce` found in it. */
export interface MailboxEntry {
  readonly source: MailboxSource;
  /** The report; a message over `maxSize` was read in part and its report warns `truncated`. */
  readonly report: BounceReport;
}

/**
 * The bounce reports of a mailbox, message by message: an mbox file or stream (mboxrd or
 * mboxo; a single .eml file is an mbox of one message), a Maildir (`cur/` and `new/`), or a
 * folder of .eml files. Memory stays constant however large the mailbox: the mbox is streamed,
 * one message is held at a time, and no more than `maxSize` bytes of it (default 10 MiB, the
 * same limit as `parseBounce`'s); a message over it is read from its start, where a report
 * puts the answer before the returned message. A mailbox that cannot be read throws a
 * `MailboxError`; a message that cannot be read gives a report of kind `none` or the
 * recipients found, with warnings, as `parseBounce` does.
 *
 * @example
 * import { readMailbox } from "@smtp-codes/bounce";
 *
 * for await (const { source, report } of readMailbox("/var/mail/bounces")) {
 *   for (const recipient of report.recipients)
 *     console.log(source.index, recipient.address, recipient.explanation.reason);
 * }
 */
export async function* readMailbox(
  pathOrStream: string | Readable,
  options: ReadMailboxOptions = {},
): AsyncGenerator<MailboxEntry> {
  const { quoting, ...parseOptions } = options;
  const messages = readMailboxMessages(pathOrStream, {
    ...(options.maxSize === undefined ? {} : { maxSize: options.maxSize }),
    ...(quoting ? { quoting } : {}),
  });
  for await (const { source, bytes, size, truncated } of messages) {
    const report = await parseBounce(bytes, parseOptions);
    yield {
      source,
      report: truncated ? withTruncationWarning(report, bytes.length, size) : report,
    };
  }
}

function withTruncationWarning(report: BounceReport, read: number, size: number): BounceReport {
  if (report.warnings.some((warning) => warning.type === "truncated")) return report;
  return {
    ...report,
    warnings: [
      ...report.warnings,
      {
        type: "truncated",
        message: `the message has ${size} bytes; only its first ${read} (maxSize) were read`,
      },
    ],
  };
}
