import { describe, expect, it } from "vitest";
import { explain, rules } from "../../index.js";

/**
 * One reply per rule, written in the style of the server the rule describes (from public
 * documentation of their error texts). Each must be decided by its own rule: this shows every
 * rule can fire and that no earlier rule shadows it.
 */
const examples: Record<string, { reply: string; command?: string }> = {
  "exim.retry-timeout-exceeded": {
    reply: "mx.example.net [192.0.2.25]: retry time not reached for any host after a long failure period",
  },
  "sendmail.sender-domain-required": {
    reply: "553 5.5.4 <ann>... Domain name required for sender address ann",
    command: "MAIL",
  },
  "greylisting.for-reputation": { reply: "421 4.7.1 IP reputation too low, greylisting in effect" },
  "user.not-handled-here": { reply: "550 This server does not handle mail for that user" },
  "zoho.email-policy-violation": { reply: "554 5.7.7 Email policy violation detected" },
  "zoho.mail-policy": { reply: "554 5.2.3 MailPolicy violation Error delivering to mailboxes" },
  "microsoft.bad-outbound-sender": {
    reply: "550 5.1.8 Access denied, bad outbound sender AS(42004) [DM6PR00MB0000.namprd00.prod.outlook.com]",
  },
  "mailbox.temporarily-unavailable": { reply: "450 Mailbox temporarily unavailable" },
  "blocked.bare-refusal": { reply: "550 5.7.1 Connection refused" },
  "qmail.bare-linefeed": { reply: "451 See http://pobox.com/~djb/docs/smtplf.html." },
  "user.previously-bounced": { reply: "550 previously hard-bounced" },
  "microsoft.authentication-level": {
    reply:
      "550 5.7.515 Access denied, sending domain [news.example.org] does not meet the required authentication level.",
  },
  "blocked.address-literal-name": {
    reply: '550 [192.0.2.7] is not a fully qualified domain name ("FQDN")',
  },
  "postfix.sender-null-mx": {
    reply:
      "550 5.7.27 <news@shop.example>: Sender address rejected: Domain shop.example does not accept mail (nullMX)",
    command: "MAIL",
  },
  "symantec.connection-policy": {
    reply: "501 Connection rejected by policy [7.7] 4812, please visit www.messagelabs.com/support",
  },
  "mailgun.account-not-activated": {
    reply: "421 Domain mg.example.org is not allowed to send: Please activate your Mailgun account first.",
  },
  "sparkpost.unconfigured-sending-domain": {
    reply: "550 5.7.1 Unconfigured Sending Domain <news.example.org>",
  },
  "sendgrid.sender-identity": { reply: "550 The from address does not match a verified Sender Identity" },
  "sendgrid.credits-exceeded": { reply: "451 Authentication failed: Maximum credits exceeded" },
  "sendgrid.invalid-or-inactive-user": { reply: "553 Invalid/inactive user." },
  "sendgrid.throttled-storage": { reply: "452 4.3.1 Insufficient system storage (throttled)" },
  "momentum.allocated-resources": { reply: "421 4.3.4 allocated resources exceeded" },
  "momentum.session-limits": {
    reply: "452 4.5.3 Service unavailable, recipients per connection limit reached",
  },
  "ses.account-not-subscribed": { reply: "535 Account not subscribed to SES" },
  "att.dns-lookup-failure": { reply: "421-failure in DNS look-up." },
  "att.busy": { reply: "450 busy--Please try again later" },
  "att.ldap-blocklist": { reply: "550 <192.0.2.1> blocked by ldap:ou=rblmx, dc=bellsouth, dc=net" },
  "rackspace.recipient-refused-by-external-server": {
    reply: "550 5.7.1 <ann@example.org>: The recipient's server refused to accept your message (G7)",
  },
  "godaddy.from-domain-invalid": {
    reply: "550 shop.example From: Domain is invalid. Provide a valid From: IB506",
  },
  "godaddy.from-header-unusable": {
    reply: "550 ann@example.org Blank From: addresses are not allowed. Provide a valid From. IB501",
  },
  "fastmail.account-locked": {
    reply: "554 ann@example.org; Recipient address rejected: Account locked for abuse or overuse",
  },
  "att.unauthorized-interface": { reply: "550 unauthorized interface for <192.0.2.17>" },
  "paran.ip-control": { reply: "550 Transaction failed. (SPAM_SUSPECT:IP_CONTROL)" },
  "yandex.bad-recipient": { reply: "550 5.1.1 No correct recipients" },
  "filtered.recipient-list": { reply: "550 Your mail was refused (in the recipient's block list)" },
  "filtered.recipient-spam-setting": {
    reply: "554 5.0.0 Service unavailable (ann.lee: mail is denied, by spam filter)",
  },
  "haraka.plugin-timeout": { reply: "451 plugin timeout", command: "DATA" },
  "postfix.client-rate-limit": { reply: "450 4.7.1 Error: too many recipients from [192.0.2.44]" },
  "exim.sender-verify-failed": {
    reply: "550-Verification failed for <news@example.org>\n550 Sender verify failed",
  },
  "exim.starttls-not-advertised": { reply: "503 STARTTLS command used when not advertised" },
  "sender.outgoing-suspended": { reply: '550 Outgoing mail from "example.org" has been suspended.' },
  "sender.not-the-login": {
    reply: "501 Mail From address must be the same as the login user",
    command: "MAIL",
  },
  "sender.account-suspended": {
    reply: "554 5.7.1 Your account is suspended, contact support to reactivate it",
  },
  "sender.domain-unknown": { reply: "550 5.1.8 <news@shop.invalid>: domain not found" },
  "postfix.recipient-not-fqdn": {
    reply: "504 5.5.2 <ann>: Recipient address rejected: need fully-qualified address",
    command: "RCPT",
  },
  "postfix.dane-no-tlsa": { reply: "status=deferred (no TLSA records found)" },
  "smtp-auth.temporary-failure": {
    reply: "454 4.7.0 Temporary authentication failure: the user database is offline",
    command: "AUTH",
  },
  "user.rejected-address-status": { reply: "550 5.1.0 Recipient rejected", command: "RCPT" },
  "mailroute.outbound-quota": {
    reply: "451 4.7.1 <ann@example.org>: Recipient address rejected: Policy Rejection- Quota Exceeded",
  },
  "netease.spam": { reply: "554 DT:SPM 163 mx14,QMCowEDZ7H3Y6OJbHtJ+Bw--.19S2 1541727962" },
  "netease.blocklist": { reply: "554 DT:RBL 163 mx3" },
  "malware.spam-or-virus": { reply: "552 Message rejected for spam or virus content" },
  "gmail.protocol-violation": { reply: "451-4.5.0 SMTP protocol violation, see RFC 2821." },
  "gmail.identity-change": { reply: "503-5.7.0 No identity changes permitted." },
  "auth.spf-refused": { reply: "550 5.7.1 [BFD] Sender prohibited by SPF" },
  "auth.domain-owner-policy": {
    reply: "550 5.7.1 Mail for example.org refused under the domain owner policy",
  },
  "microsoft.complaints-block": {
    reply: "550 SC-004 (DM5PR01MB0001) Mail rejected for policy reasons, complaints about 192.0.2.7",
  },
  "qq.recipient-frequency": { reply: "550 Mailbox unavailable or access denied [d7AjoVXb]" },
  "postfix.certificate-not-verified": { reply: "status=deferred (Server certificate not verified)" },
  "exim.helo-syntax": { reply: "501 Syntactically invalid EHLO argument(s)" },
  "postfix.refused-to-talk": { reply: "host mx.example.com[192.0.2.1] refused to talk to me" },
  "yahoo.permanently-deferred": {
    reply:
      "553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed.",
  },
  "gmail.rfc-non-compliant": {
    reply:
      "550-5.7.1 [192.0.2.1] This message is not RFC 5322 compliant. There are multiple Subject headers. To reduce the amount of spam sent to Gmail, this message has been blocked.",
  },
  "gmail.size-limit": { reply: "552-5.2.3 Your message exceeded Google's message size limits." },
  "gmail.not-in-whitelist": { reply: "421-4.7.0 IP not in whitelist for RCPT domain, closing connection." },
  "gmail.relay-limit": {
    reply: "450-4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error.",
  },
  "gmail.email-quota": { reply: "550-5.7.1 Email quota exceeded." },
  "gmail.suspicious-content": {
    reply:
      "421-4.7.0 Our system has detected that this message is suspicious due to the nature of the content and/or the links within.",
  },
  "gmail.recipient-domain-not-found": {
    reply: "553-5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors.",
  },
  "gmail.per-transaction": {
    reply:
      "452-4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction.",
  },
  "gmail.illegal-attachment": {
    reply: "552-5.7.0 Our system detected an illegal attachment on your message.",
  },
  "microsoft.outbound-spam": {
    reply: "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message",
  },
  "microsoft.hourly-receive-limit": {
    reply: "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded.",
  },
  "microsoft.queue-quota": { reply: "450 4.7.3 Organization queue quota exceeded." },
  "microsoft.submission-quota": { reply: "554 5.2.2 Submission quota exceeded." },
  "microsoft.group-restriction": {
    reply:
      "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed",
  },
  "microsoft.spam-abuse": { reply: "550 5.7.501 Access denied, spam abuse detected." },
  "microsoft.banned-sender": { reply: "550 5.7.511 Access denied, banned sender[192.0.2.1]." },
  "microsoft.send-as-denied": {
    reply: "554 5.2.252 SendAsDenied; a@b.example not allowed to send as c@d.example",
  },
  "gmail.try-later-closing": { reply: "421-4.7.0 Try again later, closing connection. (EHLO)" },
  "gmail.hop-limit": { reply: "554 5.6.0 Message exceeded 50 hops, this may indicate a mail loop." },
  "netease.local-sender-only": { reply: "553 Local user only,163 smtp5", command: "MAIL" },
  "blocked.sender-address-listed": {
    reply: "554 5.7.1 Sender address a@b.example blocked using dbl.example.org",
  },
  "microsoft.bad-helo": { reply: "550 5.7.506 Access Denied, Bad HELO." },
  "microsoft.rejected-by-recipient": { reply: "550 5.7.507 Access denied, rejected by recipient." },
  "microsoft.permitted-limits": {
    reply: "550 5.7.508 Access denied, [192.0.2.1] has exceeded permitted limits within /24 range.",
  },
  "microsoft.no-ipv4": { reply: "550 5.7.510 Access denied, contoso.com does not accept email over IPv4." },
  "microsoft.external-forwarding": {
    reply:
      "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance.",
  },
  "microsoft.tenant": { reply: "550 5.7.705 Access denied, tenant has exceeded threshold." },
  "microsoft.size-submission": {
    reply: "MapiExceptionMaxSubmissionExceeded; Message size exceeds maximum size limit.",
  },
  "yahoo.not-allowed": { reply: "554 Message not allowed - [299]" },
  "yahoo.per-connection": { reply: "421 Max message per connection reached, closing transmission channel" },
  "apple.local-policy-tag": {
    reply:
      "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
  },
  "comcast.spam-block": {
    reply: "554 imta14.emeryville.ca.mail.comcast.net comcast 192.0.2.2 Comcast block for spam.",
  },
  "comcast.rate-limit": {
    reply:
      "421 resimta-po-02v.sys.comcast.net comcast 192.0.2.1 Comcast RL000001 rate limited. Please see https://postmaster.comcast.net",
  },
  "comcast.not-our-customer": { reply: "550 5.1.1 <a@comcast.net> Not our Customer" },
  "gmx.header-case": {
    reply:
      "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://postmaster.web.de/en/case?c=hi",
  },
  "zoho.relaying-disallowed": { reply: "553 Relaying disallowed as a@example.com" },
  "zoho.outgoing-blocked": { reply: "554 5.1.8 Email Outgoing Blocked." },
  "mailru.account-disabled": {
    reply:
      "550 Message was not accepted -- invalid mailbox. Local mailbox a@mail.ru is unavailable: account is disabled",
  },
  "mailru.invalid-mailbox": {
    reply:
      "550 Message was not accepted -- invalid mailbox. Local mailbox a@mail.ru is unavailable: user not found",
  },
  "mailru.spam": {
    reply:
      "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=abc or report details to abuse@corp.mail.ru.",
  },
  "yandex.spam": { reply: "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc" },
  "yandex.policy-target": { reply: "550 5.7.1 Policy rejection on the target address" },
  "rambler.frozen": { reply: "550 5.2.1 <a@rambler.ru>: Mailbox is frozen" },
  "orange.size": {
    reply: "552 5.2.0 Taille limite du message atteinte. Maximum size of the message reached. OFR_514 [514]",
  },
  "orange.overquota": { reply: "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]" },
  "proofpoint.blocked": { reply: "554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1" },
  "barracuda.recipient-blocked": {
    reply: "550 permanent failure for one or more recipients (a@example.com:blocked)",
  },
  "cisco.address-rejected": { reply: "550 #5.1.0 Address rejected." },
  "postfix.loops-back": { reply: "mail for example.com loops back to myself" },
  "postfix.smtputf8": {
    reply: "SMTPUTF8 is required, but was not offered by host mx.example.com[192.0.2.1]",
  },
  "postfix.null-mx": { reply: "Domain example.com does not accept mail (nullMX)" },
  "exim.no-mx-hosts": { reply: "all relevant MX records point to non-existent hosts" },
  "exim.lines-too-long": { reply: "message has lines too long for transport" },
  "sendmail.cannot-send": { reply: "Cannot send message for 5 days" },
  "sendmail.read-error": { reply: "451 4.4.1 reply: read error from mx.example.com." },
  "exchange.ex-recip-not-found": { reply: "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found" },
  "exchange.nonexistent-domain": { reply: "554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain" },
  "exchange.conversion-failed": {
    reply:
      "554 5.6.0 STOREDRV.Deliver.Exception:ConversionFailedPermanentException; Failed to process message",
  },
  "rate-limit.volume": { reply: "451 4.7.1 You are sending too many emails too fast, please slow down" },
  "mailbox.unavailable": { reply: "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)" },
  "auth.ip-mismatch": {
    reply: "550 5.7.1 Sender domain example.com does not match the sending IP 192.0.2.1",
  },
  "auth.spf-spelled-out": {
    reply: "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
  },
  "gmail.account-does-not-exist": {
    reply: "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking.",
  },
  "gmail.account-disabled": { reply: "550-5.2.1 The email account that you tried to reach is disabled." },
  "gmail.over-quota": { reply: "452-4.2.2 The email account that you tried to reach is over quota." },
  "gmail.rate-limited-unauthenticated": {
    reply:
      "421-4.7.27 Your email has been rate limited because DKIM authentication did not pass for this message. - gsmtp",
  },
  "gmail.rate-limited-no-tls": {
    reply: "421-4.7.29 Mail from 192.0.2.1 is rate limited: it wasn't sent over a TLS connection. - gsmtp",
  },
  "gmail.relay-credentials": {
    reply: "550-5.7.1 Invalid credentials for relay [192.0.2.7]. - gsmtp",
  },
  "gmail.receiving-rate": {
    reply:
      "450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages.",
  },
  "gmail.unusual-rate": {
    reply:
      "421-4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address.",
  },
  "gmail.unauthenticated": {
    reply: "550-5.7.26 This mail has been blocked because the sender is unauthenticated.",
  },
  "gmail.likely-unsolicited": {
    reply: "550-5.7.1 Our system has detected that this message is likely unsolicited mail.",
  },
  "gmail.ptr": { reply: "550-5.7.25 The IP address sending this message does not have a PTR record setup." },
  "gmail.security-issue": {
    reply: "552-5.7.0 This message was blocked because its content presents a potential security issue.",
  },
  "gmail.multiple-from": {
    reply: "550-5.7.1 Messages with multiple addresses in From: header are not accepted.",
  },
  "gmail.group-permission": {
    reply:
      "The group you tried to contact (team) may not exist, or you may not have permission to post messages to the group.",
  },
  "microsoft.recipient-not-found": { reply: "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found" },
  "postfix.defer-if-permit": {
    reply: "450 4.7.1 <ann@example.org>: Recipient address rejected: defer_if_permit requested",
  },
  "aol.no-reverse-dns": { reply: "421 4.7.1 : (DNS:NR) http://postmaster.info.aol.com/errors/421dnsnr.html" },
  "microsoft.recipient-not-found-ndr": {
    reply: "Your message to ann@contoso.example couldn't be delivered. ann wasn't found at contoso.example.",
  },
  "microsoft.directory-edge-blocking": {
    reply: "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
  },
  "microsoft.rate-limits": {
    reply:
      "421 RP-001 (BAY004-MC1F10) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day.",
  },
  "microsoft.ip-reputation": {
    reply: "421 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation.",
  },
  "microsoft.block-list": {
    reply:
      "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
  },
  "microsoft.server-busy": {
    reply: "451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (S77714)",
  },
  "microsoft.mailbox-full": {
    reply: "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
  },
  "microsoft.size-limit": {
    reply: "552 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
  },
  "microsoft.not-authorized": { reply: "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized" },
  "microsoft.bare-linefeeds": {
    reply: "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds",
  },
  "microsoft.send-as": { reply: "550 5.7.60 SMTP; Client does not have permissions to send as this sender" },
  "yahoo.deferred-complaints": {
    reply:
      "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints",
  },
  "yahoo.unknown-recipients": {
    reply: "421 4.7.0 [TSS11] Messages from 192.0.2.1 deferred: excessive unknown recipients",
  },
  "yahoo.unresolvable-from": {
    reply: "451 Message temporarily deferred due to unresolvable RFC 5321 from domain example.net",
  },
  "yahoo.blocklist": {
    reply:
      "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list",
  },
  "yahoo.no-account": {
    reply: "554 delivery error: dd This user doesn't have a yahoo.com account (a@yahoo.com) [0]",
  },
  "yahoo.policy": { reply: "554 5.7.9 Message not accepted for policy reasons." },
  "mail-com.administrative-reject": { reply: "421 Administrative reject" },
  "strato.attachment-hint": { reply: "550 5.7.1 Refused by local policy. No SPAM please! (B-ATTACH)" },
  "seznam.service-not-mapped": { reply: "5.1.1 szn; User hasn't got the service mapped" },
  "status-text.routing-server": { reply: "Routing server failure" },
  "proximus.blacklist": {
    reply:
      "554 Access denied - Under investigation for spam abuse. Contact your email provider for more info",
  },
  "bt.no-destination-groups": {
    reply: "550 Recipient Not Authorised [recipient rejected due to no authorised destination groups]",
    command: "RCPT TO",
  },
  "t-online.tag": { reply: "554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help.) (BL)" },
  "gmx.ptr": {
    reply: "554-gmx.net (mxgmx001) Nemesis ESMTP Service not available 554-Bad DNS PTR resource record.",
  },
  "comcast.blocklist": {
    reply:
      "554 resimta-ch2-01v.sys.comcast.net comcast 192.0.2.1 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000",
  },
  "cox.blocklist": { reply: "554 5.7.1 192.0.2.1 rejected. IP blocked. AUP#CXBL" },
  "qq.frequency": { reply: "550 Connection frequency limited. http://service.mail.qq.com/cgi-bin/help" },
  "auth.invalid-spf-dkim": { reply: "550 5.7.20 Message rejected: invalid DKIM signature" },
  "blocked.bad-ip": { reply: "554 5.7.1 Connection refused: bad IP 192.0.2.44" },
  "spam.filter-named": { reply: "550 5.7.1 Mail rejected by the amavis scanner" },
  "sender.not-valid": { reply: "553 5.7.1 From/Sender address is not valid for this login" },
  "ses.identity-not-verified": {
    reply:
      "554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: a@example.org",
  },
  "mailchannels.content-scan": { reply: "550 5.7.1 [CS] Message blocked by policy filter" },
  "sender.malformed-address": { reply: "553 5.1.7 Malformed address: <a@@example.org>" },
  "postfix.sender-not-logged-in": {
    reply: "553 5.7.1 <info@example.org>: Sender address rejected: not logged in",
  },
  "gmail.ipv6-guidelines": {
    reply:
      "550-5.7.1 [2001:db8::5] This message does not meet IPv6 sending guidelines regarding PTR records and authentication.",
  },
  "relay.cannot-deliver-for": { reply: "550 I cannot deliver mail for <someone@example.net>" },
  "content.header-requirements": {
    reply: "550 5.7.1 Messages having no Date: header are not accepted here",
  },
  "mailbox.full.recipient-german": {
    reply: "Zustellung fehlgeschlagen: Das Postfach des Empfängers ist voll.",
  },
  "user.no-mailbox-by-that-name": { reply: "550 No mailbox by that name exists on this server" },
  "auth.spf-or-dkim": { reply: "550 Mail from example.org needs SPF or DKIM to be accepted" },
  "blocked.host-may-be-infected": {
    reply: "554 Refused: your computer may be infected, see the XBL entry for 192.0.2.12",
  },
  "yandex.spam-statistics": { reply: "554 5.7.1 Blocked by spam statistics, try again tomorrow" },
  "blocked.access-refused": { reply: "550 Permanent denial of connection for 192.0.2.13" },
  "user.recipient-verification": { reply: "550 5.1.1 Recipient verification failed for <x@example.org>" },
  "gandi.rule-virus": { reply: "550 5.7.1 Reject for policy reason. RULE1_2" },
  "gandi.rule-spam": { reply: "554 5.7.1 Reject for policy reason. RULE2_2" },
  "gandi.sasl-rate-limit": { reply: "450 4.7.1 sasl_rate_limit per hour reached" },
  "mailbox.too-many-messages": { reply: "452 4.2.2 Too many messages in the mailbox of a@example.org" },
  "policy.macro-attachment": { reply: "552 5.7.0 Attachment containing macros refused" },
  "rate-limit.count-per-period": {
    reply: "452 4.7.1 Recipient refused: limit of 200 messages per hour for sender a@example.org reached",
  },
  "qq.sending-frequency": { reply: "550 Domain frequency limited, please retry later" },
  "microsoft.no-permission-to-send": {
    reply:
      "550 5.7.129 Your message can't be delivered because you don't have permission to send to this group.",
  },
  "greylisting.rspamd-try-again": { reply: "451 4.7.1 Try again later" },
  "postfix.tls-not-offered": {
    reply: "TLS is required, but was not offered by host mx.example.com[192.0.2.7]",
  },
  "gmx.sender-domain-dns": {
    reply:
      "550-Requested action not taken: mailbox unavailable\n550 invalid DNS MX or A/AAAA resource record",
  },
  "qq.content-denied": {
    reply: "550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1",
  },
  "qq.inappropriate-content": { reply: "550 The mail may contain inappropriate words or content." },
  "hmailserver.not-in-route-list": { reply: "550 Recipient not in route list." },
  "trend-micro.forward-path-domain": { reply: "550 domain of forward path is not allowed" },
  "sophos.authentication": { reply: "XGEMAIL_0003" },
  "sophos.blocklisted-ip": { reply: "XGEMAIL_0004" },
  "sophos.blocklisted-domain": { reply: "XGEMAIL_0005" },
  "sophos.tls-version": { reply: "XGEMAIL_0006" },
  "sophos.block-list": { reply: "XGEMAIL_0008" },
  "sophos.user-block-list": { reply: "XGEMAIL_0009" },
  "sophos.domain-not-protected": { reply: "XGEMAIL_0010" },
  "sophos.unknown-recipient": { reply: "XGEMAIL_0011" },
  "sophos.size": { reply: "XGEMAIL_0012" },
  "sophos.recipients": { reply: "XGEMAIL_0013" },
  "sophos.inbound-rate": { reply: "XGEMAIL_0015" },
  "hmailserver.delivery-not-allowed": { reply: "550 Delivery is not allowed to this address." },
  "hmailserver.excessive-data": { reply: "421 Excessive amounts of data sent to server." },
  "hmailserver.command-line-too-long": { reply: "500 Line too long", command: "MAIL" },
  "facebook.recipient-preferences": { reply: "550 5.1.1 RCP-P2 Refused due to recipient preferences" },
  "apple.unknown-or-illegal": { reply: "550 5.1.1 unknown or illegal alias: a@icloud.com" },
  "mimecast.blocked-senders": {
    reply: "550 Rejected by header based Blocked Senders - block policy for Blocked Senders",
  },
  "notes.not-listed": { reply: "User a not listed in Domino Directory" },
  "notes.sender-denied": { reply: "554 Mail from a@example.net rejected for policy reasons." },
  "ses.missing-domain": { reply: "554 Transaction failed: Missing final '@domain'" },
  "auth.spf-explanation": {
    reply: "550 5.7.1 Rejected, look at http://www.openspf.org/why.html?sender=a@example.org&ip=192.0.2.1",
  },
  "postfix.verification-failed-for-now": {
    reply:
      "450 4.1.1 <a@example.org>: Recipient address rejected: unverified address: Recipient address lookup failed",
  },
  "postfix.temporary-lookup-failure": { reply: "451 4.3.0 <a@example.org>: Temporary lookup failure" },
  "qmail.badrcptto": { reply: "553 sorry, this recipient is in my badrcptto list (#5.7.1)" },
  "qmail.badmailfrom": { reply: "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)" },
  "qmail.rcpthosts": { reply: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)" },
  "mailer.program": { reply: "554 5.3.0 unknown mailer error 1: pipe to |/usr/bin/procmail failed" },
  greylisting: {
    reply:
      "450 4.2.0 <a@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/",
  },
  "too-many-connections": {
    reply: "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later",
  },
  "rate-limit.recipients-per-period": {
    reply: "550 5.1.1 <a@b.example> - 192.0.2.1 has sent to too many recipients this hour. IB607",
  },
  "rate-limit": { reply: "451 4.7.1 Rate limited, please slow down" },
  "rate-limit.daily-quota": { reply: "550 5.4.5 Daily user sending limit reached." },
  "rate-limit.because-unauthenticated": {
    reply: "451 4.7.1 Deferred because DKIM failed for example.org",
  },
  "rate-limit.because-tls": { reply: "421 4.7.0 Throttled because this session was not encrypted" },
  "rate-limit.sending-quota": { reply: "452 4.3.2 Outbound quota exceeded for ann@example.org" },
  "rate-limit.policy-quota": { reply: "550 5.7.1 Quota exceeded for this sender" },
  "rate-limit.server-busy": { reply: "451 4.4.5 Service is currently busy, please try again later" },
  "auth.checks-failed": { reply: "550 5.7.1 This message failed our sender authentication checks" },
  "sender.send-as-denied": { reply: "550 5.7.1 You are not allowed to send as ann@example.org" },
  "sender.unverified-identity": {
    reply: "554 Message rejected: sending domain news.example.org is not verified",
  },
  "user.rejected-under-no-answer": {
    reply: "550 5.4.1 <ann@example.org>: Recipient address rejected: not here",
  },
  "rate-limit.messages-per-connection": { reply: "421 4.7.0 Too many messages in this session, reconnect" },
  "sender.domain-not-allowed-to-send": {
    reply: "421 Account ann@example.org is not enabled to send until it is activated",
  },
  "tls.sender-policy-unmet": { reply: "STARTTLS is mandatory, but not supported by mx.example.org" },
  "rate-limit.per-client": { reply: "450 4.7.1 Error: too many messages from [192.0.2.5]" },
  "sender.null-mx": { reply: "550 5.7.27 Sender domain example.org publishes a null MX" },
  "status-text.address": { reply: "Destination mailbox address ambiguous" },
  "status-text.routing": { reply: "Bad destination system address" },
  "status-text.network": { reply: "No answer from host" },
  "status-text.system": { reply: "System not accepting network messages" },
  "status-text.protocol": { reply: "Wrong protocol version" },
  "status-text.media": { reply: "Conversion required and prohibited" },
  "status-text.not-authorized": { reply: "Delivery not authorized, message refused" },
  "status-text.security": { reply: "Cryptographic algorithm not supported" },
  "user.no-account": { reply: "550 Recipient ann doesn't have an account here" },
  "protocol.violation": { reply: "501 5.5.0 Protocol violation in command sequence" },
  "auth.dmarc": { reply: "550 5.7.1 Email rejected per DMARC policy for example.com" },
  "auth.spf": { reply: "550 5.7.23 Message rejected due to: SPF fail - not authorized." },
  "auth.spf-designate": {
    reply: "550-5.7.1 example.com does not designate 192.0.2.1 as permitted sender",
  },
  "auth.dkim": { reply: "550 5.7.20 Message rejected: DKIM signature verification failed" },
  "auth.unauthenticated-mail": { reply: "550 5.7.1 Unauthenticated mail from example.org is not accepted" },
  "mimecast.anti-spoofing-policy": { reply: "550 Anti-Spoofing policy - Inbound not allowed" },
  "tls.required": { reply: "530 5.7.0 Must issue a STARTTLS command first" },
  "smtp-auth.required": { reply: "535 5.7.8 Username and Password not accepted." },
  "relay.authentication-required": {
    reply: "550 5.7.1 Client is not permitted to relay through this server without authentication",
  },
  "relay.denied": { reply: "554 5.7.1 <a@example.com>: Relay access denied" },
  "ptr.required": { reply: "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]" },
  virus: { reply: "554 5.7.1 The message contains a virus (Eicar-Test-Signature)" },
  "spam.url-blocklist": { reply: "554 5.7.1 Message rejected: a link in the body is listed on URIBL" },
  "blocked.blocklist": {
    reply: "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
  },
  "blocked.client-host": { reply: "554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied" },
  "blocked.ip-refused": { reply: "550 5.7.1 Service unavailable; client [192.0.2.1] blocked by Orange" },
  "blocked.helo": { reply: "450 4.7.1 <mail.example.com>: Helo command rejected: Host not found" },
  "blocked.helo-name": { reply: "501 5.5.2 Invalid host name", command: "EHLO" },
  reputation: { reply: "554 5.7.1 Rejected: sender has poor reputation" },
  "spam.content": { reply: "550 5.7.1 Message content rejected, UBE, id=12345-01" },
  "filtered.by-recipient": { reply: "550 5.7.1 Message rejected by recipient's filter settings" },
  "list.members-only": { reply: "550 You are not a member of this mailing list." },
  "sender.rejected": { reply: "553 5.1.8 <a@nowhere.example>: Sender address rejected: Domain not found" },
  "mailbox.disabled": { reply: "550 5.2.1 This account has been disabled." },
  "mailbox.full": { reply: "452 4.2.2 <a@example.com>: Recipient address rejected: Mailbox is full" },
  "mailbox.exceeded": { reply: "550 The number of messages in the mailbox has exceeded the local limit" },
  "mailbox.moved": { reply: "551 5.1.6 User has moved; please try <a@new.example>" },
  "user.unknown": {
    reply: "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in local recipient table",
  },
  "user.unknown.localised": { reply: "550 5.1.1 Empfänger unbekannt" },
  "user.unknown.cjk": { reply: "550 宛先のメールアドレスは存在しません" },
  "dns.try-again": { reply: "Name service error for name=example.com type=MX: Host not found, try again" },
  "domain.null-mx": { reply: "556 5.1.10 Recipient address has null MX" },
  "ses.not-authorized-to-send": {
    reply:
      "554 Access denied: User `arn:aws:iam::123456789012:user/smtp' is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:eu-west-1:123456789012:identity/example.org'",
  },
  "gmx.rdns-case": {
    reply: "554 For explanation visit https://postmaster.gmx.net/en/case?c=rdns&i=ip&v=192.0.2.8",
  },
  "cox.sender-authentication": { reply: "550 <> message rejected. AUP#CXSNDR" },
  "exim.callout-may-not-exist": {
    reply:
      "550-The mail server could not deliver mail to ann@example.org. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.",
  },
  "yahoo.message-from-deferred": { reply: "421 Message from (192.0.2.7) temporarily deferred - 4.16.50" },
  "sendmail.cannot-create-output": { reply: "550 5.0.0 <ann@example.org>... Can't create output" },
  "exim.mx-points-to-local-host": {
    reply: "R=dnslookup defer (-1): lowest numbered MX record points to local host",
  },
  "tls.required-x73": { reply: "451 5.7.3 STARTTLS 是发送邮件所必需的" },
  "sender.from-domain-not-allowed": {
    reply: "550 Your IP: 192.0.2.7 : Your domain example.org is not allowed in header From",
  },
  "microsoft.reputation-rate-limit": {
    reply: "421 RP-001 The sending IP exceeded a rate limit related to IP or domain reputation.",
  },
  "microsoft.connection-rate-limit": {
    reply: "421 RP-002 The sending IP exceeded a connection-level rate limit.",
  },
  "sendmail.open-timeout": { reply: "451 4.4.1 <bo@example.org>... open timeout on /home/bo/.forward" },
  "mailbox.busy": { reply: "450 4.2.1 <ann@example.org>: Mailbox busy, try again later" },
  "policy.attachment-type": { reply: "552 5.7.0 Rejected: banned file extension (.scr) in attachment" },
  "charter.aup-reputation": {
    reply: "554 impin001.msg.example.charter.net cmsmtp 192.0.2.7 blocked. AUP#In-1020",
  },
  "charter.aup-sender": { reply: "550 5.1.0 <news@shop.example> sender rejected. AUP#In-1310" },
  "charter.aup-blocked": { reply: "421 cmsmtp 192.0.2.7 blocked. AUP#In-1370" },
  "aol.complaint-blocks": { reply: "421 4.7.1 : (CON:B1) https://postmaster.aol.com/error-codes" },
  "aol.content-domain-block": { reply: "554 HVU:B1 http://postmaster.info.aol.com/errors/554hvub1.html" },
  "aol.ip-blocks": { reply: "554 RTR:DU http://postmaster.info.aol.com/errors/554rtrdu.html" },
  "aol.from-not-allowed": { reply: "554 RLY:SN http://postmaster.info.aol.com/errors/554rlysn.html" },
  "dns.temporary-failure": { reply: "451 4.4.3 DNS lookup timed out for mail.example.net" },
  "qmail.unable-to-run": { reply: "delivery 12: deferral: Unable_to_run_qmail-remote./" },
  "mailgun.authorized-recipients-only": {
    reply:
      "550 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.",
  },
  "postfix.verification-in-progress": {
    reply:
      "450 4.1.1 <ann@example.org>: Recipient address rejected: unverified address: verification in progress",
  },
  "exim.retry-time-not-reached": {
    reply: "== ann@example.org R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host",
  },
  "content.internationalized-unsupported": {
    reply: "Server does not support internationalized email addresses",
  },
  "domain.unknown": {
    reply: "Host or domain name not found. Name service error for name=example.invalid type=A",
  },
  "size.mailbox-limit": { reply: "552 5.2.3 Message exceeds the size limit of this mailbox" },
  "size.message-too-big": { reply: "552 5.3.4 Message size exceeds fixed limit" },
  "limit.recipients": { reply: "452 4.5.3 Error: too many recipients" },
  "content.format": { reply: "550 5.6.0 Message rejected: malformed header" },
  policy: { reply: "550 5.7.1 Denied by policy" },
  "security.tls-error": { reply: "TLS handshake failed: certificate verification failed" },
  "protocol.sequence": { reply: "503 5.5.1 Error: need MAIL command" },
  "protocol.syntax": { reply: "500 5.5.2 Error: command not recognized, syntax error" },
  "system.full": { reply: "452 4.3.1 Insufficient system storage" },
  expired: { reply: "Message expired: delivery time expired after 5 days" },
  "network.socket-error": { reply: "connect ECONNREFUSED 192.0.2.1:25" },
  "network.routing-loop": { reply: "554 5.4.6 Hop count exceeded - possible mail loop" },
  "network.unreachable": { reply: "connect to mx.example.com[192.0.2.1]:25: Connection timed out" },
  "network.connection": {
    reply: "lost connection with mx.example.com[192.0.2.1] while receiving the initial server greeting",
  },
  "system.error": { reply: "451 4.3.0 Temporary local problem - please try later" },
};

