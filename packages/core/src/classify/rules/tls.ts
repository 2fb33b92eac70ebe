import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, TLS: required by the receiver, or failed, shared by many servers (RFC 3207, RFC 8689). */
export const tlsRules: readonly Rule[] = [
  {
    id: "tls.sender-policy-unmet",
    words: ["tls", "starttls"],
    // The sending side's own requirement that the next hop did not meet: its TLS policy failed
    // (the core README's requireTLS / securityError boundary), no receiver asked for anything.
    pattern:
      /\b(?:STARTTLS|TLS) (?:is )?(?:required|mandatory),? but (?:was )?not (?:offered|supported|available|advertised)\b/i,
    reason: "securityError",
    source:
      "RFC 3207, RFC 8461 (MTA-STS) and RFC 7672 (DANE) sender policies; Postfix's smtp client (TLS is required, but was not offered by host ...)",
  },
  {
    id: "tls.required",
    words: ["starttls", "tls", "encryption", "ssl", "encrypted", "requiretls", "secure"],
    pattern:
      /\bmust issue a STARTTLS\b|\b(?:STARTTLS|TLS|SSL|encryption) (?:is )?(?:required|needed|mandatory)\b|\brequires? (?:a )?(?:secure|encrypted|TLS) connection\b(?! or the client was not authenticated)|\ba secure connection is requiere?d\b|\bmust use (?:TLS|STARTTLS|encryption)\b|\bREQUIRETLS\b|\bmust be sen[dt] (?:with|using) (?:an )?encryption\b|\bwithout (?:SSL\/TLS|TLS|SSL|STARTTLS)(?: encryption)? (?:is )?not (?:allowed|permitted|accepted)\b/i,
    reason: "requireTLS",
    source:
      "RFC 3207 530 5.7.0, Gmail 4.7.0 TLS required (not .NET's own \"requires a secure connection or the client was not authenticated\", which says either, before the server's reply); a provider's own spelling (530 Login fail. A secure connection is requiered(such as ssl))",
  },
  {
    id: "tls.required-x73",
    words: ["starttls"],
    // Microsoft's 5.7.3 names STARTTLS when the connection must be encrypted first, in the
    // language of the service's region (21Vianet's Chinese text: "发送邮件需要 STARTTLS").
    pattern: /\bSTARTTLS\b/i,
    enhanced: ["X.7.3"],
    reason: "requireTLS",
    source:
      "Microsoft Exchange Online and Outlook.com: 451 5.7.3 STARTTLS is required to send mail (localised by region)",
  },
  {
    id: "security.tls-error",
    words: ["certificate", "tls", "ssl", "handshake", "cipher", "version", "tlsa"],
    pattern:
      /\bcertificate (?:verify|verification|validation) failed\b|\bcertificate (?:has )?(?:expired|is invalid|not trusted)\b|\bcertificate (?:was |is )?not verified\b|\bTLSA records?\b|\b(?:TLS|SSL) (?:handshake |negotiation |session |connection )?(?:failed|failure|error)\b|\bSSL_(?:connect|accept) (?:error|failed)\b|\bhandshake failure\b|\bno shared cipher\b|\bSSL routines\b|\bwrong version number\b/i,
    reason: "securityError",
    source:
      "OpenSSL and TLS libraries: TLS negotiation failed (OpenSSL's error queue names its library, SSL routines, and the reason: wrong version number, certificate verify failed); Postfix's tls_client.c (SSL_connect error to host: n)",
  },
];
