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
    words: ["lines"],
    pattern: /\blines too long for transport\b/i,
    reason: "contentError",
    source: "Exim: message has lines too long for transport",
  },
];
