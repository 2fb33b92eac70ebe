import { fill, type Language, type Messages, messages } from "./messages.js";
import type { Style } from "./render.js";

/** Ends the command line with a message: 2 for usage errors, 1 for input that is not SMTP. */
export class Exit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }

  /** An exit with one of the language's error messages, `smtp-codes: ` before it. */
  static with(
    code: number,
    language: Language,
    key: keyof Messages["errors"],
    values: Readonly<Record<string, string | number>> = {},
    after?: string,
  ): Exit {
    const message = `smtp-codes: ${fill(messages[language].errors[key], values)}`;
    return new Exit(code, after ? `${message}\n\n${after}` : message);
  }
}

/** The options every command understands. */
export interface CommonValues {
  readonly json?: boolean;
  readonly lang?: string;
  readonly help?: boolean;
}

/** What a command gets: its own positionals and option values, the language and the styling. */
export interface CommandContext {
  readonly positionals: readonly string[];
  readonly values: CommonValues & Readonly<Record<string, string | boolean | undefined>>;
  readonly language: Language;
  readonly style: Style;
}

/** The parseArgs description of one option. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
}

/**
 * One subcommand of `smtp-codes`: a file under `commands/` each, listed in `commands/index.ts`.
 * Its help texts are in `messages.ts` under its name (`summary` for the overview of
 * `smtp-codes --help`, `usage` for `smtp-codes NAME --help`); `options` are the options it adds
 * to the common ones.
 */
export interface Command {
  readonly name: keyof Messages["commands"];
  readonly options: Readonly<Record<string, OptionSpec>>;
  run(context: CommandContext): Promise<number>;
}
