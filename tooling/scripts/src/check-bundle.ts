/**
 * Shows that an English-only bundle carries no German text: bundles `@smtp-codes/core/en` and
 * `@smtp-codes/core` with esbuild, as an application would, and looks for German texts in each.
 * The full entry must contain them (or the check could not fail); the English one must not.
 */
import { de } from "@smtp-codes/core";
import { build } from "esbuild";

/** Texts that only the German locale has. */
const germanMarkers = [
  de.reasons.userUnknown.summary,
  de.enhanced["X.2.2"].explanation,
  de.basic["550"].title,
];

async function bundle(entry: string, names = "explain, lookup"): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names} } from "${entry}";`, resolveDir: process.cwd() },
    bundle: true,
    format: "esm",
    platform: "neutral",
    minify: true,
    write: false,
    treeShaking: true,
    charset: "utf8",
  });
  return result.outputFiles[0]?.text ?? "";
}

const english = await bundle("@smtp-codes/core/en");
const full = await bundle("@smtp-codes/core");
// The log support holds no texts: a log adapter over the English entry stays English-only.
const log = await bundle("@smtp-codes/core/log", "createSmtpLog, writeField, verdictOf");
const kib = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`;
console.log(
  `@smtp-codes/core/en bundle: ${kib(english)}; @smtp-codes/core bundle: ${kib(full)}; @smtp-codes/core/log bundle: ${kib(log)}`,
);

const missingInFull = germanMarkers.filter((marker) => !full.includes(marker));
const foundInEnglish = germanMarkers.filter((marker) => english.includes(marker) || log.includes(marker));
if (missingInFull.length > 0) {
  console.error(
    `check-bundle: the full bundle lacks German texts, so this check proves nothing: ${missingInFull.join(" | ")}`,
  );
  process.exit(1);
}
if (foundInEnglish.length > 0) {
  console.error(
    `check-bundle: German text in the English-only or the log bundle: ${foundInEnglish.join(" | ")}`,
  );
  process.exit(1);
}
console.log("check-bundle: the English-only bundle and the log bundle hold no German text");
