import type { Rule } from "./rule.js";

/** Postfix (the sending MTA's own texts): how its servers word their replies. Source: https://www.postfix.org/postconf.5.html. */
export const postfixRules: readonly Rule[] = [
  {
    id: "postfix.client-rate-limit",
    words: ["recipients", "mail"],
    // Before the recipient-count family: anvil counts per client and per time unit.
    pattern: /\btoo many recipients from\b|\btoo much mail from\b/i,
    reason: "rateLimited",
    source:
      "Postfix smtpd with anvil: 450 4.7.1 Error: too many recipients from (smtpd_client_recipient_rate_limit), too much mail from (smtpd_client_message_rate_limit)",
  },
  {
    id: "postfix.loops-back",
    words: ["loops"],
    pattern: /\bloops back to myself\b/i,
    reason: "networkError",
    source: "Postfix 5.4.6: mail for a domain loops back to the sending host",
  },
  {
    id: "postfix.smtputf8",
    words: ["smtputf8"],
    pattern: /\bSMTPUTF8 is required, but was not offered\b/i,
    reason: "contentError",
    source: "Postfix 5.6.7: the message needs SMTPUTF8 and the next host does not offer it",
  },
  {
    id: "postfix.tls-not-offered",
    words: ["tls"],
    pattern: /\bTLS is required, but was not offered\b/i,
    reason: "securityError",
    source:
      "Postfix smtp_proto.c 4.7.4: the sender's own TLS policy (smtp_tls_security_level) requires TLS and the next host does not offer STARTTLS; the receiver asked for nothing",
  },
  {
    id: "postfix.certificate-not-verified",
    words: ["certificate"],
    pattern: /\bServer certificate not verified\b/i,
    reason: "securityError",
    source:
      "Postfix smtp client (smtp_tls_security_level verify or secure): 4.7.5 Server certificate not verified, the sender's own TLS policy found no trusted certificate",
  },
  {
    id: "postfix.sender-not-logged-in",
    words: ["logged"],
    pattern: /\bSender address rejected: not logged in\b/i,
    reason: "authRequired",
    source:
      "Postfix reject_sender_login_mismatch (postconf.5): the sender address belongs to a SASL login and the client has not logged in",
  },
  {
    id: "postfix.recipient-not-fqdn",
    words: ["qualified"],
    // Before the generic syntax rule ("need fully-qualified"): the recipient address itself is
    // unusable (no domain part, or a domain that is no name), so it is no mailbox.
    pattern: /\bRecipient address rejected: need fully-qualified address\b/i,
    reason: "userUnknown",
    source:
      "Postfix reject_non_fqdn_recipient (postconf.5): 504 5.5.2 <a>: Recipient address rejected: need fully-qualified address",
  },
  {
    id: "postfix.dane-no-tlsa",
    words: ["tlsa"],
    // The sending Postfix's own text: its TLS policy is dane-only and the next hop publishes no
    // usable TLSA records, so it defers the mail; the receiver asked for nothing.
    pattern: /\bno TLSA records found\b/i,
    reason: "securityError",
    source:
      "Postfix TLS_README (mandatory DANE, smtp_tls_security_level = dane-only): 4.7.5 no TLSA records found",
  },
  {
    id: "postfix.sender-null-mx",
    words: ["nullmx", "null"],
    // Before postfix.null-mx: the same Postfix text is about the sender when its class says so
    // ("Sender address rejected", X.7.27): the sender's domain publishes a null MX, so no reply
    // to this mail could ever arrive. The recipient's null MX stays notAccept.
    pattern:
      /\bSender address rejected: Domain \S{1,253} does not accept mail \(nullMX\)|\bsender (?:address |domain )?has (?:a )?null ?MX\b/i,
    reason: "senderRejected",
    source:
      "Postfix smtpd_check.c reject_unknown_sender_domain on a null MX: 550 5.7.27 <a>: Sender address rejected: Domain d does not accept mail (nullMX); RFC 7505 section 4.2 and X.7.27 (sender address has null MX)",
  },
  {
    id: "postfix.null-mx",
    words: ["nullmx"],
    pattern: /\bnullMX\b/i,
    reason: "notAccept",
    source: "Postfix 5.1.10: Domain does not accept mail (nullMX)",
  },
  {
    id: "postfix.refused-to-talk",
    words: ["refused"],
    pattern: /\brefused to talk to me\b/i,
    reason: "blocked",
    confidence: 0.6,
    source: "Postfix: host ... refused to talk to me, the receiver refused the greeting",
  },
  {
    id: "postfix.verification-in-progress",
    words: ["verification"],
    // reject_unverified_recipient/sender while the probe is still under way: Postfix defers on
    // purpose (unverified_*_defer_code, 450) and accepts once the probe has succeeded.
    pattern: /\bunverified address: verification in progress\b/i,
    reason: "greylisted",
    source:
      "Postfix ADDRESS_VERIFICATION_README: 450 4.1.1 <a@b>: Recipient address rejected: unverified address: verification in progress",
  },
  {
    id: "postfix.verification-failed-for-now",
    words: ["unverified"],
    // reject_unverified_recipient/sender when the probe failed for now (unverified_*_defer_code,
    // 450) without an answer from the next hop: the address is neither known nor unknown yet. A
    // probe that got one ("unverified address: unknown user") is read by that answer.
    pattern: /\bunverified address: (?:(?:recipient|sender) )?address lookup fail(?:ed|ure)\b/i,
    classes: [4],
    reason: "systemError",
    source:
      "Postfix ADDRESS_VERIFICATION_README, unverified_recipient_defer_code (450 4.1.1 <a@b>: Recipient address rejected: unverified address: Recipient address lookup failed, or Address lookup failure)",
  },
  {
    id: "postfix.temporary-lookup-failure",
    words: ["lookup"],
    // A table or map the restriction reads (a database, an LDAP directory, a policy service) did
    // not answer: Postfix defers the recipient until it does.
    pattern: /\bTemporary lookup failure\b/i,
    reason: "systemError",
    source: "Postfix smtpd (451 4.3.0 <a@b>: Temporary lookup failure, when a lookup table fails)",
  },
  {
    id: "postfix.defer-if-permit",
    words: ["defer"],
    // A restriction's own deferral, naming no cause (postconf(5): defer_if_permit, "defer the
    // request if the restriction would result in a PERMIT"): a refusal for now, as greylisting is.
    pattern: /\bdefer_if_permit requested\b/i,
    reason: "greylisted",
    source:
      "Postfix smtpd_*_restrictions: 450 4.7.1 <a@b>: Recipient address rejected: defer_if_permit requested",
  },
];
