import { describe, expect, it } from "vitest";
import { explain, rules } from "../../index.js";

/**
 * One reply per rule, written in the style of the server the rule describes (from public
 * documentation of their error texts). Each must be decided by its own rule: this shows every
 * rule can fire and that no earlier rule shadows it.
 */
const examples: Record<string, { reply: string; command?: string }> = {
  "gmail.account-does-not-exist": {
    reply: "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking.",
  },
  "gmail.account-disabled": { reply: "550-5.2.1 The email account that you tried to reach is disabled." },
  "gmail.over-quota": { reply: "452-4.2.2 The email account that you tried to reach is over quota." },
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
  "microsoft.directory-edge-blocking": {
    reply: "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
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
  "yahoo.blocklist": {
    reply:
      "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list",
  },
  "yahoo.no-account": {
    reply: "554 delivery error: dd This user doesn't have a yahoo.com account (a@yahoo.com) [0]",
  },
  "yahoo.policy": { reply: "554 5.7.9 Message not accepted for policy reasons." },
  "t-online.tag": { reply: "554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help.) (BL)" },
  "gmx.ptr": {
    reply: "554-gmx.net (mxgmx001) Nemesis ESMTP Service not available 554-Bad DNS PTR resource record.",
  },
  "comcast.blocklist": {
    reply:
      "554 resimta-ch2-01v.sys.comcast.net comcast 192.0.2.1 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000",
  },
  "cox.blocklist": { reply: "554 5.7.1 192.0.2.1 rejected. IP blocked. AUP#CXBL" },
  "qq.frequency": { reply: "550 Ip frequency limited" },
  "qq.content-denied": {
    reply: "550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1",
  },
  "facebook.recipient-preferences": { reply: "550 5.1.1 RCP-P2 Refused due to recipient preferences" },
  "apple.unknown-or-illegal": { reply: "550 5.1.1 unknown or illegal alias: a@icloud.com" },
  "mimecast.blocked-senders": {
    reply: "550 Rejected by header based Blocked Senders - block policy for Blocked Senders",
  },
  "notes.not-listed": { reply: "User a not listed in Domino Directory" },
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
  "auth.dmarc": { reply: "550 5.7.1 Email rejected per DMARC policy for example.com" },
  "auth.spf": { reply: "550 5.7.23 Message rejected due to: SPF fail - not authorized." },
  "auth.spf-designate": {
    reply: "550-5.7.1 example.com does not designate 192.0.2.1 as permitted sender",
  },
  "auth.dkim": { reply: "550 5.7.20 Message rejected: DKIM signature verification failed" },
  "auth.unauthenticated-mail": { reply: "550 5.7.1 Message rejected by header based Anti-Spoofing policy" },
  "tls.required": { reply: "530 5.7.0 Must issue a STARTTLS command first" },
  "smtp-auth.required": { reply: "535 5.7.8 Username and Password not accepted." },
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
  "dns.try-again": { reply: "Name service error for name=example.com type=MX: Host not found, try again" },
  "domain.null-mx": { reply: "556 5.1.10 Recipient address has null MX" },
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
  "network.connection": { reply: "connect to mx.example.com[192.0.2.1]:25: Connection timed out" },
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
