/**
 * The `smtp-codes` command line.
 *
 *   smtp-codes 550 | 5.1.1 | X.7.26        explain a code
 *   smtp-codes "550-5.1.1 The email ..."   explain a reply, a log line or an error message
 *   smtp-codes scan [FILE]                 summarise the SMTP replies in a mail log (stdin without FILE or with -)
 *
 * Exit codes: 0 explained, 1 the input is not an SMTP code or reply, 2 usage error.
 */
import { createReadStream, statSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { de, en, explain, lookup, parseReply } from "@smtp-codes/core";
import { type Language, renderEntry, renderExplanation, renderReport, style } from "./render.js";
import { scan } from "./scan.js";

const usage = `Usage:
  smtp-codes <code | reply>   explain a code (550, 5.1.1, X.7.26) or a reply, log line or error message
  smtp-codes scan [FILE]      summarise the SMTP replies in a mail log (reads stdin without FILE, or with -)

Options:
  --json            print the result as JSON
  --lang de|en      language (default: from LANG)
  --command STAGE   the SMTP stage the reply answered (RCPT, DATA, MAIL ...)
  --top N           with scan: how many domains and texts to list (default 10)
  -h, --help        this help
  -v, --version     the version`;

/** Exit with a message: 2 for usage errors, 1 for input that is not SMTP. */
class Exit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

function languageFrom(value: string | undefined): Language {
  if (value === undefined) {
    const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "";
    return env.toLowerCase().startsWith("de") ? "de" : "en";
  }
  if (value === "de" || value === "en") return value;
  throw new Exit(2, `smtp-codes: --lang must be de or en, not ${JSON.stringify(value)}`);
}

async function readStdin(limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    chunks.push(buffer);
    size += buffer.length;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit).toString("utf8");
}

async function run(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new Exit(2, `smtp-codes: ${(error as Error).message}\n\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (values.version) {
    const { version } = createRequire(import.meta.url)("../package.json") as { version: string };
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const language = languageFrom(values.lang);
  const colors = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const s = style(colors);
  if (positionals[0] === "scan") return runScan(positionals.slice(1), values, language, s);

  let input = positionals.join(" ");
  if (input.trim() === "") {
    if (process.stdin.isTTY) throw new Exit(2, `smtp-codes: nothing to explain\n\n${usage}`);
    input = await readStdin(1_048_576);
  }
  const entry = lookup(input.trim(), { locale: language });
  if (entry) {
    process.stdout.write(
      values.json ? `${JSON.stringify(entry, null, 2)}\n` : `${renderEntry(entry, language, s)}\n`,
    );
    return 0;
  }
  const reply = parseReply(input);
  const result = explain(reply, { locale: language, ...(values.command ? { command: values.command } : {}) });
  const recognised = reply.code !== null || reply.enhanced !== null || result.rule.startsWith("rule:");
  if (!recognised)
    throw new Exit(
      1,
      "smtp-codes: this is not an SMTP code or reply (no reply code, enhanced code or known phrasing)",
    );
  const actorText = result.actor ? (language === "de" ? de : en).actors[result.actor] : null;
  process.stdout.write(
    values.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : `${renderExplanation(result, actorText, language, s)}\n`,
  );
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      lang: { type: "string" },
      command: { type: "string" },
      top: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}

async function runScan(
  files: string[],
  values: ReturnType<typeof parse>["values"],
  language: Language,
  s: ReturnType<typeof style>,
): Promise<number> {
  if (files.length > 1) throw new Exit(2, "smtp-codes: scan takes one file (or - for stdin)");
  const top = values.top === undefined ? 10 : Number(values.top);
  if (!Number.isInteger(top) || top < 1 || top > 1000)
    throw new Exit(2, "smtp-codes: --top must be a whole number from 1 to 1000");
  const file = files[0];
  let input: NodeJS.ReadableStream;
  let total = 0;
  if (file === undefined || file === "-") {
    if (process.stdin.isTTY) throw new Exit(2, "smtp-codes: scan needs a FILE, or a log on stdin");
    input = process.stdin;
  } else {
    try {
      total = statSync(file).size;
    } catch {
      throw new Exit(2, `smtp-codes: cannot read ${JSON.stringify(file)}`);
    }
    input = createReadStream(file);
  }
  const progress = process.stderr.isTTY === true && total > 0;
  let shown = 0;
  const report = await scan(input as never, {
    locale: language,
    top,
    onProgress: progress
      ? (bytes) => {
          const now = Date.now();
          if (now - shown < 200) return;
          shown = now;
          process.stderr.write(`\rscanning ${((100 * bytes) / total).toFixed(0)} %`);
        }
      : undefined,
  });
  if (progress) process.stderr.write("\r\u001b[K");
  process.stdout.write(
    values.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderReport(report, language, s)}\n`,
  );
  return report.replies > 0 ? 0 : 1;
}

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
