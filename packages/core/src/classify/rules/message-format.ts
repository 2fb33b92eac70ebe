import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, message format (RFC 5322 compliance), shared by many servers (RFC 5322). */
export const messageFormatRules: readonly Rule[] = [
  {
    id: "content.format",
    words: [
      "header",
      "headers",
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
    ],
    pattern:
      /\bheaders? (?:error|syntax|too long|rejected|missing|invalid)\b|\b(?:malformed|invalid|broken) (?:header|message|MIME)\b|\bbare (?:LF|linefeeds?|CR)\b|\bline (?:is )?(?:too long|limit exceeded|length exceeded)\b|\bnot RFC ?(?:5322|2822|822) compliant\b|\bRFC ?(?:5322|2822) (?:violation|section)\b|\bmissing (?:Date|From|Message-ID|Subject) header\b|\bduplicate header\b/i,
    reason: "contentError",
    source: "Gmail, Microsoft, Postfix, Exim: the message format breaks RFC 5322",
  },
];
