import type { Command } from "../command.js";
import { bounceCommand } from "./bounce.js";
import { bouncesCommand } from "./bounces.js";
import { explainCommand } from "./explain.js";
import { lookupCommand } from "./lookup.js";
import { scanCommand } from "./scan.js";

/**
 * The subcommands, in the order `smtp-codes --help` lists them. The first is the default: an
 * argument that names no command is its input (`smtp-codes 550`).
 */
export const commands: readonly Command[] = [
  explainCommand,
  lookupCommand,
  scanCommand,
  bounceCommand,
  bouncesCommand,
];
