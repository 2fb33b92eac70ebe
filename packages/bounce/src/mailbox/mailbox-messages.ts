import { createReadStream, type Dirent } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { type MboxMessage, type MboxQuoting, MboxSplitter } from "./mbox-splitter.js";

/**
 * Where a message of a mailbox came from: its file, and for an mbox its position in the file.
 * For a stream `path` is `null`.
 */
export interface MailboxSource {
  /** The file: the mbox, or the message's own file in a Maildir or a folder. */
  readonly path: string | null;
  /** The message's position in the mailbox, from 0 (in a folder: in the order read). */
  readonly index: number;
  /** For an mbox: the byte offset of the message's `From ` line; `null` for a file of its own. */
  readonly offset: number | null;
}

/** One message of a mailbox, not yet parsed. */
export interface MailboxMessage {
  readonly source: MailboxSource;
  /** The message's bytes: all of it, or its first `maxSize` when `truncated`. */
  readonly bytes: Buffer;
  /** The message's whole size in bytes. */
  readonly size: number;
  /** Whether it was larger than `maxSize` and only its start was read. */
  readonly truncated: boolean;
}

/** Options of `readMailbox` and `readMailboxMessages`. */
export interface MailboxOptions {
  /**
   * The most bytes of one message that are read (default 10 MiB, `defaultMaxSize`).
   * A longer message is cut: its start (where a bounce report puts its answer, before the
   * returned message) is read and the entry is marked `truncated`.
   */
  readonly maxSize?: number;
  /** How `>From ` lines of an mbox are unquoted (default `mboxrd`). */
  readonly quoting?: MboxQuoting;
}

/**
 * Default of `maxSize`: 10 MiB, as `parseBounce`'s.
 *
 * @example
 * readMailbox(path, { maxSize: 2 * defaultMaxSize }); // reads up to 20 MiB of each message
 */
export const defaultMaxSize = 10 * 1024 * 1024;

/** Why a mailbox cannot be read, in `MailboxError.code`. */
export type MailboxErrorCode = "notFound" | "notReadable" | "badOption";

/**
 * A mailbox that cannot be read at all (a message that cannot be read is skipped or cut).
 *
 * @example
 * try {
 *   for await (const entry of readMailbox("/no/such/mbox")) console.log(entry);
 * } catch (error) {
 *   if (error instanceof MailboxError) console.log(error.code); // "notFound"
 * }
 */
export class MailboxError extends Error {
  override readonly name = "MailboxError";
  constructor(
    readonly code: MailboxErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What kind of mailbox a path is. */
export type MailboxKind = "mbox" | "maildir" | "folder";

/**
 * The messages of a mailbox, unparsed, one at a time: an mbox file or stream (also a single
 * .eml file: one message), a Maildir (the files in `cur/` and `new/`), or a folder of messages
 * (its files ending in `.eml`, or every file when it has none). At most one message is held in
 * memory, and no more than `maxSize` of it.
 *
 * @example
 * for await (const { source, size } of readMailboxMessages("/var/mail/bounces")) {
 *   console.log(source.index, source.offset, size);
 * }
 */
export async function* readMailboxMessages(
  pathOrStream: string | Readable,
  options: MailboxOptions = {},
): AsyncGenerator<MailboxMessage> {
  const maxSize = options.maxSize ?? defaultMaxSize;
  if (!Number.isInteger(maxSize) || maxSize < 1)
    throw new MailboxError("badOption", "maxSize must be a positive whole number");
  if (typeof pathOrStream !== "string") {
    yield* mboxMessages(pathOrStream, null, maxSize, options.quoting);
    return;
  }
  const kind = await mailboxKind(pathOrStream);
  if (kind === "mbox") {
    yield* mboxMessages(
      createReadStream(pathOrStream, { highWaterMark: 256 * 1024 }),
      pathOrStream,
      maxSize,
      options.quoting,
    );
    return;
  }
  let index = 0;
  for (const file of await messageFiles(pathOrStream, kind)) {
    const read = await readStart(file, maxSize);
    if (read === null) continue;
    yield { source: { path: file, index, offset: null }, ...read };
    index++;
  }
}

/**
 * Whether `path` is an mbox file (any file), a Maildir (a folder with `cur/` or `new/`) or a
 * folder of messages; throws a `MailboxError` when it cannot be read.
 *
 * @example
 * await mailboxKind(`${process.env.HOME}/Maildir`); // "maildir"
 */
export async function mailboxKind(path: string): Promise<MailboxKind> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new MailboxError(
      error.code === "ENOENT" ? "notFound" : "notReadable",
      `cannot read the mailbox ${JSON.stringify(path)}: ${error.code ?? error.message}`,
      { cause: error },
    );
  });
  if (!info.isDirectory()) return "mbox";
  const entries = await listDirectory(path);
  const isMaildir = entries.some(
    (entry) => entry.isDirectory() && (entry.name === "cur" || entry.name === "new"),
  );
  return isMaildir ? "maildir" : "folder";
}

