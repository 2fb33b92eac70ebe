/** The email as bytes, whatever form the caller gave it in. */
export function toBytes(message: unknown): Uint8Array {
  if (typeof message === "string") return new TextEncoder().encode(message);
  if (message instanceof Uint8Array) return message;
  if (message instanceof ArrayBuffer) return new Uint8Array(message);
  if (ArrayBuffer.isView(message))
    return new Uint8Array(message.buffer, message.byteOffset, message.byteLength);
  const got = message === null ? "null" : typeof message;
  throw new TypeError(`parseBounce: expected a string, Buffer, Uint8Array or ArrayBuffer, got ${got}`);
}

const utf8 = new TextDecoder("utf-8");

/** Bytes as UTF-8 text; invalid sequences become U+FFFD. */
export function utf8Text(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}
