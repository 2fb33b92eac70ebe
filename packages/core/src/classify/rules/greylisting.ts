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
  {
    id: "greylisting.rspamd-try-again",
    words: ["later"],
    // Rspamd's greylist module answers "Try again later" and its milter sends that as 4.7.1; a
    // bare "try again later" with another code is too common (busy servers) to mean this.
    // Only when nothing names a cause before it ("Unable to verify sender - try again later"):
    // at the start of the text, after a code, after the colon of a log line, or after the
    // generic "Service unavailable" that Plesk's greylisting puts first.
    pattern: /(?:^|^\d{3}[ -]|: |\bservice unavailable - )(?:4\.7\.1 )?try again later(?:[.;]|$)/i,
    classes: [4],
    enhanced: ["X.7.1"],
    reason: "greylisted",
    confidence: 0.6,
    source: "Rspamd greylist module (default message 'Try again later'), sent by its milter as 4.7.1",
  },
];