async function* mboxMessages(
  stream: Readable,
  path: string | null,
  maxSize: number,
  quoting: MboxQuoting | undefined,
): AsyncGenerator<MailboxMessage> {
  const splitter = new MboxSplitter({ maxSize, ...(quoting ? { quoting } : {}) });
  const toEntry = ({ index, offset, bytes, size, truncated }: MboxMessage): MailboxMessage => ({
    source: { path, index, offset },
    bytes,
    size,
    truncated,
  });
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      for (const message of splitter.push(buffer)) yield toEntry(message);
    }
  } catch (error) {
    throw new MailboxError("notReadable", `cannot read the mbox: ${(error as Error).message}`, {
      cause: error,
    });
  }
  for (const message of splitter.end()) yield toEntry(message);
}

async function listDirectory(path: string, missingIsEmpty = false): Promise<Dirent[]> {
  try {
    return await readdir(path, { withFileTypes: true });
  } catch (error) {
    if (missingIsEmpty && (error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new MailboxError(
      "notReadable",
      `cannot list ${JSON.stringify(path)}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}

/**
 * The message files of a Maildir (`cur/` then `new/`, RFC-less but as qmail's maildir(5)
 * describes it; `tmp/` holds messages still being written) or a folder, sorted by name so the
 * order is the same on every run. Dot files are skipped (Maildir++ subfolders, editor files).
 */
async function messageFiles(path: string, kind: "maildir" | "folder"): Promise<string[]> {
  const directories = kind === "maildir" ? [join(path, "cur"), join(path, "new")] : [path];
  const files: string[] = [];
  for (const directory of directories) {
    // A Maildir may lack `cur/` or `new/` (a new one, or one a tool made); not being able to
    // list one that is there is an error.
    const entries = await listDirectory(directory, kind === "maildir");
    const plain = entries.filter((entry) => entry.isFile() && !entry.name.startsWith("."));
    const emails = plain.filter((entry) => entry.name.toLowerCase().endsWith(".eml"));
    const chosen = kind === "folder" && emails.length > 0 ? emails : plain;
    files.push(
      ...chosen
        .map((entry) => entry.name)
        .sort()
        .map((name) => join(directory, name)),
    );
  }
  return files;
}

/**
 * The first `limit` bytes of a file and its size, or `null` when it vanished since it was
 * listed (a mail client moved it from `new/` to `cur/`).
 */
async function readStart(
  path: string,
  limit: number,
): Promise<{ bytes: Buffer; size: number; truncated: boolean } | null> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new MailboxError(
      "notReadable",
      `cannot read ${JSON.stringify(path)}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  try {
    const { size } = await handle.stat();
    const wanted = Math.min(size, limit);
    const bytes = Buffer.alloc(wanted);
    let filled = 0;
    while (filled < wanted) {
      const { bytesRead } = await handle.read(bytes, filled, wanted - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: bytes.subarray(0, filled), size, truncated: size > filled };
  } finally {
    await handle.close();
  }
}
