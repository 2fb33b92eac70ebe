import { type RecipientOutcome, suppressionOf } from "@smtp-codes/core";

/**
 * Whether a text has no space and no control character (C0, DEL, C1). `bounces --suppress`
 * prints an address only when it is: a remote server's "address" with spaces or control
 * characters is none, and must not reach a suppression list or a terminal.
 */
export function printable(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  }
  return true;
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
