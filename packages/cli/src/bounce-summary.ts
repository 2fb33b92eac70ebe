import type { BounceReport } from "@smtp-codes/bounce";
import { domainOf, suppressionOf } from "@smtp-codes/core";
import { TopCounter } from "./top-counter.js";

/** What `smtp-codes bounces` found in a mailbox. */
export interface BounceSummary {
  /** Messages read. */
  readonly messages: number;
  /** Messages per report kind (`bounce`, `delay`, `complaint`, `none` ...), most first. */
  readonly byKind: Record<string, number>;
  /** Recipients of bounces and delays per reason, most first. */
  readonly byReason: Record<string, number>;
  /** Recipients of bounces and delays per hard/soft bounce. */
  readonly byBounce: Record<string, number>;
  /** Recipient domains of bounces and delays, most first (at most `top`). */
  readonly byDomain: { domain: string; count: number }[];
  /** Recipients core's `suppressionOf` says to stop mailing (hard bounces and complaints). */
  readonly suppressed: number;
  /** Messages that were larger than the size limit and were read only in part. */
  readonly truncated: number;
}

/**
 * Counts the reports of a mailbox as they come, in bounded memory: domains are counted with a
 * bounded Space-Saving counter, everything else is a few counts.
 */
export class BounceTally {
  readonly #domains = new TopCounter(1_000);
  readonly #byKind: Record<string, number> = {};
  readonly #byReason: Record<string, number> = {};
  readonly #byBounce: Record<string, number> = {};
  #messages = 0;
  #suppressed = 0;
  #truncated = 0;

  /** Messages counted so far. */
  get messages(): number {
    return this.#messages;
  }

  /** Counts one report. */
  add(report: BounceReport): void {
    this.#messages++;
    count(this.#byKind, report.kind);
    if (report.warnings.some((warning) => warning.type === "truncated")) this.#truncated++;
    for (const recipient of report.recipients) {
      if (suppressionOf(recipient) !== null) this.#suppressed++;
      if (recipient.type !== "bounce" && recipient.type !== "delay") continue;
      count(this.#byReason, recipient.explanation.reason);
      count(this.#byBounce, recipient.explanation.bounce ?? "none");
      const domain = domainOf(recipient.address ?? "");
      if (domain) this.#domains.add(domain);
    }
  }

  /** The summary so far; `top` limits the domains listed. */
  summary(top: number): BounceSummary {
    return {
      messages: this.#messages,
      byKind: sorted(this.#byKind),
      byReason: sorted(this.#byReason),
      byBounce: sorted(this.#byBounce),
      byDomain: this.#domains.top(top).map(({ key, count }) => ({ domain: key, count })),
      suppressed: this.#suppressed,
      truncated: this.#truncated,
    };
  }
}

function count(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

function sorted(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
