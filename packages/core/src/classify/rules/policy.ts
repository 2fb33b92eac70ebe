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
      "allowed",
      "filter",
    ],
    pattern:
      /\bpolic(?:y|ies) (?:violations?|reasons?|restrictions?|rejection)\b|\bviolat(?:es|ed|ing|ion of) (?:our |the |local |a )?polic(?:y|ies)\b|\b(?:denied|rejected|refused|blocked|forbidden) (?:by|due to|for) (?:local |our |security )?polic(?:y|ies)\b|\blocal policy\b|\badministrative prohibition\b|\bprotocol violation\b|\bsecurity policies\b|\bRichtlinien?\b|\bheader value not allowed\b|\bmessage not allowed\b|\bmatch(?:es|ed)? (?:up to )?(?:the |a )?filter rule\b/i,
    weak: true,
    reason: "policyViolation",
    source:
      "Postfix, Exim, Yandex, Mimecast, Proofpoint: refused by a local policy; Exim header ACLs (Header value not allowed); Tencent Exmail and Coremail (delivery failure: the message matches up to the filter rule (level: system ...): an administrator's content rule)",
  },
  {
    id: "policy.macro-attachment",
    words: ["macros", "macro"],
    // An attachment type refused by the receiver's rules (like Gmail's blocked file types), not
    // a virus found and not the message's size, whatever the basic code (552).
    pattern:
      /\b(?:file|attachment|document)s? containing (?:VBA )?macros?\b|\bmacros? (?:are )?not allowed\b/i,
    reason: "policyViolation",
    source:
      "Symantec Email Security.cloud (552 MS-Office file containing VBA macros found inside of the email), attachment policies refusing macro-enabled documents",
  },
  {
    id: "policy.attachment-type",
    words: ["extension", "extensions", "attachment", "attachments", "type", "types", "banned"],
    // A file type the receiver refuses (core README: attachments are policyViolation).
    pattern:
      /\b(?:bad|banned|forbidden|blocked|prohibited|illegal|disallowed) (?:file )?(?:extension|file type|attachment)s?\b|\battachment (?:type|extension)s? (?:is |are )?not (?:allowed|permitted|accepted)\b|\b(?:reject(?:ed|ing)?|block(?:ed|ing)|refus(?:ed|ing)) (?:(?:due to|because of|for) )?banned content\b/i,
    reason: "policyViolation",
    source:
      "Attachment filters of receivers (Gmail's and Microsoft's blocked file types, Amavis banned files, Exim ACLs on file names): a file type refused, not a virus found; Amavis's BANNED verdict (554 Rejected due to banned content: a file name or type its banned rules refuse)",
  },
];
