import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, message format (RFC 5322 compliance), shared by many servers (RFC 5322). */
export const messageFormatRules: readonly Rule[] = [
  {
    id: "content.format",
    words: [
      "header",
      "headers",
      "lines",
      "smtputf8",
      "malformed",
      "bare",
      "rfc",
      "rfc5322",
      "rfc2822",
      "line",
      "mime",
      "8bit",
      "invalid",
      "broken",
      "rfc822",
      "compliant",
      "length",
      "conform",
      "data",
      "newline",
      "boundary",
    ],
    pattern:
      /\b(?:message|mail|headers?) (?:does|do) not conform to (?:the )?(?:RFC ?\d{3,4}|standards?|(?:the )?RFCs?)\b|\bheaders? (?:error|syntax|too long|rejected|missing|invalid)\b|\b(?:malformed|invalid|broken) (?:header|message|mail(?! from\b)|MIME)\b|\bbare (?:<LF>|<CR>|LF\b|CR\b|line ?feeds?\b|newlines?\b|carriage returns?\b)|\bMIME boundary (?:length |too )?(?:exceeded|too long|invalid|missing)\b|\blines? (?:is |are )?(?:too long|limit exceeded|length exceeded)\b|\bSMTPUTF8 (?:is )?(?:required|not (?:supported|offered|available))\b|\bline length (?:in (?:the )?message )?(?:or (?:a )?(?:single )?header )?exceeds\b|\bRFC ?(?:5322|2822|822)[- ]compliant\b|\binvalid data in (?:the )?message\b|\bnot RFC \d{3,4} compliant\b|\bheaders? (?:are |is )?not RFC compliant\b|\b(?:should|must) have (?:only )?(?:exactly )?one (?:or no )?(?:Subject|From|Date|To|Cc|Reply-To|Sender|Message-ID) headers?\b|\bRFC ?(?:5322|2822) (?:violation|section)\b|\bmissing (?:Date|From|Message-ID|Subject) header\b|\bduplicate header\b/i,
    reason: "contentError",
    source:
      "Gmail, Microsoft, Postfix, Exim: the message format breaks RFC 5322; Yahoo 554 Message not allowed - Headers are not RFC compliant; MDaemon and others (554 Message does not conform to standards); Outlook.com (550 5.7.0 ... Please ensure the message is RFC 5322 compliant); 554 Invalid data in message (Rackspace, Exchange); RFC 5322 3.6 (at most one Subject, exactly one From and Date); RFC 5322 2.1.1 and RFC 5321 4.5.3.1.6 (a line at most 998 or 1000 characters: servers refuse longer lines in the message or a header, Line length ... exceeds N); RFC 5321 2.3.8 (lines end in CRLF: Postfix's smtpd_forbid_bare_newline, bare <LF> received; other servers' bare newline detected; Sendmail 8.18's Bare carriage return (CR) not allowed); RFC 2046 5.1.1 (a MIME boundary of at most 70 characters)",
  },
  {
    id: "content.header-requirements",
    words: ["bare", "missing", "having", "rfc5322", "rfc", "exactly", "mandatory", "required", "body"],
    pattern:
      /\bbare line ?feed(?:s| characters?)?\b|\bmissing a valid (?:address in )?(?:From|Date|Message-ID|Sender|To):? header\b|\bhaving no (?:From|Date|Message-ID):? header\b|\bRFC ?5322 requirement\b|\bnot exactly one (?:Date|From|Subject|To|Message-ID|Sender) field\b|\b(?:Subject|From|Date|Message-ID)(?: header| field)? is (?:mandatory|required)\b|\b(?:e-?mail|message|mail) body (?:must (?:have|contain|not be empty)|is (?:empty|missing|required|too short)|cannot be empty)\b/i,
    reason: "contentError",
    source:
      "Exchange Online 5.6.11 NDR text (bare line feed characters), Gmail 5.7.1 (Messages missing a valid address in From: header), OpenDMARC RequiredHeaders (RFC5322 requirement error: not exactly one Date field), ZeptoMail (5.2.1 Subject is Mandatory), transactional relays that refuse an empty or too short body (5.6.0 The email body must have at least 10 characters)",
  },
  {
    id: "content.internationalized-unsupported",
    words: ["internationalized", "internationalised", "smtputf8"],
    // RFC 6531: a message with UTF-8 addresses or headers needs SMTPUTF8 from the next server; a
    // sender that finds none cannot send the message as it is (Postfix's own text: postfix.ts; a
    // server's own "SMTPUTF8 required": content.format).
    pattern:
      /\b(?:does not|doesn't|do not|cannot) (?:support|send) (?:sending )?(?:internationalized|internationalised) (?:header|address|e-?mail|mail|message)|\b(?:no|without) SMTPUTF8 support\b/i,
    reason: "contentError",
    source:
      "RFC 6531 (SMTPUTF8), RFC 6532 (UTF-8 headers): mail clients and libraries refuse to send internationalized headers or addresses to a server without SMTPUTF8 (Horde: Server does not support sending internationalized header data)",
  },
];
