import type { SmtpCommand } from "@smtp-codes/core";

/**
 * What one MTA's (or provider's) bounce text looks like, as data: how to recognise it, where
 * the recipients are, how a recipient and its reply are laid out. One file per MTA in this
 * folder holds its `MtaFormat`; `engine.ts` applies them all the same way.
 */
export interface MtaFormat {
  /** The `format` a report gets when this reader found its recipients. */
  readonly name: string;
  /** Where the knowledge comes from (documentation, source file). */
  readonly source: string;
  /** Any one of these recognises the MTA. */
  readonly recognise: {
    /** Against the bounce's From header. */
    readonly from?: RegExp;
    /** Against the bounce's Subject. */
    readonly subject?: RegExp;
    /** Names of headers (lower case) only this MTA writes. */
    readonly headers?: readonly string[];
    /** Against the text of the bounce. */
    readonly text?: RegExp;
  };
  /**
   * Phrases after which the recipients are listed, tried in order; the first that yields a
   * recipient wins. Without it the whole text is read.
   */
  readonly blockStarts?: readonly RegExp[];
  /** Phrases that end the recipients' part (the copy of the returned message starts). */
  readonly blockEnds: readonly RegExp[];
  /**
   * A line that names a recipient: the first capture is the address, the optional second the
   * start of its reply on the same line. Tried in order on each line of the block.
   */
  readonly recipientLines: readonly RegExp[];
  /**
   * Lines that say all the MTA says of one recipient on the one line (Sendmail's
   * `550 <a@example.com>... User unknown`): capture `address`, and `reply` the text after the
   * address. Tried before `recipientLines`; the recipient's paragraph is that line alone.
   */
  readonly statementLines?: readonly RegExp[];
  /**
   * A line below a recipient's that names the address it was expanded from (Sendmail's
   * `    (expanded from: <a@example.com>)`), first capture: that recipient's original
   * recipient; below a line that names no address (a pipe, a file), the recipient itself.
   */
  readonly aliasLines?: readonly RegExp[];
  /**
   * The MTA's own status words in front of what the remote server said (Sendmail's
   * `Deferred: 421`, `Remote protocol error`): the rest after them is the reply; the words
   * alone mean the reply is the refusal the session's transcript shows just above.
   */
  readonly statusWords?: RegExp;
  /**
   * Where a recipient's paragraph ends: at the first blank line after some text (`blankLine`),
   * or only at the next recipient line (`nextRecipient`).
   */
  readonly paragraphEnds: "blankLine" | "nextRecipient";
  /**
   * In a paragraph, phrases whose capture is the remote reply (several captures are joined by
   * `: `, what failed first); else the whole paragraph is the reply. An empty capture
   * (`(reason: )`) means the MTA stated none.
   */
  readonly replies?: readonly RegExp[];
  /** The host that wrote the bounce, as its text names it: first capture. */
  readonly reportingHost?: RegExp;
  /** The remote host the paragraph names: first capture. */
  readonly remoteHost?: RegExp;
  /** Phrases of the MTA's own that name the SMTP stage. */
  readonly commands?: readonly (readonly [RegExp, SmtpCommand])[];
  /** Phrases that say the MTA still retries (a delay notice, not a bounce). */
  readonly delayed?: RegExp;
  /** Phrases that say the message was delivered (a success notice). */
  readonly delivered?: RegExp;
  /**
   * A header listing the failed recipients, read when the text names none; or a header whose
   * value names the one recipient where `address`'s first capture is.
   */
  readonly recipientsHeader?: string | { readonly name: string; readonly address: RegExp };
  /**
   * What a failure in this format means, in the format's own English words, for a provider that
   * writes its text in its reader's own language: core explains it when the reply's own text
   * decides no reason.
   */
  readonly meaning?: string;
}
