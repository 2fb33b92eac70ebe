import type { LogDelivery } from "@smtp-codes/core";

type DeliveryType = LogDelivery["type"];

/** Final outcomes per message and recipient: each recipient of each message counted once. */
export interface OutcomeCounts {
  delivered: number;
  delay: number;
  bounce: number;
}

/**
 * Groups a log's delivery lines by queue id, so that a message deferred three times and then
 * delivered counts as one delivery: the last attempt per recipient wins. A message is closed
 * (counted) when the log says it has left the queue (`close`: Postfix's `removed`, Exim's
 * `Completed`), so what is held follows the queue, not the log; a Postfix queue id that comes
 * back after that is a new message. As the last resort for logs without those lines (cut, or
 * filtered to delivery lines), at most `capacity` messages are open at once; the oldest is
 * closed to make room, which in a time-ordered log is one whose lines have ended.
 */
export class MessageOutcomes {
  readonly #open = new Map<string, Map<string, DeliveryType>>();
  readonly #closed: OutcomeCounts = { delivered: 0, delay: 0, bounce: 0 };
  #messages = 0;

  constructor(
    readonly capacity = 100_000,
    readonly recipientsPerMessage = 1_000,
  ) {}

  add(delivery: LogDelivery): void {
    let recipients = this.#open.get(delivery.queueId);
    if (recipients) {
      // Re-insert so that the map's order stays "least recently seen first".
      this.#open.delete(delivery.queueId);
    } else {
      this.#messages++;
      recipients = new Map();
      if (this.#open.size >= this.capacity) this.#closeOldest();
    }
    this.#open.set(delivery.queueId, recipients);
    const recipient = delivery.recipient?.toLowerCase() ?? "";
    if (recipients.has(recipient) || recipients.size < this.recipientsPerMessage) {
      recipients.set(recipient, delivery.type);
    }
  }

  /** Closes the message of a queue id, the log having said it left the queue; an unknown id is no message. */
  close(queueId: string): void {
    const recipients = this.#open.get(queueId);
    if (!recipients) return;
    this.#count(recipients);
    this.#open.delete(queueId);
  }

  /** Messages open now: seen, and not yet closed. */
  get open(): number {
    return this.#open.size;
  }

  /** How many messages had delivery lines. */
  get messages(): number {
    return this.#messages;
  }

  /** Each message's recipients by their last outcome. */
  counts(): OutcomeCounts {
    const counts = { ...this.#closed };
    for (const recipients of this.#open.values()) for (const type of recipients.values()) counts[type]++;
    return counts;
  }

  #closeOldest(): void {
    const oldest = this.#open.keys().next();
    if (!oldest.done) this.close(oldest.value);
  }

  #count(recipients: ReadonlyMap<string, DeliveryType>): void {
    for (const type of recipients.values()) this.#closed[type]++;
  }
}
