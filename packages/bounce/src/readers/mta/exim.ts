import type { MtaFormat } from "./format.js";
import { indentedAddressLine } from "./lines.js";

/** Exim's bounce and delay warning messages (Exim specification, chapters "Customizing bounce and warning messages"; src/moan.c, deliver.c). */
export const exim: MtaFormat = {
  name: "exim",
  source: "Exim specification ch. 48 (bounce and warning messages); exim src/deliver.c, src/moan.c",
  recognise: {
    headers: ["x-failed-recipients"],
    text: /^This message was created automatically by mail delivery software\./m,
    // moan.c's subjects for errors found on reception: "Mail failure - malformed recipient address"
    subject: /^(?:Mail delivery failed|Warning: message \S+ delayed|Mail failure - )/i,
  },
  blockStarts: [
    /following\s+address(?:\(es\)|es)?\s+failed:\s*$/i,
    /could not be delivered to one or more of\s+its\s+recipients\.[^\n]*$/,
    /address(?:es)? to which the message has not yet been delivered (?:is|are):?\s*$/,
    // moan.c, ERRMESS_BADADDRESS: "  <address as written>: <error>" per malformed address
    /recipient address(?:es)? that (?:was|were)\s+incorrectly constructed:\s*$/,
  ],
  blockEnds: [
    /^-{3,} This is a copy of (?:the|your) message/,
    /^-{3,} The body of the message is/,
    /^-{2,} The header of the original message is following/,
    /^Reporting-MTA:/,
  ],
  recipientLines: [
    indentedAddressLine,
    // an address written with a display part ("Name <a@example.com>: malformed address: ..."):
    // the address is the one in angle brackets
    /^ {2}[^<>\s][^<>\n]{0,200}<(?<address>[^<>\s@]{1,64}@[^<>\s]{1,255})>: (?<reply>.+)$/,
    /^\s{0,8}["<]?([^\s<>()"@]{1,64}@[^\s<>():"]{1,255})[">]?:\s*(.*)$/,
  ],
  paragraphEnds: "blankLine",
  remoteHost: /\bhost (\S+) \[/,
  // "SMTP error from remote server after RCPT command:" (Exim-style bounces of GMX and others)
  commands: [
    [/\bafter RCPT(?: TO)? command\b/i, "RCPT"],
    [/\bafter MAIL(?: FROM)? command\b/i, "MAIL"],
    [/\bafter (?:DATA|end of data) command\b/i, "DATA"],
  ],
  delayed: /has not yet been delivered to|^Subject: Warning: message/m,
  recipientsHeader: "x-failed-recipients",
};
