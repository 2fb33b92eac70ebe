import type { MtaFormat } from "./format.js";
import { angleAddressLine } from "./lines.js";

/** The Courier mail server's delivery status notifications (courier/courierdsn, module.esmtp). */
export const courier: MtaFormat = {
  name: "courier",
  source: "Courier source: courier/libs/comsubmitdsn, courier/module.esmtp/esmtpclient.c",
  recognise: { text: /running the Courier mail server|^[ \t]*UNDELIVERABLE MAIL\s*$/m },
  blockStarts: [
    /^Your message to the following recipients cannot be delivered:\s*$/,
    /^[ \t]*UNDELIVERABLE MAIL\s*$/,
    /^[ \t]*DELAYED MAIL\s*$/,
  ],
  blockEnds: [/^-{10,}\s*$\n\s*\n\s*If your message was also sent/m, /^Reporting-MTA:/],
  recipientLines: [angleAddressLine],
  paragraphEnds: "blankLine",
  reportingHost: /^This is a delivery status notification from ([^\s,]+),/m,
  remoteHost: /^\s*(\S+) \[[0-9a-f.:]+\]:?$/m,
  delayed: /^[ \t]*DELAYED MAIL\s*$|has not been delivered yet/m,
};
