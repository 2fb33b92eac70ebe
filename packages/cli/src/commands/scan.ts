import { createReadStream, statSync } from "node:fs";
import { type Command, Exit } from "../command.js";
import { formatPercent } from "../format.js";
import { peek } from "../io.js";
import { fill, type Language, messages } from "../messages.js";
import { renderReport } from "../render.js";
import { scan } from "../scan.js";
import { looksLikeEmail, scanEmails } from "../scan-email.js";

/** The progress line on a terminal: `scanning 42%` / `Log wird gelesen … 42 %`. */
export function progressLine(share: number, language: Language): string {
  return fill(messages[language].progress, { percent: formatPercent(Math.min(1, share), language) });
}

/** `smtp-codes scan [FILE]`: summarises the SMTP replies in a mail log. */
export const scanCommand: Command = {
  name: "scan",
  options: { top: { type: "string" }, suppress: { type: "boolean" }, "show-addresses": { type: "boolean" } },
  async run({ positionals, values, language, style }) {
    if (positionals.length > 1) throw Exit.with(2, language, "scanOneFile");
    const top = values.top === undefined ? 10 : Number(values.top);
    if (!Number.isInteger(top) || top < 1 || top > 1000) throw Exit.with(2, language, "topRange");
    const file = positionals[0];
    let input: NodeJS.ReadableStream;
    let total = 0;
    if (file === undefined || file === "-") {
      if (process.stdin.isTTY) throw Exit.with(2, language, "scanNeedsInput");
      input = process.stdin;
    } else {
      const cannotRead = Exit.with(2, language, "cannotRead", { file: JSON.stringify(file) });
      try {
        const stats = statSync(file);
        if (stats.isDirectory()) throw cannotRead;
        total = stats.size;
      } catch {
        throw cannotRead;
      }
      input = createReadStream(file);
    }
    const suppress = values.suppress === true;
    if (suppress && values.json) throw Exit.with(2, language, "suppressWithoutJson");
    const progress = process.stderr.isTTY === true && total > 0;
    let shown = 0;
    // An email or an mbox of them is read message by message, so that a bounce counts its
    // recipients once and not every line of its text that looks like a reply.
    const read = async () => {
      const { head, stream } = await peek(input as AsyncIterable<unknown>, 16_384);
      const reader = looksLikeEmail(head) ? scanEmails : scan;
      return reader(stream, {
        locale: language,
        top,
        showAddresses: values["show-addresses"] === true,
        onSuppress: suppress ? (address) => process.stdout.write(`${address}\n`) : undefined,
        onProgress: progress
          ? (bytes) => {
              const now = Date.now();
              if (now - shown < 200) return;
              shown = now;
              process.stderr.write(`\r${progressLine(bytes / total, language)}`);
            }
          : undefined,
      });
    };
    const report = await read().catch((error: unknown) => {
      // A file that can be stat'ed but not read (permissions, a device): say so, in the language.
      if (typeof (error as { code?: unknown })?.code === "string")
        throw Exit.with(2, language, "cannotRead", { file: JSON.stringify(file ?? "-") });
      throw error;
    });
    if (progress) process.stderr.write("\r\u001b[K");
    if (suppress) return report.replies > 0 ? 0 : 1;
    process.stdout.write(
      values.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderReport(report, language, style)}\n`,
    );
    return report.replies > 0 ? 0 : 1;
  },
};
