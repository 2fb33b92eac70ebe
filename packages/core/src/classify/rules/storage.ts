import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, the receiving system's storage, shared by many servers (RFC 5321 452). */
export const storageRules: readonly Rule[] = [
  {
    id: "system.full",
    words: ["insufficient", "disk", "space", "storage", "full"],
    pattern:
      /\binsufficient (?:system )?(?:storage|disk space|resources)\b|\bdisk (?:is )?full\b|\bout of (?:disk )?(?:space|storage)\b|\bno space left\b|\bnot enough (?:disk |free )?space\b|\bmail system full\b/i,
    reason: "systemFull",
    source: "RFC 5321 452, Postfix, Exchange 4.3.1: the receiving system is out of storage",
  },
];
