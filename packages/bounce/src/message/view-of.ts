import type { ResolvedOptions } from "../options.js";
import { viewByStructure } from "./fast-path.js";
import { rawBody, viewByFullParse } from "./full-parse.js";
import { headerEnd, readHeaders, startsWithHeaders } from "./headers.js";
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
  return view;
}

/**
 * The full parse; when the MIME library gives up (nesting deeper than `maxDepth`, headers
 * beyond its size limit), the email's raw text is read instead, with a warning.
 */
async function fullParseOrRaw(bytes: Uint8Array, options: ResolvedOptions): Promise<MessageView> {
  try {
    return await viewByFullParse(bytes, options);
  } catch (error) {
    const head = utf8Text(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    return {
      headers: readHeaders(head.slice(0, headerEnd(head).end)),
      text: rawBody(bytes),
      deliveryStatus: null,
      feedbackReport: null,
      originalHeaders: null,
      warnings: [
        {
          type: "malformedMime",
          message: `the MIME structure could not be read (${(error as Error).message}); the raw text was read`,
        },
      ],
    };
  }
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
