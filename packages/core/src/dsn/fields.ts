/**
 * Reading RFC 3464 field blocks: the body of a `message/delivery-status` (or RFC 6533
 * `message/global-delivery-status`) part, and the same `Name: type; value` layout of RFC 5965
 * feedback reports. No MIME here: the caller hands over the part's decoded text.
 */

/** One field of a block: `Final-Recipient: rfc822; a@example.com`. */
export interface DsnField {
  /** The field name in lower case: `final-recipient`. */
  readonly name: string;
  /** The address, MTA-name or diagnostic type before the `;` (`rfc822`, `dns`, `smtp`), lower case; `null` for untyped fields. */
  readonly type: string | null;
  /** The value, unfolded (continuation lines joined by one space), trimmed; xtext decoded for addresses. */
  readonly value: string;
}

/** A group of fields, in the order given (a name may repeat). */
export type DsnFieldGroup = readonly DsnField[];

/** What a delivery-status body says: per-message fields, then one group per recipient. */
export interface DeliveryStatusFields {
  readonly message: DsnFieldGroup;
  readonly recipients: readonly DsnFieldGroup[];
}

/** Bounds on reading, so that a hostile body costs bounded time and memory. */
export interface FieldBlockLimits {
  /** Groups read at most (default 10 000); the rest is ignored. */
  readonly maxGroups?: number;
  /** Characters kept of one field's value (default 8 192). */
  readonly maxValueLength?: number;
}

/** Fields whose value starts with a type and `;` (RFC 3464 sections 2.2 and 2.3, RFC 6533). */
const typedFields: ReadonlySet<string> = new Set([
  "reporting-mta",
  "dsn-gateway",
  "received-from-mta",
  "original-recipient",
  "final-recipient",
  "remote-mta",
  "diagnostic-code",
  "x-actual-recipient",
]);

/** Address fields, whose `rfc822` value is xtext (RFC 3461 section 4) or `utf-8` value is utf-8-addr-xtext (RFC 6533). */
const addressFields: ReadonlySet<string> = new Set([
  "original-recipient",
  "final-recipient",
  "x-actual-recipient",
]);

/** Fields that start a recipient's group (RFC 3464 section 2.3). */
const recipientStarts: ReadonlySet<string> = new Set(["original-recipient", "final-recipient"]);

/**
 * Splits a field block into groups (separated by blank lines), unfolds continuation lines and
 * splits typed values. Lines that are not fields are skipped. CRLF, LF and CR-only line ends.
 *
 * @example
 * readFieldGroups("Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; a@example.com\nStatus: 5.1.1\n");
 * // [[{ name: "reporting-mta", type: "dns", value: "mx.example.com" }],
 * //  [{ name: "final-recipient", type: "rfc822", value: "a@example.com" }, { name: "status", type: null, value: "5.1.1" }]]
 */
export function readFieldGroups(text: string, limits: FieldBlockLimits = {}): DsnFieldGroup[] {
  const maxGroups = limits.maxGroups ?? 10_000;
  const maxValue = limits.maxValueLength ?? 8_192;
  const groups: DsnField[][] = [];
  let group: DsnField[] = [];
  let name: string | null = null;
  let value = "";
  const flush = (): void => {
    if (name !== null) group.push(fieldOf(name, value));
    name = null;
    value = "";
  };
  const closeGroup = (): void => {
    flush();
    if (group.length > 0) groups.push(group);
    group = [];
  };
  let i = 0;
  const n = text.length;
  while (i < n && groups.length < maxGroups) {
    let end = i;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    const line = text.slice(i, end);
    i = end < n && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const first = line.charCodeAt(0);
    if (first === 32 || first === 9) {
      const rest = line.trim();
      if (rest === "") closeGroup();
      else if (name !== null && value.length < maxValue) value = value ? `${value} ${rest}` : rest;
      continue;
    }
    if (line === "") {
      closeGroup();
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0 || !isFieldName(line, colon)) {
      flush();
      continue;
    }
    flush();
    name = line.slice(0, colon).toLowerCase();
    value = line.slice(colon + 1).trim();
    if (value.length > maxValue) value = value.slice(0, maxValue);
  }
  closeGroup();
  return groups;
}

