/**
 * Finds the code examples of a README: every fenced block in TypeScript or JavaScript, with the
 * line it starts at and whether a `<!-- example: not run (why) -->` comment exempts it.
 */

/** One fenced ```ts or ```js block of a README. */
export interface Example {
  /** The README it comes from, as given to `extractExamples`. */
  readonly file: string;
  /** The 1-based line of the block's first line of code. */
  readonly line: number;
  readonly language: "ts" | "js";
  readonly code: string;
  /** Why the block is not run, from its `<!-- example: not run (why) -->` comment; else null. */
  readonly notRun: string | null;
}

const languages: Readonly<Record<string, "ts" | "js">> = {
  ts: "ts",
  typescript: "ts",
  js: "js",
  javascript: "js",
  mjs: "js",
};

const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;
const notRunComment = /^<!--\s*example:\s*not run\s*\((.+)\)\s*-->\s*$/;

/** The TypeScript and JavaScript examples of a markdown text, in order. */
export function extractExamples(markdown: string, file: string): Example[] {
  const lines = markdown.split(/\r?\n/);
  const examples: Example[] = [];
  let lastNonBlank = "";
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const opening = fence.exec(line);
    if (!opening) {
      if (line.trim() !== "") lastNonBlank = line.trim();
      continue;
    }
    const marker = opening[2] as string;
    const language = languages[(opening[3] ?? "").toLowerCase()];
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !(lines[end] as string).trimStart().startsWith(marker)) {
      body.push(lines[end] as string);
      end++;
    }
    if (language) {
      const exempt = notRunComment.exec(lastNonBlank);
      examples.push({
        file,
        line: index + 2,
        language,
        code: body.join("\n"),
        notRun: exempt ? (exempt[1] as string) : null,
      });
    }
    lastNonBlank = "";
    index = end;
  }
  return examples;
}
