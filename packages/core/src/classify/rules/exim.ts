import type { Rule } from "./rule.js";

/** Exim: how its servers word their replies. Source: https://www.exim.org/exim-html-current/doc/html/spec_html/. */
export const eximRules: readonly Rule[] = [
  {
    id: "exim.no-mx-hosts",
    words: ["existent"],
    pattern: /\bMX records point to non-existent hosts\b/i,
    reason: "hostUnknown",
    source: "Exim: all relevant MX records point to non-existent hosts",
  },
  {
    id: "exim.lines-too-long",
    words: ["lines", "length"],
    pattern: /\blines too long for transport\b|\bmaximum allowed line length is \d{1,6} octets\b/i,
    reason: "contentError",
    source:
      "Exim: message has lines too long for transport; its message_linelength_limit (rejected after DATA: maximum allowed line length is 998 octets, got N)",
  },
  {
    id: "exim.sender-verify-failed",
    words: ["verify", "callback"],
    // Before the blocklist and spam families: Exim's callout texts say the sender "may be
    // blacklisted", and that refusing the callout's MAIL FROM:<> "does not help fight spam".
    pattern: /\bsender verify failed\b|\bcallback setup failed while verifying\b/i,
    reason: "senderRejected",
    source:
      "Exim ACL verify = sender (callout): 550 Sender verify failed; 550 Callback setup failed while verifying <address> (the sender's own servers refused the callout)",
  },
  {
    id: "exim.callout-may-not-exist",
    words: ["exist"],
    // cPanel's Exim, after a callout to the address's own servers failed: before the blocklist
    // family, whose "blacklisted" the text also holds as one of the possible causes.
    pattern: /\bthe account or domain may not exist\b/i,
    reason: "userUnknown",
    source:
      "cPanel's Exim verification (550 The mail server could not deliver mail to <a@b>. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries)",
  },
  {
    id: "exim.helo-syntax",
    words: ["syntactically"],
    // Before the HELO refusals of the blocklist family: Exim's check_helo() is a syntax check.
    pattern: /\bsyntactically invalid (?:HELO|EHLO) argument/i,
    reason: "syntaxError",
    source:
      "Exim smtp_in.c: 501 Syntactically invalid HELO argument(s), when check_helo() finds characters a host name may not hold",
  },
  {
    id: "exim.starttls-not-advertised",
    words: ["advertised"],
    pattern: /\bcommand used when not advertised\b/i,
    reason: "protocolError",
    source: "Exim smtp_in: 503 STARTTLS command used when not advertised (a command out of turn)",
  },
  {
    id: "exim.retry-timeout-exceeded",
    words: ["retry", "period"],
    // The same defer once every host has failed for longer than the retry rule's timeout: Exim
    // then bounces the message instead of waiting, so delivery has expired.
    pattern: /\bretry time not reached for any host after a long failure period\b/i,
    reason: "expired",
    source:
      "Exim specification, Retry configuration (Retry rules for specific errors, long failure periods): retry time not reached for any host after a long failure period (the message is bounced)",
  },
  {
    id: "exim.retry-time-not-reached",
    words: ["retry"],
    // Exim's retry rules: every host of the domain failed before and none is due for another
    // try yet, so the earlier failures (connections, mostly) are the cause; when the retry
    // period ends the message is given up.
    pattern: /\bretry time not reached\b/i,
    reason: "networkError",
    whenGivenUp: "expired",
    source:
      "Exim specification, Retry configuration: defer (-53): retry time not reached for any host (after a long failure period: the message is bounced)",
  },
  {
    id: "exim.mx-points-to-local-host",
    words: ["mx"],
    // The domain's lowest MX is this very host, but Exim is not set up to take the domain's mail
    // itself: a routing configuration fault (the domain's DNS or the host's local domains).
    pattern: /\blowest numbered MX record points to local host\b/i,
    reason: "systemError",
    source:
      "Exim specification, The dnslookup router: lowest numbered MX record points to local host (self option: the host is the domain's best MX but does not handle it)",
  },
];
