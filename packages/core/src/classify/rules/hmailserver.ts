import type { Rule } from "./rule.js";

/**
 * hMailServer: how its servers word their replies. Sources: https://github.com/hmailserver/hmailserver
 * and its error message reference, https://www.hmailserver.com/documentation/latest/?page=reference_error_messages_smtp.
 */
export const hmailserverRules: readonly Rule[] = [
  {
    id: "hmailserver.not-in-route-list",
    words: ["route"],
    pattern: /\bRecipient not in route list\b/i,
    reason: "userUnknown",
    source:
      "hMailServer: the domain has a route that delivers to listed addresses only, and this one is not listed (sent with 421 by older versions, https://github.com/hmailserver/hmailserver/issues/21)",
  },
  {
    id: "hmailserver.delivery-not-allowed",
    words: ["delivery"],
    pattern: /\bDelivery is not allowed to this address\b/i,
    reason: "relayDenied",
    source:
      "hMailServer 550 Delivery is not allowed to this address: the IP range the client connects from may not send to external recipients (https://www.hmailserver.com/documentation/v4.4/?page=reference_error_messages)",
  },
  {
    id: "hmailserver.excessive-data",
    words: ["excessive"],
    pattern: /\bExcessive amounts of data sent to server\b/i,
    reason: "protocolError",
    source:
      "hMailServer 421 Excessive amounts of data sent to server.: the client sent a long stretch of data without a line end, a client defect",
  },
  {
    id: "hmailserver.command-line-too-long",
    words: ["line"],
    // Before the message-format family, which reads "line too long" in a message's body: this is
    // the whole reply to a command line longer than the server takes (RFC 5321 4.2.2, 500), so
    // only at a command's stage; at DATA, or with no stage known, a body's line is as likely.
    pattern: /^Line too long\.?$/i,
    commands: ["EHLO", "STARTTLS", "AUTH", "MAIL", "RCPT", "RSET", "QUIT"],
    reason: "syntaxError",
    source: "hMailServer 500 Line too long: an SMTP command longer than the server accepts",
  },
];
