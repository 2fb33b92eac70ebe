import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, the recipient's own filters, shared by many servers (filters). */
export const recipientFiltersRules: readonly Rule[] = [
  {
    id: "filtered.by-recipient",
    words: ["recipient", "recipients", "filter", "filtered", "filtering", "user"],
    pattern:
      /\b(?:rejected|refused|blocked) by (?:the )?recipients?\b(?! (?:domain|server|mail server|system|host))|\brecipient (?:has )?(?:rejected|refused|blocked) (?:your|this|the) (?:mail|message|e-?mail)\b|\brecipient'?s? (?:filter|preferences|settings|block ?list)\b|\b(?:message|mail) (?:was )?filtered\b|\bdomain filter(?:ing)?\b|\b(?:rejected|refused|blocked) by this (?:user|recipient)\b/i,
    reason: "filtered",
    source: "QQ, Japanese carriers, filters: the recipient's rules refused the mail",
  },
];
