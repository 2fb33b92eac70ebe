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
      ["550 Rejected by header based Anti-Spoofing policy", "policyViolation"],
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
  // Mail servers and security gateways (w-docs-servers). Sophos Central Email's page lists its
  // XGEMAIL tags with their meanings but not the replies that carry them (sophos.ts reads the
  // tags); Proofpoint Essentials' pages list delivery statuses only.
  barracuda: {
    // the Message Log of Barracuda's cloud service, quoting the destination's reply, live (with
    // the host and port it came from) or cached
    page: "https://campus.barracuda.com/product/essentials/doc/169287426/email-cache-policies",
    replies: [
      ["Rejected (mail.somedomain.com:25:530 5.7.1 Client was not authenticated(at FROM))", "authRequired"],
      ["Rejected (192.0.2.93:25:530 5.7.1 Client was not authenticated(at FROM))", "authRequired"],
      ["Rejected (530 5.7.1 Client was not authenticated (at FROM))", "authRequired"],
    ],
  },
  "cisco-secure-email": {
    page: "https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/118495-technote-esa-00.html",
    replies: [
      // a header of more than 1000 lines: the listener's header limit
      ["552 #5.3.4 message header size exceeds limit", "messageTooBig", "DATA"],
      // the header lines a client goes on sending after that refusal, read as commands
      ["500 #5.5.1 command not recognized", "syntaxError"],
      ["421 Exceeded bad SMTP command limit", "protocolError"],
      // its mail log quoting a destination's reply after its own reason (technote 117875)
      ["4.3.1 - Mail system full ('452', [4.3.1 Insufficent system resources'])", "systemFull"],
      // its refusal at connection of a sender with a poor SenderBase reputation score, as an
      // Exim bounce quotes it (technote 200436)
      [
        "SMTP error from remote mail server after initial connection: host gatekeeper.companyx.com [195.195.195.1]: 554-gatekeeper1.companyx.com 554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
        "badReputation",
      ],
    ],
  },
  fortimail: {
    page: "https://docs.fortinet.com/document/fortimail/6.4.2/administration-guide/260598/troubleshoot-mta-issues",
    replies: [
      ["550 5.7.1 Relay access denied", "relayDenied"],
      // greylisting (community.fortinet.com/t5/FortiMail/Technical-Tip-Greylisting-Process-Flow/ta-p/191707)
      ["451 4.3.2 Please try again later", "greylisted"],
      // more errors in one session than its profile allows (community.fortinet.com, "How to
      // configure the maximum number of errors allowed for each connection")
      ["421 4.7.0 Too many errors", "protocolError"],
      // the session profile's limit of connections per period, as its history log gives it
      // (community.fortinet.com/t5/FortiMail/Technical-Tip-How-to-fix-session-limit-classifier-in-FortiMail-x/ta-p/262429)
      ["192.0.2.1: Exceeded 100 connections in 30 minutes.", "tooManyConnections"],
    ],
  },
  "trend-micro": {
    page: "https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers",
    replies: [
      [
        "550 Mail from 192.0.2.1 refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.org/rbl+ for an explanation",
        "blocked",
      ],
      [
        "550 Mail from 192.0.2.1 refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.com/rbl for an explanation",
        "blocked",
      ],
      [
        "550 Service unavailable; Client host [192.0.2.1] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.1",
        "blocked",
      ],
      // Hosted Email Security's outbound relay, to a sender domain not registered with it
      // (success.trendmicro.com/solution/1053852)
      ["Sender address rejected: Access denied", "senderRejected"],
      // InterScan Messaging Security, to a recipient domain not on its Relay Domains list
      // (success.trendmicro.com/dcx/s/solution/1106332, KA-0004824)
      ["550 domain of forward path is not allowed", "relayDenied"],
    ],
  },
  hmailserver: {
    page: "https://www.hmailserver.com/documentation/latest/?page=reference_error_messages_smtp",
    replies: [
      // the client idle for the SMTP timeout (10 minutes)
      ["421 Connection timeout", "networkError"],
      // a large chunk of data with no line end: a client defect
      ["421 Excessive amounts of data sent to server.", "protocolError"],
      // greylisting: the sender, recipient and IP triplet is new
      ["451 Please try again later.", "greylisted"],
      // an SMTP command longer than hMailServer accepts (here a MAIL FROM line)
      ["500 Line too long", "syntaxError", "MAIL"],
      ["501 EHLO Invalid domain address.", "syntaxError", "EHLO"],
      ["501 HELO Invalid domain address.", "syntaxError", "HELO"],
      ["502 TURN disallowed", "protocolError"],
      ["502 Unimplemented command", "protocolError"],
      ["502 Use HELO/EHLO first", "protocolError"],
      ["502 VRFY disallowed", "protocolError"],
      ["503 Issue a reset if you want to start over", "protocolError"],
      // the error messages page of version 4.4 (documentation/v4.4/?page=reference_error_messages):
      // an IP range that may not send to external recipients, and one that must log in first
      ["550 Delivery is not allowed to this address.", "relayDenied"],
      ["530 SMTP authentication is required.", "authRequired"],
    ],
  },
  "kerio-connect": {
    page: "https://support.kerioconnect.gfi.com/hc/en-us/articles/4416310418706-Outbound-Email-Delivery-Troubleshooting-Article",
    replies: [
      ["550 5.7.1 Relaying is denied", "relayDenied"],
      ["4.4.1 Cannot connect to host", "networkError"],
    ],
  },
  mailenable: {
    // a MailEnable bounce quoting the destination's refusal at connection, and that reply alone
    page: "https://www.mailenable.com/kb/content/article.asp?ID=ME020517",
    replies: [
      [
        "554-mail.example.com 554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
        "badReputation",
      ],
      [
        "ME-E0193: [12345678.MAI] Message Delivery Failure. Your message addressed to the target domain (example.com) could not be delivered because the mail server responsible for this domain returned a permanent error. The server returned: 554-mail.example.com 554 Your access to this mail system has been rejected due to the sending MTA's poor reputation.",
        "badReputation",
      ],
    ],
  },
  icewarp: {
    page: "https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm",
    replies: [
      ["500 5.5.1 Command unrecognized", "syntaxError"],
      // no domain in the MAIL FROM address: the client's configuration
      ["501 5.5.2 Domain name required", "syntaxError", "MAIL"],
      // unbalanced brackets in an argument
      ["501 5.5.2 Unbalanced", "syntaxError"],
      ["501 5.5.4 Syntax error in parameters scanning", "syntaxError"],
      ["501 5.5.1 HELO/EHLO requires domain address", "syntaxError", "EHLO"],
      ["501 5.0.0 Authentication canceled", "authRequired", "AUTH"],
      // the server's, domain's or user's message size limit
      ["501 5.7.1 Message is too long", "messageTooBig"],
    ],
  },
  "proofpoint-essentials": {
    // a closed relay: mail for no domain registered with it, auto-forwarding included
    page: "https://help.proofpoint.com/Proofpoint_Essentials/Email_Security/Administrator_Topics/Other_Features/Issues_with_Email_auto-forwarding",
    replies: [["Relay Access Denied", "relayDenied"]],
  },
  axigen: {
    page: "https://www.axigen.com/documentation/blacklisting-whitelisting-greylisting-p1410030",
    replies: [["451 Temporary rejected by greylisting", "greylisted"]],
  },
  "communigate-pro": {
    // its log of an incoming session whose message holds a line longer than it takes
    page: "https://support.communigate.com/kb_article.php?ref=6535-MOAX-6612",
    replies: [
      [
        "SMTPI-12345([192.0.2.1]) failed to receive message body (1234 bytes). Error Code=message line is too long",
        "contentError",
      ],
    ],
  },
  coremail: {
    // Coremail's bounce help index lists the replies without their codes
    page: "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0",
    replies: [
      ["Requested mail action not taken: Invalid IP", "blocked"],
      ["Requested mail action not taken: Fake sender", "senderRejected"],
      ["Requested action not taken: NULL sender is not allowed", "senderRejected"],
      ["sender is rejected", "senderRejected"],
      ["IP is rejected", "blocked"],
      ["User suspended", "mailboxDisabled"],
      ["User not found", "userUnknown"],
    ],
  },
  // IONOS's page on the replies its servers give to mail for IONOS mailboxes
  ionos: {
    page: "https://ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver",
    replies: [
      // Its 421 and 450 "Reject due to policy violations" (the IP held back for a poor delivery
      // rate or spam reports) are left out: mail.com's page gives the same words another cause
      // (delivery not permitted for administrative reasons), so the words cannot say which.
      ["421 Rate limit reached. Please try again later", "rateLimited"],
      ["451 Requested action aborted: local error in processing", "systemError"],
    ],
  },
  // IONOS's page on the replies its customers' mail meets elsewhere, and its hosting's own refusal
  // of a sender outside the contract's domains (ionos.fr/assistance/hebergement/aucun-envoi-de-mails-avec-une-adresse-dexpediteur-differente)
  "ionos-sending": {
    page: "https://ionos.ca/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email",
    replies: [
      ["535 Authentication failure: SMTP AUTH failed with the remote server", "authRequired"],
      ["550 Unknown User", "userUnknown", "RCPT TO"],
      ["550 Requested action not taken: mailbox unavailable", "userUnknown", "RCPT TO"],
      ["550 Quota Exceeded", "mailboxFull"],
      [
        "554 Service unavailable; Client host [192.0.2.1] blocked using rbl.orbitrbl.com - IP Black Listed",
        "blocked",
      ],
      ["550 must be authenticated", "authRequired"],
      ["Sender address is not allowed", "senderRejected"],
    ],
  },
  "mail-com": {
    page: "https://postmaster.mail.com/en/error-messages",
    replies: [
      ["4xy Rate limit reached. Please try again later", "rateLimited"],
      ["4xy Reject due to policy violations", "policyViolation"],
      ["4xy Administrative reject", "systemError"],
      [
        "5xy Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner",
        "authFailure",
      ],
    ],
  },
  // STRATO's page on the refusals its customers meet; the bracketed hint after its spam refusal
  // names what the filter found (the page lists B-URL, B-TEXT, B-SCORE, B-EX and B-ATTACH)
  strato: {
    page: "https://strato.de/faq/mail/fehlermeldungen-bei-e-mails",
    replies: [
      ["mailbox full", "mailboxFull"],
      ["quota exceeded", "mailboxFull"],
      ["mailbox is overquota", "mailboxFull"],
      ["User has exhausted allowed storage space", "mailboxFull"],
      ["550 5.7.1 Refused by local policy. No SPAM please!", "spamDetected"],
      ["550 5.7.1 Refused by local policy. No SPAM please! (B-URL)", "spamDetected"],
      ["550 5.7.1 Refused by local policy. No SPAM please! (B-TEXT)", "spamDetected"],
      ["550 5.7.1 Refused by local policy. No SPAM please! (B-SCORE)", "spamDetected"],
      ["550 5.7.1 Refused by local policy. No SPAM please! (B-EX)", "spamDetected"],
      ["550 5.7.1 Refused by local policy. No SPAM please! (B-ATTACH)", "policyViolation"],
      ["Suspected phishing attempt", "spamDetected"],
      ["550 sorry, no mailbox here by that name", "userUnknown"],
      ["550 recipient e-mail adress unknown", "userUnknown"],
    ],
  },
  // STRATO's Dutch page; its "Refused by local policy. No SPAM please" without the exclamation
  // mark, which it calls a blocked server or sender, is left out: STRATO's older German page
  // gives the same words as a spam refusal, so the words cannot say which
  "strato-nl": {
    page: "https://www.strato.nl/faq/mail/waarom-krijg-ik-foutmeldingen-bij-het-werken-met-e-mail/",
    replies: [
      ["Refused by local policy. No SPAM please! (B-URL)", "spamDetected"],
      ["Refused by local policy. No SPAM please! (B-ATTACH)", "policyViolation"],
    ],
  },
  // STRATO's page on the refusals of its outgoing spam filter
  "strato-outgoing": {
    page: "https://www.strato.de/faq/article/2304/Ich-habe-eine-E-Mail-ueber-den-Versand-von-Spam-erhalten.html",
    replies: [
      ["550 5.7.1 Refused by local policy. Message contains a dangerous attachment!", "policyViolation"],
      ["550 5.7.1 Refused by local policy. Sending of SPAM is not permitted!", "spamDetected"],
    ],
  },
  // Seznam's page on a recipient that does not exist, with the forms other servers' reports take
  seznam: {
    page: "https://napoveda.seznam.cz/uzivatel-neexistuje",
    replies: [
      ["5.1.1 szn; User hasn't got the service mapped", "userUnknown"],
      // the same without its code, as a report that keeps only the text shows it
      ["szn; User hasn't got the service mapped", "userUnknown"],
      ["550 5.1.1 jiri.novak@example.cz... User unknown", "userUnknown"],
    ],
  },
  // Interia's page on undelivered mail; its 550 5.2.1 Mailbox not available is left out, since
  // the page gives it three causes (a mistyped address, a full inbox, a suspended account)
  interia: {
    page: "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600",
    replies: [
      ["550 5.1.1 Account not found", "userUnknown", "RCPT TO"],
      ["550 5.7.1 Recipient doesn't want your mail", "filtered", "RCPT TO"],
      ["550 5.7.0 [SPF] 192.0.2.1 is not allowed to send mail from example.com", "authFailure"],
    ],
  },
  // Libero's and Virgilio's (Italiaonline) page on the reports their users meet, in the upper
  // case the page writes them in; Virgilio's (aiuto.virgilio.it) is the same list
  "libero-virgilio": {
    page: "https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email",
    replies: [
      ["MAILBOX FULL (User quota exceeded)", "mailboxFull"],
      ["BAD DESTINATION MAILBOX ADDRESS", "userUnknown"],
      ["USER UNKNOWN", "userUnknown"],
      ["ROUTING SERVER FAILURE", "hostUnknown"],
      ["RELAYING NOT ALLOWED (550 Relay Disabled)", "relayDenied"],
      ["OTHER OR UNDEFINED PROTOCOL STATUS", "protocolError"],
      ["OTHER OR UNDEFINED MAIL SYSTEM STATUS", "systemError"],
      ["OTHER OR UNDEFINED NETWORK OR ROUTING STATUS", "networkError"],
      ["DELIVERY TIME EXPIRED", "expired"],
    ],
  },
  // Free's postmaster page (the stored copy shows the first of its listed refusals)
  "free-fr": {
    page: "https://postmaster.free.fr",
    replies: [["550 spam detected", "spamDetected"]],
  },
  // Proximus's page on a sender on its blacklist
  proximus: {
    page: "https://www.proximus.be/support/en/id_sfaqs_mail_blacklist/self-employed-and-small-companies/support/internet/e-mails/problems-with-your-mailbox/your-ip-address-is-in-our-blacklist.html",
    replies: [
      [
        "554 Access denied - Under investigation for spam abuse. Contact your email provider for more info",
        "blocked",
      ],
    ],
  },
  // BT's page on error 550 when sending from a BT Email account
  bt: {
    page: "https://www.bt.com/help/email/fix-a-problem/problems-with-email/bt-email-problems--error-code-0x800ccc79--error-550-",
    replies: [
      [
        "550 Recipient Not Authorised [recipient rejected due to no authorised destination groups]",
        "senderRejected",
        "RCPT TO",
      ],
      ["550 unknown local user", "userUnknown", "RCPT TO"],
    ],
  },
  // BT Business's page on rejected mail
  "bt-business": {
    page: "https://btbusiness.custhelp.com/app/answers/detail/a_id/15074/~/my-emails-are-being-rejected---im-getting-messages-with-the-error-code-550/c/5183/",
    replies: [["550 Message rejected due to sender IP reputation ([192.0.2.1])", "badReputation"]],
  },
  sendgrid: {
    page: "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting",
    // Its table quotes receivers' replies beside its own relay's; left out: 421 Message from
    // (X.X.X.X) temporarily deferred, Yahoo's reply, which Yahoo's own page (block above) ties
    // to complaints where SendGrid's names volume, and 554 ERROR: Mail refused, which the page
    // calls a default that names no cause.
    replies: [
      ["403 You are not authorized to send from that email address", "senderRejected"],
      ["450 too frequent connects from 198.37.147.135, please try again later.", "tooManyConnections"],
      ["451 Temporary local problem - please try later", "systemError"],
      ["451 Authentication failed: Maximum credits exceeded", "rateLimited"],
      ["452 Too many recipients received this hour (throttled)", "rateLimited"],
      ["550 Requested action not taken: mailbox unavailable", "userUnknown"],
      ["551 User does not exist.", "userUnknown"],
      [
        "552 This message is larger than the current system limit or the recipient’s mailbox is full. Create a shorter message body or remove attachments and try sending it again.",
        "mailboxFull",
      ],
      ["553 Invalid/inactive user.", "userUnknown"],
      // the same page, its section on logging in to smtp.sendgrid.net
      ["550 Unauthenticated senders not allowed", "authRequired"],
    ],
  },
  sparkpost: {
    page: "https://support.sparkpost.com/docs/faq/error-messages-smtp",
    replies: [
      ["535 5.7.8 Sorry. *** No authentication type succeeded", "authRequired", "AUTH"],
      ["550 5.6.0 JSON parsing error in X-MSYS-API", "contentError"],
      ["550 5.7.1 Unconfigured Sending Domain <demo.example.com>", "senderRejected"],
      // its FAQ pages on the two suppression lists (docs/faq/recipient-address-was-suppressed-
      // due-to-customer-policy and -system-policy): the relay's own lists refuse the address
      ["554 5.7.1 recipient address was suppressed due to customer policy", "policyViolation"],
      ["554 5.7.1 recipient address was suppressed due to system policy", "policyViolation"],
    ],
  },
  "amazon-ses": {
    page: "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html",
    // the SMTP interface's own replies to the sending application (its table of response codes)
    replies: [
      ["421 Too many concurrent SMTP connections", "tooManyConnections"],
      ["451 Temporary service failure", "systemError"],
      ["451 Timeout waiting for data from client", "networkError"],
      ["454 Throttling failure: Daily message quota exceeded", "rateLimited"],
      ["454 Throttling failure: Maximum sending rate exceeded", "rateLimited"],
      ["454 Temporary authentication failure", "systemError", "AUTH"],
      ["454 Temporary service failure", "systemError"],
      ["530 Authentication required", "authRequired"],
      ["535 Authentication Credentials Invalid", "authRequired", "AUTH"],
      ["535 Account not subscribed to SES", "senderRejected", "AUTH"],
      ["552 Message is too long.", "messageTooBig"],
      [
        "554 Access denied: User arn:aws:iam::123456789012:user/ses-smtp-user is not authorized to perform ses:SendRawEmail on resource arn:aws:ses:us-east-1:123456789012:identity/example.com",
        "senderRejected",
      ],
      [
        "554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com, ann@example.org",
        "senderRejected",
      ],
    ],
  },
  socketlabs: {
    page: "https://help.socketlabs.com/docs/421-451-too-many-errors-you-have-been-temporarily-blacklisted",
    // its gateway refuses, for minutes, an IP whose connections made too many errors
    replies: [["421 4.5.1 Too many errors, you have been temporarily blacklisted", "blocked"]],
  },
  att: {
    page: "https://worldnet.att.net/general-info/bls_info/block_enduser.html",
    // AT&T Mailblock inquiry, Error Message Summary (att.net, BellSouth), read at its http address
    replies: [
      ["421-failure in DNS look-up.", "requirePTR"],
      ["450 busy--Please try again later", "tooManyConnections"],
      ["521 <192.0.2.1> is blocked", "blocked"],
      [
        "550 [suspend] Mailbox currently suspended--Please contact correspondent directly.",
        "mailboxDisabled",
      ],
      ["550 [permfail] bellsouth.net requires valid sender domain", "senderRejected"],
      ["550 unauthorized interface for <192.0.2.1>", "blocked"],
      ["550 <192.0.2.1> blocked by ldap:ou=rblmx, dc=bellsouth, dc=net", "blocked"],
    ],
  },
  godaddy: {
    page: "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685",
    // the replies its page quotes in full; its other rows name a bounce, not the reply's text
    replies: [
      ["This message is looping: it already has my Delivered-To line. (#5.4.6)", "networkError"],
      ["550 Recipient not found", "userUnknown"],
      ["552 Message rejected for spam or virus content", "spamDetected"],
    ],
  },
  rackspace: {
    page: "https://docs.rackspace.com/docs/common-email-bounces",
    // left out: 554 5.5.2 ... Invalid data in message #SMTP#, which the page explains as an
    // attachment's name longer than 50 characters (no reason its words would tell)
    replies: [
      ["Host or domain name not found. MX host not found.", "hostUnknown"],
      ["450 4.1.8 <ann@example.com>: Sender address rejected: Domain not found", "senderRejected"],
      [
        "451 4.3.0 <mail.example.com[192.0.2.1]>: Client host rejected: Throttled - Too much spam from your mail server. Try again later.",
        "badReputation",
      ],
      ["451 4.3.0 <ann@example.com>: Temporary lookup failure", "systemError"],
      ["421 Too many concurrent connections from this client (G2)", "tooManyConnections"],
      [
        "4.4.1 <ann@example.com>: The recipient's server was temporarily unavailable to accept your message (G6)",
        "networkError",
      ],
      ["504 5.5.2 <ann@localhost>: Sender address rejected: need fully-qualified address", "senderRejected"],
      ["550 Your message has been rejected because you have been detected sending spam.", "spamDetected"],
      [
        "550 5.1.0 <ann@example.com>: Sender address rejected: User unknown in relay recipient table",
        "senderRejected",
      ],
      [
        "550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown in relay recipient table",
        "userUnknown",
      ],
      ["550 5.3.4 Message too large (G17)", "messageTooBig"],
      [
        "550 5.7.0 [blocked file] - Your message has been rejected because it contains a banned file attachment (G1A)",
        "policyViolation",
      ],
      [
        "550 5.7.0 [blocked file] - File attachment is not allowed because they can be used to exploit Winzip (G1C)",
        "policyViolation",
      ],
      ["550 5.7.1 <ann@example.com>: Relay access denied", "relayDenied"],
      [
        "554 5.7.1 <mail.example.com[192.0.2.1]>: Client host rejected: The sender's mail server is blocked",
        "blocked",
      ],
      [
        "5.7.1 ACL dns_rbl; Client host [192.0.2.1] blocked using Spamhaus PBL. Please visit http://www.spamhaus.org/lookup/ for more information on why this message could not be delivered (G1)",
        "blocked",
      ],
      [
        "554 5.7.1 ACL dns_rbl; Client host [192.0.2.1] blocked using sa-ip4tset.blagr.emailsrvr.com=127.26.0.2 Cloudmark CSI. Please visit http://csi.cloudmark.com/reset-request for more information on why this message could not be delivered",
        "blocked",
      ],
      [
        "5.7.1 ACL dns_rbl; Client host [192.0.2.1] blocked using sa-ip4tset.blagr.emailsrvr.com=127.22.0.2 Senderscore. Please visit https://senderscore.org/rtbl/ for more information on why this message could not be delivered",
        "blocked",
      ],
      ["554 5.7.1 <ann@example.com>: Sender address rejected: Blocked by this domain", "senderRejected"],
      ["554 5.7.1 <ann@example.com>: Sender address rejected: Blocked by this recipient", "filtered"],
      [
        "550 5.7.1 <ann@example.com>: The recipient's server refused to accept your message (G7)",
        "userUnknown",
      ],
      [
        "550 5.1.1 <ann@example.com>: Email address could not be found, or was misspelled (G8)",
        "userUnknown",
      ],
      ["550 5.7.1 Email rejected per DMARC policy for [example.com] (G15)", "authFailure"],
      ["550 5.7.23 The message was rejected because of Sender Policy Framework violation", "authFailure"],
    ],
  },
  "sendgrid-bounce-responses": {
    page: "https://github.com/sendgrid/docs/blob/1930deb39d583880e1275c020a5b41f989c599f6/source/Classroom/Track/Bounces/common_smtp_server_bounce_responses.md",
    // SendGrid's page of receivers' replies as its event data shows them, "(throttled)" being
    // its own mark; left out: Yahoo's [GL01] and AOL's DYN:T1, which their own pages explain
    // (complaints; a dynamic IP range) where this page says "too many messages or connections"
    replies: [
      [
        "450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered.",
        "rateLimited",
      ],
      [
        "450 too frequent connects from 198.37.147.135, please try again later. (throttled)",
        "tooManyConnections",
      ],
      [
        "451 mta1012.mail.gq1.yahoo.com Resources temporarily unavailable. Please try again later [#4.16.1].",
        "systemError",
      ],
      ["452 4.3.1 Insufficient system storage (throttled)", "systemFull"],
      ["452 4.2.2 Over Quota", "mailboxFull"],
      ["550 5.1.1 <ann@aol.com>: Recipient address rejected: aol.com", "userUnknown"],
      ["551 not our customer", "userUnknown"],
      ["551 user does not exist", "userUnknown"],
      ["553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "relayDenied"],
      ["554 5.7.1 [P4] Message blocked due to spam content in the message.", "spamDetected"],
    ],
  },
  momentum: {
    page: "https://support.sparkpost.com/momentum/4/message-responses",
    // SparkPost's MTA; "[internal]" marks its own texts for a delivery it gave up or deferred.
    // Left out: the rows that say only "See message." where the words leave the reason open
    // (501 5.5.2 invalid EHLO, a syntax error to Momentum and a refused HELO name elsewhere)
    replies: [
      ["421 4.3.4 allocated resources exceeded", "systemError"],
      ["421 4.4.0 [internal] no MXs for this domain could be reached at this time", "networkError"],
      ["421 4.4.5 Service unavailable, concurrency limit reached", "tooManyConnections"],
      ["421 4.4.5 Service unavailable", "systemError"],
      ["450 4.4.1 [internal] Connection Timed Out", "networkError"],
      ["451 4.3.0 transaction failed", "systemError"],
      ["451 4.4.1 [internal] No valid hosts (unable to make any connections)", "networkError"],
      ["451 4.4.2 [internal] no banner", "networkError"],
      ["451 4.4.2 [internal] connection closed by remote host", "networkError"],
      ["451 4.7.5 [internal] TLS negotiation failed", "securityError"],
      ["451 4.7.6 [internal] STARTTLS required but not advertised", "securityError"],
      ["452 4.5.3 Service unavailable, batch limit reached", "exceedLimit"],
      ["452 4.5.3 Service unavailable, recipients per connection limit reached", "exceedLimit"],
      ["452 4.5.3 Service unavailable, recipients per message limit reached", "exceedLimit"],
      ["454 certificate not yet valid: possible clock skew", "securityError"],
      ["454 certificate expired", "securityError"],
      ["454 4.4.4 [internal] no MX or A for domain", "hostUnknown"],
      ["500 5.5.2 unrecognized command", "syntaxError"],
      ["503 5.5.1 DATA without RCPT TO", "protocolError"],
      ["503 5.5.1 bad sequence of commands", "protocolError"],
      ["550 5.4.4 [internal] NULL MX domain does not accept mail", "notAccept"],
      ["550 5.5.1 RFC2821 HELO/EHLO needed", "protocolError"],
      ["550 5.6.0 Lone CR or LF in headers (see RFC2822 section 2.2)", "contentError"],
      ["550 5.6.0 Required headers not found (see RFC2822 section 3.6)", "contentError"],
      ["550 5.6.0 Missing required RFC2822 Date field (see RFC2822 section 3.6)", "contentError"],
      ["550 5.6.0 Header line too long (see RFC2822 section 3.5)", "contentError"],
      ["550 5.6.0 Body line too long (see RFC2822 section 3.5)", "contentError"],
      ["550 5.7.1 relaying denied", "relayDenied"],
      ["550 5.7.1 [internal] discarded by policy", "policyViolation"],
      ["552 5.3.4 message size limit exceeded", "messageTooBig"],
      ["554 5.4.4 [internal] Domain Lookup Failed", "hostUnknown"],
      ["554 5.4.5 [internal] Delivery not attempted (message expired)", "expired"],
      ["554 5.4.7 [internal] exceeded max retries without delivery", "expired"],
      ["554 5.4.7 [internal] exceeded max time without delivery", "expired"],
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
