import type { Rule } from "./rule.js";

/** Comcast (Xfinity): how its servers word their replies. Source: https://postmaster.comcast.net/smtp-error-codes.php. */
export const comcastRules: readonly Rule[] = [
  {
    id: "comcast.blocklist",
    words: ["bl000000", "bl000001", "bl000010", "bl000020"],
    pattern: /\bBL0000[0-2]\d\b/,
    reason: "blocked",
    source: "Comcast 554 ... BL000000 to BL000020: blocked by reputation or blocklist",
  },
  {
    id: "comcast.spam-block",
    words: ["spam"],
    pattern: /\bComcast block for spam\b/i,
    reason: "blocked",
    source: "Comcast 554 ... Comcast block for spam: the sending IP is blocked",
  },
  {
    id: "comcast.rate-limit",
    words: ["rl000001", "rl000010", "rl000020"],
    pattern: /\bRL0000(?:01|10|20)\b/,
    reason: "rateLimited",
    source: "Comcast 421 ... RL000001 to RL000020: too much mail at once",
  },
  {
    id: "comcast.not-our-customer",
    words: ["customer"],
    pattern: /\bNot our Customer\b/i,
    reason: "userUnknown",
    source: "Comcast 550 5.1.1 Not our Customer",
  },
];
