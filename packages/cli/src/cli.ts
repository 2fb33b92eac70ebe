/**
 * The `smtp-codes` command line: one subcommand per file under `commands/`.
 *
 *   smtp-codes [explain] 550 | 5.1.1 | "550-5.1.1 The email ..."   explain a code or a reply
 *   smtp-codes scan [FILE]                                         summarise a mail log
 *
 * Exit codes: 0 explained, 1 the input is not an SMTP code or reply, 2 usage error.
 */
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { type Command, Exit, type OptionSpec } from "./command.js";
import { commands } from "./commands/index.js";
import { type Language, style } from "./render.js";

const commonOptions: Readonly<Record<string, OptionSpec>> = {
  json: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
};

function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  smtp-codes ${command.name.padEnd(width)}   ${command.summary}`);
  return `Usage:
${lines.join("\n")}

  smtp-codes <code | reply> is short for smtp-codes explain <code | reply>.
  smtp-codes COMMAND --help shows a command's options.

Options of every command:
  --json            print the result as JSON
  --lang de|en      language (default: from LANG)
  -h, --help        help
  -v, --version     the version`;
}

function languageFrom(value: string | undefined): Language {
  if (value === undefined) {
    const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "";
    return env.toLowerCase().startsWith("de") ? "de" : "en";
  }
  if (value === "de" || value === "en") return value;
  throw new Exit(2, `smtp-codes: --lang must be de or en, not ${JSON.stringify(value)}`);
}

async function run(argv: string[]): Promise<number> {
  const named = commands.find((command) => command.name === argv[0]);
  const command: Command = named ?? (commands[0] as Command);
  const args = named ? argv.slice(1) : argv;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { ...commonOptions, ...command.options },
    });
  } catch (error) {
    throw new Exit(2, `smtp-codes: ${(error as Error).message}\n\n${named ? command.usage : overview()}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${named ? command.usage : overview()}\n`);
    return 0;
  }
  if (values.version) {
    const { version } = createRequire(import.meta.url)("../package.json") as { version: string };
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const language = languageFrom(typeof values.lang === "string" ? values.lang : undefined);
  const colors = process.stdout.isTTY === true && !process.env.NO_COLOR;
  return command.run({
    positionals,
    values: values as never,
    language,
    style: style(colors),
  });
}

// A reader that stops early (`smtp-codes bounces MAILBOX --suppress | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof Exit) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.code;
      return;
    }
    process.stderr.write(`smtp-codes: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
