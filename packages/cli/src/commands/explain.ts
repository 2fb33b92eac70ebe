import { readFile } from "node:fs/promises";
import { createClassifier, explain, lookup, parseReply, type UserRule } from "@smtp-codes/core";
import { type Command, Exit } from "../command.js";
import { readStdin } from "../io.js";
import { type Language, messages } from "../messages.js";
import { renderEntry, renderExplanation } from "../render.js";

/** `smtp-codes [explain] <code | reply>`: explains a code, or a reply, log line or error message. */
export const explainCommand: Command = {
  name: "explain",
  options: { command: { type: "string" }, rules: { type: "string" } },
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
    // A bare number that lookup does not know (600, 999) is no code at all: lookup knows every
    // code there is, registered or not.
    if (/^\d+$/.test(input.trim())) {
      throw Exit.with(1, language, "notAReplyCode", { code: input.trim() });
    }
    const reply = parseReply(input);
    const command = typeof values.command === "string" ? values.command : undefined;
    const explainReply =
      typeof values.rules === "string" ? (await classifierFrom(values.rules, language)).explain : explain;
    const result = explainReply(reply, { locale: language, ...(command ? { command } : {}) });
    const decidedBy = result.decidedBy.kind;
    const byRule = decidedBy === "rule" || decidedBy === "user-rule";
    // "600 foo": a reply's shape around a code that no reply can have. With no enhanced code and
    // no rule that knows the text, nothing in it is SMTP, as for a bare 600.
    const invalidCode = reply.warnings.some((warning) => warning.type === "invalidCode");
    if (reply.code !== null && invalidCode && reply.enhanced === null && !byRule) {
      throw Exit.with(1, language, "notAReplyCode", { code: String(reply.code) });
    }
    const recognised = reply.code !== null || reply.enhanced !== null || byRule;
    if (!recognised) throw Exit.with(1, language, "notSmtp");
    process.stdout.write(
      values.json
        ? `${JSON.stringify(result, null, 2)}\n`
        : `${renderExplanation(result, language, style)}\n`,
    );
    return 0;
  },
};

/** Largest rules file read: far more than any team's rules. */
const maxRulesFileBytes = 1_048_576;

/** The classifier with the rules of a JSON file: a list of rules, or `{ "rules": [...] }`. */
async function classifierFrom(file: string, language: Language) {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw Exit.with(2, language, "rulesUnreadable", { file, detail: (error as Error).message });
  }
  if (text.length > maxRulesFileBytes) throw Exit.with(2, language, "rulesTooLarge", { file });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw Exit.with(2, language, "rulesNotJson", { file, detail: (error as Error).message });
  }
  const list = Array.isArray(data) ? data : (data as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(list)) throw Exit.with(2, language, "rulesNoList", { file });
  try {
    return createClassifier({ rules: list as UserRule[] });
  } catch (error) {
    throw Exit.with(2, language, "rulesInvalid", { file, detail: (error as Error).message });
  }
}