describe("the rule table", () => {
  it("has unique ids, words in lower case, and a source for every rule", () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.source.trim(), rule.id).not.toBe("");
      expect(rule.words.length, rule.id).toBeGreaterThan(0);
      for (const word of rule.words) expect(word, rule.id).toMatch(/^[a-z0-9\u00c0-\uffff]+$/);
      expect(rule.pattern.flags.includes("g"), rule.id).toBe(false);
    }
  });

  it("has no control characters in its patterns (a `\b` that became a backspace matches nothing real)", () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    const control = /[\u0000-\u001f\u007f]/;
    expect(rules.filter((rule) => control.test(rule.pattern.source)).map((rule) => rule.id)).toEqual([]);
  });

  it("has an example for every rule", () => {
    expect(Object.keys(examples).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  it.each(rules.map((rule) => rule.id))("decides its example: %s", (id) => {
    const example = examples[id];
    if (!example) throw new Error(`no example for ${id}`);
    const result = explain(example.reply, example.command ? { command: example.command } : {});
    expect(result.rule).toBe(`rule:${id}`);
    expect(result.reason).toBe(rules.find((rule) => rule.id === id)?.reason);
  });
});

describe("rules tied to a stage", () => {
  it("reads a complaint about a name at EHLO as the HELO name refused, and not at another stage", () => {
    expect(explain("501 5.0.0 Invalid domain name", { command: "EHLO" }).reason).toBe("blocked");
    expect(explain("501 5.0.0 Invalid domain name", { command: "MAIL FROM" }).reason).not.toBe("blocked");
  });
});
