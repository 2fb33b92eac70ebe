import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, relaying, shared by many servers (RFC 5321 section 3.6). */
export const relayRules: readonly Rule[] = [
  {
    id: "relay.authentication-required",
    words: ["relay", "relaying"],
    pattern:
      /\brelay(?:ing)? (?:\S+ ){0,6}without (?:SMTP )?auth(?:entication)?\b|\brelay(?:ing)? (?:access )?denied[.,;:]? (?:\S+ ){0,2}authentication (?:is )?required\b/i,
    // Before relay.denied: the server relays for clients that log in, so logging in is the fix.
    reason: "authRequired",
    source:
      "RFC 4954 section 6, relays that let authenticated clients relay (Postfix permit_sasl_authenticated): relaying refused without authentication",
  },
  {
    id: "relay.denied",
    words: [
      "relay",
      "relaying",
      "only",
      "gateway",
      "list",
      "submission",
      "retransmission",
      "smarthost",
      "remote",
    ],
    pattern:
      /\b(?:relay(?:ing)?|retransmission) (?:access |traffic |service )?(?:denied|not permitted|not allowed|prohibited|refused|rejected|disallowed)\b|\b(?:unable|not permitted|not allowed) to relay\b|\binsecure mail relay\b|\bwe do not relay\b|\bno relaying\b|\bopen relay not allowed\b|\blocal (?:users?|recipients?|domains?) only\b|\bnot a gateway\b|\b(?:not|isn't) in (?:my|the|our) list of (?:allowed|permitted|accepted|local|valid) (?:rcpt ?hosts|hosts|domains)\b|\buse (?:the )?submission (?:port |service )?for outgoing\b|\brelaying\) is not allowed\b|\bmay not use this server as a smarthost\b|\bmailing to remote domains not supported\b/i,
    reason: "relayDenied",
    source:
      "Postfix, Sendmail, Exim, Exchange, Mimecast: relay refused (554 Relay rejected for policy reasons, 554 Relay Service denied for IP ...) (servers translated from Spanish, Portuguese or Italian word it as retransmission: 550 5.7.1 Retransmission denied); Coremail (Requested action not taken: Local user only); ISP relays that refuse foreign domains to unauthenticated clients (550 not local host <domain>, not a gateway; unauthorized relay traffic prohibited); the list of domains a server takes mail for (qmail's rcpthosts and the servers that word it alike: not in my list of allowed hosts); maddy's MX endpoint to a client relaying out (501 5.1.8 Use Submission for outgoing SMTP: the submission port, with a login, relays); hosts' Exim ACLs (sender IP address ... may not use this server as a smarthost) and Debian's exim4-config, whose nonlocal router refuses mail for other domains (Mailing to remote domains not supported); servers that explain the word (Sending to remote addresses (relaying) is not allowed)",
  },
  {
    id: "relay.cannot-deliver-for",
    words: ["deliver", "allowed"],
    pattern: /\bI cannot deliver mail for\b|\byou are not allowed to send (?:e-?mail|mail|messages)\b/i,
    reason: "relayDenied",
    confidence: 0.7,
    source:
      "Haraka (550 I cannot deliver mail for <rcpt>: no rcpt hook accepted the address and the client may not relay), Exim relay ACLs (You are not allowed to send email)",
  },
];
