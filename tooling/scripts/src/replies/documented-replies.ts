/**
 * The replies core's documented-replies test holds (providers' pages, one block a provider),
 * read from that spec file so that the list stays in one place: its `documented` object is a
 * plain literal of strings and arrays, evaluated here on its own.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Reason } from "@smtp-codes/core";
import type { LabelledReply } from "./labelled-replies.js";

const specPath = fileURLToPath(
  new URL("../../../../packages/core/src/classify/rules/documented-replies.spec.ts", import.meta.url),
);

type Documented = Record<string, { page: string; replies: [string, Reason, string?][] }>;

/** Every documented reply as a labelled one, its provider the block's name and its source the page. */
export function documentedReplies(path = specPath): LabelledReply[] {
  const source = readFileSync(path, "utf8");
  const start = source.indexOf("= {", source.indexOf("const documented"));
  const end = source.indexOf("\n};\n", start);
  if (start < 0 || end < 0)
    throw new Error(`documented replies: no \`const documented = {...};\` in ${path}`);
  const literal = source.slice(start + 2, end + 2);
  const documented = new Function(`return (${literal});`)() as Documented;
  return Object.entries(documented).flatMap(([provider, { page, replies }]) =>
    replies.map(([reply, reason, command]) => ({
      reply,
      reason,
      provider,
      source: page,
      ...(command ? { command } : {}),
    })),
  );
}
