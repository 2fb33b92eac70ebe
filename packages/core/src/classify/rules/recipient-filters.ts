import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, the recipient's own filters, shared by many servers (filters). */
export const recipientFiltersRules: readonly Rule[] = [
  {
    id: "filtered.by-recipient",
    words: ["recipient", "recipients", "filter", "filtered", "filtering", "user"],
    pattern:
      /\b(?:rejected|refused|blocked) by (?:the )?recipients?\b(?! (?:domain|server|mail server|system|host))|\brecipient (?:has )?(?:rejected|refused|blocked) (?:your|this|the) (?:mail|messages?|e-?mails?|address|sender)\b|\brecipient'?s? (?:filter|preferences|settings|block ?list)\b|\b(?:message|mail) (?:was )?filtered\b|\bdomain filter(?:ing)?\b|\b(?:rejected|refused|blocked) by this (?:user|recipient)\b|\brecipient (?:does not|doesn't) want (?:your|this|the) (?:mail|messages?|e-?mails?)\b/i,
    reason: "filtered",
    source:
      "QQ, Japanese carriers, filters: the recipient's rules refused the mail; Interia 550 5.7.1 Recipient doesn't want your mail (the recipient has put the sender on its block list)",
  },
];

/**
 * The recipient's own block lists and spam settings named in words a blocklist or spam filter
 * rule would also match ("block list", "spam filter"): tried before those families (`index.ts`),
 * since the list or the setting is the recipient's, not a DNSBL's or the receiver's filter.
 */
export const recipientListsRules: readonly Rule[] = [
  {
    id: "filtered.recipient-list",
    words: ["user", "users", "recipient", "recipients"],
    pattern: /\b(?:by|in|on) (?:the )?(?:user|recipient)(?:'s|s') (?:reject|block|black|deny|spam) ?list\b/i,
    reason: "filtered",
    source:
      "Korean portals (550 You are registered as spammer (by user's reject list)), which puffinknight.tistory.com/102 files under mail refused by the recipient's own spam settings (수신거부)",
  },
  {
    id: "filtered.recipient-spam-setting",
    words: ["denied"],
    // The recipient's address comes first, "<user>: mail is denied, by spam filter": the filter is
    // that user's, which the same page files with the reject list above.
    pattern: /\w: mail is denied, by spam filter\b/i,
    reason: "filtered",
    source:
      "Korean portals (554 5.0.0 Service unavailable (<user>: mail is denied, by spam filter)), filed by puffinknight.tistory.com/102 under mail refused by the recipient's own spam settings",
  },
];
