import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, rate and volume limits, shared by many servers (many receivers). */
export const rateLimitsRules: readonly Rule[] = [
  // A throttle that says why names its cause: the cause's reason, not the throttle's (the rate
  // is how the receiver enforces it, the missing authentication or TLS is what to fix).
  {
    id: "rate-limit.because-unauthenticated",
    words: ["limited", "throttled", "deferred"],
    pattern:
      /\b(?:rate[- ]limited|throttled|deferred) because (?:\S+\s+){0,5}?(?:unauthenticated|SPF|DKIM|DMARC)\b/i,
    reason: "authFailure",
    source:
      "RFC 7208, RFC 6376, RFC 7489: receivers that throttle mail failing SPF, DKIM or DMARC and say so (Gmail 4.7.26, 4.7.27)",
  },
  {
    id: "rate-limit.because-tls",
    words: ["limited", "throttled", "deferred"],
    pattern: /\b(?:rate[- ]limited|throttled|deferred) because (?:\S+\s+){0,8}?(?:TLS|SSL|encrypted)\b/i,
    reason: "requireTLS",
    source: "RFC 3207: receivers that throttle mail sent without TLS and say so (Gmail 4.7.29)",
  },
  {
    id: "rate-limit.sending-quota",
    words: ["quota"],
    // A quota on what is sent or queued (RFC 6409 submission, an organisation's queue) is a
    // rate; a mailbox's quota is X.2.2 and storage. Under a policy code (X.7.0, X.7.1) a bare
    // "quota exceeded" is the sender's too: a full mailbox would say X.2.2.
    pattern: /\b(?:submission|outbound|relay|queue|recipient|message|e-?mail) quota\b/i,
    reason: "rateLimited",
    source:
      "RFC 6409 submission limits; Exchange Online 5.2.2 submission quota and 4.7.3 organization queue quota; Gmail 5.7.1 email quota",
  },
  {
    id: "rate-limit.policy-quota",
    words: ["quota"],
    pattern: /\bquota (?:exceeded|limit|reached)\b/i,
    enhanced: ["X.7.0", "X.7.1"],
    reason: "rateLimited",
    source: "RFC 3463: a quota under a policy code is a sending quota (a mailbox's quota is X.2.2)",
  },
  {
    id: "too-many-connections",
    words: [
      "connections",
      "connection",
      "connects",
      "concurrency",
      "sessions",
      "concurrent",
      "simultaneous",
      "maximum",
      "busy",
    ],
    pattern:
      /\btoo many (?:concurrent |simultaneous |open |parallel )?(?:smtp )?(?:connections|sessions)\b|\bconnections? (?:rate |frequency )?limit(?:ed)?\b|\b(?:server|system) is too busy\b|\bmaximum (?:number of )?(?:concurrent )?(?:server )?connections\b|\bexceeded \d+ connections\b|\ball (?:server |smtp )?ports are busy\b|\btoo frequent connects\b|\bconcurrency limit (?:reached|exceeded)\b/i,
    reason: "tooManyConnections",
    source:
      "Postfix, Sendmail, Exim, Comcast, Orange, Cisco: too many connections; FortiMail's session profile: <IP>: Exceeded 100 connections in 30 minutes. (https://community.fortinet.com/t5/FortiMail/Technical-Tip-How-to-fix-session-limit-classifier-in-FortiMail-x/ta-p/262429); SendGrid's SMTP errors page quotes receivers' 450 too frequent connects from <ip>, please try again later; Momentum's 421 4.4.5 Service unavailable, concurrency limit reached; receivers whose listeners are all taken (421 4.3.2 All server ports are busy)",
  },
  {
    id: "rate-limit.server-busy",
    words: ["busy", "load"],
    // A server too busy for more connections is tooManyConnections (above); one that is busy
    // under a congestion or policy code is throttling this client (the core README's boundary).
    // Under a system code (X.3.2, not accepting messages) the receiving system is the cause.
    pattern: /\b(?:server|system|service) (?:is )?(?:currently )?busy\b|\bhigh (?:system |server )?load\b/i,
    enhanced: ["X.4.5", "X.7.0", "X.7.1"],
    reason: "rateLimited",
    source:
      "RFC 3463 X.4.5 mail system congestion; Gmail 421-4.4.5 Server busy, try again later; maddy (451 4.4.5 High load, try again later)",
  },
  {
    id: "rate-limit.per-client",
    words: ["recipients", "messages", "mails"],
    // Counted per client over time (Postfix's anvil, policy daemons): "too many recipients from
    // 192.0.2.1" is a rate, one message's recipients are "too many recipients" alone (exceedLimit).
    pattern: /\btoo many (?:recipients|messages|mails) from\b/i,
    reason: "rateLimited",
    source:
      "Postfix anvil(8) smtpd_client_recipient_rate_limit and smtpd_client_message_rate_limit (too many recipients from ...)",
  },
  {
    id: "rate-limit.messages-per-connection",
    words: ["connection", "session"],
    // A cap on the messages of one session: the client may go on in a new one, later.
    pattern:
      /\b(?:max(?:imum)?|too many) (?:number of )?(?:messages?|mails?|e-?mails?) (?:per|in this|for this) (?:connection|session)\b/i,
    reason: "rateLimited",
    source:
      "Yahoo (421 Max message per connection reached); MTAs that cap the MAIL commands of one session (Exim's smtp_accept_max_per_connection)",
  },
  {
    id: "rate-limit.recipients-per-period",
    words: ["recipients", "messages", "mails", "emails"],
    pattern:
      /\btoo? many (?:recipients|messages|mails|e-?mails)\s+(?:\S+\s+){0,5}(?:this|per|an|last|in the|in the last) (?:\d{1,4} )?(?:hours?|days?|minutes?)\b/i,
    reason: "rateLimited",
    source:
      "GoDaddy, Comcast, Mail.ru: hourly and daily sending limits; per-sender counters (you sent to many mails from different domains in the last 10 minutes)",
  },
  {
    id: "rate-limit.count-per-period",
    words: ["limit"],
    pattern:
      /\blimit of \d{1,9} (?:rcpts|recipients|messages|mails|e-?mails) per (?:\d{1,4} )?(?:hours?|days?|minutes?)\b/i,
    reason: "rateLimited",
    source:
      "Postfix policy daemons (policyd rate limits: limit of 400 rcpts per 24 hours for client ... reached)",
  },
  {
    id: "rate-limit",
    words: [
      "rate",
      "ratelimit",
      "ratelimited",
      "throttled",
      "throttling",
      "limited",
      "deferred",
      "frequency",
      "flood",
      "attempts",
      "unusual",
      "ratelimiting",
      "sending",
      "max",
      "maximum",
      "times",
    ],
    pattern:
      /\brate[- ]?limit(?:ed|ing)?\b|\b(?:sending|message|send|submission|mail|e-?mail) rate\b|\bthrottl(?:ed|ing)\b|\btemporarily deferred\b|\bmail flood\b|\bsending (?:limit|quota) exceeded\b|\btoo many (?:login|authentication|auth) attempts\b|\bauthenticate too many times\b|\bunusual sending activity\b|\bunusual (?:rate|volume|amount) of (?:mail|messages|e-?mails?)\b|\bmax(?:imum)? \d{1,6} (?:requests|messages|mails|e-?mails|recipients) (?:per|an|a|each) (?:hour|day|minute)\b/i,
    reason: "rateLimited",
    source:
      "Many receivers: throttling, a sending or mail rate exceeded (550 5.4.6 mail rate exceeded limit, whatever X.4.6 says of a loop); policy daemons behind Postfix's restrictions (450 4.7.1 <a@b>: Sender address rejected: sorry, max 2 requests per hour)",
  },
  {
    id: "rate-limit.daily-quota",
    words: ["daily", "quota", "limit", "limits", "hour", "day"],
    pattern:
      /\b(?:daily|hourly|day|hour|sending|outgoing|relay|peak) (?:message |recipient )?(?:quota|limit)\b|\bquota d'envoi\b|\bexceeded your (?:messaging|sending|message) limits?\b/i,
    reason: "rateLimited",
    source:
      "Microsoft 365 5.1.90, Zoho, SES: sending quotas; SMTP relay services' peak and relay limits (Google Workspace SMTP relay); French webmail (Free, Orange): quota d'envoi dépassé; hosts' outgoing limits (451 You've exceeded your messaging limits)",
  },
  {
    id: "rate-limit.volume",
    words: [
      "excessive",
      "volume",
      "recent",
      "fast",
      "quickly",
      "frequency",
      "emails",
      "mails",
      "messages",
      "hour",
      "day",
      "minute",
      "processing",
      "rate",
      "high",
      "slow",
    ],
    pattern:
      /\bexcessive (?:volume|mail|traffic|sending)\b|\bunexpected volume\b|\b(?:sending |mail |message )?volume (?:is )?too high\b|\bslow down\b|\btoo many recent messages\b|\b(?:sending|receiving|send|mail|messages|emails) (?:(?:mail|messages|e-?mails?) )?too (?:fast|quickly)\b|\b(?:receiving|sending|accepting) (?:mail|messages|e-?mails?) at a (?:high )?rate\b|\bsending frequency\b|\bfrequency (?:limit|exceeded|too high)\b|\btoo many e-?mails\b|\breached (?:its|the) limit for processing requests\b|\byou (?:have )?(?:send|sent|are sending) too many (?:messages|mails)\b|\b(?:messages?|mails?|e-?mails?|recipients?) (?:per|an|a) (?:hour|day|minute)\b/i,
    reason: "rateLimited",
    source:
      "Gmail, Yahoo, Mailu, qmail-based hosts: volume and frequency limits worded per period or as speed (a recipient receiving mail too quickly or at a rate, whatever X.2.1 says); Korean portals (421 4.3.1 You send too many messages, which puffinknight.tistory.com/102 files under IPs blocked for bulk sending, the X.3.1 code notwithstanding)",
  },
];
