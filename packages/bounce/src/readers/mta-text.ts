import { headerValue } from "../message/headers.js";
import type { MessageView } from "../message/view.js";
import { firstAddress } from "./address.js";
import type { ReaderResult } from "./facts.js";
import { readableText, readWithFormat, recognises } from "./mta/engine.js";
import { generic } from "./mta/generic.js";
import { type MtaFormat, mtaFormats } from "./mta/index.js";

/**
 * The bounce texts of MTAs and providers: the first recognised format that finds recipients,
 * else the generic layout when the email looks like a bounce.
 */
export function readMtaText(view: MessageView, maxRecipients: number): ReaderResult | null {
  const text = readableText(view);
  // Each format's recognition is tried when its turn comes, once: most reports are read by one
  // of the first formats, and the texts of the others need not be searched.
  const recognition = new Map<MtaFormat, boolean>();
  const recognised = (format: MtaFormat): boolean => {
    let known = recognition.get(format);
    if (known === undefined) {
      known = recognises(format, view, text);
      recognition.set(format, known);
    }
    return known;
  };
  // The text's own layout first; a header listing the failed recipients (Exim's, also added
  // by Gmail) only when no layout names them, and the reply then from the recognised MTA's
  // own layout before the generic guess.
  for (const fromHeader of [false, true]) {
    for (const format of mtaFormats) {
      if (!recognised(format)) continue;
      if (fromHeader && !listsRecipients(view, format)) continue;
      // formats that name their recipients only in a header (Google Groups) read it at once
      const headerOnly = !fromHeader && format.recipientLines.length === 0 && listsRecipients(view, format);
      const result = readWithFormat(format, view, text, maxRecipients, fromHeader || headerOnly);
      if (result) return withMeaning(format, result);
    }
  }
  if (!recognises(generic, view, text)) return null;
  // MTAs without a reader of their own: their X-Failed-Recipients is surer than a guess at the layout
  const result =
    (listsRecipients(view, generic) ? readWithFormat(generic, view, text, maxRecipients, true) : null) ??
    readWithFormat(generic, view, text, maxRecipients, false);
  if (result) {
    // a guess at the layout must not name the bounce's own addressee, the sender
    const sender = firstAddress(headerValue(view.headers, "to"))?.toLowerCase();
    const recipients = result.recipients.filter((r) => r.address?.toLowerCase() !== sender);
    if (recipients.length > 0) return { ...result, recipients };
  }
  return null;
}

/** The format's own meaning on each recipient it found, for core to explain where the text is not in English. */
function withMeaning(format: MtaFormat, result: ReaderResult): ReaderResult {
  const meaning = format.meaning;
  if (meaning !== undefined) for (const facts of result.recipients) facts.formatMeaning = meaning;
  return result;
}

/** Whether the email has the header that lists the failed recipients in the format's words. */
function listsRecipients(view: MessageView, format: MtaFormat): boolean {
  const header = format.recipientsHeader;
  if (header === undefined) return false;
  return headerValue(view.headers, typeof header === "string" ? header : header.name) !== null;
}
