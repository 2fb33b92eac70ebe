import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, spam content, shared by many servers (content filters). */
export const spamRules: readonly Rule[] = [
  {
    id: "spam.content",
    words: [
      "spam",
      "ube",
      "uce",
      "unsolicited",
      "junk",
      "bulk",
      "spamassassin",
      "phishing",
      "scored",
      "score",
      "content",
      "spamscore",
      "inappropriate",
    ],
    pattern:
      /\bspam\b(?![- ]&[- ]Virus[- ]Firewall\b)|\bUBE\b|\bUCE\b|\bunsolicited (?:mail|e-?mail|bulk|commercial)\b|\bjunk mail\b|\bbulk (?:mail|e-?mail)\b|(?<!=)\bSpamAssassin\b|\bphishing\b|\bspam ?score\b|\bscored as\b|\bscore (?:exceeds|exceeded|too high)\b|\b(?:message |mail )?content (?:rejected|denied|refused)\b|\binappropriate (?:words|content|language)\b|\bcontent filter\w*\b/i,
    reason: "spamDetected",
    source:
      "SpamAssassin, Rspamd, Amavis, Mail.ru, Yandex, Cisco: message classified as spam; content filters that refuse the message's content or words (QQ Mail, NetEase); not the name of Barracuda's Spam & Virus Firewall, which signs the replies it relays whatever their cause",
  },
  {
    id: "spam.filter-named",
    words: ["rspamd", "amavis"],
    pattern: /\brejected by (?:the )?(?:rspamd|amavis) (?:filter|scanner)\b/i,
    reason: "spamDetected",
    source:
      "Rspamd and Amavis behind a receiver (ProtonMail: rejected by rspamd filter): the content filter refused it",
  },
];
