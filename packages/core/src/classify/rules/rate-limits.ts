import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, rate and volume limits, shared by many servers (many receivers). */
export const rateLimitsRules: readonly Rule[] = [
  {
    id: "too-many-connections",
    words: ["connections", "connection", "sessions", "concurrent", "simultaneous", "maximum", "busy"],
    pattern:
      /\btoo many (?:concurrent |simultaneous |open |parallel )?(?:smtp )?(?:connections|sessions)\b|\bconnections? (?:rate )?limit\b|\b(?:server|system) is too busy\b|\bmaximum (?:number of )?(?:concurrent )?(?:server )?connections\b/i,
    reason: "tooManyConnections",
    source: "Postfix, Sendmail, Exim, Comcast, Orange, Cisco: too many connections",
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
    ],
    pattern:
      /\brate[- ]?limit(?:ed|ing)?\b|\b(?:sending|message|send|submission) rate\b|\bthrottl(?:ed|ing)\b|\btemporarily deferred\b|\bmail flood\b|\bsending (?:limit|quota) exceeded\b|\btoo many (?:login|authentication|auth) attempts\b|\bunusual sending activity\b|\bunusual (?:rate|volume|amount) of (?:mail|messages|e-?mails?)\b/i,
    reason: "rateLimited",
    source: "Many receivers: throttling",
  },
  {
    id: "rate-limit.daily-quota",
    words: ["daily", "quota", "limit", "hour", "day"],
    pattern:
      /\b(?:daily|hourly|day|hour|sending|outgoing) (?:message |recipient )?(?:quota|limit)\b|\bquota d'envoi\b/i,
    reason: "rateLimited",
    source:
      "Microsoft 365 5.1.90, Zoho, SES: sending quotas; French webmail (Free, Orange): quota d'envoi dépassé",
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
    ],
    pattern:
      /\bexcessive (?:volume|mail|traffic|sending)\b|\bunexpected volume\b|\btoo many recent messages\b|\b(?:sending|receiving|send|mail|messages|emails) too (?:fast|quickly)\b|\bsending frequency\b|\bfrequency (?:limit|exceeded|too high)\b|\btoo many e-?mails\b|\byou (?:have )?(?:send|sent|are sending) too many (?:messages|mails)\b|\b(?:messages?|mails?|e-?mails?|recipients?) (?:per|an|a) (?:hour|day|minute)\b/i,
    reason: "rateLimited",
    source:
      "Gmail, Yahoo, Mailu, qmail-based hosts: volume and frequency limits worded per period or as speed; Korean portals (421 4.3.1 You send too many messages, which puffinknight.tistory.com/102 files under IPs blocked for bulk sending, the X.3.1 code notwithstanding)",
  },
];
