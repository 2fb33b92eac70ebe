import { closeMailbox, type OpenMailbox, openMailbox } from "./connection.js";
import { ImapMailboxError, imapMailboxErrorOf } from "./errors.js";
import { defaultMaxMessageBytes, MailboxReader } from "./mailbox-reader.js";
import type { WatchMailboxOptions } from "./options.js";

/** A running `watchMailbox`. */
export interface MailboxWatcher {
  /** Resolves once the first connection has the mailbox open; rejects on a fatal error. */
  readonly ready: Promise<void>;
  /**
   * Settles when the watcher has ended: resolves after `stop()`, rejects with the
   * `ImapMailboxError` that ended it (a refused login, a missing mailbox).
   */
  readonly done: Promise<void>;
  /**
   * Stops cleanly: the message being reported is finished and marked, nothing new starts, and
   * the connection is logged out. Resolves when all that is done.
   */
  stop(): Promise<void>;
}

const defaultPollInterval = 60_000;
const defaultInitialDelay = 1_000;
const defaultMaxDelay = 60_000;

/**
 * Reads a bounce mailbox and follows it: every unseen message is parsed with `parseBounce`,
 * handed to `onReport`, and marked (`after`: seen, moved, or kept) once `onReport` resolved.
 * New mail is picked up as the server announces it (IDLE), or at each `pollInterval`. A
 * dropped connection is reopened with exponential backoff; a refused login or a missing
 * mailbox ends the watcher (`done` rejects), so a wrong password never turns into a retry storm.
 *
 * Each report carries a stable `id` (mailbox, UIDVALIDITY, UID); within one process the watcher
 * never reports an id twice, across reconnects and server restarts too. A crash between
 * `onReport` and the mark can repeat one report after a restart of your process: deduplicate
 * by `id` where that matters.
 *
 * @example
 * import { watchMailbox } from "@smtp-codes/bounce/imap";
 *
 * const watcher = watchMailbox({
 *   host: "imap.example.com",
 *   auth: { user: "bounces@example.com", pass: process.env.IMAP_PASSWORD ?? "" },
 *   after: "move",
 *   moveTo: "Processed",
 *   async onReport(report) {
 *     for (const recipient of report.recipients) console.log(report.kind, recipient.address);
 *   },
 *   onError: (error) => console.error(error.message),
 * });
 * process.on("SIGTERM", () => void watcher.stop());
 */
export function watchMailbox(options: WatchMailboxOptions): MailboxWatcher {
  const pollInterval = options.pollInterval ?? defaultPollInterval;
  const initialDelay = options.reconnect?.initialDelay ?? defaultInitialDelay;
  const maxDelay = options.reconnect?.maxDelay ?? defaultMaxDelay;
  const reader = new MailboxReader(options, pollInterval);

  let stopped = false;
  /** Wakes whatever the loop waits for: new mail, the poll timer, the backoff, a stop. */
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    const current = wake;
    wake = null;
    current?.();
  };
  const sleep = (milliseconds: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(finish, milliseconds);
      function finish() {
        clearTimeout(timer);
        if (wake === finish) wake = null;
        resolve();
      }
      wake = finish;
    });

  let resolveReady: () => void = () => {};
  let rejectReady: (error: unknown) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });

  /** Follows the mailbox until the connection ends; `healthy` runs after each pass that worked. */
  async function follow(open: OpenMailbox, healthy: () => void): Promise<void> {
    let changed = true;
    open.client.on("exists", (event: { path?: string }) => {
      if (event.path !== undefined && event.path !== open.mailbox) return;
      changed = true;
      wakeUp();
    });
    void open.closed.then(wakeUp);
    while (!stopped) {
      if (!open.client.usable) {
        throw new ImapMailboxError("connection", `the connection to ${options.host} closed`);
      }
      changed = false;
      await reader.pass(open);
      healthy();
      if (!changed && !stopped) await sleep(pollInterval);
    }
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (!stopped) {
      let open: OpenMailbox | null = null;
      try {
        open = await openMailbox(options, options.maxMessageBytes ?? defaultMaxMessageBytes);
        resolveReady();
        // The backoff starts again only once a pass worked: a server that logs in and then
        // fails every command is retried ever more slowly too.
        await follow(open, () => {
          failures = 0;
        });
      } catch (caught) {
        if (stopped) break;
        const error = imapMailboxErrorOf(
          caught,
          `reading ${options.mailbox ?? "INBOX"} on ${options.host}`,
          open?.clientError(),
        );
        options.onError?.(error);
        if (error.fatal) {
          rejectReady(error);
          throw error;
        }
        failures++;
      } finally {
        if (open) await closeMailbox(open);
      }
      if (stopped) break;
      const delay = Math.min(maxDelay, initialDelay * 2 ** Math.max(0, failures - 1));
      // Jitter, so that many watchers do not reconnect to a restarted server in step.
      await sleep(delay * (0.8 + Math.random() * 0.4));
    }
    resolveReady();
  }

  const done = run();
  // Callers that only use onError should not get an unhandled rejection.
  ready.catch(() => {});
  done.catch(() => {});

  return {
    ready,
    done,
    async stop() {
      stopped = true;
      reader.stop();
      wakeUp();
      await done.catch(() => {});
    },
  };
}
