import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, sender reputation, shared by many servers (receivers' reputation systems). */
export const reputationRules: readonly Rule[] = [
  {
    id: "reputation",
    words: ["reputation", "complaints", "poor", "spam", "unusual", "high", "suspicious", "received"],
    pattern:
      /\b(?:poor|low|bad) (?:sender |IP |domain )?reputation\b|\breputation (?:of|is|too low)\b|\buser complaints\b|\b(?:due to|because of) (?:the )?(?:sender |sending |source )?(?:IP|domain) reputation\b|\btoo much spam from\b|\b(?:unusual|high|suspicious) (?:rate|volume|amount|number|level) of (?:unsolicited|spam|junk|bulk)\b|\breceived (?:\w+ )?complaints\b|\b(?:IP|sender|sending|domain) reputation (?:rate ?limit|limit|check|score|too)\w*\b/i,
    reason: "badReputation",
    source:
      "Cisco, Microsoft, Yahoo: reputation; receivers that name the sender's IP reputation as the cause; Rackspace's MX (451 4.3.0 Client host rejected: Throttled - Too much spam from your mail server, a throttle for the spam the server has sent); an unusual rate of unsolicited mail from the sender measured by the receiver (Gmail 4.7.28, the kind of count any receiver keeps) and complaints received about the sender's mail are reputation, whatever throttle or block follows; a limit or check on the sender's IP reputation (bluewin: IP reputation ratelimit in effect), but not a link to look the IP's reputation up beside a listing",
  },
];

/**
 * A receiver that greylists because of the sender's reputation: listed before the greylisting
 * family, whose word ("greylisting in effect") the reply also holds, since the reputation it
 * names is the cause (core README: reputation leading to throttling is badReputation).
 */
export const reputationLedGreylistingRules: readonly Rule[] = [
  {
    id: "greylisting.for-reputation",
    words: ["reputation"],
    pattern: /\breputation (?:is )?too low\b/i,
    reason: "badReputation",
    source: "Receivers that defer by reputation (421 4.7.1 IP reputation too low, greylisting in effect)",
  },
];
