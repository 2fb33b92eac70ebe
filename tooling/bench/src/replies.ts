/**
 * A mixed set of realistic replies, as they reach a sending application: raw replies from
 * nodemailer's err.response (most), multi-line replies, and replies inside log lines, DSN fields
 * and error messages. Written after the documented texts of the servers named.
 */
export const realisticReplies: readonly string[] = [
  "250 2.0.0 Ok: queued as 4C33C18207F",
  "250 2.0.0 OK  1700000000 a1-20020a05600c000000b0040e000000000si123456wmq.45 - gsmtp",
  "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
  "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in local recipient table",
  "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550-5.1.1 double-checking the recipient's email address for typos or\r\n550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser a1si123.45 - gsmtp",
  "452-4.2.2 The email account that you tried to reach is over quota. Please direct\r\n452 4.2.2 the recipient to https://support.google.com/mail/?p=OverQuotaTemp a1si123.45 - gsmtp",
  "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
  "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
  "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM11FT012.eop-nam11.prod.protection.outlook.com]",
  "451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (S77714)",
  "450 4.2.0 <a@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html",
  "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1",
  "552 5.3.4 Message size exceeds fixed maximum message size",
  "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
  "535 5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials",
  "530 5.7.0 Must issue a STARTTLS command first",
  "554 5.7.1 <a@example.com>: Relay access denied",
  "451 4.3.0 Temporary local problem - please try later",
  "550 Requested action not taken: mailbox unavailable",
  "553 5.1.8 <root@localhost>: Sender address rejected: Domain not found",
  "Can't send mail - all recipients were rejected: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown",
  "Nov 29 10:00:00 mx postfix/smtp[123]: 4C33C18207F: to=<a@example.com>, relay=mx.example.com[192.0.2.5]:25, delay=1.2, status=bounced (host mx.example.com[192.0.2.5] said: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))",
  "SMTP error from remote mail server after RCPT TO:<a@example.com>: 550 5.7.1 Relaying denied",
  "Diagnostic-Code: smtp; 552-5.2.2 The email account that you tried to reach is over quota.",
  "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
  "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)",
];
