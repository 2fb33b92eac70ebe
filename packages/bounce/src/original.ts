import { isoDate } from "./dates.js";
import { decodeHeader, headerValue, readHeaders } from "./message/headers.js";
import type { OriginalMessage } from "./report.js";

/** A Message-ID without its angle brackets and white space. */
export function bareMessageId(value: string | null): string | null {
  if (!value) return null;
  const match = /<([^<>\s]{1,998})>/.exec(value);
  const id = (match ? match[1] : value.trim().split(/\s/)[0]) ?? "";
  return id === "" ? null : id;
}

/** What the report shows of the bounced message, from its header block. */
export function originalOf(
  headerBlock: string | null,
  envelopeId: string | null,
  wanted: readonly string[],
): OriginalMessage {
  const names = new Set([
    "message-id",
    "from",
    "to",
    "subject",
    "date",
    ...wanted.map((name) => name.toLowerCase()),
  ]);
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
