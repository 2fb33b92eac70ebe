import type { MessageView } from "../message/view.js";
import type { ReaderResult } from "./facts.js";
import { readableText, readWithFormat, recognises } from "./mta/engine.js";
import { generic } from "./mta/generic.js";
import { mtaFormats } from "./mta/index.js";

/**
 * The bounce texts of MTAs and providers: the first recognised format that finds recipients,
 * else the generic layout when the email looks like a bounce.
 */
export function readMtaText(view: MessageView, maxRecipients: number): ReaderResult | null {
  const text = readableText(view);
  for (const format of mtaFormats) {
    if (!recognises(format, view, text)) continue;
    const result = readWithFormat(format, view, text, maxRecipients);
    if (result) return result;
  }
  if (recognises(generic, view, text)) return readWithFormat(generic, view, text, maxRecipients);
  return null;
}