/**
 * Reads a `message/delivery-status` body: the per-message fields (`Reporting-MTA`,
 * `Arrival-Date`, `Original-Envelope-Id` ...) and one group per recipient. Also reads what
 * MTAs write in practice: recipient groups without the blank line between them (a new
 * `Final-Recipient` starts a new group), per-message fields missing, or mixed into the first
 * recipient's group.
 *
 * @example
 * const status = readDeliveryStatus("Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\n");
 * fieldValue(status.recipients[0] ?? [], "status"); // "5.1.1"
 */
export function readDeliveryStatus(text: string, limits: FieldBlockLimits = {}): DeliveryStatusFields {
  const message: DsnField[] = [];
  const recipients: DsnField[][] = [];
  const maxGroups = limits.maxGroups ?? 10_000;
  for (const group of readFieldGroups(text, limits)) {
    let current: DsnField[] | null = null;
    for (const field of group) {
      if (recipientStarts.has(field.name)) {
        // Postfix writes Final- before Original-Recipient, RFC 3464 the other way round: only a
        // second field of the same name starts the next recipient.
        const startsNew = current === null || current.some((f) => f.name === field.name);
        if (startsNew && recipients.length < maxGroups) {
          current = [];
          recipients.push(current);
        }
      }
      if (current) current.push(field);
      else message.push(field);
    }
  }
  return { message, recipients };
}

/**
 * The value of the first field of that name (lower case) in a group, or `null`.
 *
 * @example
 * fieldValue([{ name: "status", type: null, value: "5.1.1" }], "status"); // "5.1.1"
 */
export function fieldValue(group: DsnFieldGroup, name: string): string | null {
  for (const field of group) if (field.name === name) return field.value;
  return null;
}

/**
 * The first field of that name (lower case) in a group, with its type, or `undefined`.
 *
 * @example
 * findField(readFieldGroups("Remote-MTA: dns; mx.example.net")[0] ?? [], "remote-mta")?.type; // "dns"
 */
export function findField(group: DsnFieldGroup, name: string): DsnField | undefined {
  for (const field of group) if (field.name === name) return field;
  return undefined;
}

/**
 * Decodes xtext (RFC 3461 section 4: `+` and two hex digits stand for a byte) and RFC 6533's
 * `\x{HHHH}` escapes of utf-8-addr-xtext. Malformed escapes are left as they are.
 *
 * @example
 * decodeXtext("a+2Bb@example.com"); // "a+b@example.com"
 */
export function decodeXtext(text: string): string {
  if (text.indexOf("+") < 0 && text.indexOf("\\x{") < 0) return text;
  return text.replace(
    /\+([0-9A-Fa-f]{2})|\\x\{([0-9A-Fa-f]{1,6})\}/g,
    (whole, hex: string | undefined, wide) => {
      const code = Number.parseInt(hex ?? (wide as string), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

function isFieldName(line: string, colon: number): boolean {
  for (let i = 0; i < colon; i++) {
    const c = line.charCodeAt(i);
    // printable US-ASCII except the colon and space (RFC 5322 section 3.6.8)
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}

function fieldOf(name: string, raw: string): DsnField {
  if (!typedFields.has(name)) return { name, type: null, value: raw };
  const semicolon = raw.indexOf(";");
  if (semicolon < 0 || !/^[A-Za-z0-9][A-Za-z0-9.+-]*\s*$/.test(raw.slice(0, semicolon))) {
    return { name, type: null, value: raw };
  }
  const type = raw.slice(0, semicolon).trim().toLowerCase();
  let value = raw.slice(semicolon + 1).trim();
  if (addressFields.has(name)) {
    if (type === "rfc822" || type === "utf-8") value = decodeXtext(value);
    value = stripAngles(value);
  }
  return { name, type, value };
}

function stripAngles(value: string): string {
  return value.length > 2 && value.charCodeAt(0) === 60 && value.charCodeAt(value.length - 1) === 62
    ? value.slice(1, -1).trim()
    : value;
}
