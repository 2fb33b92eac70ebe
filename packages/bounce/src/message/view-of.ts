import type { ResolvedOptions } from "../options.js";
import type { BounceWarning } from "../report.js";
import { viewByStructure } from "./fast-path.js";
import { rawBody, viewByFullParse } from "./full-parse.js";
import { decodeHeader, headerEnd, readHeaders, startsWithHeaders } from "./headers.js";
import { decodeUndeclaredIso2022jp, utf8Text } from "./input.js";
import type { MessageView } from "./view.js";

/**
 * The view of an email the readers work on: a pasted text as it is; else the fast path, the
 * full parse where the fast path does not read the structure (or `options.mime` is `full`),
 * the raw text where the MIME library gives up.
 */
export async function viewOf(bytes: Uint8Array, options: ResolvedOptions): Promise<MessageView> {
  const view = !startsWithHeaders(utf8Text(bytes.subarray(0, 1_000)))
    ? pastedText(bytes)
    : ((options.mime === "auto" ? await viewByStructure(bytes, options) : null) ??
      (await fullParseOrRaw(bytes, options)));
  view.text = decodeUndeclaredIso2022jp(view.text);
  const status = view.deliveryStatus;
  const decoded = status === null ? null : decodedFields(status);
  return decoded === status ? view : { ...view, deliveryStatus: decoded };
}

/**
 * A delivery-status part's fields with the non-ASCII text some MTAs put in them decoded: RFC
 * 2047 encoded words (`Diagnostic-Code: smtp; 550 =?ISO-2022-JP?B?...?=`), as in a header,
 * and undeclared ISO-2022-JP. RFC 3464 fields are US-ASCII; a field that is stays as it is.
 */
function decodedFields(status: string): string {
  let fields = status;
  if (fields.indexOf("=?") >= 0 && fields.length <= 1 << 20)
    fields = fields.replace(encodedWordLine, (line) => decodeHeader(line) ?? line);
  return fields.indexOf("\u001b$") < 0 ? fields : decodeUndeclaredIso2022jp(fields);
}

/** A line holding an RFC 2047 encoded word (`=?charset?B?...?=`, `=?charset?Q?...?=`). */
const encodedWordLine = /^[^\n]*=\?[^?\s]{1,64}\?[BbQq]\?[^?\s]*\?=[^\n]*$/gm;

/**
 * The full parse; when the MIME library gives up (nesting deeper than `maxDepth`, headers
 * beyond its size limit), the email's raw text is read instead, with a warning. So it is for
 * an email with more possible delimiter lines than `maxParts` allows: the library has no limit
 * on parts, and its time grows faster than their number.
 */
async function fullParseOrRaw(bytes: Uint8Array, options: ResolvedOptions): Promise<MessageView> {
  const delimiterLimit = 2 * options.maxParts + 1;
  if (delimiterLines(bytes, delimiterLimit) > delimiterLimit) {
    return rawView(bytes, {
      type: "tooManyParts",
      message: `more than ${options.maxParts} MIME parts; the raw text was read`,
    });
  }
  try {
    return await viewByFullParse(bytes, options);
  } catch (error) {
    return rawView(bytes, {
      type: "malformedMime",
      message: `the MIME structure could not be read (${(error as Error).message}); the raw text was read`,
    });
  }
}

/**
 * Lines that may be MIME delimiters (`--` at a line start), counted up to just past `limit`:
 * a structure of n parts has at most 2n of them (each part's, and each multipart's closing one).
 */
function delimiterLines(bytes: Uint8Array, limit: number): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = buffer.indexOf("\n--"); at >= 0 && count <= limit; at = buffer.indexOf("\n--", at + 3))
    count++;
  return count;
}

/** The email's headers and its raw body text, for an email whose MIME structure is not read. */
function rawView(bytes: Uint8Array, warning: BounceWarning): MessageView {
  const head = utf8Text(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
  return {
    headers: readHeaders(head.slice(0, headerEnd(head).end)),
    text: rawBody(bytes),
    deliveryStatus: null,
    feedbackReport: null,
    originalHeaders: null,
    warnings: [warning],
  };
}

/** A bounce's text pasted without its headers. */
function pastedText(bytes: Uint8Array): MessageView {
  return {
    headers: [],
    text: utf8Text(bytes),
    deliveryStatus: null,
    feedbackReport: null,
    originalHeaders: null,
    warnings: [],
  };
}
