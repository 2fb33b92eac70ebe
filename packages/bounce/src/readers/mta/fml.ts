import type { MtaFormat } from "./format.js";

/**
 * fml (Ken'ichi Fukamachi's mailing list manager) refusing a post from an address that is not
 * a member: its `RejectHandler` (kern/fml.pl) mails the poster the list's `deny` file under
 * the subject "You <poster> are not member (<list> ML)". The deny file is the list owner's
 * text; the list's address is in the refusal's Message-ID, which fml makes as
 * `<time.FML<serial><pid>.<list address>>` (`GenMessageId`). The refusal means the list takes
 * posts from members only: the format's `meaning`.
 */
export const fml: MtaFormat = {
  name: "fml",
  source: "fml 4 source (github.com/fmlorg/fml4): kern/fml.pl, RejectHandler and GenMessageId",
  recognise: { subject: /^You \S+ are not member\b/ },
  blockEnds: [/^-{3,} ?(?:Original|Forwarded) (?:message|mail)/i],
  recipientLines: [],
  paragraphEnds: "blankLine",
  recipientsHeader: {
    name: "message-id",
    address: /^<?\d{6,14}\.FML[^.\s<>@]*\.([^\s<>@]{1,64}@[^\s<>@]{1,255}?)>?$/,
  },
  meaning: "The sender is not a member of the mailing list, which takes posts from its members only.",
};
