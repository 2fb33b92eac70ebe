import type { FetchMessageObject } from "imapflow";
import { parseBounce } from "../parse-bounce.js";
import type { BounceReport } from "../report.js";
import type { OpenMailbox } from "./connection.js";
import { ImapMailboxError, imapMailboxErrorOf } from "./errors.js";
import type { MailboxMessage, MailboxReport, ReadMailboxOptions } from "./options.js";
import { reportIdOf } from "./report-id.js";
import { UidRanges } from "./uid-ranges.js";

/** How much of a message is read when `maxMessageBytes` is not given. */
export const defaultMaxMessageBytes = 1024 * 1024;
const defaultBatchSize = 25;

/** What one pass over the mailbox did. */
export interface PassResult {
  /** Messages handed to `onReport` that resolved. */
  reported: number;
  /** Messages whose `onReport` rejected (left unmarked, tried again later). */
  failed: number;
}

/**
 * Reads the unseen messages of one mailbox, reports each, and marks it. It keeps what must
 * outlive a connection: which UIDs it reported (so none is reported twice, whatever the
 * connection does) and which reported messages still wait for their mark. One reader serves
 * all the connections a watcher opens, one after the other.
 */
export class MailboxReader {
  readonly #options: ReadMailboxOptions;
  #uidValidity: string | null = null;
  /** UIDs whose `onReport` resolved, under the current UIDVALIDITY. */
  #reported = new UidRanges();
  /** Reported UIDs not yet marked: the connection dropped between report and mark. */
  #unmarked = new Set<number>();
  /** UIDs whose `onReport` rejected, and when to try them again (milliseconds since epoch). */
  readonly #retryAt = new Map<number, number>();
  readonly #retryDelay: number;
  #stopping = false;
  #moveTargetReady = false;

  constructor(options: ReadMailboxOptions, retryDelay: number) {
    if ((options.after ?? "seen") === "move" && !options.moveTo) {
      throw new TypeError('after: "move" needs moveTo, the mailbox to move handled messages to');
    }
    this.#options = options;
    this.#retryDelay = retryDelay;
  }

  /** Finish the message at hand, mark what was reported, and start nothing new. */
  stop(): void {
    this.#stopping = true;
  }

  /** One pass: every unseen message not reported yet, in UID order. */
  async pass(open: OpenMailbox): Promise<PassResult> {
    const { client } = open;
    const mailbox = client.mailbox;
    if (!mailbox) throw new ImapMailboxError("connection", "the mailbox is no longer selected");
    this.#checkUidValidity(String(mailbox.uidValidity));
    await this.#markUnmarked(open);

    const result: PassResult = { reported: 0, failed: 0 };
    const unseen = (await client.search({ seen: false }, { uid: true })) || [];
    const now = Date.now();
    const due = unseen
      .filter((uid) => !this.#reported.has(uid) && (this.#retryAt.get(uid) ?? 0) <= now)
      .sort((a, b) => a - b);
    const batchSize = Math.max(1, this.#options.batchSize ?? defaultBatchSize);
    const batches: number[][] = [];
    for (let start = 0; start < due.length; start += batchSize)
      batches.push(due.slice(start, start + batchSize));
    // One batch ahead: the server reads and sends the next batch while this one is parsed and
    // reported. At most two batches are held in memory.
    let next = batches.length > 0 ? this.#fetch(open, batches[0] as number[]) : null;
    for (let index = 0; next && !this.#stopping; index++) {
      const fetched = await next;
      const following = batches[index + 1];
      next = following ? this.#fetch(open, following) : null;
      // Should the connection drop, the mark below fails and says so; this one need not.
      next?.catch(() => {});
      const handled = await this.#report(open, fetched, result);
      await this.#mark(open, handled);
    }
    return result;
  }

  #checkUidValidity(uidValidity: string): void {
    if (this.#uidValidity === uidValidity) return;
    if (this.#uidValidity !== null) {
      this.#options.onError?.(
        new ImapMailboxError(
          "uidValidity",
          `the server renumbered the mailbox (UIDVALIDITY ${this.#uidValidity} became ${uidValidity}); ` +
            `${this.#unmarked.size} reported message(s) not yet marked may be reported again under new ids`,
        ),
      );
    }
    this.#uidValidity = uidValidity;
    this.#reported = new UidRanges();
    this.#unmarked = new Set();
    this.#retryAt.clear();
  }

  /**
   * Fetches a batch whole (BODY.PEEK, so nothing is marked by reading). Whole, not streamed:
   * the client can send no other command (the marks) while a FETCH is still streaming.
   */
  async #fetch(open: OpenMailbox, batch: number[]): Promise<FetchMessageObject[]> {
    const maxMessageBytes = this.#options.maxMessageBytes ?? defaultMaxMessageBytes;
    const fetched = await open.client.fetchAll(
      batch,
      { uid: true, size: true, internalDate: true, source: { maxLength: maxMessageBytes } },
      { uid: true },
    );
    return fetched.sort((a, b) => a.uid - b.uid);
  }

