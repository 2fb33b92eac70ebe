import type { Rule } from "./rule.js";

/**
 * The descriptions RFC 3463 (and RFC 6531) give each enhanced status code, as servers and
 * sending MTAs echo them without the code (a DSN's diagnostic text, a client library's error):
 * each reads as the code it describes reads in `code-reasons.ts`. Listed after every reason
 * family, so that a reply that also names a cause in its own words is read by that cause.
 */
export const statusTextRules: readonly Rule[] = [
  {
    id: "status-text.address",
    words: ["ambiguous"],
    pattern: /\bdestination mailbox address ambiguous\b/i,
    reason: "userUnknown",
    source: "RFC 3463 X.1.4 Destination mailbox address ambiguous",
  },
  {
    id: "status-text.routing",
    words: ["route", "system"],
    // "Unable to route" only as the whole of the text's start: after other words it is often
    // one step of a longer failure ("... unable to route to the relay host") the words name.
    pattern: /\bbad destination system address\b|^unable to route\b/i,
    reason: "hostUnknown",
    source:
      "RFC 3463 X.1.2 Bad destination system address, X.4.4 Unable to route (no route, usually no DNS record)",
  },
  {
    id: "status-text.routing-server",
    words: ["routing"],
    // X.4.3's code reads as a network failure, but its description alone, as the whole text of a
    // report, is what Libero's and Virgilio's pages say a domain that does not exist (or is
    // mistyped) brings back.
    pattern: /^routing server failure\b/i,
    reason: "hostUnknown",
    source:
      "RFC 3463 X.4.3 Routing server failure, echoed alone for a recipient domain that does not exist (aiuto.libero.it, aiuto.virgilio.it)",
  },
  {
    id: "status-text.network",
    words: ["answer", "connection", "undefined"],
    pattern: /\bno answer from host\b|^bad connection\b|\bother or undefined network or routing status\b/i,
    reason: "networkError",
    source:
      "RFC 3463 X.4.1 No answer from host, X.4.2 Bad connection, X.4.0 Other or undefined network or routing status (Libero and Virgilio list it among the temporary troubles of the network)",
  },
  {
    id: "status-text.system",
    words: ["accepting", "congestion", "configured", "expansion", "undefined"],
    pattern:
      /\bsystem not accepting network messages\b|\bmail system congestion\b|\bsystem incorrectly configured\b|\bmailing list expansion problem\b|\bother or undefined mail system status\b/i,
    reason: "systemError",
    source:
      "RFC 3463 X.3.2 System not accepting network messages, X.4.5 Mail system congestion, X.3.5 System incorrectly configured, X.2.4 Mailing list expansion problem, X.3.0 Other or undefined mail system status",
  },
  {
    id: "status-text.protocol",
    words: ["capable", "protocol"],
    pattern:
      /\bsystem not capable of selected features\b|\bwrong protocol version\b|\bother or undefined protocol status\b/i,
    reason: "protocolError",
    source:
      "RFC 3463 X.3.3 System not capable of selected features, X.5.5 Wrong protocol version, X.5.0 Other or undefined protocol status",
  },
  {
    id: "status-text.media",
    words: ["media", "conversion", "ascii"],
    pattern:
      /\bmedia (?:type )?not supported\b|\bconversion (?:required (?:and prohibited|but not supported)|failed)\b|\bnon-ASCII addresses not permitted\b/i,
    reason: "contentError",
    source:
      "RFC 3463 X.6.1 Media not supported, X.6.2 Conversion required and prohibited, X.6.3 Conversion required but not supported, X.6.5 Conversion failed; RFC 6531 X.6.7 Non-ASCII addresses not permitted",
  },
  {
    id: "status-text.not-authorized",
    words: ["authorized", "authorised"],
    pattern: /\bdelivery not authori[sz]ed,? message refused\b/i,
    reason: "policyViolation",
    source: "RFC 3463 X.7.1 Delivery not authorized, message refused",
  },
  {
    id: "status-text.security",
    words: ["security", "cryptographic", "integrity"],
    pattern:
      /\bsecurity conversion required but not possible\b|\bsecurity features not supported\b|\bcryptographic (?:failure|algorithm not supported)\b|\bmessage integrity failure\b/i,
    reason: "securityError",
    source:
      "RFC 3463 X.7.3 Security conversion required but not possible, X.7.4 Security features not supported, X.7.5 Cryptographic failure, X.7.6 Cryptographic algorithm not supported, X.7.7 Message integrity failure",
  },
];
