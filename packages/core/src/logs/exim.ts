/**
 * Exim's main log delivery lines: `DATE TIME MESSAGEID FLAG ADDRESS [<original>] FIELDS...`,
 * where the flag says what happened (Exim specification, "Log files": `=>` a delivery, `->` a
 * further address of the same delivery, `*>` a delivery suppressed by -N, `==` a deferral,
 * `**` a failure). A deferral or failure states its reason after the first `: `.
 */
import type { LogDelivery, LogMessageEnd } from "./log-delivery.js";

/** Exim's delivery flags and what they mean. `<=` (arrival) is not a delivery. */
const eximFlags: Readonly<Record<string, LogDelivery["type"]>> = {
  "=>": "delivered",
  "->": "delivered",
  "*>": "delivered",
  "==": "delay",
  "**": "bounce",
};

/** Exim message ids: `1rX4kD-000abc-7Z` (6-6-2) and, from 4.97, `1rX4kD-00000000abc-0000` (6-11-4). */
const messageId = /^[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}$/;

/** Reads an Exim delivery line, or returns `null` when the line is not one. */
export function readEximLine(line: string): LogDelivery | null {
  const words = line.split(" ", 8);
  const idIndex = words.findIndex((word) => messageId.test(word));
  if (idIndex < 0) return null;
  const flag = words[idIndex + 1] ?? "";
  const type = eximFlags[flag];
  if (type === undefined) return null;
  const rawAddress = words[idIndex + 2] ?? "";
  const flagAt = line.indexOf(` ${flag} `, line.indexOf(words[idIndex] as string));
  const rest = line.slice(flagAt + flag.length + 2 + rawAddress.length);
  const recipient = rawAddress.replace(/:$/, "");
  const relay = /(?:^|\s)H=([^\s:]{1,255})/.exec(rest)?.[1] ?? null;
  let diagnostic: string;
  if (type === "delivered") {
    diagnostic = /\sC="([^"]{0,2048})"/.exec(rest)?.[1] ?? "";
  } else {
    const colon = rawAddress.endsWith(":") ? -2 : rest.indexOf(": ");
    diagnostic = colon === -2 ? rest.trim() : colon < 0 ? "" : rest.slice(colon + 2).trim();
  }
  return {
    mta: "exim",
    queueId: words[idIndex] as string,
    recipient: recipient === "" ? null : recipient,
    type,
    status: flag,
    dsn: null,
    relay,
    diagnostic,
  };
}

/**
 * Reads the line Exim writes when it is done with a message, every address delivered or
 * failed (`MESSAGEID Completed`, with `QT=` after it when `queue_time_overall` is logged), or
 * returns `null`.
 */
export function readEximCompletion(line: string): LogMessageEnd | null {
  if (!line.includes(" Completed")) return null;
  const words = line.trimEnd().split(" ", 8);
  const idIndex = words.findIndex((word) => messageId.test(word));
  if (idIndex < 0 || words[idIndex + 1] !== "Completed") return null;
  const after = words[idIndex + 2];
  if (after !== undefined && !after.startsWith("QT=")) return null;
  return { mta: "exim", queueId: words[idIndex] as string };
}
