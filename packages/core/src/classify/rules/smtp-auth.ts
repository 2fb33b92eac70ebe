import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, SMTP authentication (submission), shared by many servers (RFC 4954). */
export const smtpAuthRules: readonly Rule[] = [
  {
    id: "smtp-auth.required",
    words: [
      "authentication",
      "auth",
      "authenticate",
      "authenticated",
      "unauthenticated",
      "login",
      "credentials",
      "password",
      "badcredentials",
    ],
    pattern:
      /\b(?:SMTP )?auth(?:entication)? (?:is )?required\b|\bmust (?:be )?authenticat(?:e|ed)\b|\b(?:turn on|enable|use) SMTP auth|\bunauthenticated senders? not allowed\b|\bclient was not authenticated\b|\bnot authenticated to send\b|\b(?:username and password|credentials) (?:not accepted|invalid|incorrect|rejected)\b|\binvalid (?:login|credentials|user ?name or password)\b|\bauthentication (?:failed|unsuccessful|rejected)\b|\bBadCredentials\b|\bapplication-specific password\b|\blogin (?:denied|failed)\b|\bunrecogni[sz]ed authentication (?:type|mechanism)\b/i,
    reason: "authRequired",
    source:
      "RFC 4954, Gmail 530-5.7.0 and 535-5.7.8, Microsoft 5.7.57, Postfix, Exim; Tiscali 535 5.7.0 authentication rejected; Gmail 504-5.7.4 Unrecognized authentication type",
  },
];
