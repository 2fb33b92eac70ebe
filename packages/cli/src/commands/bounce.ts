import { createReadStream } from "node:fs";
import { defaultLimits, parseBounce } from "@smtp-codes/bounce";
import { type Command, Exit } from "../command.js";
import { readBytes } from "../io.js";
import { renderBounceReport } from "../render-bounce.js";

/** `smtp-codes bounce FILE|-`: explains one bounce email, recipient by recipient. */
export const bounceCommand: Command = {
  name: "bounce",
  summary: "explain one bounce email (a file, or - for stdin) recipient by recipient",
  usage: `Usage: smtp-codes bounce FILE|-   (an .eml file, or - to read the email from stdin)

Explains a bounce report (a DSN, an MTA's or provider's own bounce text, a spam complaint or an
automatic reply) recipient by recipient. Emails over 10 MiB are read in part (the report says so).

Options:
  --json            print the report as JSON
  --lang de|en      language (default: from LANG)
  --headers A,B     also show these headers of the bounced message (X-Campaign-Id ...)`,
  options: { headers: { type: "string" } },
  async run({ positionals, values, language, style }) {
    if (positionals.length !== 1)
      throw new Exit(2, `smtp-codes: bounce takes one file, or - for stdin\n\n${this.usage}`);
    const file = positionals[0] as string;
    if (file === "-" && process.stdin.isTTY)
      throw new Exit(2, "smtp-codes: bounce - reads an email from stdin, and stdin is a terminal");
    const stream = file === "-" ? process.stdin : createReadStream(file);
    let read: Awaited<ReturnType<typeof readBytes>>;
    try {
      // One byte over the limit, so that parseBounce sees the email is longer and warns.
      read = await readBytes(stream, defaultLimits.maxSize + 1);
    } catch (error) {
      throw new Exit(2, `smtp-codes: cannot read ${JSON.stringify(file)}: ${(error as Error).message}`);
    } finally {
      if (file !== "-") stream.destroy();
    }
    const headers = headerNames(values.headers);
    const report = await parseBounce(read.bytes, { locale: language, headers });
    process.stdout.write(
      values.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : `${renderBounceReport(report, language, style)}\n`,
    );
    return report.kind === "none" ? 1 : 0;
  },
};

/** The header names of `--headers A,B`. */
export function headerNames(value: string | boolean | undefined): string[] {
  if (typeof value !== "string") return [];
  return value
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
}
