import { lookup } from "@smtp-codes/core";
import { type Command, Exit } from "../command.js";
import { messages } from "../messages.js";
import { renderEntry } from "../render.js";

/** `smtp-codes lookup <code>`: the catalogue entry of a code, nothing else. */
export const lookupCommand: Command = {
  name: "lookup",
  options: {},
  async run({ positionals, values, language, style }) {
    if (positionals.length !== 1) {
      throw Exit.with(2, language, "lookupOneCode", {}, messages[language].commands.lookup.usage);
    }
    const entry = lookup(positionals[0] as string, { locale: language });
    if (!entry) throw Exit.with(1, language, "notACode", { value: JSON.stringify(positionals[0]) });
    process.stdout.write(
      values.json ? `${JSON.stringify(entry, null, 2)}\n` : `${renderEntry(entry, language, style)}\n`,
    );
    return 0;
  },
};
