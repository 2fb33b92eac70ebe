import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, network and DNS failures, shared by many servers (MTAs and clients). */
export const networkRules: readonly Rule[] = [
  {
    id: "network.socket-error",
    words: [
      "econnrefused",
      "econnreset",
      "etimedout",
      "enotfound",
      "ehostunreach",
      "enetunreach",
      "epipe",
      "eai",
      "eservfail",
      "econnaborted",
      "eaddrnotavail",
    ],
    pattern:
      /\bE(?:CONNREFUSED|CONNRESET|CONNABORTED|TIMEDOUT|NOTFOUND|HOSTUNREACH|NETUNREACH|PIPE|AI_AGAIN|SERVFAIL|ADDRNOTAVAIL)\b/,
    reason: "networkError",
    source:
      "Node.js socket and DNS errors (node:net, node:dns: ESERVFAIL, a name server that failed to answer), as nodemailer and Node-based servers report them",
  },
  {
    id: "network.unreachable",
    words: ["connection", "connect", "route", "unreachable", "reachable", "gateway", "assign"],
    pattern:
      /\bconnection (?:timed out|refused(?! due to| because| for (?:policy|abuse|spam)))\b|\bno route (?:to host|found to)\b|\bcould not find (?:a )?(?:gateway|route) for\b|\b(?:network|host) (?:is )?(?:unreachable|not reachable)\b|\b(?:could not|unable to|failed to|did not accept our requests to) connect\b|\bfailed connect\(\) to\b|\bcannot assign requested address\b/i,
    reason: "networkError",
    // Retried until the queue's lifetime ran out, an unreachable destination is delivery expired.
    whenGivenUp: "expired",
    source:
      "Postfix (connect to ...: Connection timed out), Sendmail, Exim, nodemailer, Exchange, Gmail: the connection could not be made; IBM Domino's delivery history (TCP active open: Failed connect() to ...) and router (No route found to domain ...); a gateway's routing finding no next hop (Could not find a gateway for ...); the sending host's own socket error EADDRNOTAVAIL (connect to ...: Cannot assign requested address: no usable local address, an IPv6 route missing). Not a server's reply that gives its refusal a cause (550 5.7.1 Connection refused due to abuse): the connection was made, and the cause decides",
  },
  {
    id: "network.connection",
    words: [
      "connection",
      "connect",
      "timed",
      "timeout",
      "dns",
      "lookup",
      "socket",
      "network",
      "name",
      "servers",
      "server",
      "eof",
    ],
    pattern:
      /\bconnection (?:reset|closed|lost|dropped|failed)\b|\blost connection\b|\bnetwork error\b|\bDNS (?:error|failure|lookup failed|query failed|timeout)\b|\b(?:name service|name server|host name lookup) (?:error|failure)\b|\btimed out\b|\btimeout\b|\bsocket error\b|\bunexpected EOF\b|\b(?:cannot|can't|could not|unable to) connect to (?:the )?(?:SMTP |mail |remote )?(?:server|host)\b|\bconnect error \d{1,5}\b|\bno SMTP servers? (?:were |was )?available\b/i,
    reason: "networkError",
    source:
      "Postfix, Sendmail, Exim, nodemailer, Exchange: the connection broke, or DNS failed; Go's io.ErrUnexpectedEOF (mox, maddy: the peer closed the connection mid-command); proxies and antivirus SMTP scanners that answer for a server they could not reach (421 Cannot connect to SMTP server ..., connect error 10060, Windows' WSAETIMEDOUT)",
  },
];

/**
 * A message that loops between servers (RFC 5321 section 6.3): listed before the mailbox, the
 * unknown-recipient and the size families, whose words a loop report also holds ("undeliverable
 * address: mail for ... loops back to myself", "message exceeded 50 hops").
 */
export const routingLoopRules: readonly Rule[] = [
  {
    id: "network.routing-loop",
    words: ["loop", "hop", "hops", "loops", "received", "forwarding"],
    pattern:
      /\b(?:routing|mail|delivery|(?:mail )?forwarding) loop\b|\bloop detected\b|\bhop count exceeded\b|\btoo many hops\b|\b(?:exceeded|more than|over) \d{1,3} hops\b|\bloops back to (?:myself|me|itself)\b|\btoo many Received:? (?:headers|lines)\b/i,
    reason: "networkError",
    source:
      "RFC 5321 6.3, RFC 3463 X.4.6, Exchange 5.4.14, Gmail (A delivery loop was detected), Postfix and Sendmail (mail for ... loops back to myself), Postfix local delivery (mail forwarding loop for ...): the message loops",
  },
];
