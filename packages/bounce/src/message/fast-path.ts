import PostalMime from "postal-mime";
import type { ResolvedOptions } from "../options.js";
import type { BounceWarning } from "../report.js";
import { deliveryStatusTypes, originalTypes, rawBody } from "./full-parse.js";
import {
  type Header,
  headerEnd,
  headerValue,
  isReadHeader,
  mediaTypeOf,
  parameterOf,
  readHeaders,
} from "./headers.js";
import { htmlToText } from "./html.js";
import { utf8Text } from "./input.js";
import type { MessageView } from "./view.js";

/**
 * The fast path: reads only the structure of a report (headers, multipart boundaries) and
 * decodes only the parts a report is made of. Parts without a transfer encoding are read with
 * the TextDecoder the MIME library would take for their charset; a part with a transfer
 * encoding, a charset the runtime does not know, flowed text or HTML is handed, on its own, to
 * the MIME library. Attachments and the returned message's body are never decoded.
 * Returns `null` for structures it does not read (a missing boundary, a boundary that never
 * appears), which then go to the full parse.
 */
export async function viewByStructure(
  bytes: Uint8Array,
  options: ResolvedOptions,
): Promise<MessageView | null> {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const { end, body } = headerEnd(raw);
  if (end === raw.length) return null;
  const headers = readHeaders(utf8Text(bytes.subarray(0, end)), isReadHeader);
  const found: Found = {
    deliveryStatus: null,
    feedbackReport: null,
    originalHeaders: null,
    parts: 0,
    leaves: 0,
  };
  const texts: TextEntry[] = [];
  const warnings: BounceWarning[] = [];
  const walker = { raw, bytes, options, warnings, found };
  if (!(await collect(walker, headers, body, raw.length, 0, texts, -1))) return null;
  let text = renderTexts(await decodeNeededTexts(walker, texts));
  if (text === "" && found.leaves === 0) text = rawBody(bytes);
  return {
    headers,
    text,
    deliveryStatus: found.deliveryStatus,
    feedbackReport: found.feedbackReport,
    originalHeaders: found.originalHeaders,
    warnings,
  };
}

/** What the walk found besides text. */
interface Found {
  deliveryStatus: string | null;
  feedbackReport: string | null;
  originalHeaders: string | null;
  /** Parts seen, to stop at `maxParts`. */
  parts: number;
  /** Leaves that are no inline text: what the MIME library calls attachments. */
  leaves: number;
}

/** A text part's text, and whether it was HTML (rendered as text by the MIME library). */
interface TextEntry {
  /** `null`: the part gave no text. */
  text: string | null;
  readonly html: boolean;
  /** The closest enclosing multipart/alternative (its number), or the part's own number outside one. */
  readonly selector: number;
  /** A part not decoded yet: what the MIME library is handed if its text turns out to be needed. */
  pending: PendingPart | null;
}

/** Where a part lies in the email, and its MIME headers. */
interface PendingPart {
  readonly headers: readonly Header[];
  readonly start: number;
  readonly end: number;
}

interface Walker {
  /** The email as a latin1 string: one character per byte, so indexes are byte offsets. */
  readonly raw: string;
  readonly bytes: Uint8Array;
  readonly options: ResolvedOptions;
  readonly warnings: BounceWarning[];
  readonly found: Found;
}

/** Identity transfer encodings (RFC 2045 section 6.1), whose bodies are read as they are. */
const identity: ReadonlySet<string> = new Set(["", "7bit", "8bit", "binary"]);

/** A part's headers the walk needs: its MIME headers (RFC 2045). */
const isContentHeader = (name: string): boolean => name.startsWith("content-");

const decoders = new Map<string, InstanceType<typeof TextDecoder> | null>();

/** A TextDecoder for a charset label the runtime knows (WHATWG Encoding labels), or `null`. */
function decoderFor(charset: string): InstanceType<typeof TextDecoder> | null {
  const label = charset.trim() || "utf-8";
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(label);
    } catch {
      decoder = null;
    }
    if (decoders.size < 64) decoders.set(label, decoder);
  }
  return decoder;
}

