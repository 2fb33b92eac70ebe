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
  const recognised = mtaFormats.filter((format) => recognises(format, view, text));
  // The text's own layout first; a header listing the failed recipients (Exim's, also added
  // by Gmail) only when no layout names them, and the reply then from the recognised MTA's
  // own layout before the generic guess.
  for (const fromHeader of [false, true]) {
    for (const format of recognised) {
      if (fromHeader && !listsRecipients(view, format)) continue;
      const result = readWithFormat(format, view, text, maxRecipients, fromHeader);
      if (result) return result;
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

/** Whether the email has the header that lists the failed recipients in the format's words. */
function listsRecipients(view: MessageView, format: MtaFormat): boolean {
  return format.recipientsHeader !== undefined && headerValue(view.headers, format.recipientsHeader) !== null;
}
