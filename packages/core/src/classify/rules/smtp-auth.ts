import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, SMTP authentication (submission), shared by many servers (RFC 4954). */
export const smtpAuthRules: readonly Rule[] = [
  {
    id: "smtp-auth.temporary-failure",
    words: ["authentication", "authenticate"],
    // RFC 4954's 454 4.7.0: the server could not check the credentials (its authentication
    // backend failed), so neither the login nor the network is at fault: the receiving system
    // failed. Before the network family, which would read "connection lost to ..." as a network
    // failure of the client's connection, and before the login failures: Postfix sends the SASL
    // server's reason after a 535 "authentication failed" too.
    pattern:
      /\btemporary authentication failure\b|\bconnection lost to authentication server\b|\bunable to authenticate at present\b/i,
    reason: "systemError",
    source:
      "RFC 4954 454 4.7.0 Temporary authentication failure; Postfix smtpd_sasl_glue.c adds the SASL server's reason (Connection lost to authentication server); 435 Unable to authenticate at present",
  },
  {
    id: "smtp-auth.required",
    words: [
      "authentication",
      "logged",
      "auth",
      "authenticate",
      "authenticated",
      "unauthenticated",
      "login",
      "credentials",
      "password",
      "badcredentials",
      "browser",
      "webloginrequired",
    ],
    pattern:
      /\blog in (?:via|with|using) your (?:web )?browser\b|\bWebLoginRequired\b|\b(?:SMTP )?auth(?:entication)? (?:is )?required\b|\bmust (?:be )?authenticat(?:e|ed)\b|\bauthenticate (?:first|before (?:sending|relaying|you send))\b|\b(?:turn on|enable|use) SMTP auth|\bunauthenticated senders? not allowed\b|\bclient was not authenticated\b|\bnot authenticated to send\b|\b(?:username and password|credentials) (?:not accepted|invalid|incorrect|rejected)\b|\binvalid (?:login|credentials|user ?name or password)\b|\bauthentication (?:failed|unsuccessful|rejected)\b|\btoo many (?:failed |bad |invalid )?auth(?:entication)? (?:failures|attempts|errors)\b|\b(?<!temporary )authentication failure\b|\bBadCredentials\b|\bapplication-specific password\b|\blogin (?:denied|failed)\b|\bnot logged in\b|\bunrecogni[sz]ed authentication (?:type|mechanism)\b|\b(?:need|send|issue) (?:an? )?(?:EHLO and |HELO and )?AUTH (?:command )?first\b|\bauth fail(?:ed)?\b|\b(?:sender|client|you) should authenticate\b|\bauth(?:entication)? mechanism (?:\S+ )?(?:is )?(?:not available|not supported|unavailable)\b/i,
    reason: "authRequired",
    source:
      "RFC 4954, Gmail 530-5.7.0, 534-5.7.9 and 534-5.7.14 (Please log in with your web browser), 535-5.7.8, Microsoft 5.7.57, Postfix, Exim; Tiscali 535 5.7.0 authentication rejected; 535 Too many authentication failures, Yahoo (AUTH005) Too many bad auth attempts (the login keeps failing: fix the credentials, waiting does not help); Cyrus SASL and Aliyun (535 or 526 Authentication failure: the login refused, unlike RFC 4954's temporary failure below); Gmail 504-5.7.4 Unrecognized authentication type; Tencent Exmail (QQ) 503 Error: need EHLO and AUTH first, to MAIL FROM before the client logged in (before protocol.sequence, which reads 'need EHLO' as a sequence error)",
  },
];
