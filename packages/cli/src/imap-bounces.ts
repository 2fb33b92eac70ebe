import type { BounceReport } from "@smtp-codes/bounce";
import {
  ImapMailboxError,
  type MailboxMessage,
  type ReadMailboxOptions,
  readMailboxOnce,
  watchMailbox,
} from "@smtp-codes/bounce/imap";
import { BounceTally } from "./bounce-summary.js";
import { type CommandContext, Exit } from "./command.js";
import type { Language } from "./messages.js";
import { renderBounceSummary } from "./render-bounce.js";
import { SuppressionList } from "./suppression-list.js";

/** Whether `bounces` was given an IMAP mailbox rather than a file. */
export function isImapUrl(argument: string): boolean {
  return /^imaps?:\/\//i.test(argument);
}

/** `--watch` and `--password-env` belong to IMAP mailboxes: refused for files, not ignored. */
export function rejectImapOnlyOptions(values: CommandContext["values"], language: Language): void {
  for (const option of ["watch", "password-env"]) {
    if (values[option] !== undefined)
      throw Exit.with(2, language, "imapOnlyOption", { option: `--${option}` });
  }
}

/**
 * The connection an `imap://user@host:port/MAILBOX` or `imaps://...` URL names. The password
 * comes from the environment variable `passwordEnv` names: a password in the URL or on the
 * command line would show in `ps`, in shell history and in logs.
 */
export function imapConnectionOf(
  url: string,
  passwordEnv: string | undefined,
  language: Language,
  environment: NodeJS.ProcessEnv = process.env,
): Pick<ReadMailboxOptions, "host" | "port" | "secure" | "auth" | "mailbox"> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw Exit.with(2, language, "imapBadUrl", { url: JSON.stringify(url) });
  }
  if (parsed.password) throw Exit.with(2, language, "imapPasswordInUrl");
  if (!parsed.username) throw Exit.with(2, language, "imapNoUser");
  if (!parsed.hostname) throw Exit.with(2, language, "imapNoHost");
  if (!passwordEnv) throw Exit.with(2, language, "imapNeedsPasswordEnv");
  const password = environment[passwordEnv];
  if (password === undefined || password === "") {
    throw Exit.with(2, language, "imapPasswordEnvUnset", { name: passwordEnv });
  }
  const secure = parsed.protocol.toLowerCase() === "imaps:";
  const mailbox = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "INBOX";
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ""),
    ...(parsed.port ? { port: Number(parsed.port) } : {}),
    secure,
    auth: { user: decodeURIComponent(parsed.username), pass: password },
    mailbox,
  };
}

/**
 * `smtp-codes bounces imap://...`: the unseen messages of an IMAP mailbox, with the same
 * summary, `--suppress` and `--jsonl` as for files; `--watch` follows new mail until Ctrl-C and
 * prints the summary then. It only reads: nothing is marked, moved or deleted on the server.
 */
export async function runImapBounces(context: CommandContext): Promise<number> {
  const { values, language, style } = context;
  const url = context.positionals[0] as string;
  const connection = imapConnectionOf(url, values["password-env"] as string | undefined, language);
  const top = values.top === undefined ? 10 : Number(values.top);
  const tally = new BounceTally();
  const suppressions = new SuppressionList((line) => process.stdout.write(line));
  let reports = 0;

  const onReport = (report: BounceReport & { id: string }, message: MailboxMessage) => {
    tally.add(report);
    if (report.kind !== "none") reports++;
    if (values.jsonl) {
      const source = { id: message.id, mailbox: message.mailbox, uid: message.uid, size: message.size };
      process.stdout.write(`${JSON.stringify({ source, report })}\n`);
    }
    if (values.suppress) suppressions.add(report);
  };
  const options: ReadMailboxOptions = {
    ...connection,
    after: "keep",
    parse: { locale: language },
    onReport,
  };

  try {
    if (values.watch) await watch(options);
    else await readMailboxOnce(options);
  } catch (error) {
    if (error instanceof ImapMailboxError) throw Exit.with(2, language, "mailbox", { detail: error.message });
    throw error;
  }
  const summary = tally.summary(top);
  if (values.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else if (!values.jsonl && !values.suppress)
    process.stdout.write(`${renderBounceSummary(summary, language, style)}\n`);
  return reports > 0 || values.watch ? 0 : 1;
}

/** Follows the mailbox until SIGINT or SIGTERM; connection trouble goes to stderr meanwhile. */
async function watch(options: ReadMailboxOptions): Promise<void> {
  const watcher = watchMailbox({
    ...options,
    onError: (error) => {
      if (!error.fatal) process.stderr.write(`smtp-codes: ${error.message}\n`);
    },
  });
  const stop = () => void watcher.stop();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await watcher.done;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}
