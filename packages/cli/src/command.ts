import type { Language, Style } from "./render.js";

/** Ends the command line with a message: 2 for usage errors, 1 for input that is not SMTP. */
export class Exit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
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
 * `usage` is its help text (`smtp-codes NAME --help`), `options` the options it adds to the
 * common ones.
 */
export interface Command {
  readonly name: string;
  /** One line for the overview of `smtp-codes --help`. */
  readonly summary: string;
  readonly usage: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  run(context: CommandContext): Promise<number>;
}
