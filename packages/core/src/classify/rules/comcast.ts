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
];