async function collect(
  walker: Walker,
  headers: readonly Header[],
  start: number,
  end: number,
  depth: number,
  texts: TextEntry[],
  alternative: number,
): Promise<boolean> {
  const { raw, options, warnings, found } = walker;
  if (++found.parts > options.maxParts) {
    if (!warnings.some((w) => w.type === "tooManyParts")) {
      warnings.push({
        type: "tooManyParts",
        message: `more than ${options.maxParts} MIME parts; the rest were not read`,
      });
    }
    return true;
  }
  const contentType = headerValue(headers, "content-type");
  const type = mediaTypeOf(contentType);
  if (type.startsWith("multipart/")) {
    if (depth >= options.maxDepth) {
      warnings.push({
        type: "tooDeep",
        message: `MIME nested deeper than ${options.maxDepth}; deeper parts were not read`,
      });
      return true;
    }
    const boundary = contentType ? parameterOf(contentType, "boundary") : null;
    // A multipart without a boundary parameter has no parts (what RFC 2046 section 5.1.1 and
    // the MIME library make of it: its whole body is preamble). A boundary parameter that
    // is there but not read here (an RFC 2231 continuation, an empty value) goes to the library.
    if (!boundary) return contentType !== null && !/boundary/i.test(contentType);
    // A body in which the delimiter never appears is all preamble too: no parts.
    // Parts beyond maxParts are not read, so they are not looked for either.
    const parts = splitParts(raw, boundary, start, end, options.maxParts + 1) ?? [];
    const selector = type === "multipart/alternative" ? found.parts : alternative;
    for (const [partStart, partEnd] of parts) {
      // past maxParts (warned once already) every further part is left unread
      if (found.parts > options.maxParts) break;
      let partHeaders: Header[] = [];
      let bodyStart = partStart;
      if (raw.charCodeAt(partStart) === 10) bodyStart = partStart + 1;
      else if (raw.charCodeAt(partStart) === 13 && raw.charCodeAt(partStart + 1) === 10)
        bodyStart = partStart + 2;
      else {
        const split = headerEnd(raw, partStart, partEnd);
        partHeaders = readHeaders(
          utf8Text(walker.bytes.subarray(partStart, Math.min(split.end, partEnd))),
          isContentHeader,
        );
        bodyStart = Math.min(split.body, partEnd);
      }
      if (!(await collect(walker, partHeaders, bodyStart, partEnd, depth + 1, texts, selector))) return false;
    }
    return true;
  }
  const disposition = (headerValue(headers, "content-disposition") ?? "").trim().toLowerCase();
  if ((type === "text/plain" || type === "text/html") && !disposition.startsWith("attachment")) {
    // Read now when no MIME decoding is needed, else later and only if the body text uses it.
    const text = readIdentityText(walker, headers, start, end);
    texts.push({
      text,
      html: type === "text/html",
      selector: alternative >= 0 ? alternative : found.parts,
      pending: text === null ? { headers, start, end } : null,
    });
    return true;
  }
  found.leaves++;
  if (deliveryStatusTypes.has(type)) {
    found.deliveryStatus ??= await decodeContent(walker, headers, start, end);
  } else if (type === "message/feedback-report") {
    found.feedbackReport ??= await decodeContent(walker, headers, start, end);
  } else if (originalTypes.has(type) && found.originalHeaders === null) {
    const encoding = (headerValue(headers, "content-transfer-encoding") ?? "").trim().toLowerCase();
    if (identity.has(encoding)) {
      found.originalHeaders = utf8Text(walker.bytes.subarray(start, headerEnd(raw, start, end).end));
    } else {
      const content = await decodeContent(walker, headers, start, end);
      found.originalHeaders = content.slice(0, headerEnd(content).end);
    }
  }
  return true;
}

/**
 * The body text as the MIME library renders it: text parts grouped by their closest enclosing
 * multipart/alternative (a part outside one is its own group), groups in the order of their
 * first part; a group gives its plain parts, or its HTML ones when it has no plain part.
 */
function renderTexts(texts: readonly TextEntry[]): string {
  const groups = new Map<number, { text: string; html: boolean }[]>();
  for (const { text, html, selector } of texts) {
    if (text === null) continue;
    const group = groups.get(selector);
    if (group) group.push({ text, html });
    else groups.set(selector, [{ text, html }]);
  }
  const out: string[] = [];
  for (const group of groups.values()) {
    const plain = group.filter((entry) => !entry.html);
    for (const entry of plain.length > 0 ? plain : group) out.push(entry.text);
  }
  return out.join("\n");
}

/**
 * The parts of a multipart body between `start` and `end`: the ranges between delimiter lines
 * `--boundary` (RFC 2046 section 5.1.1), up to the closing `--boundary--` or the end, at most
 * `limit` of them. `null` when the delimiter never appears.
 */
function splitParts(
  raw: string,
  boundary: string,
  start: number,
  end: number,
  limit: number,
): [number, number][] | null {
  const delimiter = `--${boundary}`;
  const ranges: [number, number][] = [];
  let partStart = -1;
  let at = raw.indexOf(delimiter, start);
  while (at >= 0 && at < end) {
    if (ranges.length >= limit) return ranges;
    const atLineStart = at === start || raw.charCodeAt(at - 1) === 10;
    if (atLineStart) {
      const after = at + delimiter.length;
      const closing = raw.charCodeAt(after) === 45 && raw.charCodeAt(after + 1) === 45;
      if (partStart >= 0) ranges.push([partStart, lineBreakBefore(raw, at)]);
      if (closing) return ranges;
      const lineEnd = raw.indexOf("\n", after);
      if (lineEnd < 0 || lineEnd >= end) return ranges;
      partStart = lineEnd + 1;
    }
    at = raw.indexOf(delimiter, at + delimiter.length);
  }
  if (partStart < 0) return null;
  ranges.push([partStart, end]);
  return ranges;
}

