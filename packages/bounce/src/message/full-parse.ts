import PostalMime, { type Attachment } from "postal-mime";
import type { ResolvedOptions } from "../options.js";
import { headerEnd, isReadHeader, readHeaders } from "./headers.js";
import { htmlToText } from "./html.js";
import { utf8Text } from "./input.js";
import type { MessageView } from "./view.js";

/** Media types of the parts that carry the report itself. */
export const deliveryStatusTypes: ReadonlySet<string> = new Set([
  "message/delivery-status",
  "message/global-delivery-status",
]);
export const originalTypes: ReadonlySet<string> = new Set([
  "message/rfc822",
  "message/global",
  "text/rfc822-headers",
  // a misspelling of RFC 6522's text/rfc822-headers, in the singular
  "text/rfc822-header",
  "message/global-headers",
  "message/partial",
]);

/**
 * Reads the email with the MIME library alone: every part decoded. The slow path, used when
 * the fast path meets a structure it does not read, and to check that the two agree.
 */
export async function viewByFullParse(bytes: Uint8Array, options: ResolvedOptions): Promise<MessageView> {
  const email = await PostalMime.parse(bytes, {
    forceRfc822Attachments: true,
    maxNestingDepth: options.maxDepth,
  });
  const { end } = headerEnd(utf8Text(bytes.subarray(0, Math.min(bytes.length, 1 << 20))));
  const headerText = utf8Text(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).slice(0, end);
  let deliveryStatus: string | null = null;
  let feedbackReport: string | null = null;
  let originalHeaders: string | null = null;
  for (const attachment of email.attachments) {
    const type = attachment.mimeType;
    if (deliveryStatus === null && deliveryStatusTypes.has(type)) deliveryStatus = contentText(attachment);
    else if (feedbackReport === null && type === "message/feedback-report")
      feedbackReport = contentText(attachment);
    else if (originalHeaders === null && originalTypes.has(type)) {
      const content = contentText(attachment);
      originalHeaders = content.slice(0, headerEnd(content).end);
    }
  }
  let text = email.text ?? (email.html ? htmlToText(email.html) : "");
  if (text === "" && email.attachments.length === 0) text = rawBody(bytes);
  return {
    headers: readHeaders(headerText, isReadHeader),
    text,
    deliveryStatus,
    feedbackReport,
    originalHeaders,
    warnings: [],
  };
}

/** The body as it stands, for an email whose MIME structure gave nothing readable. */
export function rawBody(bytes: Uint8Array): string {
  const head = utf8Text(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
  const { body } = headerEnd(head);
  return utf8Text(bytes.subarray(Buffer.byteLength(head.slice(0, body)))).slice(0, 1 << 20);
}

function contentText(attachment: Attachment): string {
  const content = attachment.content;
  if (typeof content === "string") return content;
  return utf8Text(content instanceof Uint8Array ? content : new Uint8Array(content));
}
