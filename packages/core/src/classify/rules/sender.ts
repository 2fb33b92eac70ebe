import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, the sender address, shared by many servers (sender restrictions). */
export const senderRules: readonly Rule[] = [
  {
    id: "list.members-only",
    words: ["member", "members", "nonmember", "non", "nonmembers"],
    pattern:
      /\bnot a member of (?:this|the) (?:mailing )?list\b|\bonly (?:list )?members (?:can|may) (?:post|send)\b|\bnon-?members? (?:are not allowed|may not post)\b/i,
    reason: "senderRejected",
    source: "Mailman, fml, Google Groups: the list accepts posts from members only",
  },
  {
    id: "sender.rejected",
    words: ["sender", "senders", "from", "banned"],
    pattern:
      /\bsender (?:address )?(?:is |has been |was )?(?:rejected|denied|refused|blocked|not allowed|unknown|invalid|verify failed|verification failed)\b|\b(?:unknown|invalid|incorrect|wrong|fake|forged|bad|unroute?able|unverified) sender\b|\bdomain of sender address\b|\b(?:sender |from:? |from:)domain (?:does not exist|not found|unknown|must (?:exist|resolve)|(?:does not|doesn't) have (?:any |an? )?MX)\b|\band sender (?:does(?:n't| not)|do(?:n't| not)) match\b|\bsender verif\w* fail(?:ed|ure)?\b|\bfrom address (?:rejected|not allowed|invalid)\b|\bsender address must exist\b|\brequires (?:a )?valid sender (?:domain|address)\b|\bnot (?:a )?(?:registered|valid|local) sender\b|\bdomain \S+ is banned\b|\bunauthori[sz]ed use of (?:the )?sender(?: address)?\b|\bunauthori[sz]ed envelope sender\b/i,
    reason: "senderRejected",
    source:
      "Postfix sender restrictions (reject_unknown_sender_domain, reject_sender_login_mismatch), Exim sender verify, Sendmail, Cox, hMailServer (Sender domain does not have any MX records), Coremail (Fake sender), Baruwa (The domain ... is banned), submission servers (553 5.7.0 Unauthorized use of sender address; 550 Unauthorised Envelope Sender, from an address that may only send through the organisation's own services), AT&T BellSouth (550 [permfail] bellsouth.net requires valid sender domain)",
  },
  {
    id: "sender.not-valid",
    words: ["from", "sender", "authorised", "authorized", "addresses", "identity", "hosted"],
    pattern:
      /\b(?:from|sender)(?:\/(?:from|sender))? (?:name|address|domain) (?:is )?(?:not valid|invalid)\b|\bnot allowed to use (?:the )?(?:domain|address) \S+ as (?:a )?sender\b|\bunable to verify sender\b|\bnot authori[sz]ed to send (?:from|as) (?:this|that|the) (?:header |From:? |sender )?address\b|\bfrom address is not one of your addresses\b|\bsender identity used is not valid\b|\byou are using is not hosted on this server\b|\bsender address must contain a domain\b|\bfrom a blank sender\b/i,
    reason: "senderRejected",
    source:
      "Postal (530 From/Sender name is not valid: the From domain is not the credential's), SmarterMail (not allowed to use the domain ... as a sender domain), sender callouts (unable to verify sender address), Fastmail (551 5.7.1 Not authorised to send from this header address: the From address is none of the account's sending identities); submission servers with the same verdict (550 5.7.0 From address is not one of your addresses; 550 Unauthorized sending: the sender identity used is not valid for this account), hosts' Exim ACLs (The MAIL FROM email address ... you are using is not hosted on this server), servers that want a domain in the sender (501 <name>: sender address must contain a domain), SMTP2GO (550 to send email from a blank sender, enable blank senders)",
  },
  {
    id: "sender.null-mx",
    words: ["mx", "nullmx"],
    // RFC 7505 section 4.3: mail from an address whose domain publishes a null MX cannot be
    // answered, so receivers refuse it with X.7.27; the recipient's null MX is X.1.10 (notAccept).
    pattern: /\bsender(?: address| domain)?(?: \S+)? (?:has|publishes) (?:a )?null ?MX\b/i,
    reason: "senderRejected",
    source: "RFC 7505 section 4.3: 550 5.7.27 Sender address has null MX",
  },
  {
    id: "sender.send-as-denied",
    words: ["send"],
    // Sending as another address than the account's own (Exchange's send-as permission, a
    // submission server's identities): the sending account is refused, not the recipient.
    pattern:
      /\b(?:not allowed|not permitted|no permissions?|(?:does not|doesn't|do not|don't) have (?:the )?permissions?|not authori[sz]ed) to send (?:mail |e-?mail |messages? )?(?:as|on behalf of)\b/i,
    reason: "senderRejected",
    source:
      "Exchange and Exchange Online (5.7.60 Client does not have permissions to send as this sender, SendAsDenied), submission servers (RFC 6409 section 6.1: the server may refuse a From the account may not use)",
  },
  {
    id: "sender.unverified-identity",
    words: ["verified", "unverified", "unconfigured", "unregistered", "verify"],
    // Sending services let an account send only from domains and addresses it has verified.
    pattern:
      /\b(?:unverified|unconfigured|unregistered) (?:sending |sender )?(?:domain|address|identity)\b(?!:)|\b(?:sending |sender |from )?(?:e-?mail )?(?:address|domain|identity|identities)(?: \S+)? (?:is |are |has not been |have not been )?not (?:yet )?verified\b|\bverify your (?:sending )?domain\b/i,
    reason: "senderRejected",
    source:
      "Amazon SES (Email address is not verified), SparkPost (Unconfigured Sending Domain), Mailgun, SendGrid (Sender Identity verification), Resend (The example.com domain is not verified. Please, add and verify your domain): the sending account's domain or address is not verified",
  },
  {
    id: "sender.domain-not-allowed-to-send",
    words: ["send"],
    // A sending service's account or domain that may not send (yet): not activated, not
    // verified. An IP not allowed to send is the client's (the blocklist family, before).
    pattern:
      /\b(?:domain|account|sender|user)(?: \S+)? is not (?:allowed|permitted|authori[sz]ed|enabled) to send\b/i,
    reason: "senderRejected",
    source:
      "Mailgun (Domain ... is not allowed to send: Please activate your account), sending services that hold an account or domain back until it is activated or verified",
  },
  {
    id: "sender.outgoing-suspended",
    words: ["outgoing", "sending"],
    // Before the mailbox family: an account "disabled" for sending is the sender's, not a mailbox.
    pattern:
      /\boutgoing (?:mail|e-?mail|messages?) (?:from \S+ )?(?:has been|is|was) (?:suspended|disabled|blocked)\b|\b(?:message |mail |e-?mail )?sending (?:for|from) (?:this|your) account (?:has been |is |was )?(?:suspended|disabled|blocked)\b/i,
    reason: "senderRejected",
    source:
      'cPanel (Exim): 550 Outgoing mail from "domain" has been suspended, the account may not send out; Mail.ru (550 message sending for this account is disabled, until the owner confirms the mailbox)',
  },
  {
    id: "sender.not-the-login",
    words: [
      "authorization",
      "authorisation",
      "authorized",
      "authorised",
      "authenticated",
      "login",
      "authentication",
    ],
    // Submission servers that let an account send only as itself: the envelope sender must be
    // the address the client logged in with.
    pattern:
      /\bmail from (?:address )?must (?:be (?:the )?same as|equal|match) (?:the )?(?:authori[sz]ation|authori[sz]ed|authenticated|login) user\b|\bmust match your authenticated (?:e-?mail )?(?:user|account)\b|\bmail from account doesn'?t conform with authentication\b|\bfrom address and the authenticated user must be the same\b/i,
    reason: "senderRejected",
    source:
      "QQ Mail 501 mail from address must be same as authorization user, NetEase 553 Mail from must equal authorized user (help.mail.163.com): MAIL FROM is not the logged-in account; hosts' submission filters (Your FROM address must match your authenticated email user); Alibaba Mail (440 mail from account doesn't conform with authentication: the MAIL FROM account is not the logged-in one)",
  },
  {
    id: "sender.from-domain-not-allowed",
    words: ["header", "sending", "sender", "address"],
    // A host's outgoing filter: the domain in the message's From header is none the sending
    // account may use (cPanel-style Exim ACLs print the client's IP before it).
    pattern:
      /\bdomain (?:\S+ (?:is )?)?not allowed in header(?: From)?\b|\bsending from this domain is (?:blocked|not allowed)\b|\brestricted to (?:the )?sending domain\b|\b(?:From|Sender)(?:\/(?:From|Sender))? address must use (?:this|the|your) domain\b/i,
    reason: "senderRejected",
    source:
      "Hosts' outgoing Exim ACLs: 550 Your IP: <ip> : Your domain <domain> is not allowed in header From (the From domain is not the account's; 503 Domain not allowed in header), submission services that bar a sending domain (5.7.1 Sending from this domain is blocked) or tie an API key to one (API key is restricted to sending domain ... From/Sender address must use this domain)",
  },
  {
    id: "sender.account-suspended",
    words: ["suspended", "disabled", "blocked", "deactivated", "locked", "review", "activated", "paused"],
    // "Your account" speaks to the client that logged in, so the account barred is the sender's;
    // a recipient's server speaks of "the account that you tried to reach" (mailbox.disabled).
    pattern:
      /\byour (?:e-?mail |mail |user |smtp |sending )?account (?:has been |is |was )?(?:temporarily )?(?:suspended|disabled|blocked|deactivated|locked|under review|not (?:yet )?activated)\b|\bsending (?:paused|suspended|disabled) for (?:this|your) account\b/i,
    reason: "senderRejected",
    source:
      "Amazon SES 554 Message rejected: Sending paused for this account; SMTP2GO 552 Your account has been suspended (submission refused to the customer's own account), Brevo 502 5.7.0 Your SMTP account is not yet activated; core README boundary: an account barred from sending is the sender's",
  },
  {
    id: "sender.domain-unknown",
    words: ["domain"],
    // A domain that does not exist, with the sender's enhanced code: it is the sender's domain.
    pattern: /\bdomain (?:does(?: not|n't) exist|not found|unknown)\b/i,
    enhanced: ["X.1.8"],
    reason: "senderRejected",
    source:
      "RFC 3463 X.1.8 (bad sender's system address), Sendmail 553 5.1.8 Sender address <a@b> domain does not exist",
  },
  {
    id: "sender.malformed-address",
    words: ["malformed", "bad", "invalid"],
    // The generic syntax wording ("Malformed address") with the sender's own code, X.1.7.
    pattern: /\b(?:malformed|bad|invalid) (?:sender )?address\b/i,
    enhanced: ["X.1.7"],
    reason: "senderRejected",
    source: "RFC 3463 X.1.7 (bad sender's mailbox address syntax), maddy 550 5.1.7 Malformed address",
  },
];
