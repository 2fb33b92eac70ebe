import type { Rule } from "./rule.js";

/**
 * Momentum (SparkPost's MTA, formerly Message Systems' Ecelerity): the texts it sends and logs.
 * Source: Momentum 4 reference, Appendix A, Message Responses
 * (https://support.sparkpost.com/momentum/4/message-responses).
 */
export const momentumRules: readonly Rule[] = [
  {
    id: "momentum.allocated-resources",
    words: ["allocated"],
    // Under X.3.4 (message too big for the system), which would otherwise decide: the table
    // files it as a system outage, the server out of the resources it set aside.
    pattern: /\ballocated resources exceeded\b/i,
    reason: "systemError",
    source: "Momentum message responses: 421 4.3.4 allocated resources exceeded (system outage)",
  },
  {
    id: "momentum.session-limits",
    words: ["batch", "recipients"],
    // Before the connection family, whose "connection limit" the second wording holds: these
    // are limits of one session or message (X.5.3, too many recipients), not of connections.
    pattern: /\b(?:batch|recipients per (?:connection|message)) limit reached\b/i,
    reason: "exceedLimit",
    source:
      "Momentum message responses: 452 4.5.3 Service unavailable, batch limit reached; recipients per connection limit reached; recipients per message limit reached",
  },
];
