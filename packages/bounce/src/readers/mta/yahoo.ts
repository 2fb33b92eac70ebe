import type { MtaFormat } from "./format.js";
import { angleAddressLine } from "./lines.js";
import { qmailCommands } from "./qmail.js";

/** Yahoo Mail's bounces, a QSBMF-like layout with the remote reply and `[RCPT_TO]`-style stages. */
export const yahoo: MtaFormat = {
  name: "yahoo",
  source: "Yahoo Sender Hub, 'SMTP error codes'; QSBMF layout",
  recognise: {
    text: /^Sorry, we were unable to deliver your message to the following address/m,
  },
  blockStarts: [/^Sorry, we were unable to deliver your message to the following address[^\n]*$/],
  blockEnds: [/^--- Below this line is a copy of the message/],
  recipientLines: [angleAddressLine],
  paragraphEnds: "blankLine",
  replies: [/Remote host said: (.+)$/],
  commands: qmailCommands,
};
