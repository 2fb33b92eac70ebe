import type { MtaFormat } from "./format.js";
import { angleAddressLine, returnedMessageMarkers } from "./lines.js";

/** Postfix's bounce, delay and success notices (bounce_template.c, bounce_notify_util.c, smtp_proto.c). */
export const postfix: MtaFormat = {
  name: "postfix",
  source: "Postfix source: src/bounce/bounce_template.c, bounce_notify_util.c; src/smtp/smtp_proto.c",
  recognise: {
    text: /^This is the (?:mail system|Postfix program) at host /m,
    headers: ["x-postfix-queue-id"],
  },
  blockStarts: [/^[ \t]*The (?:mail system|Postfix program)\s*$/],
  blockEnds: returnedMessageMarkers,
  recipientLines: [angleAddressLine],
  paragraphEnds: "blankLine",
  reportingHost: /^This is the (?:mail system|Postfix program) at host ([^\s]+?)\.?$/m,
  remoteHost: /\bhost (\S+?)\[/,
  // smtp_proto.c: a failed greeting is "host ... refused to talk to me: <reply>"; a broken or
  // timed-out session is "lost connection with ... while <stage>" / "conversation with ...
  // timed out while <stage>" (the "(in reply to X command)" of a reply is read by core)
  commands: [
    [/\brefused to talk to me\b|\bwhile receiving the initial server greeting\b/i, "CONNECT"],
    [/\bwhile performing the (?:EHLO|HELO|LHLO) handshake\b/i, "EHLO"],
    [/\bwhile sending MAIL FROM\b/i, "MAIL"],
    [/\bwhile sending RCPT TO\b/i, "RCPT"],
    [/\bwhile sending (?:DATA command|message body|end of data)\b/i, "DATA"],
  ],
  delayed: /^Subject: Delayed Mail|^#{2,}\s*THIS IS A WARNING ONLY/im,
  delivered:
    /^Subject: Successful Mail Delivery Report|Your message was successfully delivered to the destination/im,
};
