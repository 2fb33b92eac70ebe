import type { MtaFormat } from "./format.js";
import { mailSystemErrorLayout } from "./mail-system-error.js";

/**
 * au by KDDI's mobile mail (EZweb, `@ezweb.ne.jp`): the "Mail System Error - Returned Mail"
 * that Postmaster@ezweb.ne.jp sends, a Japanese paragraph (ISO-2022-JP) over the English one,
 * in the layout of `mail-system-error.ts`. au also leaves the server's reason out and names
 * the address alone above "Each of the following recipients was rejected by a remote mail
 * server.": that is how au's reception filter (迷惑メールフィルター) answers when the recipient
 * has it notify refused senders (拒否通知メール返信設定), the format's `meaning`.
 */
export const ezweb: MtaFormat = {
  name: "ezweb",
  source:
    "au online manual, 迷惑メールフィルター (https://www.au.com/online-manual/), its 拒否通知メール返信設定; the layout of mail-system-error.ts",
  recognise: { from: /\bpostmaster@ezweb\.ne\.jp\b/i },
  ...mailSystemErrorLayout,
  meaning: "The message was rejected by the recipient's reception filter.",
};
