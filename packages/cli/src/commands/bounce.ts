import { createReadStream } from "node:fs";
import { defaultLimits, parseBounce } from "@smtp-codes/bounce";
import { type Command, Exit } from "../command.js";
import { readBytes } from "../io.js";
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
    let read: Awaited<ReturnType<typeof readBytes>>;
    try {
      // One byte over the limit, so that parseBounce sees the email is longer and warns.
      read = await readBytes(stream, defaultLimits.maxSize + 1);
    } catch {
      throw Exit.with(2, language, "cannotRead", { file: JSON.stringify(file) });
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
