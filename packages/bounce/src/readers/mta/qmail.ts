import type { MtaFormat } from "./format.js";
import { angleAddressLine } from "./lines.js";

/**
 * qmail's bounces in QSBMF (D. J. Bernstein, "qmail-send bounce message format"), and
 * qmail-remote's own sentences saying which stage failed.
 */
export const qmailCommands: MtaFormat["commands"] = [
  [/does not like recipient|Sorry, no mailbox here by that name/i, "RCPT"],
  [/didn't like the sender|does not like sender|sender was rejected/i, "MAIL"],
  [/failed on DATA command|failed after I sent the message/i, "DATA"],
  [/greeting failed|refused to talk to me/i, "CONNECT"],
  [/my name was rejected/i, "EHLO"],
];

export const qmail: MtaFormat = {
  name: "qmail",
  source: "https://cr.yp.to/proto/qsbmf.txt; qmail source: qmail-send.c, qmail-remote.c",
  recognise: {
    text: /^Hi\. This is the qmail-send program at |^I'm afraid I wasn't able to deliver your message to the following addresses/m,
  },
  blockStarts: [
    /^(?:Hi\. This is the qmail-send program at [^\n]*|I'm afraid I wasn't able to deliver your message[^\n]*)$/,
  ],
  blockEnds: [
    /^--- (?:Below this line is a copy of the message|Enclosed are the original headers of the message)/,
  ],
  recipientLines: [angleAddressLine],
  paragraphEnds: "blankLine",
  // qmail-send adds its own sentence when it gives up on a message too long in the queue
  replies: [
    /Remote host said: (.+?)(?: I'm not going to try again; this message has been in the queue too long\.)?$/,
  ],
  reportingHost: /^Hi\. This is the qmail-send program at ([^\s]+?)\.?$/m,
  remoteHost: /(?:^|\s)Connected to (\S+) but/,
  commands: qmailCommands,
  delayed: /^I'm still trying\b|I'll keep trying/m,
};
