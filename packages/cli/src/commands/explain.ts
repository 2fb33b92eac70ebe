import { readFile } from "node:fs/promises";
import { createClassifier, de, en, explain, lookup, parseReply, type UserRule } from "@smtp-codes/core";
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
  --command STAGE   the SMTP stage the reply answered (RCPT, DATA, MAIL ...)
  --rules FILE      your own rules, tried before the built-in ones: a JSON list of
                    { "id", "words", "pattern", "reason", ... } (see @smtp-codes/core)`,
  options: { command: { type: "string" }, rules: { type: "string" } },
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
    const explainReply =
      typeof values.rules === "string" ? (await classifierFrom(values.rules)).explain : explain;
    const result = explainReply(reply, { locale: language, ...(command ? { command } : {}) });
    const recognised =
      reply.code !== null ||
      reply.enhanced !== null ||
      result.rule.startsWith("rule:") ||
      result.rule.startsWith("user:");
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

/** Largest rules file read: far more than any team's rules. */
const maxRulesFileBytes = 1_048_576;

/** The classifier with the rules of a JSON file: a list of rules, or `{ "rules": [...] }`. */
async function classifierFrom(file: string) {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new Exit(2, `smtp-codes: cannot read the rules file ${file}: ${(error as Error).message}`);
  }
  if (text.length > maxRulesFileBytes) throw new Exit(2, `smtp-codes: the rules file ${file} is over 1 MiB`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Exit(2, `smtp-codes: the rules file ${file} is not JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(list)) throw new Exit(2, `smtp-codes: the rules file ${file} holds no list of rules`);
  try {
    return createClassifier({ rules: list as UserRule[] });
  } catch (error) {
    throw new Exit(2, `smtp-codes: ${file}: ${(error as Error).message}`);
  }
}
