import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, delivery given up by the queue, shared by many servers (MTA queues). */
export const expiryRules: readonly Rule[] = [
  {
    id: "expired",
    words: [
      "expired",
      "retry",
      "retries",
      "giving",
      "gave",
      "queue",
      "delayed",
      "attempts",
      "within",
      "retried",
      "maximum",
      "days",
      "hours",
      "max",
    ],
    pattern:
      /\b(?:message|delivery|time|envelope) (?:has )?expired\b|\bretry time(?:out)? (?:exceeded|reached)\b|\bgiving up\b|\bgave up\b|\b(?:too long|been) in (?:the )?queue\b|\bnot delivered within\b|\bhas been delayed\b|\bwill be retried\b|\b(?:failed|after) \d+ (?:delivery )?attempts\b|\bmultiple retries\b|\bexceeded max time\b|\bretried the maximum of \(?\d{1,3}\)? times\b|\bmaximum (?:delivery |retry )?(?:time|attempts)\b|\b(?:could not|cannot|can't|unable to) (?:send|deliver) (?:the |this )?(?:message|mail) (?:for|in) (?:the (?:last|past) )?\d{1,3} (?:days|hours)\b/i,
    reason: "expired",
    source:
      "Postfix, Sendmail, Exim, Gmail, Exchange, OpenSMTPD (Envelope expired): the queue gave up; a queue that reports for how long it tried (Sendmail's Cannot send message for 5 days); Momentum and SparkPost (554 5.4.7 [internal] message timeout (exceeded max time, last transfail: ...)); forwarders that report a downstream give-up (retried the maximum of (10) times and has permanently failed)",
  },
];
