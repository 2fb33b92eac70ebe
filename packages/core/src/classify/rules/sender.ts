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
      /\bsender (?:address )?(?:is )?(?:rejected|denied|refused|not allowed|unknown|invalid|verify failed|verification failed)\b|\b(?:unknown|invalid|incorrect|wrong|fake|forged|bad|unroute?able|unverified) sender\b|\bdomain of sender address\b|\b(?:sender |from:? |from:)domain (?:does not exist|not found|unknown|must (?:exist|resolve)|(?:does not|doesn't) have (?:any |an? )?MX)\b|\band sender (?:does(?:n't| not)|do(?:n't| not)) match\b|\bsender verif\w* failed\b|\bfrom address (?:rejected|not allowed|invalid)\b|\bsender address must exist\b|\brequires (?:a )?valid sender (?:domain|address)\b|\bnot (?:a )?(?:registered|valid) sender\b|\bdomain \S+ is banned\b/i,
    reason: "senderRejected",
    source:
      "Postfix sender restrictions (reject_unknown_sender_domain, reject_sender_login_mismatch), Exim sender verify, Sendmail, Cox, hMailServer (Sender domain does not have any MX records), Coremail (Fake sender), Baruwa (The domain ... is banned), AT&T BellSouth (550 [permfail] bellsouth.net requires valid sender domain)",
  },
  {
    id: "sender.not-valid",
    words: ["from", "sender", "authorised", "authorized"],
    pattern:
      /\b(?:from|sender)(?:\/(?:from|sender))? (?:name|address|domain) (?:is )?(?:not valid|invalid)\b|\bnot allowed to use (?:the )?(?:domain|address) \S+ as (?:a )?sender\b|\bunable to verify sender\b|\bnot authori[sz]ed to send (?:from|as) (?:this|that|the) (?:header |From:? |sender )?address\b/i,
    reason: "senderRejected",
    source:
      "Postal (530 From/Sender name is not valid: the From domain is not the credential's), SmarterMail (not allowed to use the domain ... as a sender domain), sender callouts (unable to verify sender address), Fastmail (551 5.7.1 Not authorised to send from this header address: the From address is none of the account's sending identities)",
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
    words: ["authorization", "authorisation", "authorized", "authorised", "authenticated", "login"],
    // Submission servers that let an account send only as itself: the envelope sender must be
    // the address the client logged in with.
    pattern:
      /\bmail from (?:address )?must (?:be (?:the )?same as|equal|match) (?:the )?(?:authori[sz]ation|authori[sz]ed|authenticated|login) user\b/i,
    reason: "senderRejected",
    source:
      "QQ Mail 501 mail from address must be same as authorization user, NetEase 553 Mail from must equal authorized user (help.mail.163.com): MAIL FROM is not the logged-in account",
  },
  {
    id: "sender.account-suspended",
    words: ["suspended", "disabled", "blocked", "deactivated", "locked", "review"],
    // "Your account" speaks to the client that logged in, so the account barred is the sender's;
    // a recipient's server speaks of "the account that you tried to reach" (mailbox.disabled).
    pattern:
      /\byour (?:e-?mail |mail |user |smtp |sending )?account (?:has been |is |was )?(?:temporarily )?(?:suspended|disabled|blocked|deactivated|locked|under review)\b/i,
    reason: "senderRejected",
    source:
      "SMTP2GO 552 Your account has been suspended (submission refused to the customer's own account); core README boundary: an account barred from sending is the sender's",
  },
  {
    id: "sender.identity-not-verified",
    words: ["verified", "unverified", "verify"],
    // Sending services send only from domains and addresses the customer has proven to own: an
    // unverified one is the sending account's refusal, not the recipient's (SES: amazon-ses.ts).
    pattern:
      /\b(?:sending |sender )?domain (?:\S+ )?(?:is |has )?not (?:yet )?(?:been )?verified\b|\bunverified (?:sending |sender )?domain\b|\bverify your (?:sending )?domain\b/i,
    reason: "senderRejected",
    source:
      "Resend, Postmark, SendGrid, Mailgun: mail is sent only from a verified domain (The example.com domain is not verified. Please, add and verify your domain)",
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
