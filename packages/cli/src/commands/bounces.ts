import { statSync } from "node:fs";
import { MailboxError, readMailbox } from "@smtp-codes/bounce";
import { BounceTally } from "../bounce-summary.js";
import { type Command, Exit } from "../command.js";
import { formatPercent, formatPlural } from "../format.js";
import { isImapUrl, rejectImapOnlyOptions, runImapBounces } from "../imap-bounces.js";
import { fill, type Language, messages } from "../messages.js";
import { renderBounceSummary } from "../render-bounce.js";
import { SuppressionList } from "../suppression-list.js";

/** `smtp-codes bounces MAILBOX`: summarises the bounce reports of an mbox, a Maildir or a folder. */
export const bouncesCommand: Command = {
  name: "bounces",
  options: {
    suppress: { type: "boolean" },
    jsonl: { type: "boolean" },
    top: { type: "string" },
    "password-env": { type: "string" },
    watch: { type: "boolean" },
  },
  async run({ positionals, values, language, style }) {
    if (positionals.length !== 1)
      throw Exit.with(2, language, "bouncesOneMailbox", {}, messages[language].commands.bounces.usage);
    const top = values.top === undefined ? 10 : Number(values.top);
    if (!Number.isInteger(top) || top < 1 || top > 1000) throw Exit.with(2, language, "topRange");
    if ([values.suppress, values.json, values.jsonl].filter(Boolean).length > 1)
      throw Exit.with(2, language, "bouncesOneOutput");
    const path = positionals[0] as string;
    if (isImapUrl(path)) return runImapBounces({ positionals, values, language, style });
    rejectImapOnlyOptions(values, language);
    if (path === "-" && process.stdin.isTTY) throw Exit.with(2, language, "bouncesStdinIsTerminal");
    const progress = progressLine(path, language);
    const tally = new BounceTally();
    // Each address once: the list is what a sender removes, and it is as long as the output anyway.
    const suppressions = new SuppressionList((line) => process.stdout.write(line));
    let reports = 0;
    try {
      for await (const { source, report } of readMailbox(path === "-" ? process.stdin : path, {
        locale: language,
      })) {
        tally.add(report);
        if (report.kind !== "none") reports++;
        progress?.(source.offset, tally.messages);
        if (values.jsonl) process.stdout.write(`${JSON.stringify({ source, report })}\n`);
        if (values.suppress) suppressions.add(report);
      }
    } catch (error) {
      if (error instanceof MailboxError) throw Exit.with(2, language, "mailbox", { detail: error.message });
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
function progressLine(
  path: string,
  language: Language,
): ((offset: number | null, messages: number) => void) | null {
  if (process.stderr.isTTY !== true) return null;
  let size = 0;
  try {
    const info = statSync(path);
    if (info.isFile()) size = info.size;
  } catch {
    // readMailbox reports the unreadable path
  }
  let shown = 0;
  const texts = messages[language].bounce;
  return (offset, count) => {
    const now = Date.now();
    if (now - shown < 200) return;
    shown = now;
    const read = [
      size > 0 && offset !== null ? formatPercent(Math.min(1, offset / size), language) : null,
      formatPlural(texts.messages, count, language),
    ].filter((part) => part !== null);
    process.stderr.write(`\r${fill(texts.progress, { read: read.join(", ") })}`);
  };
}
