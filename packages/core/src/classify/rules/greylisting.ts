import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, greylisting, shared by many servers (Postgrey, Exim, Rspamd). */
export const greylistingRules: readonly Rule[] = [
  {
    id: "greylisting",
    words: ["greylisted", "greylisting", "greylist", "graylisted", "graylisting", "graylist", "postgrey"],
    pattern: /\bgr[ae]ylist(?:ed|ing)?\b|\bpostgrey\b/i,
    reason: "greylisted",
    source: "Postgrey, Exim, MailEnable, Rspamd greylisting (also on 5xx by misconfigured servers)",
  },
];
