import { statSync } from "node:fs";
import { MailboxError, readMailbox } from "@smtp-codes/bounce";
import { suppressionOf } from "@smtp-codes/core";
import { BounceTally } from "../bounce-summary.js";
import { type Command, Exit } from "../command.js";
import { isImapUrl, rejectImapOnlyOptions, runImapBounces } from "../imap-bounces.js";
import { renderBounceSummary } from "../render-bounce.js";

/** `smtp-codes bounces MAILBOX`: summarises the bounce reports of an mbox, a Maildir or a folder. */
export const bouncesCommand: Command = {
  name: "bounces",
  summary: "summarise the bounce reports of a mailbox (mbox, Maildir or folder of .eml)",
  usage: `Usage: smtp-codes bounces MAILBOX   (an mbox file, a Maildir, a folder of .eml files, or - for an mbox on stdin)
       smtp-codes bounces imap://USER@HOST[:PORT]/MAILBOX --password-env NAME   (imaps:// for TLS)

Reads every message (in constant memory; messages over 10 MiB are read in part) and counts the
reports by kind, the recipients by reason, bounce type and domain.

Options:
  --suppress        print only the addresses to stop mailing (hard bounces, complaints), one per line
  --json            print the summary as JSON
  --jsonl           print each message's report as one line of JSON: {"source": ..., "report": ...}
  --lang de|en      language (default: from LANG)
  --top N           how many domains to list (default 10)
  --password-env NAME   for imap://: the environment variable that holds the password
  --watch           for imap://: follow new mail until Ctrl-C, then print the summary
An IMAP mailbox is only read (its unseen messages); nothing is marked, moved or deleted.`,
  options: {
    suppress: { type: "boolean" },
    jsonl: { type: "boolean" },
    top: { type: "string" },
    "password-env": { type: "string" },
    watch: { type: "boolean" },
  },
  async run({ positionals, values, language, style }) {
    if (positionals.length !== 1)
      throw new Exit(2, `smtp-codes: bounces takes one mailbox, or - for an mbox on stdin\n\n${this.usage}`);
    const top = values.top === undefined ? 10 : Number(values.top);
    if (!Number.isInteger(top) || top < 1 || top > 1000)
      throw new Exit(2, "smtp-codes: --top must be a whole number from 1 to 1000");
    if ([values.suppress, values.json, values.jsonl].filter(Boolean).length > 1)
      throw new Exit(2, "smtp-codes: --suppress, --json and --jsonl each print their own output; choose one");
    const path = positionals[0] as string;
    if (isImapUrl(path)) return runImapBounces({ positionals, values, language, style });
    rejectImapOnlyOptions(values);
    if (path === "-" && process.stdin.isTTY)
      throw new Exit(2, "smtp-codes: bounces - reads an mbox from stdin, and stdin is a terminal");
    const progress = progressLine(path);
    const tally = new BounceTally();
    // Each address once: the list is what a sender removes, and it is as long as the output anyway.
    const suppressed = new Set<string>();
    let reports = 0;
    try {
      for await (const { source, report } of readMailbox(path === "-" ? process.stdin : path, {
        locale: language,
      })) {
        tally.add(report);
        if (report.kind !== "none") reports++;
        progress?.(source.offset, tally.messages);
        if (values.jsonl) process.stdout.write(`${JSON.stringify({ source, report })}\n`);
        if (!values.suppress) continue;
        for (const recipient of report.recipients) {
          const address = recipient.address;
          if (address === null || suppressionOf(recipient) === null || suppressed.has(address)) continue;
          suppressed.add(address);
          process.stdout.write(`${address}\n`);
        }
      }
    } catch (error) {
      if (error instanceof MailboxError) throw new Exit(2, `smtp-codes: ${error.message}`);
      throw error;
    } finally {
      if (progress) process.stderr.write("\r\u001b[K");
    }
    const summary = tally.summary(top);
    if (values.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else if (!values.jsonl && !values.suppress)
      process.stdout.write(`${renderBounceSummary(summary, language, style)}\n`);
    return reports > 0 ? 0 : 1;
  },
};

/** Progress on a terminal's stderr (never in pipes): per cent of an mbox file, else messages. */
function progressLine(path: string): ((offset: number | null, messages: number) => void) | null {
  if (process.stderr.isTTY !== true) return null;
  let size = 0;
  try {
    const info = statSync(path);
    if (info.isFile()) size = info.size;
  } catch {
    // readMailbox reports the unreadable path
  }
  let shown = 0;
  return (offset, messages) => {
    const now = Date.now();
    if (now - shown < 200) return;
    shown = now;
    const share = size > 0 && offset !== null ? `${((100 * offset) / size).toFixed(0)} %, ` : "";
    process.stderr.write(`\rreading ${share}${messages} messages`);
  };
}
