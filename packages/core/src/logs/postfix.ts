/**
 * Postfix's delivery log lines (its `log_adhoc`: `QUEUEID: to=<rcpt>, [orig_to=<...>,]
 * relay=HOST, delay=..., delays=..., dsn=X.Y.Z, status=WORD (REASON)`), written by the smtp,
 * lmtp, local, virtual, pipe and error delivery agents.
 */
import type { LogDelivery, LogMessageEnd } from "./log-delivery.js";

/** Postfix's `status=` words and what they mean. Address verification's words are not deliveries. */
const postfixStatuses: Readonly<Record<string, LogDelivery["type"]>> = {
  sent: "delivered",
  deferred: "delay",
  bounced: "bounce",
  expired: "bounce",
};

/** Postfix queue ids: short (hex, `4C33C18207F`) or long (`4Q8Vd42mrQz9sWD`). */
const queueId = /^[0-9A-Za-z]{5,32}$/;

/** Reads a Postfix delivery line, or returns `null` when the line is not one. */
export function readPostfixLine(line: string): LogDelivery | null {
  const to = line.indexOf(": to=<");
  if (to < 0 || line.lastIndexOf("postfix", to) < 0) return null;
  const idStart = line.lastIndexOf(" ", to) + 1;
  const id = line.slice(idStart, to);
  if (!queueId.test(id)) return null;
  const recipientEnd = line.indexOf(">", to + 6);
  if (recipientEnd < 0) return null;
  const recipient = line.slice(to + 6, recipientEnd);
  const statusAt = line.indexOf(", status=", recipientEnd);
  if (statusAt < 0) return null;
  const fields = fieldsOf(line.slice(recipientEnd + 1, statusAt));
  const statusStart = statusAt + 9;
  let statusEnd = statusStart;
  while (statusEnd < line.length && /[a-z]/.test(line.charAt(statusEnd))) statusEnd++;
  const status = line.slice(statusStart, statusEnd);
  const type = postfixStatuses[status];
  if (type === undefined) return null;
  return {
    mta: "postfix",
    queueId: id,
    recipient: recipient === "" ? null : recipient,
    type,
    status,
    dsn: fields.dsn ?? null,
    relay: fields.relay === undefined || fields.relay === "none" ? null : fields.relay,
    diagnostic: reasonOf(line.slice(statusEnd)),
  };
}

/** The `key=value` fields between the recipient and `status=`. */
function fieldsOf(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const part of text.split(", ")) {
    const equals = part.indexOf("=");
    if (equals > 0) fields[part.slice(0, equals).replace(/^,?\s*/, "")] = part.slice(equals + 1);
  }
  return fields;
}

/** The reason in ` (...)` after the status word, without the parentheses Postfix puts round it. */
function reasonOf(rest: string): string {
  const open = rest.indexOf("(");
  if (open < 0) return rest.trim();
  const inner = rest.slice(open + 1).trimEnd();
  return (inner.endsWith(")") ? inner.slice(0, -1) : inner).trim();
}

/**
 * Reads the line Postfix writes when a message leaves the queue, delivered, bounced or expired
 * (qmgr's `QUEUEID: removed`, also postsuper's after `postsuper -d`), or returns `null`. Postfix
 * reuses a short queue id once its message is gone, so this line is also where the id's next
 * message starts.
 */
export function readPostfixRemoval(line: string): LogMessageEnd | null {
  const end = line.trimEnd();
  if (!end.endsWith(": removed")) return null;
  const idEnd = end.length - ": removed".length;
  const idStart = end.lastIndexOf(" ", idEnd) + 1;
  const id = end.slice(idStart, idEnd);
  if (!queueId.test(id) || end.lastIndexOf("postfix", idStart) < 0) return null;
  return { mta: "postfix", queueId: id };
}
