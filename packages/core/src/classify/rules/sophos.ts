import type { Rule } from "./rule.js";

/**
 * Sophos Central Email: the XGEMAIL_00nn tags its replies carry, each naming one check. Source:
 * https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html.
 * The page gives each tag's meaning, not the reply's wording, so the rules read the tag alone.
 * XGEMAIL_0007 (the recipient organisation's licence has expired) names no reason of the list.
 */
export const sophosRules: readonly Rule[] = [
  {
    id: "sophos.authentication",
    words: ["xgemail"],
    pattern: /\bXGEMAIL_000[123]\b/i,
    reason: "authFailure",
    source: "Sophos XGEMAIL_0001 no valid DKIM signature, XGEMAIL_0002 SPF failed, XGEMAIL_0003 DMARC failed",
  },
  {
    id: "sophos.blocklisted-ip",
    words: ["xgemail"],
    pattern: /\bXGEMAIL_0004\b/i,
    reason: "blocked",
    source: "Sophos XGEMAIL_0004: the sender's IP address failed an RBL test",
  },
  {
    id: "sophos.blocklisted-domain",
    words: ["xgemail"],
    pattern: /\bXGEMAIL_0005\b/i,
    reason: "senderRejected",
    source: "Sophos XGEMAIL_0005: the sender's domain failed a DBL test (a sender domain on a domain list)",
  },
  {
    id: "sophos.tls-version",
    words: ["xgemail"],
    pattern: /\bXGEMAIL_0006\b/i,
    reason: "securityError",
    source: "Sophos XGEMAIL_0006: the TLS version used is not the one the recipient's policy sets",
  },
  {
    id: "sophos.block-list",
    words: ["xgemail"],
    pattern: /\bXGEMAIL_0008\b/i,
    reason: "blocked",
    source:
      "Sophos XGEMAIL_0008: a domain, IP address or address on the recipient organisation's admin block list",
  },
  {
    id: "sophos.user-block-list",
    words: ["xgemail"],
    pattern: /\bXGEMAIL_0009\b/i,
    reason: "filtered",
    source: "Sophos XGEMAIL_0009: a domain, IP address or address on the recipient's own block list",
  },
  {
    id: "sophos.domain-not-protected",
    words: ["xgemail"],
    pattern: /\bXGEMAIL_0010\b/i,
    reason: "relayDenied",
    source: "Sophos XGEMAIL_0010: the recipient's domain is not a domain Sophos Email takes mail for",
  },
  {
    id: "sophos.unknown-recipient",
    words: ["xgemail"],
    pattern: /\bXGEMAIL_0011\b/i,
    reason: "userUnknown",
    source: "Sophos XGEMAIL_0011: no such address in the protected domain",
  },
  {
    id: "sophos.size",
    words: ["xgemail"],
    pattern: /\bXGEMAIL_0012\b/i,
    reason: "messageTooBig",
    source: "Sophos XGEMAIL_0012: the message exceeds the allowed size",
  },
  {
    id: "sophos.recipients",
    words: ["xgemail"],
    pattern: /\bXGEMAIL_0013\b/i,
    reason: "exceedLimit",
    source: "Sophos XGEMAIL_0013: more recipients than a large message may have",
  },
  {
    id: "sophos.inbound-rate",
    words: ["xgemail"],
    pattern: /\bXGEMAIL_001[45]\b/i,
    reason: "rateLimited",
    source:
      "Sophos XGEMAIL_0014 and XGEMAIL_0015: the recipient's inbound rate limit, from this sender or from all",
  },
];
