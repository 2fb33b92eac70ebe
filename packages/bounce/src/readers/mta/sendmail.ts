import type { MtaFormat } from "./format.js";
import { angleAddressLine } from "./lines.js";

/** Sendmail's returned mail (savemail.c: errbody; deliver.c for the transcript). */
export const sendmail: MtaFormat = {
  name: "sendmail",
  source: "Sendmail source: sendmail/savemail.c (errbody), sendmail/deliver.c",
  recognise: {
    text: /^[ \t]*-{3,} The following addresses had (?:permanent fatal|transient non-fatal) errors -{3,}|^[ \t]*-{3,} Transcript of session follows -{3,}/m,
    subject: /^(?:Returned mail: |Warning: could not send message for past)/i,
  },
  blockStarts: [
    /^[ \t]*-{3,} The following addresses had (?:permanent fatal|transient non-fatal) errors -{3,}\s*$/,
    /^[ \t]*-{3,} Transcript of session follows -{3,}\s*$/,
  ],
  blockEnds: [
    /^[ \t]*-{3,} (?:Original message follows|Unsent message follows|Message header follows|Message body follows|Original message headers follow|Message body suppressed) -{3,}/,
  ],
  recipientLines: [
    angleAddressLine,
    // errbody prints each failed address as the sender wrote it (q_paddr): bare, or with a
    // phrase before the angle address ("Name <a@example.com>"); not a transcript's own lines,
    // nor a header field of the returned message
    /^(?!\s*(?:>>>|<<<)\s*(?:RCPT|MAIL|DATA|RSET|QUIT|EHLO|HELO)\b|[!-9;-~]{1,76}:)\s*(?:[^<\n]{1,200}\s)?<([^<>\s@]{1,64}@[^<>\s]{1,255})>\s*$/i,
    /^\s*([^\s<>()"@]{1,64}@[^\s<>():]{1,255}?)\s*$/,
  ],
  // the transcript's own error lines (usrerr and giveresponse in err.c, deliver.c): "554
  // <a@example.com>... Remote protocol error", "<a@example.com>... Deferred: 421", "550
  // <a@example.com>... 550 Host unknown": all Sendmail says of that address. The address is
  // q_paddr, as the sender gave it: in angle brackets from SMTP, bare from the command line
  // ("a@example.com... Deferred: Connection refused by mx.example.com.")
  statementLines: [
    /^(?:[45]\d\d(?:[ -][45]\.\d{1,3}\.\d{1,3})? )?<?(?<address>[^<>\s@]{1,64}@[^<>\s]{1,255}?)>?\.\.\. (?<reply>.+)$/,
  ],
  // errbody: "    (expanded from: <alias>)" below the address an alias expanded to, which may
  // be a pipe or a file ("|/usr/bin/procmail")
  aliasLines: [/^\s+\(expanded from: <?([^<>\s@]{1,64}@[^<>\s)]{1,255})>?\)\s*$/],
  // giveresponse's words for the exit status (sysexits texts in conf.c, "Deferred: " before
  // the remote reply on a temporary failure); the reply they stand for is the remote one
  statusWords: /^(?:Deferred|Remote protocol error|Service unavailable)(?::\s*|\s*$)/,
  paragraphEnds: "blankLine",
  replies: [/\(reason: (.*?)\)(?:\s|$)/],
  delayed:
    /^[ \t]*-{3,} The following addresses had transient non-fatal errors -{3,}|^[ \t]*\*{3,} Message could not be delivered for \d+ hours? \*{3,}/m,
};
