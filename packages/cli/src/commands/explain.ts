import { explain, lookup, parseReply } from "@smtp-codes/core";
import { type Command, Exit } from "../command.js";
import { readStdin } from "../io.js";
import { messages } from "../messages.js";
import { renderEntry, renderExplanation } from "../render.js";

/** `smtp-codes [explain] <code | reply>`: explains a code, or a reply, log line or error message. */
export const explainCommand: Command = {
  name: "explain",
  options: { command: { type: "string" } },
  async run({ positionals, values, language, style }) {
    let input = positionals.join(" ");
    if (input.trim() === "") {
      if (process.stdin.isTTY)
        throw Exit.with(2, language, "nothingToExplain", {}, messages[language].commands.explain.usage);
      input = await readStdin(1_048_576);
    }
    const entry = lookup(input.trim(), { locale: language });
    if (entry) {
      process.stdout.write(
        values.json ? `${JSON.stringify(entry, null, 2)}\n` : `${renderEntry(entry, language, style)}\n`,
      );
      return 0;
    }
    const reply = parseReply(input);
    const command = typeof values.command === "string" ? values.command : undefined;
    const result = explain(reply, { locale: language, ...(command ? { command } : {}) });
    const recognised = reply.code !== null || reply.enhanced !== null || result.rule.startsWith("rule:");
    if (!recognised) throw Exit.with(1, language, "notSmtp");
    process.stdout.write(
      values.json
        ? `${JSON.stringify(result, null, 2)}\n`
        : `${renderExplanation(result, language, style)}\n`,
    );
    return 0;
  },
};
