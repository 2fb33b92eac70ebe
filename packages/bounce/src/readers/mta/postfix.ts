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
  blockStarts: [/^\s*The (?:mail system|Postfix program)\s*$/],
  blockEnds: returnedMessageMarkers,
  recipientLines: [angleAddressLine],
  paragraphEnds: "blankLine",
  reportingHost: /^This is the (?:mail system|Postfix program) at host ([^\s]+?)\.?$/m,
  remoteHost: /\bhost (\S+?)\[/,
  delayed: /^Subject: Delayed Mail|^#{2,}\s*THIS IS A WARNING ONLY/im,
  delivered:
    /^Subject: Successful Mail Delivery Report|Your message was successfully delivered to the destination/im,
};
