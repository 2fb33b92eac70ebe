import type { MtaFormat } from "./format.js";
import { angleAddressLine, returnedMessageMarkers } from "./lines.js";

/**
 * The layout of the "Mail System Error - Returned Mail" that "Mail Administrator
 * <Postmaster@...>" sends for many Japanese ISPs and for au's EZweb: "This Message was
 * undeliverable due to the following reason:", then either the recipients under "Each of the
 * following recipients was rejected by a remote mail server.", each as `Recipient: <address>`
 * with a `Reason:` line or the SMTP transcript of its refusal (`>>> RCPT TO:` / `<<< 550 ...`),
 * or the reason first ("The user(s) account is temporarily over quota.", "Your message was not
 * delivered within ...") and the addresses below it, alone in angle brackets; "Please reply to
 * <postmaster> if you feel this message to be in error." ends it (a Japanese copy may follow).
 */
export const mailSystemErrorLayout: Pick<
  MtaFormat,
  "blockEnds" | "recipientLines" | "paragraphEnds" | "replies"
> = {
  blockEnds: [/^Please reply to /, /^-{20,}\s*$/, ...returnedMessageMarkers],
  recipientLines: [/^\s*Recipient:\s*<\s*([^<>\s@]{1,64}@[^<>\s]{1,255})\s*>\s*(.*)$/, angleAddressLine],
  paragraphEnds: "blankLine",
  replies: [/\bReason:\s*(.+)$/],
};

export const mailSystemError: MtaFormat = {
  name: "mailSystemError",
  source:
    "the layout as Japanese ISPs document it to their users: dream.jp (DTI) support, techinfo/mail/error/error05; busblog FAQ 410",
  recognise: {
    subject: /^Mail System Error - Returned Mail$/,
    text: /^This Message was undeliverable due to the following reason:/m,
  },
  ...mailSystemErrorLayout,
};
