import { Readable } from "node:stream";

/** Reads stdin up to `limit` bytes, as UTF-8. */
export async function readStdin(limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    chunks.push(buffer);
    size += buffer.length;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit).toString("utf8");
}

/**
 * The first `bytes` bytes of a stream (fewer when it is shorter), and a stream that gives the
 * whole input again, those bytes first: to look at an input before choosing how to read it.
 */
export async function peek(
  input: AsyncIterable<unknown>,
  bytes: number,
): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = input[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const buffer = typeof next.value === "string" ? Buffer.from(next.value) : (next.value as Buffer);
    chunks.push(buffer);
    size += buffer.length;
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield* chunks;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield next.value as Buffer;
  }
  return { head: Buffer.concat(chunks).subarray(0, bytes), stream: Readable.from(replay()) };
}
