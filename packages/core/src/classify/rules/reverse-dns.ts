import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, reverse DNS of the sending host, shared by many servers (RFC 1912, receivers' rDNS checks). */
export const reverseDnsRules: readonly Rule[] = [
  {
    id: "ptr.required",
    words: ["ptr", "reverse", "rdns", "hostname"],
    pattern:
      /\b(?:PTR|rDNS|reverse (?:DNS|lookup|hostname))\S{0,2}\s+(?:\S+\s+){0,6}(?:required|missing|fail|invalid|mismatch|must|not)|\b(?:no|invalid|missing|bad) (?:DNS )?(?:PTR|reverse DNS|rDNS)\b|\bcannot find your (?:reverse )?hostname\b|\b(?:must|should) have a (?:valid )?(?:PTR|reverse DNS)\b|\bPTR (?:resource )?records?\b|\breverse look(?: ?up)? name\b/i,
    reason: "requirePTR",
    source: "Postfix reject_unknown_client_hostname, Comcast, GMX, Gmail: reverse DNS required",
  },
];
