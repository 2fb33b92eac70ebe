import { headerValue } from "../message/headers.js";
import type { MessageView } from "../message/view.js";
import { firstAddress } from "./address.js";
import type { ReaderResult } from "./facts.js";
import { readableText, readWithFormat, recognises } from "./mta/engine.js";
import type { MtaFormat } from "./mta/format.js";
import { generic } from "./mta/generic.js";
import { mtaFormats } from "./mta/index.js";

/**
 * The bounce texts of MTAs and providers: the first recognised format that finds recipients,
 * else the generic layout when the email looks like a bounce.
 */
export function readMtaText(view: MessageView, maxRecipients: number): ReaderResult | null {
  const text = readableText(view);
  const recognised = mtaFormats.filter((format) => recognises(format, view, text));
  if (recognises(generic, view, text)) recognised.push(generic);
  // The text's own layout first; a header listing the failed recipients (Exim's, also added
  // by Gmail) only when no layout names them.
  for (const fromHeader of [false, true]) {
    for (const format of recognised) {
      // MTAs without a reader of their own: their X-Failed-Recipients is surer than a guess at the
      // layout; formats that name their recipients only there (Google Groups) read it at once
      const headerFirst = format === generic || format.recipientLines.length === 0;
      const first = headerFirst ? readWithFormat(format, view, text, maxRecipients, true) : null;
      const result = first ?? readWithFormat(format, view, text, maxRecipients, fromHeader);
      if (result && format === generic) {
        // a guess at the layout must not name the bounce's own addressee, the sender
        const sender = firstAddress(headerValue(view.headers, "to"))?.toLowerCase();
        const recipients = result.recipients.filter((r) => r.address?.toLowerCase() !== sender);
        if (recipients.length > 0) return { ...result, recipients };
        continue;
      }
      if (result) return withMeaning(format, result);
    }
  }
  return null;
}

/** The format's own meaning on each recipient it found, for core to explain where the text is not in English. */
function withMeaning(format: MtaFormat, result: ReaderResult): ReaderResult {
  const meaning = format.meaning;
  if (meaning !== undefined) for (const facts of result.recipients) facts.formatMeaning = meaning;
  return result;
}
