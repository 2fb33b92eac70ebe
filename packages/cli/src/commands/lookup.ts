import { lookup } from "@smtp-codes/core";
import { type Command, Exit } from "../command.js";
import { renderEntry } from "../render.js";

/** `smtp-codes lookup <code>`: the catalogue entry of a code, nothing else. */
export const lookupCommand: Command = {
  name: "lookup",
  summary: "the catalogue entry of a code (550, 5.1.1, X.7.26): title, meaning, advice, references",
  usage: `Usage: smtp-codes lookup <code>

  A basic code (550), an enhanced code (5.1.1) or a registry key (X.7.26). Exits 1 when the
  argument is not a code (600, 999, a word); to explain a whole reply use smtp-codes explain.

Options:
  --json            print the catalogue entry as JSON
  --lang de|en      language (default: from LANG)`,
  options: {},
  async run({ positionals, values, language, style }) {
    if (positionals.length !== 1) throw new Exit(2, `smtp-codes: lookup takes one code\n\n${this.usage}`);
    const entry = lookup(positionals[0] as string, { locale: language });
    if (!entry) {
      throw new Exit(
        1,
        `smtp-codes: ${JSON.stringify(positionals[0])} is not an SMTP reply code or enhanced status code`,
      );
    }
    process.stdout.write(
      values.json ? `${JSON.stringify(entry, null, 2)}\n` : `${renderEntry(entry, language, style)}\n`,
    );
    return 0;
  },
};
