import { createReadStream, statSync } from "node:fs";
import { type Command, Exit } from "../command.js";
import { peek } from "../io.js";
import { renderReport } from "../render.js";
import { scan } from "../scan.js";
import { looksLikeEmail, scanEmails } from "../scan-email.js";

/** `smtp-codes scan [FILE]`: summarises the SMTP replies in a mail log. */
export const scanCommand: Command = {
  name: "scan",
  summary: "summarise the SMTP replies in a mail log (reads stdin without FILE, or with -)",
  usage: `Usage: smtp-codes scan [FILE]   (reads stdin without FILE, or with -)

A bounce email, or an mbox of them, is read message by message: each recipient it reports
counts as one reply (use smtp-codes bounce / bounces for the reports themselves).

Options:
  --json            print the summary as JSON
  --lang de|en      language (default: from LANG)
  --top N           how many domains and texts to list (default 10)`,
  options: { top: { type: "string" } },
  async run({ positionals, values, language, style }) {
    if (positionals.length > 1) throw new Exit(2, "smtp-codes: scan takes one file (or - for stdin)");
    const top = values.top === undefined ? 10 : Number(values.top);
    if (!Number.isInteger(top) || top < 1 || top > 1000)
      throw new Exit(2, "smtp-codes: --top must be a whole number from 1 to 1000");
    const file = positionals[0];
    let input: NodeJS.ReadableStream;
    let total = 0;
    if (file === undefined || file === "-") {
      if (process.stdin.isTTY) throw new Exit(2, "smtp-codes: scan needs a FILE, or a log on stdin");
      input = process.stdin;
    } else {
      try {
        total = statSync(file).size;
      } catch {
        throw new Exit(2, `smtp-codes: cannot read ${JSON.stringify(file)}`);
      }
      input = createReadStream(file);
    }
    const progress = process.stderr.isTTY === true && total > 0;
    let shown = 0;
    // An email or an mbox of them is read message by message, so that a bounce counts its
    // recipients once and not every line of its text that looks like a reply.
    const { head, stream } = await peek(input as AsyncIterable<unknown>, 16_384);
    const reader = looksLikeEmail(head) ? scanEmails : scan;
    const report = await reader(stream, {
      locale: language,
      top,
      onProgress: progress
        ? (bytes) => {
            const now = Date.now();
            if (now - shown < 200) return;
            shown = now;
            process.stderr.write(`\rscanning ${((100 * bytes) / total).toFixed(0)} %`);
          }
        : undefined,
    });
    if (progress) process.stderr.write("\r\u001b[K");
    process.stdout.write(
      values.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderReport(report, language, style)}\n`,
    );
    return report.replies > 0 ? 0 : 1;
  },
};
