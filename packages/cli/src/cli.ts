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
import { fill, type Language, type Messages, messages } from "./messages.js";
import { style } from "./render.js";

const commonOptions: Readonly<Record<string, OptionSpec>> = {
  json: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
};

function overview(language: Language): string {
  const texts = messages[language].commands;
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map(
    (command) => `  smtp-codes ${command.name.padEnd(width)}   ${texts[command.name].summary}`,
  );
  return fill(messages[language].overview, { commands: lines.join("\n") });
}

function usageOf(command: Command | undefined, language: Language): string {
  return command ? messages[language].commands[command.name].usage : overview(language);
}

/** The language of the environment: German for a `de` locale, else English. */
function environmentLanguage(): Language {
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "";
  return env.toLowerCase().startsWith("de") ? "de" : "en";
}

/**
 * The language `--lang` asks for, read before the other options so that their errors and the
 * help are in that language too.
 */
function languageOf(argv: readonly string[]): Language {
  let value: string | undefined;
  for (const [index, arg] of argv.entries()) {
    if (arg === "--") break;
    if (arg === "--lang") value = argv[index + 1];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  }
  if (value === undefined) return environmentLanguage();
  if (value === "de" || value === "en") return value;
  throw Exit.with(2, environmentLanguage(), "badLanguage", { value: JSON.stringify(value) });
}

/**
 * Where the command name stands: the first argument after the common options, so that
 * `smtp-codes --lang de scan FILE` works like `smtp-codes scan --lang de FILE`.
 */
function commandIndex(argv: readonly string[]): number {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === "--lang") index++;
    else if (!arg.startsWith("-")) return index;
    else if (arg === "--") return -1;
  }
  return -1;
}

/** parseArgs's English error, in the language: which option or argument was wrong. */
function argumentError(error: unknown): keyof Messages["errors"] {
  const code = (error as { code?: unknown })?.code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return "unknownOption";
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return "missingValue";
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return "unexpectedArgument";
  return "badArguments";
}

async function run(argv: string[]): Promise<number> {
  const language = languageOf(argv);
  const at = commandIndex(argv);
  const named = at === -1 ? undefined : commands.find((command) => command.name === argv[at]);
  const command: Command = named ?? (commands[0] as Command);
  const args = named ? argv.filter((_, index) => index !== at) : argv;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { ...commonOptions, ...command.options },
    });
  } catch (error) {
    // The one quoted name in parseArgs's message is the option or argument it stumbled on.
    const name = /'([^']*)'/.exec((error as Error)?.message ?? "")?.[1]?.split(" ")[0] ?? "";
    throw Exit.with(
      2,
      language,
      argumentError(error),
      { option: name, argument: name },
      usageOf(named, language),
    );
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usageOf(named, language)}\n`);
    return 0;
  }
  if (values.version) {
    const { version } = createRequire(import.meta.url)("../package.json") as { version: string };
    process.stdout.write(`${version}\n`);
    return 0;
  }
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
    const detail = (error as Error)?.message ?? String(error);
    let language: Language = "en";
    try {
      language = languageOf(process.argv.slice(2));
    } catch {
      // An invalid --lang has been reported already; this is the fallback's fallback.
    }
    process.stderr.write(`${Exit.with(2, language, "unexpected", { detail }).message}\n`);
    process.exitCode = 2;
  },
);
