import { createReadStream } from "node:fs";
import { type BounceReport, parseBounce, readMailbox } from "@smtp-codes/bounce";
import { type Command, Exit } from "../command.js";
import { messages } from "../messages.js";
import { renderBounceReport } from "../render-bounce.js";

/** `smtp-codes bounce FILE|-`: explains one bounce email, recipient by recipient. */
export const bounceCommand: Command = {
  name: "bounce",
  options: { headers: { type: "string" } },
  async run({ positionals, values, language, style }) {
    if (positionals.length !== 1)
      throw Exit.with(2, language, "bounceOneFile", {}, messages[language].commands.bounce.usage);
    const file = positionals[0] as string;
    if (file === "-" && process.stdin.isTTY) throw Exit.with(2, language, "bounceStdinIsTerminal");
    const stream = file === "-" ? process.stdin : createReadStream(file);
    const options = { locale: language, headers: headerNames(values.headers) };
    // Read as an mbox of one message: a saved .eml is read as it is, an email saved as an mbox
    // loses its From line and quoting, and more than 10 MiB is not held (the report warns).
    const entries = readMailbox(stream, options);
    let report: BounceReport;
    let more = false;
    try {
      const first = await entries.next();
      report = first.done ? await parseBounce("", options) : first.value.report;
      more = !first.done && !(await entries.next()).done;
    } catch {
      throw Exit.with(2, language, "cannotRead", { file: JSON.stringify(file) });
    } finally {
      await entries.return(undefined);
      if (file !== "-") stream.destroy();
    }
    if (more) process.stderr.write(`${messages[language].bounce.firstOfMany}\n`);
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