/** The delimiter's preceding line break belongs to it (RFC 2046 section 5.1.1). */
function lineBreakBefore(raw: string, at: number): number {
  let stop = at;
  if (raw.charCodeAt(stop - 1) === 10) stop--;
  if (raw.charCodeAt(stop - 1) === 13) stop--;
  return stop;
}

/**
 * Decodes the pending parts whose text the body text uses, with the MIME library: every plain
 * part, and an HTML part only where its multipart/alternative has no plain text (the HTML
 * version of a plain text is dropped by `renderTexts`, so it is not decoded at all).
 */
async function decodeNeededTexts(walker: Walker, texts: TextEntry[]): Promise<TextEntry[]> {
  for (const entry of texts) if (!entry.html) await decodePending(walker, entry);
  for (let index = 0; index < texts.length; index++) {
    const entry = texts[index] as TextEntry;
    if (entry.pending !== null && !canSkip(texts, index)) await decodePending(walker, entry);
  }
  return texts;
}

async function decodePending(walker: Walker, entry: TextEntry): Promise<void> {
  const part = entry.pending;
  if (part === null) return;
  entry.pending = null;
  entry.text = await decodeText(walker, part.headers, part.start, part.end);
}

/**
 * Whether the HTML part at `index` is left out of the body text whatever it decodes to: its
 * group has a plain text, and it cannot change the groups' order (the order of their first
 * text), because no other group's part lies between it and that plain text.
 */
function canSkip(texts: readonly TextEntry[], index: number): boolean {
  const selector = (texts[index] as TextEntry).selector;
  const plain = texts.findIndex((e) => e.selector === selector && !e.html && e.text !== null);
  if (plain < 0) return false;
  for (let between = index + 1; between < plain; between++) {
    if ((texts[between] as TextEntry).selector !== selector) return false;
  }
  return true;
}

/**
 * A text part's text when it needs no MIME decoding: no transfer encoding, no flowed text, not
 * HTML, and a charset the runtime knows, read with the TextDecoder the MIME library would
 * take for that label. `null` for any other part.
 */
function readIdentityText(
  walker: Walker,
  headers: readonly Header[],
  start: number,
  end: number,
): string | null {
  const contentType = headerValue(headers, "content-type") ?? "";
  const encoding = (headerValue(headers, "content-transfer-encoding") ?? "").trim().toLowerCase();
  if (!identity.has(encoding) || mediaTypeOf(contentType) === "text/html") return null;
  if (/^flowed$/i.test(parameterOf(contentType, "format") ?? "")) return null;
  const decoder = decoderFor((parameterOf(contentType, "charset") ?? "").toLowerCase());
  return decoder ? decoder.decode(walker.bytes.subarray(start, end)) : null;
}

/** A text part decoded by the MIME library, on its own; `null` when it gives no text. */
async function decodeText(
  walker: Walker,
  headers: readonly Header[],
  start: number,
  end: number,
): Promise<string | null> {
  const email = await PostalMime.parse(miniMessage(walker.raw, headers, start, end));
  return email.text ?? (email.html ? htmlToText(email.html) : null);
}

async function decodeContent(
  walker: Walker,
  headers: readonly Header[],
  start: number,
  end: number,
): Promise<string> {
  const encoding = (headerValue(headers, "content-transfer-encoding") ?? "").trim().toLowerCase();
  if (identity.has(encoding)) return utf8Text(walker.bytes.subarray(start, end));
  const email = await PostalMime.parse(miniMessage(walker.raw, headers, start, end), {
    forceRfc822Attachments: true,
  });
  const content = email.attachments[0]?.content;
  if (content === undefined) return email.text ?? "";
  if (typeof content === "string") return content;
  return utf8Text(content instanceof Uint8Array ? content : new Uint8Array(content));
}

/**
 * One part on its own, as a message the MIME library decodes. A part that ends before the
 * email does is followed by its delimiter's line break, which ends its last line (an empty
 * one too) when the library reads the whole email: the line break is kept here for that.
 */
function miniMessage(raw: string, headers: readonly Header[], start: number, end: number): Uint8Array {
  const lines = headers
    .filter((h) => h.name.startsWith("content-"))
    .map((h) => `${h.name}: ${h.value}\r\n`)
    .join("");
  return Buffer.from(`${lines}\r\n${raw.slice(start, end)}${end < raw.length ? "\r\n" : ""}`, "latin1");
}
