import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, local policy (generic), shared by many servers (many receivers). */
export const policyRules: readonly Rule[] = [
  {
    id: "policy",
    words: [
      "policy",
      "policies",
      "prohibited",
      "prohibition",
      "violation",
      "richtlinie",
      "richtlinien",
      "header",
    ],
    pattern:
      /\bpolic(?:y|ies) (?:violation|reasons?|restrictions?|rejection)\b|\bviolat(?:es|ed|ing|ion of) (?:our |the |local |a )?polic(?:y|ies)\b|\b(?:denied|rejected|refused|blocked|forbidden) (?:by|due to|for) (?:local |our |security )?polic(?:y|ies)\b|\blocal policy\b|\badministrative prohibition\b|\bprotocol violation\b|\bsecurity policies\b|\bRichtlinien?\b|\bheader value not allowed\b/i,
    weak: true,
    reason: "policyViolation",
    source:
      "Postfix, Exim, Yandex, Mimecast, Proofpoint: refused by a local policy; Exim header ACLs (Header value not allowed)",
  },
];
