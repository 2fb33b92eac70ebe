import type { MtaFormat } from "./format.js";
import { addressAloneLine, angleAddressLine, namedStages, returnedMessageMarkers } from "./lines.js";

/**
 * Bounces of MTAs that have no reader of their own: an email from a mailer daemon (or with a
 * bounce's subject) that lists recipients the way most MTAs do, an address at the start of a
 * line with its reply after it or below it.
 */
export const generic: MtaFormat = {
  name: "generic",
  source: "the layouts common to the MTAs above",
  recognise: {
    // a line that says by itself that delivery to an address failed
    text: /^[ \t]*(?:Could not be delivered to|Unable to deliver (?:the |your )?message to):? <[^<>\s@]{1,64}@[^<>\s]{1,255}>/im,
    from: /mailer[-_ ]?daemon|postmaster|mail delivery (?:system|subsystem)|mail ?administrator/i,
    subject:
      /undeliver|returned mail|delivery (?:status notification|failure|failed|notification)|failure notice|non[- ]?delivery|mail delivery|could not be delivered|not delivered|unzustellbar|nicht zustellbar|non remis|no entregado|不達|配信|エラー/i,
  },
  // also the returned message's own header block, where no marker announces it
  blockEnds: [...returnedMessageMarkers, /^(?:Received|Return-Path|DKIM-Signature|Message-ID):\s/i],
  recipientLines: [
    angleAddressLine,
    addressAloneLine,
    /^\s*([^\s<>()"@:]{1,64}@[^\s<>():]{1,255}?):\s+(.+)$/,
    // "undeliverable to a@example.com", "Could not deliver the message to <a@example.com>: ...",
    // "Unable to deliver message to <a@example.com>" (Trend Micro InterScan's notification)
    /\b(?:undeliverable|not (?:be )?delivered|delivery (?:has )?failed|could not deliver|unable to deliver|recipients? returned (?:permanent|temporary|transient) errors:|rejected recipient)(?: (?:your |the )?(?:message|mail))?(?: to:?)?\s+<?([^\s<>()"@]{1,64}@[^\s<>():,;]{1,255})>?[:.,;]?\s*(.*)$/i,
    // "a@example.com [User unknown]", "<a@example.com> (mailbox full)"
    /^\s*<?([^\s<>()"@]{1,64}@[^\s<>():]{1,255}?)>?\s+[[(]([^\])]{2,300})[\])]\s*$/,
    // "User's mailbox is full: <a@example.com>": the reason first, then the address
    /^(?!\s*(?:original )?(?:sender|from|reply-to|return-path|originator)\b)(?<reply>[^:<>@\n]{1,100}\s[^:<>@\n]{1,100}):\s+<?(?<address>[^\s<>()"@]{1,64}@[^\s<>():]{1,255}?)>?\s*$/,
  ],
  paragraphEnds: "blankLine",
  commands: namedStages,
  recipientsHeader: "x-failed-recipients",
};
