import { describe, expect, it } from "vitest";
import { explain, type Reason } from "../../index.js";

/**
 * The replies providers document on their postmaster and help pages, one provider a block with
 * the page, and the reason each stands for. Each is decided by a provider rule or by a general
 * one; the test says which reason, not which rule, so that a general rule may cover a
 * provider's wording. Texts written after the pages (IPs, addresses and ids are examples).
 */
const documented: Record<
  string,
  { page: string; replies: [reply: string, reason: Reason, command?: string][] }
> = {
  gmail: {
    page: "https://support.google.com/a/answer/3726730",
    replies: [
      ["421-4.3.0 Temporary System Problem. Try again later.", "systemError"],
      [
        "550-5.7.26 This message does not have authentication information or fails to pass authentication checks (SPF or DKIM).",
        "authFailure",
      ],
      // the first line of that reply alone, as a bounce that keeps one line of it shows it
      ["550-5.7.26 This message does not have authentication information or fails to pass", "authFailure"],
      ["421-4.4.5 Server busy, try again later.", "rateLimited"],
      ["421-4.7.0 IP not in whitelist for RCPT domain, closing connection.", "blocked"],
      ["421-4.7.0 TLS required for RCPT domain, closing connection.", "requireTLS"],
      [
        "450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.",
        "rateLimited",
      ],
      [
        "450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.",
        "rateLimited",
      ],
      ["450-4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error.", "rateLimited"],
      [
        "451-4.3.0 Multiple destination domains per transaction is unsupported. Please try again.",
        "exceedLimit",
      ],
      ["451-4.4.2 Timeout - closing connection.", "networkError"],
      ["451-4.5.0 SMTP protocol violation, see RFC 2821.", "protocolError"],
      ["452-4.2.2 The email account that you tried to reach is over quota.", "mailboxFull"],
      ["452-4.5.3 Your message has too many recipients.", "exceedLimit"],
      [
        "454-4.5.0 SMTP protocol violation, no commands allowed to pipeline after STARTTLS, see RFC 3207.",
        "protocolError",
      ],
      ["454-4.7.0 Too many login attempts, please try again later.", "rateLimited"],
      ["501-5.5.2 Cannot Decode response.", "syntaxError"],
      ["502-5.5.1 Unrecognized command.", "syntaxError"],
      ["503-5.5.1 RCPT first.", "protocolError"],
      ["503-5.7.0 No identity changes permitted.", "protocolError"],
      ["530-5.7.0 Must issue a STARTTLS command first.", "requireTLS"],
      ["534-5.7.9 Application-specific password required.", "authRequired"],
      ["535-5.7.1 Please log in with your web browser and then try again.", "authRequired", "AUTH"],
      ["535-5.7.8 Username and Password not accepted.", "authRequired"],
      ["550-5.1.1 The email account that you tried to reach does not exist.", "userUnknown"],
      ["550-5.2.1 The email account that you tried to reach is disabled.", "mailboxDisabled"],
      ["550-5.4.5 Daily sending quota exceeded.", "rateLimited"],
      ["550-5.7.1 Email quota exceeded.", "rateLimited"],
      ["550-5.7.1 Messages with multiple addresses in From: header are not accepted.", "contentError"],
      ["550-5.7.1 Our system has detected that this message is likely unsolicited mail.", "spamDetected"],
      ["550-5.7.25 The IP address sending this message does not have a PTR record setup.", "requirePTR"],
      ["550-5.7.26 This mail has been blocked because the sender is unauthenticated.", "authFailure"],
      [
        "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
        "authFailure",
      ],
      ["552-5.2.2 The email account that you tried to reach is over quota and inactive.", "mailboxFull"],
      ["552-5.2.3 Your message exceeded Google's message size limits.", "messageTooBig"],
      ["552-5.7.0 Our system detected an illegal attachment on your message.", "policyViolation"],
      ["553-5.1.2 We weren't able to find the recipient domain.", "hostUnknown"],
      ["554-5.6.0 Mail message is malformed. Not accepted.", "contentError"],
      [
        "421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address.",
        "badReputation",
      ],
      // Gmail's error and SMTP relay (support.google.com/a/answer/6140680) pages, batch 11; the
      // first two in the older wording Gmail's servers have also sent
      ["421-4.7.26 This mail has been rate limited because it is unauthenticated.", "authFailure"],
      ["421-4.7.27 This mail has been rate limited because SPF does not pass.", "authFailure"],
      [
        "421-4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked.",
        "badReputation",
      ],
      ["421-4.7.0 Temporary System Problem. Try again later.", "systemError"],
      ["451-4.3.0 Mail server temporarily rejected message.", "systemError"],
      [
        "452-4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction.",
        "exceedLimit",
      ],
      [
        "421-4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
        "requireTLS",
      ],
      ["504-5.7.4 Unrecognized authentication type.", "authRequired"],
      ["530-5.7.0 Encryption required for requested authentication mechanism.", "requireTLS"],
      [
        "550-5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.",
        "rateLimited",
      ],
      ["550-5.7.0 Mail relay denied.", "relayDenied"],
      [
        "550-5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead.",
        "blocked",
      ],
      [
        "550-5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent.",
        "policyViolation",
      ],
      [
        "550-5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp",
        "policyViolation",
      ],
      ["552-5.2.2 The email account that you tried to reach is over quota.", "mailboxFull"],
      ["553-5.1.3 The recipient address <a@example.com> is not a valid RFC 5321 address.", "userUnknown"],
      ["554-5.7.0 Too many unauthenticated commands.", "protocolError"],
      [
        "550-5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked.",
        "badReputation",
      ],
    ],
  },
  microsoft: {
    page: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
    replies: [
      ["432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded", "rateLimited"],
      ["450 4.7.3 Organization queue quota exceeded.", "rateLimited"],
      ["451 4.4.0 DNS query failed", "networkError"],
      ["4.4.316 Connection refused [Message=Socket error code 10061]", "networkError"],
      ["4.4.7 Message expired", "expired"],
      [
        "421 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation.",
        "badReputation",
      ],
      [
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "userUnknown",
      ],
      ["550 5.1.8 Access denied, bad outbound sender", "senderRejected"],
      [
        "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
        "rateLimited",
      ],
      ["554 5.2.2 Submission quota exceeded", "rateLimited"],
      [
        "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded.",
        "rateLimited",
      ],
      ["550 5.2.122 Recipient's per hour message receive limit exceeded.", "rateLimited"],
      ["550 5.4.1 Recipient address rejected: Access denied", "userUnknown", "RCPT"],
      ["554 5.4.14 Hop count exceeded - possible mail loop", "networkError"],
      ["550 5.4.300 Message expired", "expired"],
      ["550 5.4.310 DNS domain contoso.com does not exist", "hostUnknown"],
      ["550 5.4.316 Message expired, connection refused (Socket error code 10061)", "expired"],
      ["550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal", "contentError"],
      ["550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", "filtered"],
      ["550 5.7.23 The message was rejected because of Sender Policy Framework violation", "authFailure"],
      ["550 5.7.25 Access denied, the sending IPv6 address must have a reverse DNS record", "requirePTR"],
      ["550 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM", "authRequired"],
      ["550 5.7.60 SMTP; Client does not have permissions to send as this sender", "senderRejected"],
      ["550 5.7.64 TenantAttribution; Relay Access Denied", "relayDenied"],
      ["550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required", "filtered"],
      ["550 5.7.501 Access denied, spam abuse detected", "senderRejected"],
      ["550 5.7.506 Access Denied, Bad HELO", "blocked"],
      [
        "550 5.7.508 Access denied, [192.0.2.1] has exceeded permitted limits within /24 range",
        "rateLimited",
      ],
      [
        "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification",
        "authFailure",
      ],
      ["550 5.7.510 Access denied, contoso.com does not accept email over IPv4", "policyViolation"],
      [
        "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)",
        "policyViolation",
      ],
      ["550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant", "contentError"],
      [
        "550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by contoso.com using Customer Block list",
        "blocked",
      ],
      ["550 5.7.606 Access denied, banned sending IP [192.0.2.1]", "blocked"],
      [
        "550 5.7.703 Your message can't be delivered because messages to a@example.com are blocked by your organization using Tenant Allow Block List",
        "blocked",
      ],
      ["550 5.7.705 Access denied, tenant has exceeded threshold", "blocked"],
      ["550 5.7.708 Access denied, traffic not accepted from this IP", "blocked"],
      ["550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains", "blocked"],
      ["451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (S77719)", "rateLimited"],
      [
        "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
        "blocked",
      ],
      // the NDR list and KB 960775, batch 11
      ["550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", "messageTooBig"],
      [
        "550 5.7.511 Access denied, banned sender[192.0.2.1]. To request removal from this list, forward this message to delist@microsoft.com.",
        "blocked",
      ],
      ["550 5.7.350 Remote server returned message detected as spam", "spamDetected"],
      [
        "451 4.7.26 Access denied, a message sent over IPv6 [2001:db8::1] must pass either SPF or DKIM validation.",
        "authFailure",
      ],
    ],
  },
  "yahoo-aol": {
    page: "https://senders.yahooinc.com/smtp-error-codes/",
    replies: [
      [
        "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints",
        "badReputation",
      ],
      [
        "421 4.7.0 [TS01] Messages from 192.0.2.1 temporarily deferred due to user complaints",
        "badReputation",
      ],
      [
        "553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed.",
        "blocked",
      ],
      [
        "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list",
        "blocked",
      ],
      ["554 5.7.9 Message not accepted for policy reasons.", "policyViolation"],
      ["554 delivery error: dd This user doesn't have a yahoo.com account (a@yahoo.com) [0]", "userUnknown"],
      [
        "554 delivery error: dd Sorry, your message to a@yahoo.com cannot be delivered. This mailbox is disabled (554.30).",
        "mailboxDisabled",
      ],
      ["552 1 Requested mail action aborted, mailbox not found", "userUnknown"],
      ["421 Max message per connection reached, closing transmission channel", "rateLimited"],
      [
        "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
        "authFailure",
      ],
      // batch 11
      ["451 Message temporarily deferred due to unresolvable RFC.5321 from domain", "senderRejected"],
    ],
  },
  apple: {
    page: "https://support.apple.com/en-us/102322",
    replies: [
      [
        "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
        "policyViolation",
      ],
      ["554 5.7.1 [HM08] Message rejected due to local policy.", "policyViolation"],
      ["550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1", "blocked"],
      ["550 5.1.1 <a@icloud.com>: user does not exist", "userUnknown"],
      ["550 5.1.1 unknown or illegal alias: a@icloud.com", "userUnknown"],
      ["552 5.2.2 <a@icloud.com>: user is over quota", "mailboxFull"],
    ],
  },
  comcast: {
    page: "https://postmaster.comcast.net/smtp-error-codes.php",
    replies: [
      [
        "554 resimta-po-02v.sys.comcast.net comcast 192.0.2.1 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry.",
        "requirePTR",
      ],
      ["554 imta14.emeryville.ca.mail.comcast.net comcast 192.0.2.2 Comcast block for spam.", "blocked"],
      [
        "554 resimta-ch2-01v.sys.comcast.net comcast 192.0.2.1 found on one or more DNSBLs, see BL000001",
        "blocked",
      ],
      ["421 resimta comcast 192.0.2.1 Comcast RL000001 rate limited", "rateLimited"],
      ["550 5.1.1 <a@comcast.net> Not our Customer", "userUnknown"],
      ["421 4.7.0 Too many sessions opened from 192.0.2.1", "tooManyConnections"],
    ],
  },
  "gmx-webde": {
    page: "https://postmaster.gmx.net/en/error-messages",
    replies: [
      [
        "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://postmaster.web.de/en/case?c=hi",
        "contentError",
      ],
      [
        "554-gmx.net (mxgmx001) Nemesis ESMTP Service not available 554-Bad DNS PTR resource record.",
        "requirePTR",
      ],
      ["550 Requested action not taken: mailbox unavailable", "userUnknown", "RCPT"],
      ["552 Requested mail action aborted: exceeded storage allocation", "mailboxFull", "RCPT"],
    ],
  },
  "t-online": {
    page: "https://postmaster.t-online.de/index.en.html",
    replies: [
      [
        "554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
        "blocked",
      ],
      ["550 5.1.1 <a@t-online.de>: Recipient address rejected: User unknown", "userUnknown"],
      ["552 5.2.2 <a@t-online.de>: Recipient address rejected: Mailbox full", "mailboxFull"],
    ],
  },
  orange: {
    page: "https://postmaster.orange.fr/",
    replies: [
      [
        "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
        "userUnknown",
      ],
      ["552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]", "mailboxFull"],
      ["550 5.1.0 Emetteur invalide. Invalid Sender. OFR_415 [415]", "senderRejected"],
      [
        "421 mwinf5c27 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR004_104 [104]",
        "tooManyConnections",
      ],
      [
        "550 mwinf5c14 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102",
        "blocked",
      ],
      [
        "552 5.2.0 Taille limite du message atteinte. Maximum size of the message reached. OFR_514 [514]",
        "messageTooBig",
      ],
    ],
  },
  mailru: {
    page: "https://help.mail.ru/mail/postmaster/bounces",
    replies: [
      [
        "550 Message was not accepted -- invalid mailbox. Local mailbox a@mail.ru is unavailable: user not found",
        "userUnknown",
      ],
      [
        "550 Message was not accepted -- invalid mailbox. Local mailbox a@mail.ru is unavailable: account is disabled",
        "mailboxDisabled",
      ],
      [
        "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=abc or report details to abuse@corp.mail.ru.",
        "spamDetected",
      ],
      ["421 Too many connections from your IP", "tooManyConnections"],
      ["550 Message rejected by DMARC policy", "authFailure"],
    ],
  },
  yandex: {
    page: "https://yandex.com/support/mail/web/spam/smtp-errors.html",
    replies: [
      ["554 5.7.1 Message rejected under suspicion of SPAM", "spamDetected"],
      ["550 5.7.1 No such user!", "userUnknown"],
      ["552 5.2.2 Mailbox size limit exceeded", "mailboxFull"],
      ["550 5.7.1 Policy rejection on the target address", "filtered"],
      ["451 4.7.1 Sorry, the service is currently unavailable. Please come back later.", "systemError"],
    ],
  },
  zoho: {
    page: "https://www.zoho.com/mail/help/adminconsole/smtp-error-codes.html",
    replies: [
      ["553 Relaying disallowed as a@example.com", "senderRejected"],
      ["554 5.1.8 Email Outgoing Blocked.", "senderRejected"],
      ["550 5.4.6 Unusual sending activity detected", "rateLimited"],
      ["550 5.1.1 Mailbox not found", "userUnknown"],
      ["554 5.7.7 Email policy violation detected", "policyViolation"],
    ],
  },
  rambler: {
    page: "https://help.rambler.ru/mail/",
    replies: [
      ["550 5.2.1 <a@rambler.ru>: Mailbox is frozen", "mailboxDisabled"],
      ["451 4.7.1 Greylisting in action, please come back later", "greylisted"],
    ],
  },
  qq: {
    page: "https://service.mail.qq.com/",
    replies: [
      // QQ limits how often one IP, domain or sender sends (a rate) apart from how often it connects.
      ["550 Ip frequency limited", "rateLimited"],
      ["550 Connection frequency limited", "tooManyConnections"],
      ["550 Mail content denied", "spamDetected"],
      ["550 The mail may contain inappropriate words or content.", "spamDetected"],
      ["550 Mailbox not found", "userUnknown"],
    ],
  },
  mimecast: {
    page: "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754",
    replies: [
      ["550 Administrative prohibition - envelope blocked", "filtered"],
      ["550 Rejected by header based Anti-Spoofing policy", "authFailure"],
      ["550 Invalid Recipient", "userUnknown"],
      ["554 Email rejected due to security policies", "policyViolation"],
      ["451 Open relay not allowed", "relayDenied"],
    ],
  },
  proofpoint: {
    page: "https://ipcheck.proofpoint.com/",
    replies: [["554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1", "blocked"]],
  },
  postfix: {
    page: "https://www.postfix.org/postconf.5.html",
    replies: [
      [
        "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
        "userUnknown",
      ],
      ["450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.1]", "requirePTR"],
      ["504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname", "blocked"],
      ["554 5.7.1 <a@example.com>: Relay access denied", "relayDenied"],
      ["450 4.1.8 <a@nowhere.example>: Sender address rejected: Domain not found", "senderRejected"],
      ["mail for example.com loops back to myself", "networkError"],
      ["SMTPUTF8 is required, but was not offered by host mx.example.com[192.0.2.1]", "contentError"],
      ["Domain example.com does not accept mail (nullMX)", "notAccept"],
      ["connect to mx.example.com[192.0.2.1]:25: Connection refused", "networkError"],
      [
        "Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found",
        "hostUnknown",
      ],
      ["552 5.3.4 Message size exceeds fixed limit", "messageTooBig"],
    ],
  },
  exim: {
    page: "https://www.exim.org/exim-html-current/doc/html/spec_html/",
    replies: [
      ["retry timeout exceeded", "expired"],
      ["all relevant MX records point to non-existent hosts", "hostUnknown"],
      ["550 Unrouteable address", "hostUnknown"],
      [
        "421 Too many concurrent SMTP connections from this IP address; please try again later.",
        "tooManyConnections",
      ],
      ["message has lines too long for transport", "contentError"],
    ],
  },
  sendmail: {
    page: "https://www.sendmail.org/",
    replies: [
      ["550 5.1.1 <a@example.com>... User unknown", "userUnknown"],
      ["554 5.4.6 Too many hops", "networkError"],
      ["Cannot send message for 5 days", "expired"],
      ["451 4.4.1 reply: read error from mx.example.com.", "networkError"],
    ],
  },
  qmail: {
    page: "https://cr.yp.to/qmail.html",
    replies: [
      ["550 sorry, no mailbox here by that name. (#5.1.1)", "userUnknown"],
      ["553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "relayDenied"],
      ["Sorry, I couldn't find any host named example.invalid. (#5.1.2)", "hostUnknown"],
    ],
  },
  exchange: {
    page: "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
    replies: [
      ["550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found", "userUnknown"],
      ["554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", "hostUnknown"],
      ["452 4.3.1 Insufficient system resources", "systemFull"],
      ["554 5.6.0 STOREDRV.Deliver.Exception:ConversionFailedPermanentException", "contentError"],
    ],
  },
};

describe.each(Object.entries(documented))("documented replies of %s", (_provider, { page, replies }) => {
  it("name their page", () => expect(page).toMatch(/^https:\/\//));
  it.each(replies)("%s", (reply, reason, command) => {
    const result = explain(reply, command ? { command } : {});
    expect(result.reason, result.rule).toBe(reason);
  });
});
