import type { Rule } from "./rule.js";

/** Amazon SES (the sending service's own refusals over SMTP). Source: https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html. */
export const amazonSesRules: readonly Rule[] = [
  {
    id: "ses.missing-domain",
    words: ["missing"],
    // An address without its domain part does not parse (RFC 5321 4.1.2: Local-part "@" Domain).
    pattern: /\bMissing final '@domain'/i,
    reason: "syntaxError",
    source:
      "Amazon SES over SMTP (554 Transaction failed: Missing final '@domain'), an address that lacks its domain",
  },
  {
    id: "ses.identity-not-verified",
    words: ["verified", "identities"],
    // In the SES sandbox the recipients must be verified too: either way the account may not
    // send as or to these addresses until they are, so the sender side has to act.
    pattern: /\bEmail address is not verified\b|\bidentities failed the check\b/i,
    reason: "senderRejected",
    source:
      "Amazon SES 554 Message rejected: Email address is not verified. The following identities failed the check in region ...",
  },
  {
    id: "ses.not-authorized-to-send",
    words: ["authorized"],
    // The SMTP credentials' IAM user lacks the permission to send: the sending account's limit.
    pattern: /\bnot authorized to perform [`'"]?ses:Send(?:Raw)?Email\b/i,
    reason: "senderRejected",
    source:
      "Amazon SES SMTP interface: 554 Access denied: User <arn> is not authorized to perform ses:SendRawEmail (an IAM policy without ses:SendRawEmail)",
  },
  {
    id: "ses.account-not-subscribed",
    words: ["subscribed"],
    // The SMTP login names an AWS account that has not signed up for SES: the credentials are
    // fine, the sending account may not send until it is subscribed.
    pattern: /\baccount not subscribed to (?:Amazon )?SES\b/i,
    reason: "senderRejected",
    source:
      "Amazon SES SMTP response codes (docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html): 535 Account not subscribed to SES, the AWS account that owns the SMTP credentials is not signed up for SES",
  },
];
