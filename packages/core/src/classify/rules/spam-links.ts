import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, links on URL blocklists, shared by many servers (URIBL, SURBL, Spamhaus DBL). */
export const spamLinksRules: readonly Rule[] = [
  {
    id: "spam.url-blocklist",
    words: ["uribl", "surbl", "dbl", "url", "link", "links", "urls", "blacklisted", "blocklisted", "listed"],
    pattern:
      /\bURIBL\b|\bSURBL\b|(?<!blocked using )\bdbl\.spamhaus\b|\b(?:blacklisted|blocklisted|listed) (?:URL|link|domain in (?:the )?(?:body|message))s?\b/i,
    reason: "spamDetected",
    source: "URIBL, SURBL, Spamhaus DBL: a link in the message is listed",
  },
];
