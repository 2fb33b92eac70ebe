import type { Rule } from "./rule.js";

/** Gmail and Google Workspace: how its servers word their replies. Source: https://support.google.com/a/answer/3726730. */
export const gmailRules: readonly Rule[] = [
  {
    id: "gmail.try-later-closing",
    words: ["closing"],
    pattern: /\btry again later, closing connection\b/i,
    reason: "rateLimited",
    classes: [4],
    source:
      "Gmail 421 4.7.0 Try again later, closing connection: denial-of-service protection at HELO, too many connections or messages",
  },
  {
    id: "gmail.hop-limit",
    words: ["hops"],
    pattern: /\bexceeded \d{1,3} hops\b/i,
    reason: "networkError",
    source:
      "Gmail 554 5.6.0 Message exceeded 50 hops, this may indicate a mail loop (before the size rules read 'message exceeded')",
  },
  {
    id: "gmail.account-does-not-exist",
    words: ["exist"],
    pattern: /\baccount that you tried to reach does not exist\b/i,
    reason: "userUnknown",
    source: "Gmail 550-5.1.1",
  },
  {
    id: "gmail.account-disabled",
    words: ["disabled"],
    pattern: /\baccount that you tried to reach is disabled\b/i,
    reason: "mailboxDisabled",
    source: "Gmail 550-5.2.1",
  },
  {
    id: "gmail.over-quota",
    words: ["quota", "storage"],
    pattern: /\b(?:tried to reach is over quota|inbox is out of storage space|out of storage space)\b/i,
    reason: "mailboxFull",
    source: "Gmail 452-4.2.2, 552-5.2.2",
  },
  {
    // Gmail's "rate limited because ..." replies name their cause; the cause decides, not the
    // throttling the rate-limit family would read in them.
    id: "gmail.rate-limited-unauthenticated",
    words: ["limited", "unauthenticated", "spf", "dkim", "header"],
    pattern:
      /\brate limited because (?:(?:this message|it) is unauthenticated|(?:SPF|DKIM)(?: authentication)? (?:didn't|did not|does not|doesn't) pass|the From: header)/i,
    reason: "authFailure",
    source:
      "Gmail 421-4.7.26 (unauthenticated), 421-4.7.27 (SPF did not pass), 421-4.7.32 (From: header not aligned with the SPF or DKIM domain)",
  },
  {
    id: "gmail.rate-limited-no-tls",
    words: ["tls"],
    pattern: /\bwasn't sent over a TLS connection\b/i,
    reason: "requireTLS",
    source: "Gmail 421-4.7.29: rate limited because the message was not sent over TLS",
  },
  {
    id: "gmail.relay-credentials",
    words: ["relay"],
    pattern: /\binvalid credentials for relay\b/i,
    reason: "relayDenied",
    source:
      "Gmail 550-5.7.1 Invalid credentials for relay (SMTP relay service: the IP is not registered for the sending domain), https://support.google.com/a/answer/6140680",
  },
  {
    id: "gmail.receiving-rate",
    words: ["rate", "receiving", "quickly"],
    pattern: /\breceiving mail (?:at a rate|too quickly)\b/i,
    reason: "rateLimited",
    source: "Gmail 450-4.2.1: the recipient receives mail faster than allowed",
  },
  {
    id: "gmail.unusual-rate",
    words: ["unusual", "unsolicited", "reputation"],
    pattern: /\bunusual rate of unsolicited mail\b|\bsuspicious due to the very low reputation\b/i,
    reason: "badReputation",
    source: "Gmail 421-4.7.0, 550-5.7.1, 4.7.28",
  },
  {
    id: "gmail.unauthenticated",
    words: ["unauthenticated", "authentication"],
    pattern:
      /\bsender is unauthenticated\b|\bdoes not have authentication information\b|\bfails to pass authentication checks\b/i,
    reason: "authFailure",
    source: "Gmail 550-5.7.26, 550-5.7.1",
  },
  {
    id: "gmail.likely-unsolicited",
    words: ["unsolicited", "spam"],
    pattern: /\blikely unsolicited mail\b/i,
    reason: "spamDetected",
    source: "Gmail 550-5.7.1",
  },
  {
    id: "gmail.ptr",
    words: ["ptr", "pointer"],
    pattern: /\b(?:does not have a PTR record|pointer \(PTR\) record|PTR record setup)\b/i,
    reason: "requirePTR",
    source: "Gmail 550-5.7.25, 421-4.7.23",
  },
  {
    id: "gmail.ipv6-guidelines",
    words: ["ipv6"],
    pattern: /\bIPv6 sending guidelines\b/i,
    reason: "requirePTR",
    source:
      "Gmail 550 5.7.1 ... does not meet IPv6 sending guidelines regarding PTR records and authentication (support.google.com/mail/?p=ipv6_authentication_error)",
  },
  {
    id: "gmail.security-issue",
    words: ["security"],
    pattern: /\bcontent presents a potential security issue\b/i,
    reason: "policyViolation",
    source: "Gmail 552-5.7.0: blocked attachment types",
  },
  {
    id: "gmail.multiple-from",
    words: ["multiple"],
    pattern: /\bmultiple addresses in From: header\b/i,
    reason: "contentError",
    source: "Gmail 550-5.7.1",
  },
  {
    id: "gmail.group-permission",
    words: ["group"],
    // the group's name in parentheses after "contact", or none (the bounce reader's own wording)
    pattern: /\bgroup you tried to contact (?:\S+ )?may not exist, or you may not have permission\b/i,
    reason: "senderRejected",
    source: "Google Groups' refusal to a poster (Google Groups Help, https://groups.google.com/support/)",
  },
  {
    id: "gmail.rfc-non-compliant",
    words: ["rfcmessagenoncompliant", "compliant", "header", "headers"],
    pattern:
      /\bRfcMessageNonCompliant\b|\bnot RFC ?(?:5322|2822) compliant\b|\bmissing a valid Message-?ID header\b|\bmultiple (?:Subject|Reply-To|From|To|Date|Sender) headers\b/i,
    reason: "contentError",
    source: "Gmail 550-5.7.1 RfcMessageNonCompliant: headers that break RFC 5322",
  },
  {
    id: "gmail.size-limit",
    words: ["size"],
    pattern: /\bexceeded Google's message size limits?\b/i,
    reason: "messageTooBig",
    source: "Gmail 552-5.2.3: the message is over the size limit",
  },
  {
    id: "gmail.not-in-whitelist",
    words: ["whitelist"],
    pattern: /\bIP not in whitelist for RCPT domain\b/i,
    reason: "blocked",
    source: "Gmail 421-4.7.0: the receiving domain accepts only listed IPs",
  },
  {
    id: "gmail.relay-limit",
    words: ["relay"],
    pattern: /\bSMTP relay limit exceeded\b/i,
    reason: "rateLimited",
    source: "Gmail 450-4.2.1: peak SMTP relay limit exceeded",
  },
  {
    id: "gmail.email-quota",
    words: ["quota"],
    pattern: /\bEmail quota exceeded\b/i,
    reason: "rateLimited",
    source: "Gmail 550-5.7.1: the sending account is over its email quota",
  },
  {
    id: "gmail.suspicious-content",
    words: ["suspicious"],
    pattern: /\bsuspicious due to the nature of the content\b/i,
    reason: "spamDetected",
    source: "Gmail 421-4.7.0: content or links of low reputation",
  },
  {
    id: "gmail.recipient-domain-not-found",
    words: ["domain"],
    pattern: /\bweren't able to find the recipient domain\b/i,
    reason: "hostUnknown",
    source: "Gmail 553-5.1.2: the recipient domain does not exist",
  },
  {
    id: "gmail.per-transaction",
    words: ["transaction"],
    pattern: /\bper transaction (?:exceeded|is unsupported)\b/i,
    reason: "exceedLimit",
    source: "Gmail 452-4.5.3, 451-4.3.0: one transaction holds too much",
  },
  {
    id: "gmail.illegal-attachment",
    words: ["attachment"],
    pattern: /\billegal attachment\b/i,
    reason: "policyViolation",
    source: "Gmail 552-5.7.0: a blocked attachment type",
  },
  {
    id: "gmail.identity-change",
    words: ["identity"],
    pattern: /\bNo identity changes permitted\b/i,
    reason: "protocolError",
    source: "Gmail 503-5.7.0: a second AUTH or HELO in one session",
  },
  {
    id: "gmail.protocol-violation",
    words: ["violation"],
    pattern: /\bSMTP protocol violation\b/i,
    reason: "protocolError",
    source: "Gmail 451-4.5.0, 454-4.5.0: SMTP protocol violation, see RFC 2821",
  },
];