  /** Reports fetched messages one by one; returns the UIDs to mark. */
  async #report(open: OpenMailbox, fetched: FetchMessageObject[], result: PassResult): Promise<number[]> {
    const handled: number[] = [];
    for (const item of fetched) {
      if (this.#stopping) break;
      // A message expunged by someone else between SEARCH and FETCH simply does not come back.
      if (this.#reported.has(item.uid)) continue;
      const id = reportIdOf({
        mailbox: open.mailbox,
        uidValidity: this.#uidValidity as string,
        uid: item.uid,
      });
      const source = item.source ?? new Uint8Array(0);
      const size = item.size ?? source.byteLength;
      const internalDate =
        item.internalDate instanceof Date
          ? item.internalDate
          : item.internalDate
            ? new Date(item.internalDate)
            : null;
      const message: MailboxMessage = {
        id,
        mailbox: open.mailbox,
        uidValidity: this.#uidValidity as string,
        uid: item.uid,
        size,
        internalDate,
        source,
        truncated: size > source.byteLength,
      };
      let parsed: BounceReport;
      try {
        parsed = await parseBounce(source, this.#options.parse);
      } catch (error) {
        // The same bytes fail the same way next time: mark it so it does not come back at every
        // pass, and tell the caller, who can find it by its id.
        this.#options.onError?.(
          new ImapMailboxError("parse", `message ${id} could not be read: ${String(error)}`, {
            cause: error,
            messageId: id,
          }),
        );
        this.#reported.add(item.uid);
        handled.push(item.uid);
        continue;
      }
      const report: MailboxReport = message.truncated
        ? {
            ...parsed,
            id,
            warnings: [
              ...parsed.warnings,
              {
                type: "truncated",
                message: `the message has ${size} bytes; its first ${source.byteLength} were read`,
              },
            ],
          }
        : { ...parsed, id };
      try {
        await this.#options.onReport(report, message);
      } catch (error) {
        result.failed++;
        this.#retryAt.set(item.uid, Date.now() + this.#retryDelay);
        this.#options.onError?.(
          new ImapMailboxError("report", `onReport rejected message ${id}; it stays unmarked`, {
            cause: error,
            messageId: id,
          }),
        );
        continue;
      }
      result.reported++;
      this.#retryAt.delete(item.uid);
      this.#reported.add(item.uid);
      this.#unmarked.add(item.uid);
      handled.push(item.uid);
    }
    return handled;
  }

  async #markUnmarked(open: OpenMailbox): Promise<void> {
    if (this.#unmarked.size === 0) return;
    await this.#mark(
      open,
      [...this.#unmarked].sort((a, b) => a - b),
    );
  }

  /** Marks reported messages as configured; forgets them as unmarked only once that worked. */
  async #mark(open: OpenMailbox, uids: number[]): Promise<void> {
    if (uids.length === 0) return;
    const after = this.#options.after ?? "seen";
    if (after === "seen") {
      await open.client.messageFlagsAdd(uids, ["\\Seen"], { uid: true });
    } else if (after === "move") {
      const target = this.#options.moveTo as string;
      await this.#ensureMoveTarget(open, target);
      await open.client.messageMove(uids, target, { uid: true });
    }
    for (const uid of uids) this.#unmarked.delete(uid);
  }

  async #ensureMoveTarget(open: OpenMailbox, target: string): Promise<void> {
    if (this.#moveTargetReady) return;
    const list = await open.client.list();
    if (!list.some((entry) => entry.path === target)) {
      try {
        await open.client.mailboxCreate(target);
      } catch (error) {
        throw new ImapMailboxError(
          "mailbox",
          `cannot create ${JSON.stringify(target)} to move handled messages to`,
          { cause: imapMailboxErrorOf(error, "mailboxCreate") },
        );
      }
    }
    this.#moveTargetReady = true;
  }
}
