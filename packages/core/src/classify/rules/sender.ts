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
      /\bsender (?:address )?(?:is )?(?:rejected|denied|refused|not allowed|unknown|invalid|verify failed|verification failed)\b|\b(?:unknown|invalid|incorrect|wrong|fake|forged|bad|unroute?able|unverified) sender\b|\bdomain of sender address\b|\bsender domain (?:does not exist|not found|unknown|must (?:exist|resolve)|(?:does not|doesn't) have (?:any |an? )?MX)\b|\band sender (?:does(?:n't| not)|do(?:n't| not)) match\b|\bsender verif\w* failed\b|\bfrom address (?:rejected|not allowed|invalid)\b|\bsender address must exist\b|\bnot (?:a )?(?:registered|valid) sender\b|\bdomain \S+ is banned\b/i,
    reason: "senderRejected",
    source:
      "Postfix sender restrictions (reject_unknown_sender_domain, reject_sender_login_mismatch), Exim sender verify, Sendmail, Cox, hMailServer (Sender domain does not have any MX records), Coremail (Fake sender), Baruwa (The domain ... is banned)",
  },
  {
    id: "sender.not-valid",
    words: ["from", "sender"],
    pattern:
      /\b(?:from|sender)(?:\/(?:from|sender))? (?:name|address|domain) (?:is )?(?:not valid|invalid)\b|\bnot allowed to use (?:the )?(?:domain|address) \S+ as (?:a )?sender\b|\bunable to verify sender\b/i,
    reason: "senderRejected",
    source:
      "Postal (530 From/Sender name is not valid: the From domain is not the credential's), SmarterMail (not allowed to use the domain ... as a sender domain), sender callouts (unable to verify sender address)",
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
    id: "sender.malformed-address",
    words: ["malformed", "bad", "invalid"],
    // The generic syntax wording ("Malformed address") with the sender's own code, X.1.7.
    pattern: /\b(?:malformed|bad|invalid) (?:sender )?address\b/i,
    enhanced: ["X.1.7"],
    reason: "senderRejected",
    source: "RFC 3463 X.1.7 (bad sender's mailbox address syntax), maddy 550 5.1.7 Malformed address",
  },
];
