import { isoDate } from "./dates.js";
import { decodeHeader, headerEnd, headerValue, readHeaders } from "./message/headers.js";
import { utf8Text } from "./message/input.js";
import type { OriginalMessage } from "./report.js";

/** A Message-ID without its angle brackets and white space. */
export function bareMessageId(value: string | null): string | null {
  if (!value) return null;
  const match = /<([^<>\s]{1,998})>/.exec(value);
  const id = (match ? match[1] : value.trim().split(/\s/)[0]) ?? "";
  return id === "" ? null : id;
}

/** The headers of the returned message that match it to what was sent. */
const matchedHeaders: ReadonlySet<string> = new Set(["message-id", "from", "to", "subject", "date"]);

/** What the report shows of the bounced message, from its header block. */
export function originalOf(
  headerBlock: string | null,
  envelopeId: string | null,
  wanted: readonly string[],
): OriginalMessage {
  const names =
    wanted.length === 0
      ? matchedHeaders
      : new Set([...matchedHeaders, ...wanted.map((name) => name.toLowerCase())]);
  const headers = headerBlock ? readHeaders(headerBlock, (name) => names.has(name)) : [];
  const named: Record<string, string | null> = {};
  for (const name of wanted) named[name] = decodeHeader(headerValue(headers, name.toLowerCase()));
  return {
    messageId: bareMessageId(headerValue(headers, "message-id")),
    from: decodeHeader(headerValue(headers, "from")),
    to: decodeHeader(headerValue(headers, "to")),
    subject: decodeHeader(headerValue(headers, "subject")),
    date: isoDate(headerValue(headers, "date")),
    envelopeId,
    headers: named,
  };
}

/**
 * The returned message's headers copied into the bounce's text under a marker no reader knows
 * ("Included is a copy of the message header:"): the block of lines around its Message-ID.
 */
export function inlineHeaders(text: string | null): string | null {
  if (!text) return null;
  const match = /^Message-ID:[ \t]*<[^<>\s]+>/im.exec(text.length > 262_144 ? text.slice(0, 262_144) : text);
  if (!match) return null;
  const before = text.lastIndexOf("\n\n", match.index);
  const after = text.indexOf("\n\n", match.index);
  return text.slice(before < 0 ? 0 : before + 2, after < 0 ? text.length : after);
}

/**
 * The returned message's headers in the bounce's raw body, below its own headers, where no
 * MIME part shows them: a part without headers of its own whose header block is the returned
 * message's, headers sent as a text attachment. Read only when nothing else shows them.
 *
 * @example
 * headersInBody(new TextEncoder().encode("Subject: x\n\n--b\nMessage-ID: <a@b>\n\nHi"));
 * // "--b\nMessage-ID: <a@b>"
 */
export function headersInBody(bytes: Uint8Array): string | null {
  const head = utf8Text(bytes.subarray(0, Math.min(bytes.length, 262_144)));
  const body = head.slice(headerEnd(head).body);
  return inlineHeaders(body.indexOf("\r") < 0 ? body : body.replace(/\r\n?/g, "\n"));
}
