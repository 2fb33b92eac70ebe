import { de, en, explain, lookup, parseReply } from "@smtp-codes/core";
import { type Command, Exit } from "../command.js";
import { readStdin } from "../io.js";
import { renderEntry, renderExplanation } from "../render.js";

/** `smtp-codes [explain] <code | reply>`: explains a code, or a reply, log line or error message. */
export const explainCommand: Command = {
  name: "explain",
  summary: "explain a code (550, 5.1.1, X.7.26) or a reply, log line or error message",
  usage: `Usage: smtp-codes [explain] <code | reply>   (reads stdin when no reply is given)

Options:
  --json            print the result as JSON
  --lang de|en      language (default: from LANG)
  --command STAGE   the SMTP stage the reply answered (RCPT, DATA, MAIL ...)`,
  options: { command: { type: "string" } },
  async run({ positionals, values, language, style }) {
    let input = positionals.join(" ");
    if (input.trim() === "") {
      if (process.stdin.isTTY) throw new Exit(2, `smtp-codes: nothing to explain\n\n${this.usage}`);
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
    const decidedBy = result.decidedBy.kind;
    const recognised =
      reply.code !== null || reply.enhanced !== null || decidedBy === "rule" || decidedBy === "user-rule";
    if (!recognised)
      throw new Exit(
        1,
        "smtp-codes: this is not an SMTP code or reply (no reply code, enhanced code or known phrasing)",
      );
    const actorText = result.actor ? (language === "de" ? de : en).actors[result.actor] : null;
    process.stdout.write(
      values.json
        ? `${JSON.stringify(result, null, 2)}\n`
        : `${renderExplanation(result, actorText, language, style)}\n`,
    );
    return 0;
  },
};
