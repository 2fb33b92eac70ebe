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
    words: ["later", "again"],
    // Rspamd's greylist module answers "Try again later" (its milter sends that as 4.7.1), as do
    // Exim's and OpenSMTPD's greylisting filters by default: a temporary refusal that names no
    // cause at all is greylisting (core README: greylisted / systemError). Only when nothing
    // names a cause before it ("Unable to verify sender - try again later"): at the start of the
    // text, after a code, after the colon of a log line, or after the generic "Service
    // unavailable" that Plesk's greylisting puts first; and only when it ends the text or a log's
    // field (`; from=`), so that a busy server's "Try again later, closing connection" or a named
    // cause after it decides.
    pattern:
      /(?:^|^\d{3}[ -]|: |\bservice unavailable - )(?:4\.7\.1 )?(?:please )?try again(?: later)?(?:[.!]?$|;)/i,
    classes: [4],
    reason: "greylisted",
    confidence: 0.6,
    source:
      "Rspamd greylist module (default message 'Try again later'), sent by its milter as 4.7.1; greylisting filters of Exim and OpenSMTPD that defer with a bare try again later",
  },
];
