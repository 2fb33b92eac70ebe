import { isSafeAddress, type RecipientOutcome, suppressionOf } from "@smtp-codes/core";

/**
 * Whether a text has no white space and none of the characters no address may hold (core's
 * `isSafeAddress`: control, bidirectional and invisible characters). `bounces --suppress` and
 * `scan --suppress` print an address only when it is: a remote server's or a log's "address"
 * with such characters is none, and must not reach a suppression list or a terminal.
 */
export function printable(text: string): boolean {
  return isSafeAddress(text) && !/\s/u.test(text);
}

/**
 * The addresses `bounces --suppress` prints, for files and IMAP mailboxes alike: each address
 * that core's `suppressionOf` says to stop mailing, once, and only when it is printable.
 */
export class SuppressionList {
  readonly #printed = new Set<string>();

  constructor(readonly write: (line: string) => void) {}

  /** Prints the report's addresses to stop mailing that were not printed before. */
  add(report: { readonly recipients: readonly RecipientOutcome[] }): void {
    for (const recipient of report.recipients) {
      const address = recipient.address;
      if (address === null || suppressionOf(recipient) === null || this.#printed.has(address)) continue;
      if (!printable(address)) continue;
      this.#printed.add(address);
      this.write(`${address}\n`);
    }
  }
}
