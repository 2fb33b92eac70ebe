import {
  domainOf,
  type Explanation,
  type Reason,
  type RecipientOutcome,
  suppressionOf,
} from "@smtp-codes/core";
import type { OutcomeCounts } from "./message-outcomes.js";
import type { ScanOptions, ScanReport } from "./scan.js";
import { printable } from "./suppression-list.js";
import { TopCounter } from "./top-counter.js";

/** Addresses remembered for `--suppress`; past this an address may be printed twice, never lost. */
const maxSuppressed = 1_000_000;

/**
 * The counts of one scan, whatever it reads (a log's lines or a mailbox's reports): replies by
 * severity and reason, the receiving domains and texts of failures, and the suppression list,
 * each bounded. `scan` and `scanEmails` feed it; `report` gives the `ScanReport`.
 */
export class ScanTally {
  replies = 0;
  readonly #domains = new TopCounter(1_000);
  readonly #texts = new TopCounter(1_000);
  readonly #samples = new Map<string, { code: number | null; reason: Reason }>();
  readonly #bySeverity: Record<string, number> = {};
  readonly #byReason: Record<string, number> = {};
  readonly #suppressed = new Set<string>();

  constructor(readonly options: ScanOptions) {}

  /**
   * Counts one reply. Its recipient's domain and its text (`key`, from `textKey`) count only for
   * a failure: `failure` false for a delivery.
   */
  add(result: Explanation, recipient: string | null, key: string, failure = true): void {
    this.replies++;
    this.#bySeverity[result.severity] = (this.#bySeverity[result.severity] ?? 0) + 1;
    this.#byReason[result.reason] = (this.#byReason[result.reason] ?? 0) + 1;
    if (!failure || result.severity === "success" || result.severity === "intermediate") return;
    const domain = domainOf(recipient);
    if (domain) this.#domains.add(domain);
    this.#texts.add(key);
    if (!this.#samples.has(key) && this.#samples.size < 1_000)
      this.#samples.set(key, { code: result.code, reason: result.reason });
  }

  /**
   * Hands a hard-bounced address to `onSuppress`, once (core's `suppressionOf`), when it is
   * printable: a log line's "address" with control or bidirectional characters is none.
   */
  suppress(address: string | null, outcome: Pick<RecipientOutcome, "type" | "explanation">): void {
    if (!this.options.onSuppress || !address || suppressionOf(outcome) !== "hardBounce") return;
    if (!printable(address)) return;
    const key = address.toLowerCase();
    if (this.#suppressed.has(key)) return;
    if (this.#suppressed.size < maxSuppressed) this.#suppressed.add(key);
    this.options.onSuppress(address);
  }

  report(counts: { lines: number; bytes: number; messages: number; outcomes: OutcomeCounts }): ScanReport {
    const top = this.options.top ?? 10;
    return {
      lines: counts.lines,
      bytes: counts.bytes,
      replies: this.replies,
      messages: counts.messages,
      outcomes: counts.outcomes,
      bySeverity: sortedRecord(this.#bySeverity),
      byReason: sortedRecord(this.#byReason),
      byDomain: this.#domains.top(top).map(({ key, count }) => ({ domain: key, count })),
      topTexts: this.#texts.top(top).map(({ key, count }) => ({
        text: key,
        count,
        code: this.#samples.get(key)?.code ?? null,
        reason: this.#samples.get(key)?.reason ?? "undefined",
      })),
    };
  }
}

function sortedRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort((a, b) => b[1] - a[1]));
}
