import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, sender authentication (SPF, DKIM, DMARC, ARC), shared by many servers (RFC 7208, RFC 6376, RFC 7489). */
export const senderAuthenticationRules: readonly Rule[] = [
  {
    id: "auth.dmarc",
    words: ["dmarc"],
    // Not a mailbox named dmarc (`<dmarc@example.org>: Recipient address rejected`), where the
    // reports go.
    pattern: /\bDMARC\b(?![\w.+-]{0,64}@)/i,
    reason: "authFailure",
    source: "Gmail 5.7.26, Mail.ru, Zoho, iCloud, Yahoo: DMARC policy rejections",
  },
  {
    id: "auth.domain-owner-policy",
    words: ["owner"],
    // RFC 7489 calls the From domain's publisher the Domain Owner; its policy is the DMARC record.
    pattern: /\bdomain owner(?:'s)? (?:DMARC )?polic(?:y|ies)\b/i,
    reason: "authFailure",
    source:
      "RFC 7489 (Domain Owner policy); Outlook.com's DMARC rejection (could not be delivered due to domain owner policy restrictions)",
  },
  {
    id: "auth.spf",
    words: ["spf"],
    pattern: /\bSPF\S{0,2} (?:\S+ ){0,8}(?:fail|reject|invalid|hardfail|softfail|not (?:pass|permit|allow))/i,
    reason: "authFailure",
    // Single spaces: the parser has made every run of white space one space, and recheck proves
    // this form linear where `\s+` gaps leave it unsure.
    source: "RFC 7208 receivers: SPF, then the failure",
  },
  {
    id: "auth.spf-explanation",
    words: ["openspf", "spf"],
    // RFC 7208 section 6.2's explanation string: SPF libraries' and policy services' default
    // points the rejected sender at the SPF project's "why" page, with no other words of SPF.
    pattern: /\bopen-?spf\.(?:org|net)\/why\b/i,
    reason: "authFailure",
    source:
      "RFC 7208 6.2 (exp=); libspf2, Mail::SPF and pypolicyd-spf default explanations (Please see http://www.openspf.net/Why?s=mfrom;id=...; Rejected, look at http://www.openspf.org/why.html?sender=...)",
  },
  {
    id: "auth.spf-refused",
    words: ["spf"],
    pattern:
      /\b(?:fail|reject|blocked|prohibited|not (?:allowed|authori[sz]ed|permitted) to send)\w{0,3} (?:\S+ ){0,8}SPF\b/i,
    reason: "authFailure",
    source: 'RFC 7208 receivers: the failure, then SPF ("Sender prohibited by SPF")',
  },
  {
    id: "auth.invalid-spf-dkim",
    words: ["spf", "dkim", "arc", "dmarc"],
    pattern:
      /\b(?:invalid|bad|broken|failed) (?:SPF|DKIM|ARC)\b|\bSPF unauthori[sz]ed\b|\bduring (?:SPF|DKIM|DMARC) (?:verification|validation|check)\b|\bhas no SPF record\b/i,
    reason: "authFailure",
    source:
      "RFC 7208 and RFC 6376 receivers, the verdict before the name: Forward Email (421 Invalid SPF result, invalid DKIM signature); Cisco AsyncOS SPF defaults (550 #5.7.1 SPF unauthorized mail is prohibited, 451 #4.4.3 Temporary error occurred during SPF verification)",
  },
  {
    id: "auth.spf-or-dkim",
    words: ["spf", "dkim"],
    // A receiver asking for either mechanism names both: "has SPF or DKIM", "SPF and DKIM".
    pattern: /\b(?:SPF|DKIM) (?:and\/or|or|and) (?:SPF|DKIM)\b/i,
    reason: "authFailure",
    source:
      "Barracuda (550 ... ensure the email service you are sending from either has SPF or DKIM), Gmail's sender guidelines (set up SPF and DKIM)",
  },
  {
    id: "auth.spf-designate",
    words: ["designate", "designates", "allowed"],
    // SPF's verdict in words: this IP is not one the domain names as its senders.
    pattern:
      /\bdoes not designate \S+ as permitted sender\b|\b(?:\d{1,3}\.){3}\d{1,3} is not allowed to send (?:e-?mail|mail) from\b/i,
    reason: "authFailure",
    source:
      "Gmail, Postfix policyd-spf; SPF checks that print the verdict as the client IP not allowed to send mail from the domain (RFC 7208 section 2.6.4, fail)",
  },
  {
    id: "auth.dkim",
    words: ["dkim", "arc"],
    pattern:
      /\b(?:DKIM|ARC)\S{0,2}\s+(?:\S+\s+){0,8}(?:fail|invalid|reject|not (?:pass|valid|verif)|missing)|\bno (?:valid |passing )?DKIM\b/i,
    reason: "authFailure",
    source: "RFC 7372 receivers: DKIM or ARC failure",
  },
  {
    id: "auth.checks-failed",
    words: ["authentication"],
    // The message's authentication (SPF, DKIM, DMARC) checked by the receiver, worded without
    // naming the checks; a client's failed login reads "authentication failed" (smtp-auth).
    pattern:
      /\b(?:fails?|failed|did not pass|does not pass) (?:to pass )?(?:the |our )?(?:sender |message |e-?mail )?authentication checks?\b|\bauthentication checks? (?:failed|did not pass)\b|\b(?:no|does not have|lacks) authentication information\b/i,
    reason: "authFailure",
    source:
      "RFC 7208, RFC 6376, RFC 7489: receivers that refuse mail failing their authentication checks (Gmail 5.7.26)",
  },
  {
    id: "auth.unauthenticated-mail",
    words: ["unauthenticated", "spoofing", "spoofed", "purported", "senderid", "sender"],
    pattern:
      /\bunauthenticated (?:e-?mail|mail|message)\b|\banti-spoofing\b|\bspoof(?:ed|ing) (?:sender|mail|message)\b|\bPurported Responsible Address\b|\bSender ?ID\b/i,
    reason: "authFailure",
    source: "Gmail, Proofpoint: unauthenticated or spoofed mail; Sender ID (RFC 4406) PRA checks",
  },
  {
    id: "auth.ip-mismatch",
    words: ["mismatch", "mismatches", "match"],
    // A host name that does not match its IP is a reverse DNS check (ptr.required), not this.
    pattern:
      /\b(?:domain|sender|envelope from)\S{0,2} (?:\S+ ){0,3}(?:mismatch(?:es)?|does(?:n't| not) match) (?:the |your )?(?:client|sending|connecting) IP\b|\bMX\+ mismatch\b/i,
    reason: "authFailure",
    source:
      "Receivers that accept a sender's domain only from its own servers (MX, PTR or SPF-like checks worded without the names): the domain and the sending IP do not match",
  },
  {
    id: "auth.spf-spelled-out",
    words: ["framework", "aligned", "alignment"],
    pattern: /\bSender Policy Framework\b|\bnot aligned with\b|\balignment (?:check )?fail/i,
    reason: "authFailure",
    source: "Exchange Online 5.7.23, DMARC alignment failures worded without the names",
  },
];
