import type { MtaFormat } from "./format.js";
import { angleAddressLine, returnedMessageMarkers } from "./lines.js";

/**
 * au by KDDI's mobile mail (EZweb, `@ezweb.ne.jp`): the "Mail System Error - Returned Mail"
 * that Postmaster@ezweb.ne.jp sends, a Japanese paragraph (ISO-2022-JP) over an English one.
 * The English part takes one of three layouts: the recipients under "Each of the following
 * recipients was rejected by a remote mail server.", each as `Recipient: <address>` with the
 * SMTP transcript of its refusal (`>>> RCPT TO:` / `<<< 550 ...`) or a `Reason:` line; the
 * reason first ("Your message was not delivered within ...") and the recipients below "The
 * following recipients did not receive this message:"; or the address alone above the
 * sentence, the server's reason left out.
 *
 * That last one is how au's reception filter (迷惑メールフィルター) answers when the recipient
 * has it notify refused senders (拒否通知メール返信設定): the format's `meaning`.
 */
export const ezweb: MtaFormat = {
  name: "ezweb",
  source:
    "au online manual, 迷惑メールフィルター (https://www.au.com/online-manual/), its 拒否通知メール返信設定; the 'Mail System Error - Returned Mail' layout as ISPs document it (e.g. dream.jp support, error05)",
  recognise: { from: /\bpostmaster@ezweb\.ne\.jp\b/i },
  blockEnds: [/^-{20,}\s*$/, ...returnedMessageMarkers],
  recipientLines: [/^\s*Recipient:\s*<([^<>\s@]{1,64}@[^<>\s]{1,255})>\s*(.*)$/, angleAddressLine],
  paragraphEnds: "blankLine",
  replies: [/\bReason:\s*(.+)$/],
  meaning: "The message was rejected by the recipient's reception filter.",
};
