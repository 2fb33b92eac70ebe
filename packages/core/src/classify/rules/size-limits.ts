import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, message size and recipient count limits, shared by many servers (RFC 1870, RFC 5321). */
export const sizeLimitsRules: readonly Rule[] = [
  {
    id: "size.mailbox-limit",
    words: ["size", "large", "big", "length", "limit", "exceeds", "exceeded"],
    pattern: /\b(?:size|too large|too big|length|limit)\b/i,
    enhanced: ["X.2.3"],
    reason: "exceedLimit",
    source: "RFC 3463 X.2.3: the mailbox's own message size limit",
  },
  {
    id: "size.message-too-big",
    words: [
      "size",
      "large",
      "big",
      "data",
      "exceeds",
      "exceeded",
      "length",
      "groß",
      "gross",
      "mailsize",
      "bytes",
      "violation",
      "long",
    ],
    pattern:
      /\bmessage (?:size |file )?(?:is )?(?:too (?:big|large|long)|exceeds|exceeded)\b|\b(?:message |mail )?size (?:limit )?(?:exceed\w*|too (?:big|large))\b|\bexceeds? (?:the )?(?:fixed )?(?:maximum|max\.?) (?:message )?size\b|\bmessage length exceeds\b|\btoo much (?:mail )?data\b|\bmail ?size limit\b|\bsize larger than allowed\b|\bfile too large\b|\b(?:message )?size violation\b|\b(?:message|stream|mail|data) is more than \d+ bytes\b|\bNachricht (?:ist )?zu gro(?:ß|ss)\b/i,
    reason: "messageTooBig",
    source:
      "RFC 1870 SIZE, Postfix (552 5.3.4 Error: message file too big), Exim, Sendmail, Exchange, 1&1: message size limit; IceWarp 501 5.7.1 Message is too long (the server's, domain's or user's size limit)",
  },
  {
    id: "limit.recipients",
    words: ["recipients", "recipient"],
    pattern:
      /\btoo many recipients\b|\brecipient limit\b|\bmaximum (?:number of )?recipients\b|\b(?:recipient count|number of recipients) exceeds\b/i,
    reason: "exceedLimit",
    source: "RFC 5321 452 4.5.3, Postfix, Exchange: too many recipients in one message",
  },
];
