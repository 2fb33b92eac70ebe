import type { Reason } from "@smtp-codes/core";

/**
 * Real SMTP replies, as people quoted them in public issue trackers and as providers print
 * them in their own documentation, each labelled by hand with the reason its words and the
 * provider's documentation give: never from what the classifier says, and never from other
 * projects' bounce corpora or test fixtures. Addresses, IPs and queue ids are as quoted (most
 * already redacted by the people who posted them). Multi-line replies keep their line breaks
 * where the quote showed them. `source` is where the reply was found.
 */
export interface LabelledReply {
  readonly reply: string;
  readonly reason: Reason;
  /** The SMTP stage, where the quote names it ("in reply to RCPT TO command"). */
  readonly command?: string;
  readonly provider: string;
  readonly source: string;
  /**
   * Collected and labelled after the rules had been written, in batches, each measured before
   * any rule was changed for it (the figure when first measured, then the misses were fixed
   * where a provider's documentation or an MTA's source backs a general rule, so the figure the
   * script prints for a batch now is no longer that of unseen replies):
   *
   * - batch 1: 30 of 33 (90.9 %)
   * - batch 2: 9 of 12 (75.0 %)
   * - batch 3: 35 of 42 (83.3 %); batches 1 to 3 together 74 of 87 (85.1 %)
   * - batch 4: 47 of 66 (71.2 %), replies from issue trackers collected across the families
   *   (blocklists, reputation, rate limits, TLS, size, DNS, relaying, sender refusals, policy)
   * - batch 5: 28 of 44 (63.6 %), collected after batch 4's misses were fixed, measured before
   *   any rule changed for it: the figure for replies the rules had never seen
   * - batch 6: 24 of 35 (68.6 %), collected after batch 5's misses were fixed, measured before
   *   any rule changed for it (four misses are client-library wrappers or replies without a code)
   * - batch 7: 35 of 59 (59.3 %), collected after batch 6's misses were fixed, measured before
   *   any rule changed for it; the first batch from providers' help pages, vendors' manuals and
   *   Q&A pages rather than issue trackers (many are short phrases without a code)
   * - batch 8: 30 of 42 (71.4 %), collected after batch 7's misses were fixed, measured before
   *   any rule changed for it; again providers' and hosts' help pages (half the misses are labels
   *   the provider's page gives and the words alone do not: Gandi's RULE codes, "Administrative
   *   reject", a 421 "Reject due to policy violations" that the host documents as an IP block)
   * - batch 9: 31 of 45 (68.9 %), collected after the word-family scoring, the basic-over-vague
   *   code order, the two parser fixes and the documented reason boundaries (core README), and
   *   measured before any rule changed for it; replies from issue trackers across the families,
   *   checked against the earlier batches for repeated phrasings. Of the 14 misses, 7 had no
   *   rule and no family word ("SendAsDenied", "rSPAM", "Grey", "forward path"), 2 a rule that
   *   fired too broadly, 3 a label the documented boundary or the provider's page gives against
   *   a rule, 1 a generic basic code (422), 1 a reply the parser did not find (`response=421-`).
   *   The classifier as it was before those structural changes (main at 3739159) agrees on 25 of
   *   45 (55.6 %): they gained 6 on replies no rule had seen and lost none
   * - batch 10: 29 of 40 (72.5 %), collected after batch 9's misses were fixed, measured before
   *   any rule changed for it; replies from issue trackers across the families and MTAs (Haraka,
   *   Stalwart, Exim's sender verification, Postfix's anvil and loop texts, client libraries),
   *   each checked against the earlier batches for repeated phrasings. Of the 11 misses, 6 had
   *   no rule ("plugin timeout" fell to the network family's "timeout", "You talk too soon",
   *   "Outgoing mail ... suspended", "more than N bytes", "command used when not advertised",
   *   Postfix's "too many recipients from"), 2 a rule that fired too broadly (Microsoft's edge
   *   blocking on a Postfix access-table text, the blocklist family on Exim's sender callout),
   *   1 a reply the parser cut at a wrapped line, 2 a generic code against the label
   * - batch 11: 17 of 22 (77.3 %), replies as providers print them in their own error
   *   documentation (Gmail's SMTP error page, Exchange Online's NDR pages and KB 960775, Yahoo's
   *   SMTP error codes), none already in this list or in core's documented-replies test, measured
   *   before any rule changed for it. (45 were collected; 23 whose exact wording could not be
   *   checked against the page again were taken out, so that every reply here is a quote.) Of
   *   the 5 misses: Gmail's "rate limited because ... TLS" whose cause the rate-limit rule
   *   outranked, 5.7.4 deciding over "Unrecognized authentication type", the rate family on
   *   "Too many unauthenticated commands", the rate-limit rule on Yahoo's "deferred due to
   *   unresolvable ... from domain", and one label against an existing rule (Gmail's "potential
   *   security issue", which the page ties to malware); after the fixes 21 of 22
   * - batch 12: 24 of 45 (53.3 %), replies from issue and pull-request threads only, collected
   *   after batch 11's fixes and measured before any rule changed for it. The common phrasings
   *   of every family were already in this list, so the batch is the long tail: client-library
   *   wrappers, submission servers (QQ, 163, smtp2go, Fastmail), the sending MTA's own texts
   *   (Postfix SASL and DANE, OpenSSL), rare MTAs. Of the 21 misses, 9 had no rule and no
   *   family word (Yahoo's "Headers are not RFC compliant", "one or no Subject headers", Gmail's
   *   "log in via your web browser", QQ's and 163's "mail from ... authorization user / authorized
   *   user", "Recipient rejected" under 5.1.0, Node's EADDRNOTAVAIL, 'command "AUTH" not
   *   recognized', "AUTH not supported"), 4 a rule that fired too broadly (the syntax rule on
   *   Postfix's "Recipient address rejected: need fully-qualified address", the disabled-mailbox
   *   rule on "Your account has been suspended", the unknown-domain rule on "Sender address <x>
   *   domain does not exist", the network rule on "Temporary authentication failure: Connection
   *   lost to authentication server"), 2 a generic code over the words (502 on "Invalid input",
   *   X.5.0 on La Poste's "Service refusé"), 4 a label the boundary or the thread gives against
   *   the words ("Permission denied" that the thread ties to the sender, MailRoute's "Policy
   *   Rejection- Quota Exceeded" that its page calls an hourly sending quota, and two
   *   "unrecognized command" replies labelled protocolError where the documented boundary says
   *   syntaxError), 2 the parser (Postfix's "relay=none" log field scored as the relay family,
   *   OpenSSL's "ssl3_record.c:332:" read as a 332 reply). Three labels were then corrected to
   *   the documented boundary (an unrecognized command is syntaxError, as core's documented test
   *   of Gmail's "502-5.5.1 Unrecognized command" has it), which makes the first figure 26 of 45
   *   on the labels as they stand. After the fixes (submission servers' login-mismatch texts, "your
   *   account" suspended as the sender's, X.1.8 making an unknown domain the sender's, Postfix's
   *   reject_non_fqdn_recipient and DANE texts, RFC 4954's temporary authentication failure,
   *   MailRoute's hourly quota, OpenSSL's errors, header-count texts, a log line's field names
   *   left out of the word scoring, a source location no reply code, "invalid input" a syntax
   *   complaint): 42 of 45. Still missed: X.5.0 on La Poste's "Service refusé", the thread's
   *   sender on "Permission denied", Node's EADDRNOTAVAIL inside a receiver's 550
   * - batch 13: 33 of 52 (63.5 %), replies quoted on public web pages other than issue trackers
   *   (Q&A threads, hosts' and providers' help pages, blog posts, mailing-list archives: T-Online,
   *   Aliyun, QQ, Mail.ru, Hotmail, Comcast, Cox, Forpsi, Exim/cPanel, Sendmail, Postfix's TLS
   *   client, Exchange), each an exact quote read on its page in the session that added it, none
   *   already in this list or in core's documented-replies test, labelled before they were
   *   measured and measured before any rule changed for them. Of the 19 misses: 8 had no rule
   *   (a mailbox "would exceed maximum mailbox size", "deferred using <list>", Postfix's "Server
   *   certificate not verified", "not a gateway", Microsoft's "domain owner policy
   *   restrictions", "extended inactivity", "use your real hostname when saying HELO", "sender
   *   IP reputation"), 1 the parser (a Sendmail "<addr>... unauthorized relay traffic
   *   prohibited" that the page broke before "...": an unindented line after a reply line is not
   *   read as its continuation), 4 a rule that fired too broadly (the rate-limit rule on
   *   "Throttled - Too much spam", the disabled-mailbox rule on an account whose sending is
   *   disabled, Microsoft's block-list rule on a block placed for complaints, Rspamd's "try again"
   *   greylisting on "Unable to verify sender"), 5 a label the documented boundary or the
   *   provider's page gives against the words or a rule (a sender domain listed in Spamhaus, QQ's
   *   "Mailbox unavailable or access denied" that QQ documents as a per-recipient rate limit,
   *   Aliyun's "bad sending", Exim's "syntactically invalid HELO argument(s)", a recipient's own
   *   "sender is blocklisted" under X.1.1), 1 the basic code at its stage over plain words (550 to
   *   MAIL FROM on "no access for this ip"). After the fixes (reputation rules before the
   *   rate-limit ones, a listed sender domain first in the blocklist family, Rspamd's "Try again
   *   later" only where nothing names a cause before it, and rules for the wordings above from
   *   the providers' pages, Postfix's and Exim's source) 49 of 52; left: Aliyun's "bad sending",
   *   the recipient's "sender is blocklisted" under X.1.1, and the parser's unindented line
   * - batch 14: 33 of 53 (62.3 %), measured on branch u-batch14 against main at d944702 (the
   *   same 33 and the same 20 misses against main at b23ca70, before batch 12's fixes were
   *   merged), collected and labelled after batch 13's fixes, before any rule changed for it: 25
   *   replies from issue and pull-request threads and 28 from web pages (hosts' and providers'
   *   help pages, Q&A threads, forums, blog posts), favouring rare receivers (GoDaddy, Telstra
   *   BigPond, AT&T/BellSouth, Cox, Virgin Media, Fastmail, WP.pl, SendGrid, SparkPost, Mailgun,
   *   smtp2go, Symantec, Spambrella, Korean portals), each an exact quote read on its page in the
   *   session that added it, none already in this list, in batch 12's or in core's
   *   documented-replies test. Of the 20 misses: 9 had no rule ("Line length in message or
   *   single header exceeds 8192", Mailgun's "is not allowed to send: Please activate your
   *   Mailgun account", SparkPost's "Unconfigured Sending Domain" under X.7.1, GoDaddy's "From:
   *   Domain is invalid", Yandex's "Bad address mailbox syntax", BellSouth's "requires valid
   *   sender domain" and "unauthorized interface", "registered as spammer (by user's reject
   *   list)", and "wrong state for HELO command", which the EHLO stage then read as blocked), 3 a
   *   generic code over the words (551 on Fastmail's "Not authorised to send from this header
   *   address", X.3.1 on "You send too many messages", X.3.2 on "Your IP ... is filtered ... You
   *   must register your IP"), 3 a rule that fired too broadly (Postfix's null-MX rule on a
   *   sender's "Sender address rejected: ... does not accept mail (nullMX)", the client-host rule
   *   on Fastmail's "Client host rejected: Address locked or deactivated" for a locked account,
   *   the spam word family on "SPAM_SUSPECT:IP_CONTROL"), 4 a label the provider's page or the
   *   thread gives against the words or a rule (Symantec's "Connection rejected by policy [7.7]"
   *   for its IP block list, "need EHLO and AUTH first" labelled authRequired, "mail is denied,
   *   by spam filter" that the page files under the recipient's own reject settings, and
   *   "Connection refused. Server is busy(RT)" that the page explains as a spam IP block), 1 the
   *   parser (an Exim log line whose "TLS_AES_256_GCM_SHA384:256" was read as a 256 reply, so
   *   "temporarily rejected RCPT" came out delivered). After the fixes by cause: 51 of 53. Rules
   *   from the providers' pages (Symantec's "Connection rejected by policy", which Broadcom's
   *   knowledge base ties to the IP's standing on its IP block lists; SparkPost's unconfigured
   *   sending domain; Mailgun's account to activate; GoDaddy's IB506 and IB501/IB502 From
   *   texts; Fastmail's locked account, before the client-host rule; AT&T's "unauthorized
   *   interface"; Yandex's "Bad address mailbox syntax" and "No correct recipients", which its
   *   page files with "No such user"; Paran's IP_CONTROL tag, before the spam words) and wordings
   *   added to the families (Postfix's sender null MX and X.7.27 as the sender's, before its
   *   recipient null-MX rule; lines longer than the receiver takes; "requires valid sender
   *   domain"; "not authorised to send from this address"; "wrong state for ... command"; "need
   *   AUTH first" as a login, before the sequence rule; "you send too many messages" over X.3.1;
   *   "your IP ... is filtered" and "register your IP" over X.3.2; the recipient's own reject
   *   list and a user's spam filter, tried before the blocklist and spam families). The four
   *   arguable labels were checked against their pages again and kept: Symantec's [7.7] as
   *   blocked (a named list, by the blocked/badReputation boundary), QQ's "need EHLO and AUTH
   *   first" as authRequired (the login is what is missing at MAIL FROM; the thread's client had
   *   sent EHLO), "mail is denied, by spam filter" as filtered (the page files it with "by user's
   *   reject list" under the recipient's own spam settings), and the CCRT reply as blocked, though
   *   its page could not be read again and no rule was written for a tag only that page explains;
   *   also kept: MailCleaner's "temporarily rejected RCPT" as greylisted (MailCleaner's maintainer
   *   diagnoses greylisting in the thread) and GoDaddy's IB101 as systemError (GoDaddy: its email
   *   queue has higher than normal volume, the receiver's load, not the sender's rate). Still
   *   missed: the CCRT reply (read as a refused connection) and the parser's Exim log line, left
   *   to the parser's restructuring
   * - batch 15: 27 of 50 (54.0 %), measured on branch v-batch15 (main at 51a79ec, with batch 14's
   *   fixes), collected and labelled after those fixes and committed (7d43710) before it was
   *   measured, no rule changed for it: 25 replies from issue and pull-request threads and 25 from
   *   web pages (Q&A and forum threads, blogs, hosts' and vendors' pages quoting other receivers'
   *   replies), each an exact quote read on its page in the session that added it, none already
   *   in this list or in core's documented-replies test, spread over 21 reasons and over receivers
   *   and MTAs rare in the set (Charter/Spectrum, EarthLink, BT, Daum, Korean Yahoo, OpenSMTPD,
   *   notqmail, Exim's callouts and retry log, Horde, Zotonic, and ESPs' submission texts:
   *   Mailgun, Resend, Plunk, SendGrid, Mailtrap). Of the 23 misses, 15 had no rule: 9 came out
   *   undefined (Charter's "cmsmtp ... blocked. ... AUP#In-1020" and "ESMTP server not available
   *   AUP#I-1010", OpenSMTPD's "Envelope expired", notqmail's "Unable_to_run_qmail-remote",
   *   Horde's "Server does not support sending internationalized header data", Exim's "retry
   *   time not reached for any host", Mailgun's "Free accounts are for test purposes only",
   *   Resend's "domain is not verified", SendGrid's "account is temporarily under review"), 1
   *   was decided by X.2.1 as a disabled mailbox (AOL's "521 5.2.1 : (CON:B1)"), 5 by a word
   *   family that reads the text otherwise (the dns words on "451 From:domain must resolve" and
   *   on a temporary "451 4.4.0 DNS resolving error", both read as an unknown recipient domain;
   *   the policy words on "451 System policy engine error"; the tls-required words on Exim's
   *   "TLS session failure: delivering unencrypted ... (not in hosts_require_tls)"; the
   *   no-mailbox words on Zotonic's "unknown host for recipient"). 3 a rule that fired too
   *   broadly (the spam-content rule on EarthLink's "Dynamic/zombied/spam IPs blocked", on
   *   "send spam mail rejected: exceeded hour limit" and on Exim's callout text "Refusing MAIL
   *   FROM:<> does not help fight spam"), 2 a code over the words (X.4.2 on Postfix's "Message
   *   submission rate for this client has exceeded the configured limit", X.1.1 on "Inactive
   *   mbox"), 2 a label the page gives against the words (Sendmail's "Can't create output",
   *   which pobox files under full mailboxes; Daum's DAS51 "Your mail is blocked automatically
   *   by anti-spam system", which the page ties to the sending IP on spam blocklists), 1 the
   *   parser (iCloud's "550 5.7.1Relay not permitted for user.": an enhanced code glued to the
   *   text is not read as one, so the relay rule never sees the reply; with the space it
   *   decides relayDenied). Two labels rest on what the receiver's staff or the page says rather
   *   than the words alone and were kept: Spectrum's AUP#In-1020 as badReputation (a Spectrum
   *   moderator: a block for recipients' spam reports, not an IP list) and AOL's CON:B1 as
   *   badReputation (the page: too much spam from the server lately)
   * - batch 16: a SAMPLE of replies as a user meets them, not the long tail: phrasings already in
   *   this list were not skipped, only identical texts, so its figure is not comparable with
   *   batches 12 to 14's. 73 replies from 16 queries fixed before searching, each run on the
   *   search tool's issue-thread and web-page corpora: (1) "550 5.1.1 bounce nodemailer", (2)
   *   "SMTP 421 error postfix", (3) "554 5.7.1 rejected", (4) "452 4.2.2 mailbox full", (5) "mail
   *   delivery failed 553", (6) "smtp error 535 authentication failed", (7) "450 4.7.1 greylisted
   *   try again later", (8) "550 relay not permitted exim", (9) "552 message size exceeds limit",
   *   (10) "550 blocked spamhaus smtp", (11) "421 4.7.0 too many connections", (12) "550 5.7.26
   *   gmail dmarc bounce", (13) "530 5.7.0 must issue STARTTLS", (14) "phpmailer SMTP error 550",
   *   (15) "office365 550 5.7.708 ndr", (16) "sendmail 451 4.4.1 deferred". From each query's
   *   results, in rank order alternating thread and page (thread 1, page 1, thread 2, ...), every
   *   SMTP failure reply quoted there, at most 5 a query, skipping only a reply whose text with
   *   addresses, IPs, host names, ids and numbers masked is identical to one already here, in
   *   core's documented-replies test or earlier in the batch (32 skipped so), text that is no
   *   server's failure reply (tables of what codes mean, 250s, NDR prose, FTP and database
   *   errors), and quotes that could not be read whole; providers' own documentation (Microsoft's
   *   NDR pages and pull requests to them) and other projects' collections and fixtures (SMTP
   *   Field Manual threads, smtp.codes, Exim's test suite) were passed over. Replies a query gave
   *   (skipped as identical): 5 (0), 5 (1), 5 (4), 4 (1), 5 (0), 5 (2), 5 (1), 5 (2), 5 (2), 4
   *   (4), 3 (1), 5 (1), 5 (5), 5 (3), 2 (3), 5 (2). Each labelled from its words, the documented
   *   boundaries and, where the provider documents it, the provider's page, before it was
   *   measured; no rule changed for it. First measured (branch v-batch16, on main at 51a79ec): 64
   *   of 73 (87.7 %). Of the 9 misses: 1 had no rule (AOL's bare "554 RLY:B1", labelled blocked
   *   from AOL's old code list rather than its words, read as undefined), 1 a rule that fired too
   *   broadly (the unknown-user rule on "550 5.1.10 - Recipient domain not found"), 4 a generic
   *   or misleading enhanced code over the words (X.7.0 on "421 4.7.0 Try again later", on "421
   *   4.7.0 ... detected an unusual rate of mail" and on "554 5.7.0 Message Size Violation", all
   *   read as policyViolation; X.1.1 on Postfix's "unverified address: verification in progress",
   *   read as userUnknown), 3 a label on the boundary (two of Exim's "not permitted to relay
   *   through this server without authentication", labelled relayDenied where the relay rule and
   *   batch 10's "Please turn on SMTP Authentication" say authRequired, though batch 13's
   *   "Relaying denied. Proper authentication required." is relayDenied too; and RFC 5321's bare
   *   "mailbox unavailable" with "Failure sending mail. Try again later", labelled undefined, read
   *   as userUnknown), none the parser. No label was changed after measuring (no documented
   *   boundary separates relayDenied from authRequired); with the relay rule's reading of the
   *   two, 66 of 73. Afterwards the lead wrote that boundary down (core README: a refusal to relay
   *   that names logging in as the way in is authRequired) and relabelled the two, and batch 13's
   *   "Relaying denied. Proper authentication required.", to it, and AOL's "554 RLY:B1" to
   *   badReputation (AOL's page: a block for members' complaints over a threshold): under those
   *   labels the first figure would have been 66 of 73 (90.4 %)
   * - batch 17: a SAMPLE from public issue and pull-request threads only (the search tool's issue
   *   corpus; web pages are another batch's), collected and labelled in one session that changed
   *   no rule and ran no classifier on them: not measured here, first measured by the lead against
   *   the session's final classifier. 62 replies from 32 queries, none chosen for hard replies and
   *   each written down before it was run: (1) "nodemailer 421 error", (2) "550 5.7.1 office 365
   *   rejected", (3) "postfix said 554", (4) "exim SMTP error from remote mail server after RCPT",
   *   (5) "django smtp 550", (6) "laravel 553", (7) "mailgun 550 bounce", (8) "452 too many
   *   recipients", (9) "550 5.4.1 recipient address rejected access denied", (10) "553 5.7.1
   *   sender address rejected", (11) "yahoo 421 4.7.0", (12) "icloud 554 5.7.1", (13) "sendgrid
   *   550 bounce reason", (14) "amazon ses 554 message rejected", (15) "550 5.2.1 mailbox
   *   unavailable", (16) "hotmail 550 rejected", (17) "python smtplib SMTPRecipientsRefused", (18)
   *   "javamail 554 transaction failed", (19) "mailkit SmtpCommandException 550", (20) "phpmailer
   *   RCPT TO command failed", (21) "ruby Net::SMTPFatalError 550", (22) "go smtp 554 error", (23)
   *   "thunderbird sending failed 550", (24) "roundcube SMTP error 550", (25) "haraka outbound 550
   *   bounce", and, written down when those 25 had given 47 (the issue corpus has been sampled by
   *   batches 4 to 16, so most of what it returns is already here), (26) "SMTP error 451 4.7.1 try
   *   again later", (27) "smtp 550 5.7.1 spam rejected", (28) "550 sender rejected spf fail", (29)
   *   "nextcloud mail SMTP error 554", (30) "mastodon Net::SMTPFatalError", (31) "wordpress wp mail
   *   smtp 550", (32) "zoho smtp 553 relaying disallowed". From each query's results, in rank
   *   order, every SMTP failure reply quoted there, at most 5 a query, skipping only (a) a reply
   *   whose text with addresses, IPs, host names, ids and numbers masked is identical to one
   *   already here, in core's documented-replies test or earlier in the batch, counting as
   *   identical the same reply from the same thread (or the same bounce posted again by its
   *   poster) that is already here with only a client's prefix or wrapper around it; (b) text that
   *   is no server's failure reply (client libraries' own messages, 2xx greetings, code tables,
   *   source code and format strings); (c) quotes that could not be read whole (cut off, elided
   *   with "[...]", paraphrased in a title). Passed over as the brief requires: providers' own
   *   documentation (Microsoft's announcement quoted in a thread, pull requests to Microsoft's
   *   docs), other projects' collections (SMTP Field Manual pull requests, Sisimai's threads and
   *   pull requests). Replies a query gave (skipped under (a)): 3 (3), 2 (2), 2 (1), 2 (4), 4 (0),
   *   0 (0), 2 (2), 0 (3), 0 (12), 0 (6), 0 (3), 0 (6), 0 (2), 2 (2), 2 (5), 0 (1), 5 (0), 1 (2), 3
   *   (2), 2 (0), 5 (2), 4 (1), 3 (1), 2 (4), 3 (0), 3 (6), 1 (5), 3 (4), 1 (0), 1 (3), 1 (0), 5
   *   (1); 83 skipped under (a) in all. Each labelled from its words, the documented boundaries
   *   and, where the provider documents it, the provider's page, and, where this list already
   *   holds the same wording, as it is labelled here (Gmail's "Try again later, closing
   *   connection" rateLimited, a bare "Try again later" greylisted, Apple's CS01 and Postfix's
   *   "Recipient address rejected: Access denied" policyViolation, a bare RFC 5321 "mailbox
   *   unavailable" undefined, Zoho's "Relaying disallowed as" senderRejected); a thread's
   *   diagnosis was not used where the words say nothing ("550 Command Rejected" stays undefined).
   *   Arguable on the boundaries: RFC 2606's reserved domain as hostUnknown, bell.net's "521
   *   Service not available" as notAccept (RFC 7504's meaning of 521), smtp2go's "that IP address
   *   is not allowed to send" as blocked, "Mailbox busy, try again later" as systemError
   * - batch 18: a SAMPLE of replies quoted on public web pages (Q&A threads, forum posts, blog
   *   posts, hosts' help pages; no issue threads, no provider's own error-code page, no other
   *   project's collection or fixtures), from 16 queries fixed before searching, each different
   *   from batch 16's and run on the search tool's web-page corpus only: (1) "bounce message 550
   *   mailbox unavailable", (2) "outlook 550 5.7.1 unable to relay", (3) "gmail 421 4.7.28", (4)
   *   "yahoo 553 5.7.1", (5) "undeliverable 554 5.7.1 spam", (6) "wordpress smtp error 535", (7)
   *   "cpanel 550 sender verify failed", (8) "thunderbird 552 message size", (9) "451 4.7.1
   *   please try again later", (10) "550 5.1.0 address rejected", (11) "mail delivery subsystem
   *   550 5.2.1", (12) "553 relaying disallowed", (13) "hotmail bounce 550 5.7.1 blocked", (14)
   *   "icloud mail bounce 554 5.7.1", (15) "exchange 452 4.3.1 insufficient system resources",
   *   (16) "554 transaction failed smtp bounce"; as these gave 45, four more fixed before running
   *   them: (17) "delivery status notification failure 550 5.1.1", (18) "postfix status=bounced
   *   said 550", (19) "421 4.4.2 connection timed out smtp", (20) "552 5.2.2 mailbox full over
   *   quota bounce". From each query's results, in rank order, every SMTP failure reply quoted
   *   there, at most 5 a query, as the page shows it (a client's or a bounce's wrapper such as
   *   Outlook's "Server Response:", "Remote host said:" or "Diagnostic-Code:" kept), skipping only
   *   (a) a reply whose text with addresses, IPs, host names, ids and numbers masked is identical
   *   to one already here, in core's documented-replies test or earlier in the batch, (b) text that
   *   is no server's failure reply (tables of what codes mean, RFC code lists, headings and
   *   category names such as "421 4.4.2 Connection Dropped", event-log lines, a schematic "Scope:
   *   ... Action: ..." card), (c) a quote that could not be read exactly (a page whose "4" came
   *   out as "Ĥ", two variants run together); providers' own documentation (help.yahoo.com,
   *   Microsoft's Outlook support article on relay errors, a GitHub mirror of Yahoo's error page)
   *   and other projects' collections (smtp.codes) were passed over. Replies a query gave
   *   (skipped under (a), counted per appearance in the results): 5 (0), 4 (3), 3 (0), 3 (3), 1
   *   (0), 1 (1), 5 (0), 0 (0), 5 (3), 1 (7), 0 (0), 5 (4), 5 (1), 1 (0), 1 (9), 5 (3), 5 (5), 5
   *   (1), 0 (0), 5 (4): 60 replies, 44 skipped as identical. Most pages are hosts' and
   *   deliverability sites' help pages quoting typical replies, few are transcripts, so many
   *   replies are short and some carry placeholders as the page printed them ("[email]", "(x)",
   *   "[IP address]"). Each labelled from its words, the documented boundaries and, where the
   *   provider documents it, the provider's page, before any measurement, without running the
   *   classifier on any of them; no rule changed for it. Labels that rest on a page or on the set's
   *   earlier conventions more than on the words alone: Yahoo's bare "[GL01] ... temporarily
   *   deferred" as badReputation (Yahoo's 4xx deferrals: unusual traffic or complaints), the
   *   hosting page's "[ESA] Sender blocked" as blocked (the host: the sending IP is on its block
   *   list), Microsoft's bare "550 5.7.1 Service unavailable" as blocked, a bare "451 Try again
   *   later." as greylisted (asked to come back later, nothing else said), "unusual rate of
   *   unsolicited mail" as badReputation and "unusual rate of mail" as rateLimited (as earlier
   *   batches have them); "550 Access denied" to MAIL FROM and "550 5.0 recipient or address
   *   rejected" as undefined (nothing says why). First measured by the lead against the
   *   session's final classifier
   * - batch 19: a SAMPLE from public issue and pull-request threads only (the search tool's issue
   *   corpus), collected and labelled in one session that changed no rule and ran no classifier on
   *   them: not measured here, first measured by the lead against the session's final classifier.
   *   60 replies from 30 queries, each different from batches 16 to 18's, none chosen for hard
   *   replies, all written down before the first was run, across codes, MTAs, providers and the
   *   apps and libraries that send: (1) "smtp error 554 5.7.1 docker mailserver", (2)
   *   "SMTPDataError 550", (3) "mailcow 450 rejected", (4) "postal 550 bounce", (5) "listmonk smtp
   *   554", (6) "ghost mailgun bounce 550", (7) "keycloak smtp 535", (8) "gitlab smtp 550 5.7.1",
   *   (9) "discourse 550 bounce", (10) "odoo mail delivery failed 550", (11) "nextcloud 553", (12)
   *   "home assistant smtp 535", (13) "sendgrid 550 5.7.1", (14) "postfix relay 454 4.7.1", (15)
   *   "exim defer 451", (16) "mailu 554 rejected", (17) "mautic bounce 550 5.1.1", (18) "grafana
   *   smtp 535 authentication", (19) "stalwart 550 rejected", (20) "maddy smtp 451", (21)
   *   "iredmail 554 5.7.1", (22) "postfix 450 4.1.8 sender address rejected", (23) "rspamd 554
   *   5.7.1 spam message rejected", (24) "outlook 451 4.7.500 server busy", (25) "gmail 550 5.7.25
   *   PTR reverse dns", (26) "mailjet 550 blocked", (27) "brevo sendinblue smtp 550", (28) "jenkins
   *   email 550 relay", (29) "vaultwarden smtp 535", (30) "authentik email smtp 554"; they gave
   *   enough, so no query was added. From each query's results, in rank order, every SMTP failure
   *   reply quoted there, at most 5 a query, as the thread shows it (a client's or a log's wrapper
   *   kept, Python reprs with their escaped line breaks), skipping only (a) a reply whose text with
   *   addresses, IPs, host names, ids and numbers masked is identical to one already here, in
   *   core's documented-replies test or earlier in the batch, or the same reply from the same
   *   thread (or the same bounce posted again by its poster) already here with only a wrapper
   *   around it; (b) text that is no server's failure reply (client libraries' own messages such
   *   as "SMTP AUTH extension not supported by server." or "No compatible authentication mechanism
   *   was found", pflogsumm tables, configuration, 250s, a rejection text only proposed in a
   *   thread); (c) quotes that could not be read exactly (cut off by the excerpt or elided with
   *   "[...]" or "....", paraphrased in a title or a sentence). Passed over as the brief requires:
   *   providers' own documentation (a Microsoft docs issue quoting its NDR page, a pull request
   *   to Microsoft's docs), other projects' collections (SMTP Field Manual pull requests, Sisimai's
   *   threads and pull requests). Replies a query gave (skipped under (a), counted per appearance):
   *   2 (1), 2 (5), 2 (2), 0 (1), 5 (1), 0 (0), 3 (0), 2 (0), 0 (0), 4 (2), 0 (0), 3 (4), 0 (2), 3
   *   (5), 0 (1), 0 (4), 1 (0), 5 (0), 0 (0), 3 (0), 1 (3), 5 (3), 2 (3), 1 (3), 5 (3), 1 (2), 2
   *   (0), 2 (1), 4 (0), 2 (5); 51 skipped under (a) in all. `command` is set only where the quote
   *   or its transcript names the stage (a log's "RCPT from", "in reply to end of DATA", Python's
   *   SMTPSenderRefused and SMTPRecipientsRefused, JavaMail's AuthenticationFailedException). Each
   *   labelled from its words, the documented boundaries and, where the set already holds the same
   *   wording, as it is labelled here (Haraka's "I cannot deliver mail for" relayDenied, Postfix's
   *   "Sender address rejected: not logged in" authRequired and "authentication not enabled"
   *   protocolError, "Bad sender address syntax" senderRejected, QQ's "Mail Content denied"
   *   spamDetected, Gmail's NotAuthorizedError blocked, a bare "Mailbox unavailable" undefined, a
   *   bare "Try again later" greylisted). Arguable on the boundaries: maddy's "451 4.4.5 High load,
   *   try again later" as rateLimited (as Gmail's documented "Server busy, try again later", though
   *   the words name the receiver's load), maddy's "501 5.1.8 Use Submission for outgoing SMTP" as
   *   relayDenied (not authRequired), Brevo's EHLO "501 5.5.4 Invalid domain name" as syntaxError,
   *   an Odoo "5.7.1Unauthorized shipping - Check your domain's MX and/or SPF" to MAIL FROM as
   *   senderRejected (not authFailure), Postfix's own "TLS is required, but was not offered by
   *   host" as securityError (the sender's TLS policy), and Microsoft's "550 5.4.317 Message
   *   expired, cannot connect to remote server" as expired
   * - batch 20: a SAMPLE of replies quoted on public web pages (Q&A threads, forum posts, blogs,
   *   hosts' and vendors' help pages; no issue threads, no provider's own error-code page, no other
   *   project's collection or fixtures), collected and labelled in one session that changed no rule
   *   and ran no classifier on them: labelled before any measurement, first measured by the lead
   *   against the session's final classifier. 62 replies from 30 queries, none chosen for hard
   *   replies, each written down before it was run and each different from batches 16 to 18's, run
   *   on the search tool's web-page corpus only: (1) "returned mail see transcript for details
   *   550", (2) "undelivered mail returned to sender said 550", (3) "mail delivery failed returning
   *   message to sender 550", (4) "554 5.7.1 service unavailable client host blocked", (5) "550
   *   5.7.606 access denied banned sending ip", (6) "452 4.2.2 quota exceeded", (7) "421 too many
   *   messages from your ip", (8) "550 sender address rejected domain not found", (9) "554 message
   *   rejected email address is not verified", (10) "zustellung fehlgeschlagen 550", (11) "retour
   *   courrier 550 adresse", (12) "550 5.1.1 user unknown in virtual mailbox table", (13) "451
   *   temporary local problem please try later", (14) "550 high probability of spam", (15) "telstra
   *   bigpond 554 bounce", (16) "outlook.com 550 5.7.1 S3150 blocked", (17) "comcast 554 refused
   *   bounce", (18) "mailchimp bounce 550 reason", (19) "530 5.7.1 authentication required", (20)
   *   "exchange 550 5.1.10 recipient not found", (21) "correo devuelto error 550", (22) "smtp 503
   *   bad sequence of commands", and, written down when those 22 had given 42 (41 once one of them
   *   was found to be two replies run together), (23) "550 5.7.1 in reply to RCPT TO command
   *   bounce", (24) "554 5.7.0 message contains a virus rejected", (25) "552 5.3.4 message size
   *   exceeds fixed limit bounce", (26) "550 5.7.25 reverse DNS PTR record bounce", (27) "421 4.7.0
   *   rate limit exceeded messages per hour", (28) "message expired undeliverable 4.4.7 bounce",
   *   (29) "550 5.7.509 access denied DMARC reject", (30) "454 4.7.0 TLS not available". From each
   *   query's results, in rank order, every SMTP failure reply quoted there, at most 5 a query, as
   *   the page shows it (a wrapper such as "Remote host said:", "Diagnostic-Code:", a Postfix queue
   *   id or Outlook's "Server error:" kept; placeholders as the page printed them: "[X.X.X.X]",
   *   "xx.xx.xx.xx", "IP=IP_ADDRESS", Domino's "argument", a page's e-mail obfuscation "[email
   *   protected]"), skipping only (a) a reply whose text with addresses, IPs, host names, ids and
   *   numbers masked (reply and enhanced codes kept; case, curly quotes, a continuation hyphen
   *   after the code and a final full stop ignored) is identical to one already here, in core's
   *   documented-replies test or earlier in the batch, counted per appearance in the results, and
   *   counting as identical the same reply from the same page already here in another typography
   *   (bobcares' illegal attachment) or seen in two versions of one page, one with the example
   *   domain filled in (ourcloudnetwork's 5.7.509); (b) text that is no server's failure reply
   *   (code tables and RFC lists, headings such as "451 Local Error", Pure-FTPd's "421 Too many
   *   connections (8) from this IP", an Amavis template, HTTP 451 and 429 pages); (c) a quote that
   *   could not be read exactly (two replies run together on one line, a reply elided with "go to
   *   ...", a translated "one or más recipients", phrases without their reply). Passed over as the
   *   brief requires: providers' and ESPs' own pages on their own replies (Gandi's error pages,
   *   SocketLabs, Amazon SES's knowledge centre, AT&T's and Spectrum's help, Comcast's postmaster
   *   code list, Forpsi, ix-one, Neo, AuthSMTP) and other projects' collections (smtp.codes).
   *   Replies a query gave (skipped under (a)): 0 (0), 1 (1), 1 (9), 1 (3), 4 (2), 0 (6), 0 (1), 2
   *   (1), 1 (2), 0 (0), 0 (0), 5 (2), 0 (0), 2 (6), 0 (0), 1 (4), 5 (0), 1 (1), 4 (8), 2 (2), 5
   *   (3), 5 (2), 4 (11), 3 (0), 3 (2), 4 (2), 0 (0), 3 (2), 3 (3), 2 (0): 62 replies, 73 skipped
   *   as identical; the German, French, BigPond and rate-limit queries found only pages on postal
   *   mail, law or HTTP. Most pages are deliverability sites' and hosts' help pages printing
   *   typical replies, few are transcripts. Each labelled from its words, the documented boundaries
   *   and, where the provider documents it, the provider's page, and, where this list already holds
   *   the same wording, as it is labelled here (T-Online's "(BL)" and Microsoft's block-list texts
   *   blocked, IONOS's "invalid DNS MX or A/AAAA resource record" senderRejected, a bare "Service
   *   not available" systemError as batch 16's, "Client was not authenticated" authRequired).
   *   Labels that rest on a reading more than on the words alone: Domino's VRFY replies "553
   *   argument is not unique" and "550 argument is a group not a user" as userUnknown (the address
   *   names no single mailbox), "550 5 2 1 mail from refused spam site" as blocked (the sending
   *   site, not the sender address), Sendmail's ".forward: ... Can't create output: Permission
   *   denied" as systemError (the page: the recipient's unreadable .forward; the list's bare "Can't
   *   create output" is mailboxFull on pobox's word), "553 user address required" after DATA as
   *   contentError (the page: a malformed To: or From: line), "prohibited virus or spam content" as
   *   spamDetected, "552 5.2.3 Message size exceeds fixed maximum message size" as messageTooBig
   *   (the words over X.2.3), "550 5.4.1 Relay Access Denied" as relayDenied, and "454 5.7.3 TLS
   *   not available" as securityError; "550 permanent failure for one or more recipients" alone is
   *   undefined
   * - batch 21: a SAMPLE from public issue and pull-request threads only (the search tool's issue
   *   corpus; web pages are another batch's), collected and labelled in one session that changed no
   *   rule and ran no classifier on them: labelled before any measurement, first measured by the
   *   lead against the session's final classifier. 54 replies from 40 queries, none chosen for hard
   *   replies, each written down before it was run and each different from batches 16 to 20's,
   *   across codes, MTAs, providers and the apps and libraries that send (projects batches 17 and
   *   19 did not query): (1) "mastodon sidekiq 550", (2) "superset smtp 535", (3) "bugzilla
   *   sendmail 553", (4) "moodle smtp 550", (5) "matrix synapse smtp 554", (6) "n8n smtp 550", (7)
   *   "paperless smtp 535", (8) "redmine 550 5.7.1", (9) "sentry smtp 554", (10) "zammad 550
   *   bounce", (11) "phplist 550", (12) "mailtrain 421", (13) "opensmtpd 550", (14) "chasquid 550",
   *   (15) "dovecot lmtp 552", (16) "exchange 4.4.316 connection refused", (17) "office365 5.7.57
   *   client not authenticated", (18) "gmail 421 4.7.0 unsolicited", (19) "gitea mailer 550", (20)
   *   "erpnext smtp 554", (21) "bookstack smtp 550", (22) "symfony mailer 550 5.7.1", (23) "lettre
   *   smtp 554", (24) "rails actionmailer 421", (25) "yandex smtp 554 5.7.1", (26) "mail.ru 550
   *   spam", (27) "hmailserver 550", (28) "amavis 554 5.7.0 banned", (29) "qmail 553 sorry", (30)
   *   "t-online smtp 554", and, written down when those 30 had given 40 (39 once one of them was
   *   found already in batch 20), (31) "gophish smtp 554", (32) "uptime kuma smtp 550", (33)
   *   "peertube smtp 535", (34) "sendmail stat=Deferred 421", (35) "zimbra 554 5.7.1 rejected",
   *   (36) "smartermail 550", (37) "exim retry timeout exceeded", (38) "immich smtp 535", (39)
   *   "yahoo 554 5.7.9 policy reasons", (40) "aol 521 5.2.1". From each query's results, in rank
   *   order, every SMTP failure reply quoted there, at most 5 a query, as the thread shows it (a
   *   client's or a log's wrapper kept: nodemailer's "Invalid login:" and "Can't send mail - all
   *   recipients were rejected:", Symfony's "Expected response code ... with message", Python's
   *   tuples and reprs with their escaped line breaks, gophish's and OpenSMTPD's log fields),
   *   skipping only (a) a reply whose text with addresses, IPs, host names, ids and numbers masked
   *   is identical to one already here, in core's documented-replies test or earlier in the batch,
   *   or the same reply from the same thread (or the same bounce posted again by its poster)
   *   already here with only a wrapper around it, counted once per distinct quote; (b) text that is
   *   no server's failure reply (client libraries' own errors such as Twisted's AUTHRequiredError,
   *   smtplib's SMTPServerDisconnected, nodemailer's connection timeouts, an OpenSSL handshake
   *   error, IMAP replies, 220 greetings, configuration, a reply only proposed in a thread); (c)
   *   quotes that could not be read exactly (cut off by the excerpt or elided with "....", only in
   *   a title, paraphrased in a sentence, retyped with typos, or quoted in two wordings in one
   *   thread). Passed over as the brief requires: other projects' collections and their threads
   *   about their samples (SMTP Field Manual pull requests, fm/smtp-codes pull requests, Sisimai's
   *   set-of-emails issue, mailsherpa's parsing issue, ZoneMTA's bounce rules file). Replies a
   *   query gave (skipped under (a)): 0 (0), 2 (6), 0 (0), 0 (0), 2 (1), 5 (1), 2 (7), 0 (0), 0
   *   (9), 0 (0), 0 (1), 0 (0), 1 (3), 0 (0), 0 (1), 0 (0), 5 (2), 4 (5), 2 (3), 2 (3), 3 (1), 5
   *   (1), 0 (7), 0 (0), 2 (5), 1 (3), 2 (5), 0 (0), 0 (4), 1 (2), 3 (4), 1 (1), 4 (0), 2 (4), 1
   *   (4), 0 (4), 0 (1), 3 (4), 0 (5), 1 (0); 97 skipped under (a) in all (the issue corpus has
   *   been sampled by batches 4 to 19, so much of what it returns is already here). `command` is
   *   set only where the quote or its transcript names the stage ("in reply to MAIL FROM command",
   *   "after end of data", a log's "RCPT TO:", Python's SMTPSenderRefused, SMTPDataError and
   *   SMTPAuthenticationError, MailKit's AuthenticationException, a transcript's AUTH LOGIN, a JSON
   *   "command" field, nodemailer's "Invalid login" and "all recipients were rejected", Symfony's
   *   expected 354 after DATA and 250/251/252 after RCPT TO). Each labelled from its words, the
   *   documented boundaries and, where the set already holds the same wording, as it is labelled
   *   here (Gmail's "likely unsolicited mail" spamDetected, Postfix's "authentication not enabled"
   *   protocolError, "not owned by user" senderRejected, "Client does not have permissions to send
   *   as this sender" senderRejected, RFC 4954's 454 4.7.0 temporary authentication failure
   *   systemError, Postfix's "Must issue a STARTTLS command first" requireTLS, an unrecognized
   *   command syntaxError). Arguable on the boundaries: OpenSMTPD's own "smtp-out: Error on session
   *   ...: Connection closed unexpectedly" as networkError (the thread's cause is a 554 banner its
   *   normal log leaves out), a forge's LMTP "Permanent failure: unrecognized patch header format"
   *   as contentError, Gogs's "Rcpt: 550 Mailbox not found or access denied" as userUnknown, a
   *   relay's recipient verification "The account or domain may not exist, they may be blacklisted,
   *   or missing the proper dns entries" as userUnknown, Mail.ru's "550 tutanota is blocked" as
   *   blocked (the sending service refused by name, not a sender address), hMailServer's "550
   *   Unsupported ESMTP extension" to MAIL FROM as syntaxError (an argument not understood, not a
   *   sequence), smtp_to_telegram's "554 Error: Post ... i/o timeout" as systemError (the
   *   receiver's own step timing out), gophish's "454 4.7.0 auth service unavailable" as
   *   systemError, and AOL's "521 5.2.1 : AOL will not accept delivery of this message" as
   *   undefined (nothing in the words says why; no AOL page for it was at hand)
   * - batch 22: a SAMPLE of replies quoted on public web pages (Q&A threads, forum posts, blog
   *   posts, hosts', vendors' and deliverability sites' help pages quoting other receivers'
   *   replies; no issue threads, no provider's or vendor's own error-code page, no other project's
   *   collection or fixtures), collected and labelled in one session that changed no rule and ran
   *   no classifier on them: labelled before any measurement, first measured by the lead against
   *   the session's final classifier. 52 replies from 40 queries, none chosen for hard replies,
   *   each different from batches 16 to 20's and each written down before it was run, run on the
   *   search tool's web-page corpus only: (1) "bounce 550 5.7.1 message rejected as spam by content
   *   filtering", (2) "godaddy bounce 554 refused", (3) "hostgator 550 no such user here", (4)
   *   "bluehost sender verify failed", (5) "siteground 550 bounce", (6) "plesk 550 5.7.1 relaying",
   *   (7) "squirrelmail 553", (8) "outlook 451 4.4.0 primary target ip", (9) "yahoo 554 5.7.9
   *   message not accepted", (10) "gmail 550 5.7.28 unusual rate", (11) "web.de 554 transaction
   *   failed", (12) "mail.ru 550 spam message rejected", (13) "zoho 554 5.1.8 email outgoing
   *   blocked", (14) "yandex 554 5.7.1 message rejected under suspicion of spam", (15) "orange 550
   *   5.7.1 OFR", (16) "free.fr 550 bounce", (17) "libero 550 5.7.1", (18) "naver 554", (19) "qq
   *   550 mailbox not found", (20) "uol 550", (21) "att.net 553 5.3.0 blocked", (22) "gmx 554
   *   transaction failed ip blocked", (23) "rackspace bounce 550 5.7.1", (24) "mdaemon 550 bounce",
   *   (25) "hmailserver 550 bounce", (26) "zimbra 554 5.7.1 rejected", and, written down when those
   *   26 had given 28, (27) "undeliverable mail remote server returned 550 5.7.1", (28) "postfix
   *   NOQUEUE reject RCPT from 450 4.7.1", (29) "exim retry timeout exceeded bounce", (30)
   *   "sendmail dsn=5.0.0 stat=Service unavailable", (31) "outlook error 0x800CCC78 550", (32)
   *   "thunderbird 554 5.7.1 sending of the message failed", (33) "mail returned 554 5.7.1 rejected
   *   spamhaus", (34) "exchange 550 5.7.1 client does not have permissions to send as this sender",
   *   (35) "microsoft 550 5.7.520 access denied", (36) "icloud 550 5.7.0 blocked", (37) "virgin
   *   media 550 bounce", (38) "t-online 554 ip rejected", (39) "apple mail 550 5.7.0 from address
   *   is not one of your addresses", (40) "451 4.7.1 greylisting postfix log". From each query's
   *   results, in rank order, every SMTP failure reply quoted there, at most 5 a query, as the page
   *   shows it (a wrapper such as Outlook's "Sending reported error (0x800ccc78): ...",
   *   "Diagnostic-Code:", Exim's "SMTP error from remote mail server after ...", PHPMailer's "SMTP
   *   -> ERROR:" or a mailing program's "Disconnected." kept; placeholders and stripped parts as
   *   the page printed them: "<>", "[IP]", "[email protected]", "<Ihre.IP.Adresse>", "[name of the
   *   service]"), skipping only (a) a reply whose text with addresses, IPs, host names, ids and
   *   numbers masked (reply and enhanced codes kept; case, curly quotes, a continuation hyphen
   *   after the code and a final full stop ignored) is identical to one already here, in core's
   *   documented-replies test or earlier in the batch, counted per appearance in the results, and
   *   counting as identical the same reply from the same page already here with or without a
   *   wrapper (Broadcom's "Reason:" lines, which batch 13 took without it; the Outlook "server
   *   response:" texts of Microsoft's relay article on a translated copy) or with its address
   *   replaced by a page's e-mail obfuscation; (b) text that is no server's failure reply (code
   *   tables and lookups, headings and error names such as "550; 5.7.15 Access Denied", German
   *   translations of Gmail's texts, Microsoft's NDR prose, a client's "SMTP Error: Data not
   *   accepted", HTTP API errors, format strings in a book, a code mapping proposed on a mailing
   *   list); (c) a quote that could not be read exactly (garbled characters, a bounce whose host
   *   names and links the page had stripped and which it cut off, paraphrases in titles, "looks
   *   roughly like" examples, a reply elided with "..."). Passed over as the brief requires:
   *   providers', hosts' and vendors' own pages on their own replies (GoDaddy, Bluehost, dshost,
   *   onesystems, comservice-ffo, IONOS, Yahoo, Mail.ru, Yandex, nic.ru, Forpsi, AT&T and
   *   BellSouth, AOL, Gandi, MXroute, Rackspace, hMailServer and its copies, Trend Micro, IceWarp,
   *   Mimecast, prolateral, a mirror of QQ Mail's help, T-Online's postmaster page, Plesk's
   *   knowledge base, a Digital UNIX appendix of sendmail's messages, a Symantec article on its own
   *   queue message) and other projects' collections (smtp.codes, the SMTP Field Manual, Sisimai's
   *   site and its author's copy of Yahoo's page). Replies a query gave (skipped under (a)): 5 (2),
   *   1 (0), 0 (1), 2 (4), 0 (0), 0 (2), 0 (0), 1 (0), 0 (2), 3 (2), 2 (4), 1 (4), 2 (3), 0 (2), 0
   *   (0), 0 (0), 0 (0), 0 (0), 5 (2), 0 (0), 0 (0), 0 (0), 1 (0), 0 (0), 5 (9), 0 (0), 5 (3), 0
   *   (2), 0 (0), 1 (13), 3 (1), 5 (1), 3 (2), 1 (3), 0 (2), 1 (0), 0 (0), 4 (3), 1 (6), 0 (2): 52
   *   replies, 73 skipped as identical; the queries naming SiteGround, SquirrelMail, Orange, Free,
   *   Libero, Naver, UOL, MDaemon and Virgin Media found no page quoting a reply, and many results
   *   were providers' own pages, so most replies come from a few hosting, deliverability and
   *   mail-client help pages. `command` is set only where the quote names the stage ("in reply to
   *   RCPT TO command", "after RCPT TO", "after end of data", "End-of-data", a poster's "rcpt to"
   *   command). Each labelled from its words, the documented boundaries and, where the provider
   *   documents it, the provider's page, and, where this list already holds the same wording, as it
   *   is labelled here (T-Online's (BL) and (DIAL) blocked and (NOWL) badReputation, Apple's HM08
   *   policyViolation, Gmail's "unusual rate of unsolicited mail" badReputation and "receiving mail
   *   at a rate" rateLimited, QQ's "Ip frequency limited" rateLimited, Zoho's 5.1.8 senderRejected,
   *   a sender's "need fully-qualified address" senderRejected, "Message content rejected"
   *   spamDetected, a bare "Access denied" and a bare "mailbox unavailable" undefined, a bare
   *   "Service unavailable" systemError). Arguable on the boundaries: "550 Connection refused" and
   *   "521 access denied" as blocked (the receiver answered and refused the client without a
   *   reason; not a failed connection), ClamAV's "Heuristics.Phishing" signature as virusDetected,
   *   "551 Sender is on domain's blacklist" as filtered (the receiving domain's own list, as batch
   *   13's "sender is blocklisted"; senderRejected if read as a listed sender), Outlook's "Verify
   *   the e-mail address in your account properties ... 550 Access Denied" as undefined (the
   *   server's words say nothing; Outlook's point at the sender), "550 5.7.1 Mailbox unavailable"
   *   as undefined, sendmail's "554 <recipient's-address>... Service unavailable" (its summary line
   *   after a refusal) as systemError, Apple's "[AB01] Your mail from <IP> was rejected" as
   *   blocked, and "554 Message not allowed" alone as policyViolation (as Yahoo's "Message not
   *   allowed - [299]")
   * - batch 24: a SAMPLE of replies quoted on public web pages (Q&A threads, forum posts, blog
   *   posts, hosts', vendors' and deliverability sites' help pages quoting other receivers'
   *   replies; no issue threads, no provider's or vendor's own error-code page, no other project's
   *   collection or fixtures), collected and labelled in one session that changed no rule and ran
   *   no classifier on them: labelled before any measurement, first measured by the lead against
   *   the session's final classifier. 49 replies from 40 queries, none chosen for hard replies,
   *   each different from batches 16 to 22's and each written down before it was run, run on the
   *   search tool's web-page corpus only: (1) "serverfault postfix 554 5.7.1 relay access denied
   *   log", (2) "superuser outlook bounce 550 5.1.1", (3) "stackoverflow smtp 421 4.7.0", (4)
   *   "exim reject log 550", (5) "sendmail maillog stat=Deferred", (6) "postfix maillog
   *   status=deferred said 450", (7) "email bounced 554 5.7.1 spam content", (8) "mail returned
   *   550 no such user", (9) "delivery failure 552 mailbox full", (10) "undeliverable 550 5.4.1
   *   access denied", (11) "bounce 421 4.7.26 unauthenticated", (12) "bounce 550 5.7.350 remote
   *   server returned message detected as spam", (13) "ovh mail 550", (14) "ionos bounce 550", (15)
   *   "strato 554", (16) "freenet mail 554", (17) "seznam 550", (18) "wp.pl 550", (19) "interia
   *   554", (20) "aruba 550 bounce", (21) "rediffmail 550", (22) "telus 553", (23) "shaw 550",
   *   (24) "optus 554", (25) "btinternet 550", and, written down when the first 20 had given 25
   *   and most provider names found no mail page, (26) "cox.net 554 bounce", (27) "earthlink 550
   *   bounce", (28) "sbcglobal 553 bounce", (29) "juno 552 bounce", (30) "550 5.7.23 spf bounce",
   *   (31) "courier mail server 550 bounce", (32) "barracuda 554 bounce log", (33) "mimecast 550
   *   bounce transcript", (34) "proofpoint 554 5.7.1 bounce", (35) "postfix lost connection with
   *   said 421", and, written down when those 35 had given 40, (36) "mail delivery failed 550
   *   administrative prohibition", (37) "bounce 554 5.7.1 sender address rejected access denied",
   *   (38) "mail server 451 4.3.0 bounce message", (39) "smtp error 550 5.7.0 bounce", (40)
   *   "delivery has failed 554 5.6.0 bounce". From each query's results, in rank order, every SMTP
   *   failure reply quoted there, at most 5 a query, as the page shows it (a wrapper such as
   *   Postfix's "NOQUEUE: reject: RCPT from ...", Broadcom's "Reason:", a log's "smtp;", a mail
   *   client's "The server response was:" or a poster's "RCPT TO:<...>" kept; placeholders and
   *   stripped parts as the page printed them: "[hostname]", "[recipient email]", "[email
   *   protected]", "[ip-address]", Cox's "Refer to Error Codes section at for more information";
   *   a mailing-list post's "> " quote marks taken as the line breaks they stand for), skipping
   *   only (a) a reply whose text with addresses, IPs, host names, ids and numbers masked (reply
   *   and enhanced codes kept; case, curly quotes, a continuation hyphen after the code and a
   *   final full stop ignored) is identical to one already here, in core's documented-replies test
   *   or earlier in the batch, counted per distinct quote of each page a query returned, and
   *   counting as identical the same reply from the same page already here with or without a
   *   wrapper (a sendmail log line, a transcript's ">>> RCPT To:" or a summary "554 ... Service
   *   unavailable" after it), Broadcom's "Reason:" lines already here without it (as batch 22),
   *   and a reply whose address a page replaced by a placeholder ("554 5.7.1 : Relay access
   *   denied", "<[recipient email]>: user is over quota"); (b) text that is no server's failure
   *   reply (code tables and lookups, fail2ban patterns, "stat=Deferred: reason" as a schema,
   *   "Sample descriptions" without a reply, a sendmail log line with no reason); (c) a quote that
   *   could not be read exactly (a reply cut off by the page, "reject: RCPT from ...:" elided, two
   *   replies run together on one line, a transcript whose host names the page had stripped).
   *   Passed over as the brief requires: Exim's own test-suite output, providers', hosts' and
   *   vendors' own pages on their own replies (a reseller's copy of GoDaddy's bounce page, Alaska
   *   Communications, OVH, Oceanfree, thexyz, the hosts' outbound spam-filter pages of Atlantica
   *   Digital, InMotion Hosting and TNP Host, Cox's, Mimecast's, Proofpoint's, Rackspace's and
   *   Microsoft's pages) and other projects' collections (smtp.codes, Sisimai's site). Replies a
   *   query gave (skipped under (a)): 1 (3), 0 (10), 5 (3), 0 (0), 0 (2), 3 (1), 5 (0), 5 (2), 2
   *   (14), 0 (4), 4 (3), 0 (7), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0
   *   (0), 0 (0), 0 (0), 0 (0), 1 (0), 0 (0), 1 (0), 0 (0), 5 (2), 1 (43), 0 (0), 0 (0), 5 (4), 2
   *   (3), 2 (1), 1 (9), 0 (18), 1 (3), 5 (8): 49 replies, 140 skipped as identical; the queries
   *   naming OVH, IONOS, Strato, Freenet, Seznam, WP, Interia, Aruba, Rediffmail, Telus, Shaw,
   *   Optus, BT, EarthLink, Juno, Barracuda and Mimecast found no page quoting a reply (company
   *   news, terms, unrelated pages or the provider's own documentation), so most replies come from
   *   deliverability sites' and hosts' help pages printing typical replies; few are transcripts.
   *   `command` is set only where the quote names the stage (a log's "RCPT from", a poster's "RCPT
   *   TO:", "while sending DATA", a probe's RCPT TO that the page says drew the reply). Each
   *   labelled from its words, the documented boundaries and, where the provider documents it, the
   *   provider's page, and, where this list already holds the same wording, as it is labelled here
   *   (a bare "mailbox unavailable" undefined, "High load" and "Server busy" rateLimited,
   *   IronPort's "sending MTA's poor reputation" badReputation, Yahoo's TS01/TSS04 "user complaints"
   *   badReputation, Microsoft's "550 5.4.1 Recipient address rejected: Access denied"
   *   userUnknown, "550 Administrative prohibition - envelope blocked" filtered, "User email
   *   address is marked as invalid" userUnknown, Exim's "Sender verify failed" senderRejected,
   *   "Too many Received headers" a loop, networkError). Arguable on the boundaries: "421 Server
   *   too busy." and "Too much load; please try again later." as rateLimited (the receiver's own
   *   load, systemError if read so), "refused to talk to me: 421 4.7.0 Not allowed" as blocked (an
   *   IP refused at the greeting without a reason; undefined if the refusal is not read as one of
   *   the client), Postfix's bare "Host or domain name not found. Name service error" as
   *   hostUnknown (networkError if the cut-off tail said "try again"), Cox's "message rejected.
   *   ... AUP#CXSNDR" as authFailure (Cox's page, quoted in the thread: the sending domain failed
   *   SPF, DomainKeys or DKIM; senderRejected by its other text on sender domains without MX or
   *   A), Gmail's "421-4.7.27 ... rate limited because SPF authentication didn't pass" as
   *   authFailure (the named cause over the rate limit, as batch 11's TLS case), "554 Denied
   *   (Mode: normal)" as undefined (the page lists it under spam and reputation blocks; the words
   *   say nothing), "550 5.7.1 Administrative prohibition. Message not accepted due to policy." as
   *   policyViolation and "550 Administrative prohibition – envelope blocked for this recipient."
   *   as filtered, the "smtp; 550 5.4.1 ... Access denied." log line as userUnknown (the page reads
   *   it as the recipient's domain refusing the sender), KnowBe4's "550 Verification failed for
   *   ... Sender verify failed" as senderRejected (batch 21 has a recipient-side variant as
   *   userUnknown), and Orange's "550 5.7.1 Service refuse. Veuillez essayer plus tard. service
   *   refused, please try later." as undefined (a permanent code asking to come back later, no
   *   cause named)
   * - batch 26: a SAMPLE of replies quoted on public web pages (Q&A and forum posts, blog posts,
   *   mailing-list archives, wikis, hosts', vendors' and deliverability sites' help pages quoting
   *   other receivers' replies; no issue threads, no provider's or vendor's own error-code page, no
   *   other project's collection or fixtures), collected and labelled in one session that changed
   *   no rule and ran no classifier on them: labelled before any measurement, not measured here,
   *   first to be measured by the lead against the final classifier. 46 replies from 30 queries,
   *   none chosen for hard replies, each different from batches 16 to 24's and all written down
   *   before the first was run, across control panels, mail servers, languages, ISPs and mailing
   *   lists, run on the search tool's web-page corpus only: (1) "plesk mail bounce 550 forum", (2)
   *   "directadmin exim 550 rejected", (3) "virtualmin postfix 554 rejected", (4) "zimbra forum 554
   *   5.7.1 bounce", (5) "hmailserver forum 550 rejected", (6) "smartermail 550 bounce", (7)
   *   "mdaemon 554 bounce", (8) "kerio connect 550 bounce", (9) "mailenable 550 bounce", (10)
   *   "qmail 553 sorry bounce", (11) "ispconfig postfix 450 rejected", (12) "webmin sendmail 553
   *   bounce", (13) "correo rebotado 550 error", (14) "e-mail unzustellbar 550 5.1.1", (15) "mail
   *   non remis 550 5.7.1", (16) "erro 550 email devolvido", (17) "メール 550 エラー バウンス", (18) "почта
   *   550 ошибка отправки", (19) "posta non consegnata 550", (20) "mailing list archive bounce 550
   *   5.7.1 message rejected", (21) "mailman bounce 554 delivery", (22) "ubuntu forum postfix 550
   *   5.1.1 recipient address rejected", (23) "gentoo forum postfix bounce 554", (24) "comcast
   *   community forum 554 bounce", (25) "verizon forum mail bounce 550", (26) "att community 553
   *   bounce", (27) "spectrum roadrunner 550 bounce", (28) "xfinity 421 bounce", (29) "mail.com
   *   bounce 554", (30) "web.de 550 bounce forum"; they gave enough, so no query was added. From
   *   each query's results, in rank order, every SMTP failure reply quoted there, at most 5 taken a
   *   query, as the page shows it (a wrapper such as Plesk's "PLESK_INFO:", Postfix's "<address>:
   *   host ... said:" or a sendmail transcript line kept; placeholders and stripped parts as the
   *   page printed them: "[email]", "dd ... a account", "%email@domain.tld%", "550 : invalid
   *   address", "<****@...>"), skipping only (a) a reply whose text with addresses, IPs, host
   *   names, ids and numbers masked (reply and enhanced codes kept; case, curly quotes and a final
   *   full stop ignored) is identical to one already here, in core's documented-replies test or
   *   earlier in the batch, counted per appearance in the results as read, the same reply from the
   *   same page already here with or without a wrapper counting as identical; (b) text that is no
   *   server's failure reply (code tables and lookups such as MxToolbox's per-provider cards,
   *   fail2ban patterns, Webmin's help on Postfix reject codes, Mailgun's HTTP API errors, the
   *   phrases a page says an error "contains"); (c) a quote that could not be read exactly (a reply
   *   cut off by the page or the excerpt: Plesk's "550 mail not accepted from blacklisted IP
   *   address [...] (in reply to…", "554 5.7.9 Message not accepted for policy reasons. See", "550
   *   Unknown local part %alias% in", "550 Unknown user **"; two replies run together by a page's
   *   markup; a Spanish page's half-translated "permanent failure for one or más recipients").
   *   Passed over as the brief requires: providers', hosts' and vendors' own pages on their own
   *   replies (hMailServer's SMTP error list and its copies on forums and blogs, smtpf's reply
   *   list, Coremail's, Forpsi's and konto.pl's, Bluehost's, Interia's, onesystems', bytecamp's,
   *   comservice-ffo's, brownrice's, mail.com's postmaster page, the GoDaddy pages and their
   *   resellers' copies, Google's Gmail error page, Microsoft's Outlook relay article, IONOS's
   *   guides) and other projects' collections (smtp.codes). Replies a query took (skipped under
   *   (a)): 4 (0), 2 (4), 0 (2), 0 (0), 0 (0), 0 (17), 5 (18), 0 (0), 0 (17), 4 (4), 0 (0), 0 (1),
   *   5 (8), 5 (4), 2 (4), 0 (0), 1 (0), 0 (1), 0 (0), 2 (38), 3 (48), 0 (4), 0 (0), 0 (0), 3 (22),
   *   0 (0), 0 (0), 0 (0), 5 (13), 5 (10): 46 replies, 215 skipped as identical (the pages the
   *   corpus returns for mail questions are mostly the same few help pages earlier batches sampled:
   *   pobox's, the University of Maryland's, Black Pearl Mail's, Ubiquity's, domainindia's); the
   *   queries naming Zimbra, hMailServer, SmarterMail, Kerio, MailEnable, ISPConfig, Webmin,
   *   Italian, Portuguese and Russian pages, Gentoo, Comcast, AT&T, Spectrum and Xfinity found no
   *   page quoting a reply that was not already here (manuals, company news, unrelated pages or the
   *   provider's own documentation). `command` is set only where the quote names the stage ("in
   *   reply to RCPT TO command", "in reply to end of DATA command"). Each labelled from its words,
   *   the documented boundaries and, where this list already holds the same wording, as it is
   *   labelled here (Gmail's NotAuthorizedError blocked, Yahoo's TSS04 "user complaints"
   *   badReputation, a bare "mailbox unavailable" undefined, "disabled or discontinued"
   *   mailboxDisabled, Microsoft's "domain owner policy restrictions" authFailure, Gmail's IPv6
   *   "PTR records and authentication" requirePTR, "insufficient system storage" systemFull, "no
   *   valid recipients" protocolError). Arguable on the boundaries: "550 5.7.1 rejected" as
   *   undefined (nothing says why; policyViolation or blocked if 5.7.1 is read as a refusal of the
   *   client), "554 Message permanently rejected" and "554 Message refused" as undefined, "550
   *   Requested action not taken: mailbox unavailable or is not local" as relayDenied (the page
   *   reads it as a recipient the server does not host and will not relay to; undefined if "mailbox
   *   unavailable" decides), Yahoo's "[PH01] Email not accepted for policy reasons" as
   *   policyViolation (spamDetected if Yahoo's PH01 is read as a content verdict), AOL's "(DYN:T1)
   *   ... 421 SERVICE NOT AVAILABLE" as blocked (AOL's code for a dynamic IP range; only the code
   *   and link say so), "554 no valid recipients, bye" as protocolError (as the set's Postfix text
   *   at DATA; userUnknown if read as every recipient refused), "can not open new email file
   *   errno=122" as systemError (errno 122 is a disk quota on Linux, mailboxFull if read so),
   *   sendmail's "open timeout on .forward" as systemError and its "Deferred: Connection timed out
   *   with recipient's host" as networkError (the sending MTA's own text), and "554 delivery error:
   *   [email] is no longer valid. [-20]" as userUnknown (Verizon's mailboxes on Yahoo's servers,
   *   discontinued accounts)
   * - batch 23: a SAMPLE from public issue and pull-request threads only (the search tool's issue
   *   corpus; no web pages, no provider's own documentation, no other project's collection or
   *   fixtures), collected and labelled in one session that changed no rule and ran no classifier
   *   on them: labelled before any measurement, first measured by the lead against the session's
   *   final classifier. 48 replies from 60 queries, none chosen for hard replies, each different
   *   from batches 16 to 22's and each written down before it was run, across codes, self-hosted
   *   mail servers, providers, sending services and the libraries and apps that send: (1) "mailu
   *   postfix said 550", (2) "modoboa 554", (3) "iredmail 450 4.7.1", (4) "poste.io 550", (5)
   *   "mailinabox 550 5.7.1", (6) "wildduck 550", (7) "zonemta 421", (8) "postal server 554", (9)
   *   "haraka 451", (10) "emailengine 550", (11) "nodemailer EENVELOPE", (12) "smtplib
   *   SMTPDataError 554", (13) "phpmailer 554 5.7.1", (14) "mailkit 5.7.1", (15) "javax.mail
   *   SendFailedException 550", (16) "go-mail 550", (17) "aws ses 554 throttling", (18) "sendgrid
   *   421", (19) "postmark 406 inactive recipient", (20) "mandrill reject", (21) "mailgun 421
   *   throttled", (22) "sparkpost 554", (23) "smtp2go 550", (24) "mailersend 550", (25) "fastmail
   *   550 5.7.1", (26) "protonmail smtp 554", (27) "gmx 550 5.7.0", (28) "comcast 554 5.7.1
   *   blocked", (29) "seznam 550", (30) "smtpd 552 5.3.4", and, written down when those 30 had
   *   given 22 (the first 20 had given 13), (31) "msmtp 554", (32) "ssmtp 550 5.7.1", (33)
   *   "swiftmailer 550", (34) "postfix 451 4.3.0", (35) "exchange 550 5.7.606", (36) "spring
   *   MailSendException 550", (37) "dotnet SmtpClient 5.7.3", (38) "pear mail 554", (39) "ruby net
   *   smtp 452", (40) "exim 550 unrouteable address", and, written down when those 40 had given 28,
   *   (41) "flask-mail 550", (42) "actionmailer Net::SMTPSyntaxError", (43) "sendmail 553 5.1.8",
   *   (44) "postfix 554 5.7.1 client host rejected", (45) "exim 451 temporarily rejected", (46)
   *   "ionos smtp 550", (47) "outlook.com 550 5.7.520", (48) "gmail 452 4.5.3", (49) "yahoo 553
   *   5.7.2", (50) "zoho 554 5.7.1", and, written down when those 50 had given 37, (51) "mailcow
   *   554 5.7.1 spam message rejected", (52) "n8n send email 421", (53) "authelia smtp 535", (54)
   *   "strapi email 550", (55) "supabase smtp 550", (56) "wordpress 554 5.7.1", (57) "django
   *   SMTPRecipientsRefused 550", (58) "outlook 421 4.3.2", (59) "postfix 550 5.1.0", (60) "exim
   *   550 sender verify failed"; collecting stopped there, at 48. From each query's results, in
   *   rank order, every SMTP failure reply quoted there, at most 5 taken a query, as the thread
   *   shows it (a client's or a log's wrapper kept: Python's tuples and reprs with their escaped
   *   line breaks, Swift Mailer's "Expected response code ... with message", Ruby's Net::SMTP
   *   exceptions, nodemailer's "Invalid login:" and "all recipients were rejected:", .NET's "The
   *   server response was:", gomail's "could not send email 1:", a JSON "message" field, Postfix
   *   and Exim log lines; a reply with the poster's own placeholders or blanked IP as posted),
   *   skipping only (a) a reply whose text with addresses, IPs, host names, ids and numbers masked
   *   is identical to one already here, in core's documented-replies test or earlier in the batch,
   *   or the same reply from the same thread (or the same bounce posted again by its poster)
   *   already here with only a wrapper around it, counted per appearance in the results; (b) text
   *   that is no server's failure reply (client libraries' and apps' own messages such as
   *   nodemailer's "No recipients defined", Roundcube's localized "SMTP Error (454) Authentication
   *   Failed", Thunderbird's and K-9's login and send errors, "Could not connect to SMTP host ...
   *   response: 554", "Weird server reply", HTTP API errors of Postmark, Mandrill, SES and
   *   Supabase, pflogsumm tables, an Exim reject-log fragment, replies only proposed in a thread or
   *   written into source code, a user's list of codes); (c) a quote that could not be read exactly
   *   (only in a title, cut off by the excerpt, elided with "...." or "[...]", retyped in a
   *   sentence, machine-translated by its poster, or mangled into HTML). Passed over as the brief
   *   requires: providers' own documentation (Microsoft's docs issues and pull requests quoting
   *   their NDR pages, an AWS blog post quoted in a thread) and other projects' collections and
   *   their threads (SMTP Field Manual pull requests, fm/smtp-codes pull requests, mailsherpa's
   *   issues, Sisimai's threads). Replies a query gave (skipped under (a)): 1 (4), 1 (1), 0 (2), 1
   *   (1), 0 (3), 0 (0), 0 (0), 1 (1), 0 (0), 0 (2), 0 (0), 5 (3), 1 (1), 0 (0), 1 (4), 0 (3), 2
   *   (1), 0 (0), 0 (0), 0 (0), 1 (0), 3 (0), 0 (4), 0 (2), 0 (1), 3 (3), 1 (0), 1 (2), 0 (0), 0
   *   (3), 0 (5), 0 (3), 4 (1), 0 (1), 0 (2), 0 (2), 1 (0), 0 (1), 1 (1), 0 (1), 1 (0), 4 (5), 0
   *   (1), 1 (2), 0 (5), 2 (0), 1 (3), 0 (2), 0 (4), 0 (2), 0 (3), 0 (0), 0 (3), 3 (0), 1 (0), 0
   *   (0), 3 (3), 1 (1), 0 (0), 3 (6): 48 replies, 98 skipped as identical (the issue corpus has
   *   been sampled by batches 4 to 21, so most of what it returns is already here; the queries
   *   naming WildDuck, ZoneMTA, Haraka, MailKit, SendGrid, Postmark, Mandrill, Seznam, n8n and
   *   WordPress found no thread quoting a reply that was not). `command` is set only where the
   *   quote, its transcript or its stack trace names the stage ("in reply to RCPT TO command",
   *   "MAIL FROM", "RCPT TO syntax error", Python's SMTPDataError, SMTPRecipientsRefused and
   *   SMTPAuthenticationError, Ruby's SMTPAuthenticationError and a backtrace through rcptto,
   *   .NET's SmtpFailedRecipientException, nodemailer's "Invalid login" and "all recipients were
   *   rejected", a Postfix log's "RCPT from", Swift Mailer's trace through RSET). Each labelled
   *   from its words, the documented boundaries and, where the set already holds the same wording,
   *   as it is labelled here (Postfix's "Server configuration problem" systemError, "Sender address
   *   rejected: not logged in" and QQ's "need EHLO and AUTH first" authRequired, "Command rejected"
   *   undefined, Yahoo's TSS09 blocked, SES's "Email address is not verified" senderRejected,
   *   Exchange's "Client does not have permissions to send as this sender" senderRejected, GMX's
   *   bare "Requested action not taken: mailbox unavailable ... Failure sending mail" undefined, an
   *   unrecognized command syntaxError). Arguable on the boundaries: GMX's "<IP> is not allowed to
   *   send mail from <sender-domain>" as authFailure (SPF's verdict in words, the name left out),
   *   GMX's "554 For explanation visit ...&c=rdns" alone as requirePTR (only the link's code says
   *   why), IONOS's "Reject due to policy restrictions ... &c=hd" as policyViolation (the words; no
   *   IONOS page for "hd" was at hand, the set has GMX's "hi" as contentError), Proton Bridge's
   *   "transaction failed, blame it on the weather: sending was canceled by user" as systemError,
   *   Postal's own "No SMTP servers were available ... execution expired" as networkError,
   *   GoDaddy's "reached its limit for processing requests from your host" as rateLimited (not
   *   tooManyConnections), "554 Too many nonmail commands" as protocolError, Forward Email's "550
   *   Invalid forward-email TXT record" as hostUnknown (the recipient domain's forwarding
   *   configuration, not the mailbox), QQ's bare "Mail rejected" to DATA as undefined, "not local
   *   sender over smtp" as senderRejected, and Microsoft's block-list reply with the IP blanked by
   *   its poster ("messages from weren't sent") as blocked
   * - batch 25: a SAMPLE from public issue and pull-request threads only (the search tool's issue
   *   corpus; no web pages, no provider's own documentation, no other project's collection or
   *   fixtures), collected and labelled in one session that changed no rule and ran no classifier
   *   on them: labelled before any measurement, first measured by the lead against the session's
   *   final classifier. 40 replies from 50 queries, none chosen for hard replies, each different
   *   from batches 16 to 24's and each written down before it was run, across helpdesks, forums,
   *   CI and monitoring tools, newsletter tools, e-commerce platforms, self-hosted mail servers,
   *   providers and the libraries that send in Java, .NET, PHP, Go, Rust, Elixir and Python: (1)
   *   "keycloak smtp 550", (2) "zammad smtp 550", (3) "discourse smtp 554", (4) "jenkins
   *   email-ext 550", (5) "gitlab smtp 554 5.7.1", (6) "grafana smtp 535", (7) "zabbix email
   *   550", (8) "listmonk smtp 550", (9) "mautic 550 bounce", (10) "magento smtp 554", (11) "odoo
   *   mail delivery failed 550", (12) "simplelogin 550", (13) "maddy 550", (14) "stalwart 554",
   *   (15) "mox smtp 550", (16) "jakarta mail 535 5.7.8", (17) "System.Net.Mail SmtpException
   *   554", (18) "laminas mail 554", (19) "golang net/smtp 550 5.7.0", (20) "swoosh smtp 554",
   *   (21) "gen_smtp 421", (22) "rspamd reject 554", (23) "hetzner smtp 550", (24) "office365 554
   *   5.2.252", (25) "web.de 554 transaction failed", and, written down when those 25 had given
   *   about 12, (26) "freescout smtp 550", (27) "osticket smtp 550", (28) "mattermost smtp 554",
   *   (29) "vaultwarden smtp 550", (30) "paperless smtp 535", (31) "healthchecks smtp 550", (32)
   *   "redmine smtp 554", (33) "sentry smtp 550", (34) "prestashop smtp 550", (35) "shopware
   *   mailer 550", (36) "apache james 550", (37) "courier-mta 550", (38) "opendmarc reject 550
   *   5.7.1", (39) "postsrsd 550", (40) "aiosmtplib 550", (41) "nodemailer 452 4.2.2", (42)
   *   "emailjs smtp 550", (43) "fastapi-mail 535", (44) "neomutt smtp 550", (45) "fairemail 550",
   *   and, written down when those 45 had given 36, (46) "wiki.js smtp 550", (47) "directus email
   *   550", (48) "ghost smtp 550", (49) "invoice ninja smtp 550", (50) "pretix smtp 550";
   *   collecting stopped there, at 40. From each query's results, in rank order, every SMTP
   *   failure reply quoted there, at most 5 taken a query, as the thread shows it (a client's or
   *   a log's wrapper kept: Swift Mailer's "Expected response code ... with message", PEAR's
   *   "Invalid response code received from server (code: ..., response: ...)", Ruby's
   *   Net::SMTPFatalError with its line break, Python's tuples with their escaped line breaks,
   *   .NET's "The server response was:", Postfix, Exim and Qsmtpd log lines, a JSON "message"
   *   field; a reply with the poster's own placeholders or masked host as posted), skipping only
   *   (a) a reply whose text with addresses, IPs, host names, ids and numbers masked is identical
   *   to one already here, in core's documented-replies test or earlier in the batch, or the same
   *   reply from the same thread already here with only a wrapper around it, counted per
   *   appearance in the results; (b) text that is no server's failure reply (client libraries'
   *   and apps' own messages such as "Expected response code 250 but got an empty response",
   *   "Connection could not be established", "Could not find the host", an IMAP capability line
   *   read as a greeting, 220 banners, replies only proposed in a thread or written into a pull
   *   request as the new behaviour, a pull request's list of bounce phrasings, a code without
   *   text); (c) a quote that could not be read exactly (only in a title, cut off by the excerpt,
   *   elided with "...." or "[...]", retyped with the poster's own typo, or mangled by a tracker's
   *   escaping). Passed over as the brief requires: other projects' collections and their threads
   *   (SMTP Field Manual pull requests, fm/smtp-codes pull requests, mailsherpa's issues,
   *   Sisimai's threads, a pull request to ZoneMTA's bounce rules), providers' own documentation
   *   (web.de's error page quoted in a thread, Microsoft's docs issues). Replies a query gave
   *   (skipped under (a)): 0 (3), 1 (7), 0 (3), 0 (0), 1 (2), 0 (5), 0 (2), 2 (6), 0 (1), 5 (0),
   *   0 (6), 0 (0), 0 (0), 0 (0), 1 (3), 0 (2), 2 (3), 0 (2), 1 (1), 0 (2), 0 (6), 0 (5), 0 (3),
   *   0 (2), 0 (4), 2 (1), 5 (0), 3 (4), 0 (5), 0 (6), 2 (0), 3 (0), 0 (2), 3 (1), 0 (0), 0 (0), 0
   *   (0), 1 (0), 0 (0), 0 (1), 0 (0), 1 (2), 3 (1), 1 (0), 0 (1), 0 (1), 1 (1), 0 (4), 1 (2), 1
   *   (0): 40 replies, 100 skipped as identical (the issue corpus has been sampled by batches 4 to
   *   23, so most of what it returns is already here; the queries naming Keycloak, Discourse,
   *   Grafana, Odoo, Vaultwarden, Paperless, rspamd, Hetzner, Office 365, web.de and Ghost found
   *   no thread quoting a reply that was not, and those naming SimpleLogin, maddy, Stalwart,
   *   Apache James, Courier and postsrsd found no reply at all). `command` is set only
   *   where the quote, its transcript or its title names the stage ("Failed to add recipient",
   *   "RCPT To", "rejected after DATA", a milter's END-OF-MESSAGE, Swift Mailer's expected 235
   *   after AUTH, PEAR's "authentication failure", Go's auth(), a Qsmtpd transcript's RCPT TO).
   *   Each labelled from its words, the documented boundaries and, where the set already holds
   *   the same wording, as it is labelled here (Gmail's "log in via your web browser" and Exim's
   *   "Incorrect authentication data" authRequired, "mail from address must be same as
   *   authorization user", "Incorrect sender header" and "Username ... and sender ... doesn't
   *   match" senderRejected, HELO refusals blocked, 163's DT:SPM spamDetected, "Client host
   *   rejected: Access denied" blocked). Arguable on the boundaries: MXroute's "550
   *   Unauthenticated mail not allowed from this range" as authRequired (it names the missing
   *   authentication; the range could make it blocked), SendGrid's "Unauthenticated senders not
   *   allowed" as authRequired, "535 Error: terminal limit" as authRequired (a 535 whose words do
   *   not say which limit), SES's "554 Access denied: User ... is not authorized to perform
   *   ses:SendRawEmail" as senderRejected (the sending account barred, not its login refused),
   *   163's "550 Invalid User" as userUnknown, qmail's "unimplemented (#5.5.1)" as protocolError
   *   (a command not implemented, not one not understood), SiteGround's "Missing Xinternal data in
   *   the header" as contentError (a missing header the host requires, not an RFC 5322 one),
   *   "550 esmtp: protocol deviation" as protocolError, Telia's "Failed; 5.4.0 (other or
   *   undefined network or routing status)" as networkError, Kaspersky's "421 4.4.2 ... Error:
   *   timeout exceeded" as networkError (a session closed for idling), Exim's "421 ... lost input
   *   connection" as networkError, "550 Bad HELO - Host impersonating domain name" and "Invalid
   *   HELO string (localhost)" as blocked, and the dokuwiki thread's "550-\"[ACD14] List software
   *   not permitted" as policyViolation (a local rule against mailing-list software)
   * - batch 27: a SAMPLE from public issue and pull-request threads only (the search tool's issue
   *   corpus; no web pages, no provider's own documentation, no other project's collection or
   *   fixtures), collected and labelled in one session that changed no rule and ran no classifier
   *   on them: labelled before any measurement, not measured here, first to be measured by the lead
   *   against the final classifier. 63 replies from 42 queries, none chosen for hard replies, each
   *   different from batches 16 to 26's and all 56 written down before the first was run, on the
   *   axis of the applications, libraries, frameworks and self-hosted apps that send mail and show
   *   the receiver's reply in their threads (chat and collaboration servers, forges, forums, CMSs
   *   and shops, monitoring and CI tools, ticketing, password managers, newsletter tools, mail
   *   libraries in PHP, Python, Ruby, Java, .NET, Go, Rust and Node): (1) "nextcloud smtp 535
   *   5.7.8", (2) "mastodon smtp 554 5.7.1", (3) "gitea smtp 535", (4) "forgejo mailer 550", (5)
   *   "rocket.chat smtp 550", (6) "zulip email 550 5.7.1", (7) "matrix synapse email 535", (8)
   *   "woocommerce email 550", (9) "drupal smtp module 550", (10) "joomla mail 554", (11) "flarum
   *   smtp 550", (12) "nodebb email 550", (13) "misskey smtp 550", (14) "lemmy smtp 554", (15)
   *   "pixelfed mail 550", (16) "uptime kuma 535", (17) "netdata email alert 550", (18) "icinga
   *   mail 554", (19) "alertmanager smtp 535", (20) "argocd notifications email 554", (21)
   *   "action-send-mail 535", (22) "airflow smtp 550", (23) "metabase email 535", (24) "redash
   *   email 550", (25) "sonarqube email 550", (26) "bitwarden smtp 554", (27) "passbolt smtp 550",
   *   (28) "snipe-it mail 550", (29) "glpi smtp 550", (30) "znuny smtp 550", (31) "chatwoot smtp
   *   550", (32) "mailtrain 550 5.7.1", (33) "listmonk 421 4.7.0", (34) "phplist 554 5.7.1", (35)
   *   "lettre 535", (36) "smtplib SMTPSenderRefused 553", (37) "yagmail 535", (38) "MailKit 535
   *   5.7.139", (39) "phpmailer 421 4.7.0", (40) "symfony mailer 535 5.7.8", (41) "laravel mail 554
   *   5.2.0", (42) "spring boot mail 535 5.7.3"; collecting stopped there, at 63 (the three last
   *   were run together and each was taken whole), leaving unrun the 14 written after them: (43)
   *   "javamail 530 5.7.0", (44) "emersion go-smtp 554", (45) "gomail 421", (46) "ruby mail gem 550
   *   5.7.1", (47) "elixir bamboo smtp 554", (48) "Email::Sender 550", (49) "nodemailer 550 5.7.1
   *   response", (50) "lettre 550 5.7.0", (51) "home assistant notify smtp 554", (52) "openproject
   *   smtp 550", (53) "nextcloud mail 550 5.7.1", (54) "moodle 535 authentication", (55) "mediawiki
   *   email 550", (56) "snappymail smtp 550". From each query's results, in rank order, every SMTP
   *   failure reply quoted there, at most 5 taken a query, as the thread shows it (a client's, an
   *   app's or a log's wrapper kept: Swift Mailer's and Symfony's "Expected response code ... with
   *   message", Nextcloud's and GLPI's "Failed to authenticate on SMTP server ...", Rocket.Chat's
   *   "Exception while invoking method ...", Ruby's Net::SMTP exceptions, Python's tuples and dicts
   *   with their escaped line breaks, nodemailer's "Invalid login:", "Message failed:" and "all
   *   recipients were rejected:", Mailtrain's "ERR! Mail Error:", JavaMail and Spring exceptions,
   *   Go's "*smtp.plainAuth auth:", Alertmanager's and Argo's notifier errors, Postfix, Exim, Gitea
   *   and syslog lines with their prefixes, a JSON "message" field with its escapes decoded, as
   *   batch 21 did; a container log's service-name column left out; placeholders as posted:
   *   "<OMISSIS>", "<Users@server>", "<SERVERNAME>", "[ip-value]"), skipping only (a) a reply whose
   *   text with addresses, IPs, host names, ids and numbers masked (reply and enhanced codes kept;
   *   case, curly quotes and a final full stop ignored) is identical to one already here, in core's
   *   documented-replies test or earlier in the batch, or the same reply from the same thread (or
   *   the same bounce posted again by its poster) already here with only a wrapper around it,
   *   counted per appearance in the results; (b) text that is no server's or MTA's failure reply
   *   (clients' and apps' own messages such as Twisted's AUTHRequiredError, "Greeting never
   *   received", "Expected response code 220 but got an empty response", "Connection could not be
   *   established", ECONNREFUSED, EPIPE, "Unsupported auth type: NTLM", "Mail could not be sent",
   *   "notification service 'email' is not supported", Rocket.Chat's "501 Mail not sent",
   *   Mailspring's "SMTP Last Response Code", an nginx mail proxy's and a Postfix SASL warning's
   *   log lines, a receiving smtpd's own handshake log, ZoneMTA's own plugin log lines, a 235 or a
   *   354 read as an error); (c) a quote that could not be read exactly (only in a title, cut off
   *   by the excerpt, retold in a sentence with the reply in a screenshot, mangled into HTML, or
   *   translated into Portuguese or Chinese). Passed over as the brief requires: other projects'
   *   collections and their threads (SMTP Field Manual pull requests, fm/smtp-codes pull requests,
   *   mailsherpa's issue and pull request, a go-sisimai pull request) and providers' own
   *   documentation (Microsoft's docs issues, a pull request to OVHcloud's guide listing its reply
   *   codes). Replies a query gave (skipped under (a)): 5 (1), 1 (2), 1 (3), 0 (0), 4 (1), 5 (0), 1
   *   (1), 0 (1), 0 (3), 0 (1), 1 (0), 1 (0), 1 (2), 3 (3), 0 (0), 0 (0), 0 (0), 1 (0), 3 (2), 2
   *   (1), 2 (2), 0 (2), 2 (0), 0 (1), 0 (0), 1 (0), 1 (0), 3 (1), 2 (1), 1 (4), 3 (0), 2 (4), 0
   *   (0), 0 (0), 0 (0), 1 (4), 3 (0), 1 (0), 0 (1), 3 (4), 4 (2), 5 (0): 63 replies, 47 skipped as
   *   identical, 43 skipped as no server's reply and 19 as not readable exactly (the queries naming
   *   Forgejo, Pixelfed, Uptime Kuma, Netdata, SonarQube, listmonk, phpList and lettre found no
   *   reply at all, only package and release pull requests or threads without one, and those naming
   *   WooCommerce, Drupal, Joomla, Airflow, Redash and PHPMailer none that was not already here; as
   *   these threads are about setting a sender up, 25 of the 63 are a submission server refusing
   *   the login, 7 the sender and 3 a session without TLS). `command` is set only where the quote
   *   names the stage ("in reply to RCPT TO command", a Postfix log's "RCPT from", Swift Mailer's
   *   and Symfony's expected 235 after AUTH, 250/251/252 after RCPT TO and 354 after DATA, Ruby's
   *   and Python's SMTPAuthenticationError, smtplib's SMTPSenderRefused, JavaMail's
   *   AuthenticationFailedException, nodemailer's "Invalid login", "Message failed" and "all
   *   recipients were rejected", "Mail command failed", "Mail from command failed", "sending mail
   *   from:", Go's "auth:", RainLoop's LoginBadCredentialsException, MailKit's Authenticate,
   *   Gmail's "(EHLO)"). Each labelled from its words, the documented boundaries and, where the set
   *   already holds the same wording, as it is labelled here (Postfix's "authentication not
   *   enabled" protocolError, Exim's "Verification failed ... Sender verify failed" senderRejected,
   *   "not owned by user" and a sender's "need fully-qualified address" senderRejected, SendGrid's
   *   unverified Sender Identity and SES's "Email address is not verified" senderRejected, Gmail's
   *   "Try again later, closing connection" rateLimited, an unrecognized command syntaxError, "no
   *   valid recipients" protocolError, "501 5.5.4 Invalid domain name" syntaxError). Arguable on
   *   the boundaries: Gandi's "550 5.7.1 Reject for policy reason RULE3_2" as spamDetected (Gandi's
   *   page, batch 8's, files RULE3_2 under spam; batch 4 has the same wording as policyViolation),
   *   Gmail's bare "Message rejected. See https://support.google.com/mail/answer/69585" as
   *   spamDetected (only the link, Gmail's page on blocked suspicious mail, says why; undefined on
   *   the words alone), Misskey's "450 The from.email field is required" as contentError (a missing
   *   From field; senderRejected if read as the sender address refused), "550 User has no
   *   permission" as senderRejected (the sending account barred; authRequired if read as SMTP
   *   access not enabled for the login), ZoneMTA's "442 connect ECONNREFUSED 127.0.0.1:80" and "442
   *   Invalid status code 404" as systemError (the receiver's own plugin failing its lookup;
   *   networkError if the refused connection is read as the sender's), Postfix's own "connect to
   *   ...: Cannot assign requested address" as networkError (the sending host's IPv6 route),
   *   Yahoo's "535 5.7.0 (#AUTH005) Too many bad auth attempts" as authRequired (rateLimited if
   *   read as a limit on attempts), Aliyun's "526 Authentication failure[0]" as authRequired (an
   *   unregistered code, the words decide), Gmail's 502 "Unrecognized command" to AUTH LOGIN as
   *   syntaxError, Exchange's "Unable to relay recipient in non-accepted domain" without a code as
   *   relayDenied, and sendmail's "553 5.5.4 ... Domain name required for sender address" as
   *   senderRejected
   * - batch 28: a SAMPLE of replies quoted on public web pages (no issue threads, no provider's,
   *   host's or vendor's own page on its own replies, no other project's collection or fixtures),
   *   searched by reply code, enhanced code and symptom on the axis of English-language Q&A sites
   *   and forums (Stack Exchange sites, vendors' community forums, Microsoft Q&A and Tech
   *   Community, Apple's and Google's help communities, hosting forums, Reddit), collected and
   *   labelled in one session that changed no rule and ran no classifier on them: labelled before
   *   any measurement, not measured here, first to be measured by the lead against the final
   *   classifier. 49 replies from 52 queries, none chosen for hard replies, each different from
   *   every query an earlier batch lists and all written down before the first was run, run on the
   *   search tool's web-page corpus only: (1) "server fault 550 5.7.1 recipient rejected postfix",
   *   (2) "stack overflow smtp 554 5.7.0 message rejected", (3) "super user email bounced 550
   *   5.4.1", (4) "ask ubuntu postfix deferred 451 4.3.5", (5) "unix stackexchange sendmail
   *   deferred 421", (6) "microsoft q&a 550 5.7.708 access denied", (7) "microsoft q&a 451 4.7.500
   *   deferred", (8) "microsoft community email not delivered 550 5.7.520", (9) "microsoft tech
   *   community 550 5.4.1 directory based edge blocking", (10) "exchange online 550 5.1.10
   *   recipient not found forum", (11) "apple community icloud mail bounced 554 5.7.1", (12) "apple
   *   discussions mail rejected 550 5.7.0", (13) "gmail help community message blocked 550 5.7.1",
   *   (14) "google workspace community 421 4.7.28 rate limited", (15) "google support forum 550
   *   5.7.26 unauthenticated", (16) "yahoo help community email bounced 554", (17) "cpanel forums
   *   550 no such user here", (18) "cpanel forums 451 temporarily unable to process", (19)
   *   "webhostingtalk email bounce 550 blocked", (20) "talk.plesk.com postfix 450 4.7.1 client host
   *   rejected", (21) "directadmin forum 550 relay not permitted", (22) "digitalocean community
   *   postfix 550 5.7.1 blocked", (23) "aws re:post ses email bounced 554", (24) "cloudflare
   *   community email routing 550 5.7.1", (25) "namecheap community private email 550 rejected",
   *   (26) "godaddy community email bounced 550", (27) "zoho community mail delivery failed 554
   *   5.7.1", (28) "reddit proton mail bounced 550", (29) "reddit sysadmin 550 5.7.1 bounce", (30)
   *   "reddit email deliverability 421 4.7.0 deferred", (31) "spiceworks community ndr 550 5.7.1",
   *   (32) "spiceworks 554 5.7.1 rejected bounce", (33) "experts exchange 550 5.7.1 unable to
   *   relay", (34) "tek-tips 550 rejected bounce", (35) "synology community mail server 550
   *   rejected", (36) "truenas forum smtp 535 5.7.8", (37) "ubiquiti community email alerts smtp
   *   554", (38) "raspberry pi forum postfix 550 bounced", (39) "arch linux forum postfix 554
   *   rejected", (40) "linuxquestions sendmail 553 5.1.8 domain of sender", (41) "freebsd forums
   *   550 5.7.1 rejected", (42) "stack overflow 452 4.2.2 over quota", (43) "server fault 550
   *   5.7.23 spf", (44) "super user 550 5.7.25 reverse dns", (45) "stack overflow 501 5.1.3 invalid
   *   address", (46) "stack overflow 503 5.5.1 bad sequence of commands", (47) "server fault 554
   *   5.4.6 hop count exceeded", (48) "microsoft q&a 550 5.1.8 access denied bad outbound sender",
   *   (49) "forum 550 5.7.350 remote server returned message detected as spam", (50) "forum not
   *   delivered 552 5.3.4 message size exceeds fixed limit", (51) "forum deferred 450 4.2.1 mailbox
   *   temporarily disabled", (52) "forum bounced 550 5.2.0 mailbox unavailable"; they gave enough,
   *   so no query was added. The corpus holds few Q&A threads for these words: the site names
   *   mostly matched hosts', vendors' and deliverability sites' help pages (and "stack overflow"
   *   matched pages about the programming error), so most replies come from such pages quoting
   *   other receivers' replies, a few from forum posts (Zoho's community, antionline, a Cloudflare
   *   user's blog) and a university's help desk. From each query's results, in rank order, every
   *   SMTP failure reply quoted there, at most 5 taken a query, as the page shows it (a wrapper
   *   such as Postfix's "host ... said:" and "(in reply to ... command)", Exim's "SMTP error from
   *   remote mail server after RCPT TO:", qmail's "Remote host said:", Exchange's "Remote Server
   *   returned '...'" and "#< #5.0.0 ... #SMTP#", sendmail's "(reason: ...)", a DSN's "smtp;",
   *   Cloudflare's "transient error (451):", Zoho's "The response from the remote server was:"
   *   kept; placeholders and stripped parts as the page printed them: "[email protected]",
   *   "xx.xxx.xxx.xx", "X", "host[]", "<XXXXXXX@gmail.com>"), skipping only (a) a reply whose text
   *   with addresses, IPs, host names, ids and numbers masked (reply and enhanced codes kept; case,
   *   curly quotes and a final full stop ignored) is identical to one already here, in core's
   *   documented-replies test or earlier in the batch, counted per appearance in the results as
   *   read, the same reply from the same page already here with or without a wrapper counting as
   *   identical (Broadcom's "Reason:" lines, Plesk's "CONFIG_TEXT:" line), as does the same bounce
   *   printed twice on one page (a DSN's reason line and its transcript line) or the same article
   *   on a copy site; (b) text that is no server's or MTA's failure reply (code tables and lookups,
   *   an error's name used as a title or heading such as "550 5.7.1 Message Blocked", "550 5.7.15
   *   Access Denied" or "550-5.7.26 This mail is unauthenticated", a code without text, phrases a
   *   page says an error "contains" or "can also appear as", paraphrases, client notices such as
   *   Exchange's "Delivery is delayed" and "Error 554: Relay Access Denied", fail2ban patterns,
   *   Webmin's help on Postfix reject codes, a Microsoft Graph API error, success log lines); (c) a
   *   quote that could not be read exactly (cut off by the page or the excerpt: Zoho Campaigns'
   *   "421-4.7.28 [x.x.x.x] ", Broadcom's SC-001 reply ending "refer your provider to", a second
   *   RP-001 reply, a Gmail 5.7.25 bounce cut at "ht", Plesk's "(in reply to…", a Postfix log line
   *   cut at "(host mail.domain.com["; elided with "..."; two replies run together or joined by
   *   "or", as on three pages). Passed over as the brief requires: providers', hosts' and vendors'
   *   own pages on their own replies and their copies (Microsoft's NDR docs and their mirrors,
   *   Microsoft's TechNet page on DBEB and its Outlook relay article's copies, Google's and Yahoo's
   *   help and postmaster pages and their copies, AWS's SES blog and docs, Cloudflare's Email
   *   Routing postmaster docs, Proton's SMTP-errors page, the GoDaddy, Bluehost, 1&1, Namecheap and
   *   reseller help pages, konto.pl and Forpsi, Coremail, bytecamp, ZeptoMail, Plesk's page on its
   *   own greylisting, PSCS's wiki, Gordano's, Spambrella's, wwbcity's, apps4rent's, several hosts'
   *   pages on their own "550 Relay Not Permitted" and outbound spam filter, the university help
   *   desk's own spam-control reply, copies of the IceWarp, hMailServer and Oracle Solaris sendmail
   *   lists) and other projects' collections (smtp.codes, the SMTP Field Manual, a GitHub mirror of
   *   Yahoo's error page kept by Sisimai's author). Replies a query took (skipped under (a)): 0
   *   (1), 2 (5), 1 (17), 0 (0), 1 (4), 1 (1), 0 (0), 5 (7), 0 (0), 0 (1), 0 (1), 1 (10), 0 (0), 1
   *   (0), 3 (1), 0 (1), 0 (0), 0 (0), 4 (5), 0 (4), 0 (6), 0 (5), 0 (0), 1 (0), 3 (2), 0 (4), 3
   *   (5), 0 (0), 2 (1), 3 (1), 0 (0), 3 (2), 1 (1), 0 (0), 1 (1), 0 (0), 0 (0), 0 (2), 0 (0), 1
   *   (0), 0 (0), 0 (0), 0 (3), 0 (0), 0 (0), 0 (0), 3 (5), 1 (1), 3 (8), 0 (1), 5 (1), 0 (22): 49
   *   replies, 129 skipped as identical (the help pages the corpus returns for mail questions are
   *   mostly those earlier batches sampled: Black Pearl Mail's, Broadcom's, Plesk's,
   *   Mailprotector's, Ubiquity's, the freeport-outlet page), about 50 texts or pages skipped under
   *   (b) and 15 quotes under (c). `command` is set only where the quote or its transcript names
   *   the stage ("after RCPT TO", "in reply to RCPT TO command", "in reply to end of DATA command",
   *   a transcript's "MAIL FROM:" or ">>> DATA"). Each labelled from its words, the documented
   *   boundaries and, where this list already holds the same wording, as it is labelled here
   *   (Gmail's 5.7.26 texts authFailure, Microsoft's 5.7.708 and "part of their network is on our
   *   block list" blocked, Hanafos's "Your IP ... is filtered" blocked, Zoho's "MailPolicy
   *   violation" policyViolation, "Relay not permitted!" relayDenied, Yahoo's "Resources
   *   temporarily unavailable" systemError, Gmail's "receiving mail at a rate" rateLimited, GMX's
   *   and IONOS's "Reject due to policy restrictions" policyViolation, a bare "mailbox unavailable"
   *   undefined, Microsoft's 4.7.650 "rate limited due to IP reputation" badReputation); a page's
   *   explanation was not used where the words say otherwise (DreamHost calls Gmail's per-user rate
   *   limit greylisting; it stays rateLimited). Arguable on the boundaries: "550 5.7.1 Connection
   *   refused" as blocked (the server answered and refused the client; networkError if "connection
   *   refused" is read as the transport), "550 5.7.1 DDNS says spammer, 20191030-1 dodgyfrom" as
   *   spamDetected (blocked if read as a listing, senderRejected if "dodgyfrom" is a rule on the
   *   From), Spambrella's "550 5.1.0 sender rejected" as senderRejected (the page reads it as an IP
   *   on a blacklist or a failed SPF check: blocked or authFailure), "550 - Verification failed" as
   *   undefined (senderRejected or userUnknown, depending on which address a callout failed to
   *   verify), Zoho's "554 - 5.2.1 Too many failures for the recipient" as mailboxDisabled (X.2.1;
   *   undefined if only the words count, userUnknown if read as a recipient that keeps failing), a
   *   Barracuda gateway's "Name or service not known" for the recipient domain as hostUnknown
   *   (networkError if read as DNS failing), sendmail's summary line "554 5.0.0 Service
   *   unavailable" as undefined, "450 4.1.1 Recipient address rejected" as userUnknown (a temporary
   *   X.1.1; undefined if only "rejected" counts), "450 Mailbox temporarily unavailable" as
   *   undefined (greylisted or systemError if read as a temporary refusal naming no cause or a busy
   *   mailbox), "554 Rejected due to banned content" as policyViolation (amavis's banned file
   *   types; spamDetected or virusDetected if read as a filter's verdict), Microsoft's "451 4.7.500
   *   Server busy. Please try again later" as rateLimited (the core README's example; systemError
   *   by the words alone), Outlook.com's "421 RP-001 ... We have limits for how many messages can
   *   be sent per hour and per day" as rateLimited (the page files it under reputation),
   *   Microsoft's "554 5.4.14 Hop count exceeded - possible mail loop" and amavis's "554 5.4.0
   *   Error: too many hops" as networkError (a mail loop, by the boundary), Microsoft's "550 5.1.8
   *   Access denied, bad outbound sender" as senderRejected (an account barred from sending out),
   *   and "550-Requested action not taken: mailbox unavailable 550-Reject due to policy
   *   restrictions." without its link as policyViolation (the set has GMX's "c=hi" variants as
   *   contentError)
   * - batch 29: a SAMPLE from public issue and pull-request threads only (the search tool's issue
   *   corpus; no web pages, no provider's own documentation, no other project's collection or
   *   fixtures), collected and labelled in one session that changed no rule and ran no classifier
   *   on them: labelled before any measurement, first to be measured by the lead against the final
   *   classifier. Its axis is the mail servers and mail infrastructure whose threads quote the
   *   replies they got or gave: self-hosted suites, MTAs, milters and filters, LMTP stores,
   *   forwarders and alias services, relays and relay containers, mail APIs' client SDKs,
   *   SPF/DKIM/DMARC/MTA-STS/DANE tools. 60 replies from 51 queries run of 54 written down, none
   *   chosen for hard replies, each different from the queries earlier batches list and all written
   *   down before the first was run, in this order: (1) "postfix smtpd reject 554 5.7.1 helo", (2)
   *   "exim rcpt acl deny 550 message", (3) "haraka plugin deny 550 5.7.1", (4) "opensmtpd filter
   *   reject 550", (5) "stalwart mail server 550 5.1.1", (6) "maddy smtp 554 5.7.0", (7) "mox 451
   *   4.7.0", (8) "chasquid 451 greylisted", (9) "mailcow postfix 550 5.7.1 relay", (10) "mailu
   *   rspamd 554 5.7.1 spam", (11) "docker-mailserver 550 5.1.1 user unknown", (12) "iredmail
   *   postfix 554 5.7.1 recipient address rejected", (13) "modoboa 550 rejected", (14)
   *   "mail-in-a-box 554 5.7.1", (15) "poste.io 554 rejected", (16) "rspamd milter 451 4.7.1 try
   *   again later", (17) "amavisd 554 5.7.0 reject", (18) "spamassassin milter 550 5.7.1", (19)
   *   "postgrey 450 4.2.0", (20) "opendkim 550 5.7.1 dkim", (21) "opendmarc 550 5.7.1 dmarc
   *   rejected", (22) "postfix-policyd-spf 550 5.7.23", (23) "dovecot lmtp 550 5.1.1", (24) "cyrus
   *   imap lmtp 550", (25) "postsrsd srs 550 5.7.1", (26) "addy.io anonaddy 550", (27) "simplelogin
   *   alias 554", (28) "forwardemail 550", (29) "wildduck zonemta 550 5.1.1", (30) "postal 554
   *   5.7.1 relay", (31) "sendmail milter 553 5.1.8", (32) "qmail smtpd 553 sorry that domain isn't
   *   in my list", (33) "courier esmtpd 517", (34) "james smtp 550 5.7.1", (35) "hmailserver 554
   *   rejected", (36) "smtp relay 454 4.7.1 relay access denied", (37) "msmtp 550 5.7.1 relaying
   *   denied", (38) "nullmailer 554", (39) "dma dragonfly mail agent 550", (40) "exim smarthost 535
   *   authentication", (41) "postfix sasl 535 5.7.8 relayhost", (42) "smtp proxy 421 4.7.0", (43)
   *   "mailgun-js 550", (44) "sendgrid-nodejs 550 5.7.1", (45) "aws ses smtp relay 554 5.7.1", (46)
   *   "mailjet 550 5.7.1 relay", (47) "dkim signing 550 5.7.26 postfix", (48) "dmarc report 550
   *   5.7.1 reject", (49) "mta-sts 451 4.7.5", (50) "dane tlsa 4.7.5 postfix", (51) "postfix 450
   *   4.1.2 recipient domain not found", (52) "exim 451 4.7.1 greylisted", (53) "haraka 450 4.1.8
   *   sender domain", (54) "smtp4dev 550". Collecting stopped at the 60th reply, taken from query
   *   51; query 52, sent together with query 51, was read but nothing was taken from it, and
   *   queries 53 and 54 were not run. From each query's results, in rank order, every SMTP failure
   *   reply quoted there, at most 5 taken a query, as the thread shows it (a log's or a client's
   *   wrapper kept: Postfix's NOQUEUE and status=bounced lines with their syslog or docker-compose
   *   prefixes, milter-reject lines, Exim's main log with its literal "\n", maddy's JSON log fields
   *   with their tabs, OpenSMTPD's and ZoneMTA's log lines, swaks's "<**", a Dovecot LMTP "did not
   *   like our RCPT TO:", Windows Live Mail's Portuguese error card, Thunderbird's German "Der
   *   Mail-Server antwortete:", .NET's "The server response was:", Symfony's "Expected response
   *   code ... with message", Ruby's Net::SMTPAuthenticationError; placeholders and blanked parts
   *   as posted: "[HOME_IP_ADDRESS]", "<domain_that_added_to_mailcow>", "<empfänger email>",
   *   "*****", "mail.[xx.xx.xx.xx]"), skipping only (a) a reply whose text with addresses, IPs,
   *   host names, ids and numbers masked (reply and enhanced codes kept; case, curly quotes and a
   *   final full stop ignored) is identical to one already here, in core's documented-replies test
   *   or earlier in the batch, counted per appearance in the results, the same reply from the same
   *   thread already here with only a wrapper or log prefix around it counting as identical (the
   *   forward.cat HELO line, mailcow's aruba relay line, iRedMail's free.fr rDNS line, Stalwart's
   *   503 as a Diagnostic-Code, modoboa's 4.3.5 texts in Thunderbird's and nodemailer's wrappers,
   *   T-Online's (BL) as mailcow logged it, OpenSMTPD's GMX rDNS session), and a syslog line
   *   differing only in its timestamp and host name (Postfix's "Network is unreachable"); (b) text
   *   that is no server's failure reply (configuration such as helo_access.pcre and Exim ACLs and
   *   sendmail.cf rules, replies written into source code or proposed in a thread or a pull request
   *   as the new behaviour, Haraka's hook log "retval=DENYSOFT", swaks's and postsrsd's and
   *   SimpleLogin's own log messages, milter warnings, a Received-SPF header, 250 replies, a bare
   *   "530"); (c) a quote that could not be read exactly (only in a title, cut off by the excerpt,
   *   elided with "...", retyped in a sentence or from a screenshot, upper-cased by its poster,
   *   mangled into a mailto link or markdown bold, an unclosed quote). Passed over as the brief
   *   requires: other projects' collections and their threads (Sisimai's set-of-emails issues #4
   *   and #11, Sisimai's Perl and Go threads and pull requests, mailsherpa's issues and pull
   *   requests, SMTP Field Manual pull requests, fm/smtp-codes pull requests) and providers' own
   *   documentation (OVH's docs pull request with its code table, SendGrid's, SparkPost's,
   *   Scaleway's and rspamd.com's docs pull requests, a Sisimai thread quoting Microsoft's NDR
   *   page). Replies a query gave (skipped under (a)): 2 (2), 0 (7), 2 (2), 0 (0), 1 (3), 5 (3), 0
   *   (0), 0 (0), 2 (5), 1 (2), 3 (3), 0 (2), 5 (2), 3 (0), 0 (4), 3 (0), 0 (1), 1 (1), 0 (0), 0
   *   (0), 1 (1), 0 (0), 3 (0), 1 (0), 1 (0), 0 (0), 0 (0), 3 (7), 1 (0), 1 (7), 0 (2), 3 (5), 0
   *   (0), 0 (1), 0 (5), 3 (6), 0 (9), 1 (3), 0 (0), 2 (2), 1 (0), 2 (3), 0 (3), 0 (0), 4 (0), 1
   *   (9), 1 (0), 0 (2), 0 (0), 0 (0), 3 (4): 60 replies, 106 skipped as identical, about 37
   *   skipped as no failure reply and 36 as not readable exactly (the issue corpus has been sampled
   *   by every earlier batch, and relay refusals most of all: "Relaying denied" and "Relay access
   *   denied" threads filled queries 30, 36, 37 and 46; the queries naming mox, chasquid, postgrey,
   *   opendkim, policyd-spf, addy.io, SimpleLogin, Courier, Apache James, dma, the SendGrid and
   *   Mailgun SDKs, MTA-STS and DANE found no thread quoting a reply that was not already here).
   *   `command` is set only where the quote, its transcript or its log names the stage (a log's
   *   "RCPT from", "in reply to RCPT TO command", "in reply to MAIL FROM command", "did not like
   *   our RCPT TO:", maddy's "RCPT error" and "DATA error", a milter's END-OF-MESSAGE, swaks's
   *   EHLO, a transcript's "Out:" after DATA, "RCPT arg syntax", "AUTH command", Symfony's expected
   *   250/251/252 after RCPT TO, a telnet session's AUTH LOGIN). Each labelled from its words, the
   *   documented boundaries and, where the set already holds the same wording, as it is labelled
   *   here (HELO refusals blocked, Haraka's "plugin timeout" systemError, Postfix's "Server
   *   configuration problem" and "queue file write error" systemError, a bare "mailbox unavailable"
   *   and "Command rejected" undefined, a bare "Try again later" greylisted, "Bad recipient address
   *   syntax" userUnknown, "command used when not advertised" and "You talk too soon"
   *   protocolError, an invalid or unrecognized command syntaxError, "Must issue a STARTTLS command
   *   first" requireTLS, "Client host rejected: Access denied" blocked). Arguable on the
   *   boundaries: Haraka's test plugin's "<** 550 DENIED" to EHLO as blocked (a client refused at
   *   EHLO without a reason; undefined if nothing is read into the stage), "Retransmission denied"
   *   as relayDenied (the word read as a translation of relaying; undefined otherwise), Postfix's
   *   milter text "4.7.1 Service unavailable - try again later" as systemError (it names the
   *   receiver's trouble, a milter it cannot reach; greylisted if read as a bare "try again
   *   later"), sendmail's "Milter: ... reject=550 5.7.1 Command rejected" as undefined (the
   *   thread's cause is an SPF failure whose text the milter lost: authFailure by the thread),
   *   maddy's LMTP log "Requested action not taken: mailbox unavailable" as undefined, Postfix's
   *   LMTP "connect to ...[/var/run/dovecot/lmtp]: No such file or directory" as networkError (a
   *   connection that could not be made; systemError if read as the local store's
   *   misconfiguration), Forward Email's "550 [IP] is not a fully qualified domain name ("FQDN")"
   *   as blocked (the client's name refused, as a HELO refusal; requirePTR if read as its reverse
   *   DNS), Forward Email's "550 queryTxt ESERVFAIL <domain>" as networkError (a DNS lookup
   *   failing; systemError as the receiver's own failed step, hostUnknown as the recipient domain's
   *   broken DNS), Forward Email's "550 Invalid greeting from server:" as protocolError (the next
   *   hop's greeting; networkError if read as a failed connection), Amazon SES's "554 Transaction
   *   failed: Duplicate header 'DKIM-Signature'." as contentError (a header count the receiver
   *   refuses; policyViolation if read as a local rule on well-formed content), and the mailcow
   *   thread's "550 Relay denied for <domain>" as relayDenied (the thread's cause is a receiving
   *   domain the server was not set up for; userUnknown if read so)
   * - batch 30: a SAMPLE of replies quoted on public web pages NOT in English and on regional
   *   ISPs' and hosts' help and community pages (German, French, Spanish, Galician, Catalan,
   *   Portuguese, Italian, Dutch, Polish, Czech, Scandinavian, Turkish, Russian, Japanese and
   *   Chinese pages: hosts' knowledge bases, IT blogs, forums and Q&A copies quoting other
   *   receivers' replies; no issue threads, no provider's, host's or vendor's own page on its
   *   own replies, no other project's collection or fixtures), collected and labelled blind in
   *   one session that changed no rule and never ran the classifier on any of them: labelled
   *   before any measurement, not measured here, first to be measured by the lead. 62 replies
   *   from 42 queries, none chosen for hard replies, all 50 written down before the first was
   *   run and run in the order written on the search tool's web-page corpus only: (1)
   *   "Unzustellbar 554 5.7.1 Nachricht abgelehnt", (2) "Mail Delivery System 550 Empfänger
   *   unbekannt Forum", (3) "T-Online Mail abgewiesen 554 IP", (4) "GMX Mail zurückgekommen 550
   *   Fehler", (5) "Strato Mail Fehler 550 5.7.1 Forum", (6) "all-inkl Mail abgelehnt 550", (7)
   *   "Postfix abgelehnt Relay access denied Forum deutsch", (8) "Fehlermeldung 421 Mailserver
   *   vorübergehend", (9) "message non délivré 550 5.1.1 destinataire inconnu", (10) "erreur
   *   554 5.7.1 refusé mail orange", (11) "free.fr mail rejeté 550 forum", (12) "OVH mail
   *   erreur 550 rejeté forum", (13) "courriel rejeté 421 4.7.0 essai ultérieur", (14) "correo
   *   no entregado 550 5.7.1 rechazado", (15) "error 554 correo rechazado servidor", (16)
   *   "mensaje no entregado 552 buzón lleno", (17) "email rejeitado 550 5.7.1 servidor", (18)
   *   "erro 554 mensagem rejeitada locaweb", (19) "uol email erro 553 retornado", (20) "errore
   *   550 5.7.1 messaggio rifiutato", (21) "aruba mail errore 554 rifiutato forum", (22)
   *   "libero mail errore 421", (23) "mail onbestelbaar 550 5.1.1", (24) "ziggo mail
   *   foutmelding 550 geweigerd", (25) "kpn mail bounce 554 foutmelding", (26) "błąd 550 poczta
   *   odrzucona serwer", (27) "wiadomość nie dostarczona 554 5.7.1", (28) "chyba 550 e-mail
   *   nedoručitelná", (29) "seznam email vrácen 554", (30) "e-post avvisad 550 fel", (31) "mail
   *   afvist 550 5.7.1 fejl", (32) "e-posten kunne ikke leveres 550", (33) "e-posta iletilemedi
   *   550 hata", (34) "yandex почта 550 5.7.1 отклонено", (35) "письмо не доставлено 554 5.7.1
   *   отказ", (36) "mail.ru 421 ошибка сервер", (37) "exim 550 отклонено форум", (38) "メール 配信不能
   *   554 5.7.1", (39) "送信エラー 550 5.1.1 ユーザー不明", (40) "さくらインターネット メール 550 エラー", (41) "退信 550 邮件
   *   被拒绝", (42) "邮件退回 554 DT:SPM"; collecting stopped after query 42, at 62, so the last eight
   *   written, (43) "发送失败 421 4.7.0 邮件服务器", (44) "메일 반송 550 오류", (45) "네이버 메일 554 반송", (46)
   *   "odmítnuto 550 5.7.1 e-mail server", (47) "postmaster 550 5.7.1 hylätty", (48) "foro
   *   correo 550 rechazado telefonica movistar", (49) "forum hébergeur mail 550 relay", (50)
   *   "Serverantwort 550 5.7.1 Outlook Fehler", were not run. From each query's results, in
   *   rank order, every SMTP failure reply quoted there, at most 5 taken a query, as the page
   *   shows it (a wrapper such as Postfix's "host ... said:" or "refused to talk to me:",
   *   Exim's "SMTP error from remote mail server after RCPT TO", a "Diagnostic-Code: smtp;"
   *   line, a Postfix or MDaemon log line's prefix, qmail's underscored log form, Outlook's
   *   Italian error dialog, Gmail's Japanese "リモート サーバーからの応答:", Winmail's "remote server
   *   said:", a KEI bounce's Polish "Zdalny host odpowiedzial:" kept; placeholders as the page
   *   printed them: "%alias@domain.tld%", "vvv.xxx.yyy.zzz", "<adresse@domain.de>",
   *   "aaa.bbb.ccc.ddd", "[x.x.x.x]", "SERVERIP", "****@SINA.COM", "[email protected]"; a
   *   page's quote marks around a reply kept as printed, the indentation of a bullet's
   *   continuation lines left out), skipping only (a) a reply whose text with addresses, IPs,
   *   host names, ids and numbers masked (reply and enhanced codes kept; case, curly quotes, a
   *   dash's typography, quote marks around the text and a final full stop ignored) is
   *   identical to one already here, in core's documented-replies test or earlier in the batch,
   *   counted per appearance in the results as read; (b) text that is no server's failure reply
   *   (code tables and their translations, German, Italian, Portuguese and Czech translations
   *   of Gmail's or a receiver's texts, headings and tables of contents naming a message, the
   *   phrases a page says an error "contains", a per-provider code lookup copied from another
   *   site, HTTP API errors, a POP3 block notice, an MTA's code list with glosses); (c) a quote
   *   that could not be read exactly (cut off by the page or the excerpt: "550 Unknown local
   *   part %alias% in", a 554 5.7.1 example, a KEI Gmail bounce, "550 Unknown user **",
   *   "Recipient address rejected: undeliverable address:"; two or three replies run together
   *   on one line or bullet; a reply only in a title; a page that leaves the quoted text out; a
   *   composed example whose status code the page put apart from the text). Passed over as the
   *   brief requires: providers', hosts' and vendors' own pages on their own replies (IONOS in
   *   five languages, Strato, goneo, bytecamp, comservice-ffo, onesystems, cloud4you,
   *   parrot-media, web.de's and GMX's postmaster pages and GMX's newsroom, T-Online's
   *   postmaster page, OVH's guides and gids.ovh.nl, kreativmedia, eomatica, netbit, the UOL
   *   postmaster page, Aruba's, Aruba Business's and Aruba PEC's guides, netfabric, Libero's
   *   and Virgilio's help, TransIP, hoasted, KPN's blacklist help, Ziggo, interia, onet,
   *   konto.pl, Seznam's help, Yandex's help, nic.ru, Coremail's support, errors24.ru's copy of
   *   a host's filter page, arena.ne.jp, Sakura Internet's support, sphere.ne.jp, kei.pl's own
   *   bounce texts, the GoDaddy pages in Swedish, Polish, Turkish and Chinese and the ix-one
   *   and hostingdude resellers' copies, a reseller's copy of DingTalk mail's page, HostGator's
   *   docs in Chinese, Google's Gmail error page in German, Portuguese, Swedish, Slovak and
   *   Chinese and copies of it with Italian translations, Microsoft's Exchange and Outlook
   *   pages in Dutch, Czech, Slovak, Swedish, Danish, Norwegian, Italian, Polish and
   *   Portuguese, and Russian copies of Microsoft's Outlook relay article, Apple's support
   *   page, Proton's) and other projects' collections (none was returned). Replies a query took
   *   (skipped under (a)): 5 (11), 5 (16), 1 (4), 0 (0), 0 (0), 5 (0), 0 (0), 0 (1), 5 (10), 1
   *   (6), 0 (0), 0 (6), 1 (3), 0 (3), 0 (1), 3 (2), 0 (0), 0 (1), 2 (1), 0 (0), 1 (0), 0 (0),
   *   5 (2), 0 (0), 5 (0), 3 (1), 1 (0), 3 (5), 1 (8), 0 (0), 0 (1), 0 (0), 5 (3), 0 (1), 1
   *   (0), 0 (1), 1 (1), 3 (1), 0 (2), 0 (2), 5 (0), 0 (2): 62 replies, 95 skipped as identical
   *   (sitepackage.de's list, which batch 26 sampled, gave 27 of them; the German pages the
   *   corpus returns are mostly hosts' own pages), about 15 skipped under (c); the queries
   *   naming GMX, Strato, free.fr, OVH, Locaweb, Libero, Ziggo, Yandex, Mail.ru and Sakura
   *   Internet, and those in Swedish, Danish and Norwegian, found no page quoting a reply that
   *   was not already here or a provider's own. `command` is set only where the quote or its
   *   log names the stage ("in reply to RCPT TO command", "in reply to DATA command", "after
   *   RCPT TO", "after initial connection", "Failure reply of RCPT", an MDaemon log after its
   *   354). Each labelled from its words, the documented boundaries and, where this list
   *   already holds the same wording, as it is labelled here (T-Online's "(BL)" and Microsoft's
   *   block-list text blocked, "Service unavailable - try again later" at DATA greylisted as
   *   Plesk's, "Sender address rejected: not logged in" authRequired, a bare "mailbox
   *   unavailable" undefined, "Unrouteable address" hostUnknown as core's documented Exim
   *   reply, "User has too many messages on the server" mailboxFull, "#5.1.0 Address rejected"
   *   and "5.1.0 Recipient rejected" userUnknown, Postfix's "Recipient address rejected: Access
   *   denied" under 554 5.7.1 policyViolation, Symantec's "You are not allowed to connect"
   *   blocked, "Relaying denied" relayDenied, Gmail's "likely unsolicited mail" spamDetected,
   *   Gmail's "potential security issue" virusDetected as Gmail's page ties it to malware
   *   (batch 9 has a variant as policyViolation), an SPF "is not allowed to send mail from"
   *   authFailure). Arguable on the boundaries: coviserver's "refused to talk to me: 450 4.7.1
   *   [EAB] 554 IP=... - A problem occurred." as blocked (an IP refused at the greeting without
   *   a reason, the page's block example; undefined if not read so), the Postfix "Recipient
   *   address rejected: Service temporarily unavailable, please try later" as systemError
   *   (greylisted if read as a temporary refusal naming no cause), the Catalan page's 451
   *   "Message still undelivered" as undefined (a delay that names no cause; networkError by
   *   the page's gloss that the destination does not answer), Exim's "Retry time not reached
   *   for any host after a long failure period" as expired (the message given up after the
   *   retry period, as core's documented Exim "retry timeout exceeded"; the set's "retry time
   *   not reached for any host" defers are networkError), QQ's "501 Bad address syntax" as
   *   syntaxError (userUnknown if read as an unusable recipient address, as "Bad recipient
   *   address syntax" is here), web.de's "User has too many messages on the server" as
   *   mailboxFull (exceedLimit if read as a count limit of the mailbox), AOL's "421 4.7.1
   *   .../421dynt1.html (throttled)" as blocked (AOL's DYN:T1 for a dynamic IP range, as batch
   *   26's; rateLimited by "throttled"), Winmail's "the message matches up to the filter
   *   rule(level: system, ...)" as policyViolation (filtered if the rule is read as the
   *   recipient's own, as the forum suggests), Sina's "445 服务器拒绝 - server rejected (#4.4.4)"
   *   and "550 5.5.0 Mail refused" as undefined (nothing in the words says why; networkError by
   *   X.4.4, filtered by the forum's heading), and the bare "554 Transaction failed" and "550
   *   Rejected" as undefined
   * - batch 31: a SAMPLE from public issue and pull-request threads only (the search tool's issue
   *   corpus; no web pages, no provider's, host's or vendor's own page on its own replies, no other
   *   project's collection or fixtures), collected and labelled blind in one session that changed
   *   no rule and never ran the classifier on any of them: labelled before any measurement, not
   *   measured here, first to be measured by the lead. Its axis is the mailbox providers and ISPs
   *   worldwide by name (Gmail, Outlook and Hotmail, Yahoo and AOL, iCloud, GMX and WEB.DE,
   *   T-Online, Mail.ru, Yandex, QQ, 163 and 126, Naver, Daum, Orange, Free, La Poste, SFR, Libero,
   *   Comcast, AT&T, Verizon, BigPond, Rogers, Shaw, Cox, Charter, EarthLink, Optimum, BT, Sky,
   *   Seznam, WP, o2, Rambler, Rediffmail, Telenet, Zoho, Proton, Fastmail) with a reply code, an
   *   enhanced code or a symptom word. 51 replies from 78 queries, none chosen for hard replies,
   *   each different from the queries earlier batches list; the first 52 were written down before
   *   the first was run, and when they gave too few replies 26 more, (53) to (78), were written
   *   down before any of them was run; all were run in the order written: (1) "gmail 550 5.1.1
   *   bounced", (2) "gmail 421 4.7.0 deferred ip", (3) "gmail 550 5.7.1 rejected spam", (4)
   *   "outlook.com 550 5.7.1 blocked ip", (5) "hotmail 421 4.7.0 deferred", (6) "outlook 550 5.4.1
   *   recipient rejected", (7) "yahoo 421 4.7.0 TSS04 deferred", (8) "yahoo 554 5.7.9 rejected",
   *   (9) "yahoo 553 5.1.1 bounced", (10) "aol 554 5.7.9 rejected", (11) "aol 421 4.7.0 deferred",
   *   (12) "icloud 550 5.7.1 rejected", (13) "me.com 554 bounced", (14) "gmx 554 5.7.1 rejected",
   *   (15) "web.de 550 bounced", (16) "t-online 554 5.7.1 rejected", (17) "mail.ru 550 5.7.1
   *   rejected", (18) "yandex 550 5.7.1 bounced", (19) "qq.com 550 rejected", (20) "163.com 554
   *   DT:SPM rejected", (21) "126.com 550 bounced", (22) "naver 550 rejected", (23) "orange.fr 550
   *   5.7.1 rejected", (24) "free.fr 421 deferred", (25) "libero.it 550 bounced", (26) "comcast 550
   *   5.1.1 rejected", (27) "att.net 550 5.7.1 blocked", (28) "verizon 550 bounced", (29) "bigpond
   *   550 rejected", (30) "rogers 554 bounced", (31) "seznam.cz 554 rejected", (32) "wp.pl 554
   *   rejected", (33) "o2.pl 550 rejected", (34) "sfr 550 5.7.1 rejected", (35) "laposte.net 550
   *   bounced", (36) "btinternet 554 rejected", (37) "sky.com 550 bounced", (38) "charter 554 5.7.1
   *   blocked", (39) "cox 550 5.1.0 rejected", (40) "earthlink 554 5.7.1 rejected", (41) "optonline
   *   550 bounced", (42) "shaw.ca 554 rejected", (43) "zoho mail 550 5.4.6 rejected", (44)
   *   "protonmail 550 5.7.1 rejected", (45) "fastmail 550 5.1.1 bounced", (46) "gmail 451 4.3.0
   *   deferred", (47) "outlook 451 4.7.650 deferred", (48) "yahoo 421 4.7.1 temporarily deferred",
   *   (49) "rambler 550 rejected", (50) "daum hanmail 550 bounced", (51) "rediffmail 554 bounced",
   *   (52) "telenet 550 bounced", (53) "gmail 550-5.7.25 PTR bounced postfix", (54) "gmail
   *   421-4.7.28 deferred postfix log", (55) "gmail 550 5.2.1 account disabled", (56) "gmail 452
   *   4.2.2 over quota", (57) "gmail 550 5.7.26 DMARC rejected postfix", (58) "hotmail 550 5.7.509
   *   access denied", (59) "outlook 554 5.2.252 SendAsDenied", (60) "office365 550 5.7.708
   *   deferred", (61) "hotmail 421 RP-001 deferred", (62) "yahoo 554 delivery error dd not a valid
   *   recipient", (63) "aol 554 5.7.9 message not accepted for policy reasons", (64) "icloud 554
   *   5.7.1 HM08 rejected", (65) "gmx 550 mailbox unavailable rejected", (66) "t-online 550 5.1.1
   *   bounced", (67) "yandex 550 5.7.1 policy rejection", (68) "mail.ru 451 ratelimit deferred",
   *   (69) "qq.com 550 Ip frequency limited", (70) "163.com 550 User not found bounced", (71)
   *   "comcast 421 deferred throttled", (72) "att.net 550 5.7.1 bounced DNSBL", (73) "verizon.net
   *   550 5.1.1 bounced", (74) "zoho 550 5.4.6 unusual sending activity", (75) "protonmail 554
   *   5.7.1 rejected spam", (76) "gmail 550 5.7.1 bounced exim", (77) "outlook 550 5.7.1 S3150
   *   postfix deferred", (78) "yahoo 554 5.7.9 postfix bounced". Most of the provider and ISP names
   *   outside the largest few (Naver, free.fr, Verizon, BigPond, Rogers, Seznam, WP, o2, SFR, Sky,
   *   Cox, Shaw, Optimum, Rambler, Rediffmail, Telenet, QQ's frequency limit) matched no mail
   *   thread or only threads earlier batches sampled: the issue corpus returns the same few dozen
   *   mail threads for most provider names. From each query's results, in rank order, every SMTP
   *   failure reply quoted there, at most 5 taken a query, as the thread shows it (a log's or a
   *   client's wrapper kept: Postfix's status=deferred and status=bounced lines with their syslog
   *   or docker-compose prefixes, Postfix's "host ... said:" and "refused to talk to me:", a
   *   NOQUEUE reject line, ZoneMTA's DEFERRED log line, msmtp's log line with its literal "\n", a
   *   DSN's "Diagnostic-Code: smtp;", Gmail's "The error that the other server returned was:", a
   *   DSN's "Reason:" and "Diagnostic code:" lines, Exchange's "Remote server returned '...'" and
   *   Forward Email's "Remote server returned an error ->", Postal's reply without its heading,
   *   nodemailer's "Error: Mail command failed:", "Error: Message failed:" and "Invalid greeting.
   *   response=", .NET's "Transaction failed. The server response was:", PowerShell's "Exception
   *   calling "Send"", JavaMail's SMTPAddressFailedException, a verification tool's "Response:", a
   *   Zoho notice's "[Status: Error, ...]", sendmail's "(reason: ...)"; placeholders and markup as
   *   posted: "<???@???.???>", "[****]", "{MYSERVERIP}", "MAILSERVER_IP", "<USER@gmail.com>",
   *   "<**這裡我的郵件地址**>", "[...]", GitHub's markdown links around host names and a literal backslash
   *   before each quote of "user"), skipping only (a) a reply whose text with addresses, IPs, host
   *   names, ids and numbers masked (reply and enhanced codes kept; case, curly quotes, quote marks
   *   around the text and a final full stop ignored) is identical to one already here, in core's
   *   documented-replies test or earlier in the batch, counted per appearance in the results as
   *   read, the same reply from the same thread already here with or without a wrapper counting as
   *   identical (a DSN's Diagnostic-Code line after its Postfix line, a second log line of the same
   *   reply, the same log pasted into a second repository's thread); (b) text that is no server's
   *   or MTA's failure reply (titles naming a code, paraphrases such as "rejected with error 550
   *   5.7.1 – IP ... blocked by Vade Threat List", a NetEase code gloss pasted under the reply,
   *   Google account and Outlook client notices, K-9's "Negative SMTP reply: 553", IMAP and HTTP
   *   API errors, a worm's fake bounce, ZoneMTA's bounce-rule file, success lines); (c) a quote
   *   that could not be read exactly (cut off by the excerpt: a Microsoft 5.7.511 reply at "?Lin",
   *   a 5.7.520 NDR at "bec", SendAsDenied diagnostics, a MailKit and a nodemailer transcript, a
   *   smtp-connection 5.3.4 at "Req", a Proofpoint log line at "ppho", hanmail's debug log; elided
   *   with "[...]" or "(...)"; a reply only in a title, as in swiftmailer's, hMailServer's and
   *   ep3-bs's threads; an NDR code and its text put apart in a docs request; 139 Mail's
   *   "Mailrejected, please try again" run together). Passed over as the brief requires: the SMTP
   *   Field Manual's pull requests (ActiveCampaign/smtp-field-manual), Sisimai's issues and pull
   *   requests in all its repositories (p5-sisimai, rb-sisimai, go-sisimai, set-of-emails),
   *   KumoMTA's repository (its Yahoo shaping examples), the smtp.codes repository (fm/smtp-codes),
   *   Microsoft's documentation pull requests and the Exchange NDR text they carry, SendGrid's and
   *   OVH's documentation pull requests, web.de's error page as quoted in a Zammad thread. Replies
   *   a query took (skipped under (a)): 1 (4), 2 (4), 1 (6), 2 (6), 2 (4), 0 (8), 4 (7), 0 (5), 0
   *   (2), 0 (11), 0 (0), 0 (5), 1 (4), 1 (9), 1 (4), 0 (5), 0 (6), 0 (0), 0 (0), 1 (5), 0 (1), 0
   *   (0), 1 (2), 0 (0), 0 (1), 0 (2), 2 (2), 0 (0), 0 (1), 0 (1), 0 (2), 0 (2), 0 (0), 1 (4), 2
   *   (5), 0 (5), 0 (0), 0 (2), 0 (2), 1 (7), 0 (2), 0 (6), 1 (7), 2 (7), 0 (4), 0 (5), 0 (3), 2
   *   (11), 0 (1), 1 (1), 2 (3), 0 (0), 2 (6), 0 (4), 2 (3), 0 (1), 4 (2), 0 (3), 2 (4), 0 (0), 0
   *   (5), 0 (7), 2 (5), 1 (9), 0 (7), 0 (5), 0 (6), 1 (4), 0 (0), 0 (1), 0 (0), 0 (1), 2 (4), 0
   *   (3), 0 (7), 0 (6), 3 (3), 1 (5): 51 replies, 285 skipped as identical (the mail threads the
   *   corpus returns for provider names are mostly those earlier batches sampled: mailcow's
   *   T-Online thread, Excision's "550 message rejected", node-smtp-protocol's "Command Rejected",
   *   email-deep-validator's JunkMail reply, the customeros tickets, MailKit's GMX transcript,
   *   Forward Email's 421 thread), about 30 texts skipped under (b) and about 30 quotes under (c).
   *   `command` is set only where the quote or its log names the stage ("in reply to RCPT TO
   *   command", "in reply to MAIL FROM command", "in reply to end of DATA command", a NOQUEUE log's
   *   "RCPT from", "lost connection ... while sending RCPT TO", nodemailer's "Mail command failed",
   *   a transcript's "Mail" and "Sending RCPT TO..." lines). Each labelled from its words, the
   *   documented boundaries and, where this list already holds the same wording, as it is labelled
   *   here (Yahoo's TSS04 "user complaints" badReputation and TSS06 "permanently deferred" blocked,
   *   Microsoft's "part of their network is on our block list" and 5.7.606 "banned sending IP"
   *   blocked, Proofpoint's "Blocked - see ipcheck" blocked, T-Online's "(BL)" blocked, GMX's,
   *   WEB.DE's and IONOS's "Reject due to policy restrictions" with "c=hi" contentError, Gmail's
   *   "likely unsolicited mail" spamDetected, its DMARC and "does not pass authentication checks"
   *   texts authFailure, its 5.7.25 and IPv6 PTR texts requirePTR, Postfix's "Sender address
   *   rejected: Access denied" senderRejected, SendAsDenied senderRejected as an account barred
   *   from sending as this From, Yahoo's "unresolvable RFC.5321 from domain" senderRejected,
   *   "#5.1.0 Address rejected" userUnknown, an ESP's refusal for an address that bounced before
   *   userUnknown as Amazon SES's suppression text here, addy.io's "User disabled" mailboxDisabled,
   *   a bare "Command rejected" undefined, Postfix's "lost connection" and "Connection timed out"
   *   networkError). Arguable on the boundaries: mysociety's "(reason: 554 READ THIS: : IMPORTANT
   *   ACTION REQUIRED: Delivery will ONLY occur if you click on this link ...)" as filtered (a
   *   challenge-response allow list kept for the recipient; blocked or policyViolation if read as
   *   the gateway's IP and content check its linked page describes), Zoho's "[Status: Error,
   *   Address: <...>, Malformed answer from server]" as protocolError (networkError if read as a
   *   failed connection), Forward Email's "550 Message was sent successfully to ..., Error for
   *   hotmail.com of "This message has been retried the maximum of (10) times and has permanently
   *   failed."" as expired (the 550 and "sent successfully" read otherwise: undefined),
   *   nodemailer's "Invalid greeting. response=554 Local Policy Violation" as policyViolation
   *   (blocked if read as a client refused at the greeting), La Poste's "Response: 550 5.5.1
   *   Protocol error" at RCPT as protocolError (blocked if read as a refusal of the verifier's
   *   HELO, as the thread suspects), OpenDMARC's "550 5.7.1 Command rejected" as undefined
   *   (contentError by the thread: a missing required header), Gmail's "does not meet IPv6 sending
   *   guidelines regarding PTR records and authentication" as requirePTR (authFailure by its last
   *   word), hanmail's "550 5.2.1 RACT ...: Mailbox is inactive" and addy.io's "User disabled" as
   *   mailboxDisabled (userUnknown if read as an address that is gone), Proton's Chinese
   *   "未找到主機或網域名稱。域名服務錯誤 ... 已找到主機，但沒有請求類型的資料記錄" as hostUnknown (networkError if read as DNS
   *   failing), JavaMail's "550  previously hard-bounced" as userUnknown (undefined if an ESP's
   *   suppression is not read as a dead address), mox's "data: unexpected EOF, transient" as
   *   networkError (blocked by the thread: an IP on iCloud's blocklist), and Yahoo's TSS06 "All
   *   messages from ... will be permanently deferred" as blocked (badReputation if read as Yahoo's
   *   own score)
   * - batch 32: a SAMPLE of replies quoted on public web pages (deliverability and error-lookup
   *   sites printing example replies, hosts' knowledge bases, Q&A and forum posts, mailing-list
   *   archives and old Microsoft KB articles quoting other receivers' replies; no issue threads, no
   *   provider's, host's or vendor's own page on its own replies, no other project's collection or
   *   fixtures), found by queries made of a reply code and an enhanced status code with at most one
   *   more word, collected and labelled blind in one session that changed no rule and never ran the
   *   classifier on any of them: labelled before any measurement, not measured here, first to be
   *   measured by the lead. 51 replies from 62 queries, none chosen for hard replies, each
   *   different from the queries earlier batches list, the first 54 all written down before the
   *   first was run and run in the order written on the search tool's web-page corpus only: (1)
   *   "421 4.3.2 shutdown", (2) "421 4.4.1 deferred", (3) "421 4.7.1 throttled", (4) "421 4.2.1",
   *   (5) "421 4.3.0 bounce", (6) "450 4.1.1 deferred", (7) "450 4.2.0 mailbox", (8) "450 4.7.25",
   *   (9) "450 4.3.2", (10) "450 4.4.4", (11) "451 4.4.0 DNS", (12) "451 4.3.5 postfix", (13) "451
   *   4.7.0 temporary", (14) "451 4.1.8", (15) "451 4.2.0", (16) "452 4.3.1 bounce", (17) "452
   *   4.5.3 recipients", (18) "452 4.1.1", (19) "454 4.7.1 relay", (20) "454 4.7.0 temporary", (21)
   *   "454 4.3.0", (22) "500 5.5.1 unrecognized", (23) "500 5.5.2 syntax", (24) "501 5.5.4
   *   invalid", (25) "501 5.1.7 sender", (26) "501 5.5.2 helo", (27) "503 5.5.0 sequence", (28)
   *   "503 5.7.0 authentication", (29) "530 5.7.57 client", (30) "535 5.7.0 authentication", (31)
   *   "535 5.7.3 authentication", (32) "535 5.7.139 outlook", (33) "550 5.1.2 bounce", (34) "550
   *   5.1.6 moved", (35) "550 5.2.2 quota", (36) "550 5.4.5 daily", (37) "550 5.7.0 spam", (38)
   *   "550 5.7.25 ipv6", (39) "550 5.7.51 tenant", (40) "550 4.4.7 expired", (41) "551 5.1.1 user",
   *   (42) "551 5.7.1 relay", (43) "552 5.2.3 size", (44) "552 5.7.0 attachment", (45) "553 5.1.2
   *   domain", (46) "553 5.1.3 invalid", (47) "553 5.7.1 relaying", (48) "554 5.4.4 unable", (49)
   *   "554 5.6.1 content", (50) "554 5.7.5 permanent", (51) "556 5.1.10 null", (52) "554 5.2.2
   *   mailbox", (53) "550 5.7.367 remote", (54) "554 5.7.7", and, written down when those 54 had
   *   given 49, (55) "421 4.7.0 greylisted", (56) "450 4.7.1 helo", (57) "451 4.3.2 maintenance",
   *   (58) "452 4.2.2 storage", (59) "550 5.7.1 sender", (60) "553 5.7.1 spoofing", (61) "554 5.7.1
   *   helo", (62) "550 5.1.10 recipient"; collecting stopped there, at 51. The corpus matches a
   *   bare pair of codes to unrelated pages carrying the same numbers (video playlists, enzyme
   *   tables, tax rules, manuals' syntax notation), so 33 of the 62 queries found no page quoting
   *   any failure reply; those with a word found mostly deliverability and error-lookup sites
   *   (tamingdns's bounce decoder, warmy, senderreputation, postigo, reviewmyemails, dnschkr,
   *   errcodes.dev, cloudmailin, simplefastwebsites, hostx.eu's list of 554 variants) and a few
   *   Q&A, forum and KB pages (Virgin Media's community FAQ, HP's OpenVMS "ask the wizard",
   *   Microsoft KB articles on third-party servers' replies, sqlserverf1's qmail bounce). From each
   *   query's results, in rank order, every SMTP failure reply quoted there, at most 5 taken a
   *   query, as the page shows it (a wrapper such as Exchange's "Remote Server returned '...'",
   *   qmail's "does not like recipient. Remote host said:", a client's "SMTP error (452): Failed to
   *   add recipient", a DSN's "smtp;", a transcript's "S: " marker kept and the command on the line
   *   before it left out, Outlook's "Error" prefix kept; placeholders as the page printed them:
   *   "[email protected]", "[email address]", "[Link]", "[Server details]",
   *   "<Email-address-you’re-sending-to>", "<remote-mail-server-ip>"; a page's odd rendering of
   *   Gmail's texts as '450, "4.2.1", ...' and of the enhanced code as "4.20" kept as printed, the
   *   page's line breaks kept; hostx.eu's glosses after " - " left out), skipping only (a) a reply
   *   whose text with addresses, IPs, host names, ids and numbers masked (reply and enhanced codes
   *   kept; case, curly quotes and a final full stop ignored; "[email protected]" counted as an
   *   address) is identical to one already here, in core's documented-replies test or earlier in
   *   the batch, counted per appearance in the results as read, the same reply from the same page
   *   already here with or without a wrapper counting as identical (chilipepperweb's Juno, AOL and
   *   Hotmail transcripts, the under-score.org.uk HELO reply, the Virgin Media post's VM401 reply
   *   in its Outlook error box), as does the same article on a copy or mirror site (the Microsoft
   *   KB mirrors, a sites.google.com copy, sehia.org's copy of serversmtp.com) and, as batch 22
   *   counted it, Postfix's relay text with the address stripped ("554 5.7.1: Relay access
   *   denied."); (b) text that is no server's failure reply (code tables and lookups such as
   *   mymangomail's, statuscodefyi's and protocolcodes' comparisons, IANA registry and RFC copies,
   *   error databases' "signature" fields such as errorcanon's and deadends.dev's, an error's name
   *   used as a page's title or heading, phrases retyped in a sentence, a client's own message such
   *   as Apple Mail's "Cannot send mail", a composed "expected output"); (c) a quote that could not
   *   be read exactly (cut off by the excerpt: tamingdns's "501 5.1.8 Domain of sender addr";
   *   elided: errcodes.dev's "500 5.5.1 ..."; two replies run together in an excerpt, as on
   *   simplefastwebsites' and tamingdns's pages; two replies joined by "or", as on warmy's 4.2.0
   *   page and emailwarmup's 5.0.0 page; only in a question's title). Passed over as the brief
   *   requires: providers', hosts' and vendors' own pages on their own replies and copies of them
   *   (Microsoft's 451 4.4.0 and 4.4.7 NDR pages and their copies on free.blessedness.top, a spun
   *   blog, developerpublish and urlscan, grokipedia's copy of Microsoft's NDR example, econs.net's
   *   copy of Microsoft's Outlook relay article, contactlab's SmartRelay docs, IBM's z/OS SMTP
   *   message page, Atlantica Digital's page on its outbound filter, argonhosting's and ehosted's
   *   pages on their own qmail rcpthosts replies, rackteam's page on its own server's 550s, PSCS's
   *   wiki, Broadcom's page on its own Symantec Email service, Mimecast's community site) and other
   *   projects' collections (none was returned; buggy-club's paraphrase of hMailServer's list was
   *   skipped under (b)). Replies a query took (skipped under (a)): 0 (0), 0 (0), 3 (0), 0 (0), 4
   *   (0), 0 (0), 5 (0), 0 (0), 0 (0), 0 (0), 2 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 2 (1), 0
   *   (0), 0 (0), 0 (0), 0 (0), 5 (2), 0 (0), 1 (0), 5 (2), 0 (0), 0 (0), 0 (0), 1 (1), 2 (0), 1
   *   (0), 0 (1), 0 (18), 0 (2), 0 (3), 2 (2), 1 (1), 0 (0), 0 (0), 1 (1), 0 (0), 0 (2), 0 (0), 0
   *   (0), 2 (0), 2 (0), 0 (9), 0 (0), 5 (16), 5 (1), 0 (0), 0 (0), 0 (0), 0 (0), 1 (1), 0 (0), 0
   *   (0), 0 (0), 0 (3), 1 (0), 0 (5), 0 (1): 51 replies, 72 skipped as identical (Black Pearl
   *   Mail's list, which earlier batches sampled, gave 15 of them and hostx.eu's list 16), about 13
   *   quotes skipped under (c). `command` is set only where the quote or its transcript names the
   *   stage (a transcript's "RCPT TO:" or telnet "mail from:", qmail's "does not like recipient",
   *   "Failed to add recipient"). Each labelled from its words, the documented boundaries and,
   *   where this list already holds the same wording, as it is labelled here (Gmail's "receiving
   *   mail too quickly", "at a rate" and "Peak SMTP relay limit" rateLimited as Gmail documents
   *   them, Gmail's 5.4.5 daily sending quota rateLimited, Gmail's "very low reputation of the
   *   sending IP" badReputation, "Service not available" systemError, a bare "mailbox temporarily
   *   unavailable" undefined, "5.1.3 Invalid address" and "Bad recipient address syntax"
   *   userUnknown, "Sender domain must exist" senderRejected, Yahoo's "[PH01] Email not accepted
   *   for policy reasons" policyViolation and "This mailbox is disabled (554.30)" mailboxDisabled,
   *   "High probability of spam" spamDetected, Mimecast's "Rejected by header based Anti-Spoofing
   *   policy" policyViolation, an unrecognized command syntaxError, Microsoft's 5.2.122 per-hour
   *   receiving limit rateLimited). Arguable on the boundaries: "451 4.7.1 Service unavailable -
   *   try again later." as greylisted (a temporary refusal naming no cause, as the set's Plesk line
   *   at DATA; systemError as the set's milter line at END-OF-MESSAGE), "451 4.7.1 Temporarily
   *   rejected due to policy." as policyViolation (greylisted if read as a temporary refusal naming
   *   no cause), "421 4.3.2 All server ports are busy" as tooManyConnections (systemError or
   *   rateLimited if read as the receiver's own load), "450 4.2.1 Mailbox temporarily unavailable"
   *   as mailboxDisabled by X.2.1 (undefined as batch 28's bare "450 Mailbox temporarily
   *   unavailable"), Exchange's "451 4.4.0 DNS query failed ... nonexistent domain" as hostUnknown
   *   (networkError by the blog's cause, the sender's own DNS servers), "535 5.7.0 – Too many
   *   authentication failures" as authRequired (rateLimited if the lockout is read as a limit),
   *   "550 5.1.2 Bad destination mailbox address" as userUnknown by its words (hostUnknown by X.1.2
   *   and the page's heading), AOL's bare "554 RLY:B1" as blocked (AOL's RLY:B codes for a blocked
   *   IP; undefined by the words alone, badReputation if read as complaint-driven), "smtp;554
   *   Invalid data in message" as contentError (undefined if "invalid data" is not read as the
   *   message's format), cloudmailin's "554 5.1.1 ... bounced address: could not resolve address"
   *   as userUnknown (hostUnknown if "could not resolve" is read as the domain), "553 sorry,
   *   relaying denied from your location" as relayDenied (authRequired if the cure, logging in, is
   *   read into it), and "550: High probability of spam" taken as new against the set's "550 High
   *   probability of spam" (a colon after the code is not among the differences the protocol
   *   ignores)
   * - batch 33: a SAMPLE from public issue and pull-request threads only (the search tool's issue
   *   corpus; no web pages, no provider's, host's or vendor's own documentation, no other project's
   *   collection or fixtures), collected and labelled blind in one session that changed no rule and
   *   never ran the classifier on any of them: labelled before any measurement, not measured here,
   *   first to be measured by the lead. Its axis is the business software that sends mail to
   *   customers and members, in the threads where its users quote the replies they got:
   *   mailing-list managers (Mailman, Sympa, mlmmj, Dada Mail), newsletter and marketing-automation
   *   tools (listmonk, Mautic, Sendy, phpList, Keila, Acelle, MailWizz, Mailcoach, SendPortal,
   *   BillionMail, MailPoet, FluentCRM), CRMs and ERPs (CiviCRM, SuiteCRM, EspoCRM, vtiger,
   *   Dolibarr, Odoo, ERPNext and Frappe, Tryton, Akaunting, Invoice Ninja), shops and their mail
   *   plugins (WooCommerce, Magento, Shopware, PrestaShop, OpenCart, Sylius, Saleor, Bagisto, Easy
   *   Digital Downloads, WP Mail SMTP, Post SMTP), membership and event software (Paid Memberships
   *   Pro, GiveWP, pretix, Indico, Hi.Events, alf.io, Ghost), bounce processing and address
   *   verification (bounce handlers, email verifiers, check-if-email-exists, Truemail) and the
   *   ESPs' SDKs and webhooks (SendGrid, Mailgun, Mandrill, SparkPost, SES, Resend, Postal). 52
   *   replies from 80 queries, none chosen for hard replies, each different from every query an
   *   earlier batch lists, the first 50 written down before the first was run and all run in the
   *   order written: (1) "mailman 550 5.7.1 list post rejected", (2) "mailman3 smtp 554 bounce",
   *   (3) "mailman bounce processing 550 5.1.1", (4) "sympa bounce 550", (5) "sympa smtp 554
   *   rejected", (6) "mlmmj 550", (7) "dada mail smtp 550", (8) "listmonk bounce 5.1.1", (9)
   *   "mautic email 554 5.7.1", (10) "mautic smtp 421", (11) "sendy bounce 550", (12) "phplist
   *   bounce processing 550 5.1.1", (13) "keila newsletter smtp 550", (14) "acelle mail 550", (15)
   *   "mailwizz bounce 550", (16) "civicrm bounce 550", (17) "civicrm smtp 554", (18) "suitecrm
   *   smtp 550", (19) "espocrm smtp 550", (20) "vtiger smtp 550", (21) "dolibarr smtp 550", (22)
   *   "odoo smtp 554 5.7.1", (23) "erpnext email 550 5.7.1", (24) "tryton smtp 550", (25)
   *   "woocommerce smtp 554 5.7.1", (26) "magento 2 email 550 5.7.1", (27) "shopware 6 mailer 554",
   *   (28) "prestashop mail 554 5.7.1", (29) "opencart smtp 550", (30) "sylius mailer 550", (31)
   *   "saleor email 550", (32) "bagisto mail 550", (33) "paid memberships pro email 550", (34)
   *   "civicrm mailing 421 4.7.0", (35) "pretix email 554", (36) "indico email smtp 550", (37)
   *   "hi.events smtp 550", (38) "alf.io smtp 550", (39) "email verification smtp rcpt 550 5.1.1
   *   check", (40) "email-verifier rcpt to 550", (41) "check-if-email-exists 550", (42) "truemail
   *   smtp 550", (43) "bounce handler 550 5.1.1 parse", (44) "bounce classification 554 5.7.1
   *   webhook", (45) "sendgrid-php 550 bounce", (46) "mailgun-php 550 5.7.1", (47) "mandrill 550
   *   5.7.1 rejected", (48) "sparkpost bounce 554 5.7.1", (49) "ses bounce notification 550 5.1.1
   *   diagnosticCode", (50) "resend email bounce 550"; and, written down when those 50 had given
   *   about 33, (51) "mailpoet sending failed 550", (52) "fluentcrm smtp 554", (53) "wp mail smtp
   *   535 5.7.139", (54) "post smtp mailer 550 5.7.1", (55) "easy digital downloads email 550",
   *   (56) "givewp email 554", (57) "odoo mass mailing bounce 550 5.1.1", (58) "frappe email queue
   *   554", (59) "invoiceninja mail 535", (60) "akaunting mail 550", (61) "mailman3 postfix 550
   *   5.1.1 list", (62) "listmonk messenger 554", (63) "mautic bounce 5.7.1 spam", (64) "postal
   *   MessageDeliveryFailed 550", (65) "billionmail 550", (66) "mailcoach 550", (67) "sendportal
   *   smtp 550", (68) "phplist processqueue 421", (69) "ghost members email bounce 554", (70)
   *   "civicrm mailing smtp 550 5.7.1"; and, written down when those 70 had given 45, (71) "odoo
   *   outgoing mail server 535 5.7.8", (72) "suitecrm campaign bounce 550 5.1.1", (73) "mautic 451
   *   4.7.1", (74) "listmonk 550 5.7.1 relay", (75) "sympa 421 4.7.0 deferred", (76) "woocommerce
   *   order email 553 sender", (77) "dolibarr 553 5.7.1", (78) "espocrm 554 5.7.1", (79) "frappe
   *   SMTPRecipientsRefused 550 5.1.1", (80) "mailman smtp-failure 550 5.7.1 bounce score". From
   *   each query's results, in rank order, every SMTP failure reply quoted there, at most 5 taken a
   *   query, as the thread shows it (a client's, an app's or a log's wrapper kept: Swift Mailer's
   *   and Symfony's "Expected response code ... with message", Swoosh's "{:send,
   *   {:permanent_failure, ...}}" with its escaped "\r\n", Python's SMTPDataError,
   *   SMTPSenderRefused and SMTPRecipientsRefused tuples, Dolibarr's "Error [120]: Ran into
   *   problems sending Mail. Response:", PHPMailer's "MAIL FROM command failed,...", Mailgun's
   *   "Server response:", Odoo's connection-test text, a PowerMTA accounting file's "smtp;"
   *   diagnostic, Postfix's NOQUEUE, milter-reject, pipe and status= lines with their prefixes,
   *   Exim's "SMTP error from remote server for TEXT command", swaks's "<**", Espo's, listmonk's,
   *   Indico's and Hi.Events' log lines, a JSON "rcptto" field with its escapes decoded;
   *   placeholders as posted: "[EMAIL]", "<...>", "x.x.x.x", "<my domain>", "domain.name"; a mail
   *   reply's "> " quote marks taken as the line breaks they stand for; the openstreetmap thread's
   *   Gmail bounce taken from its "host" on, as its addresses had been mangled into mailto links,
   *   and with its tail ending at "(in reply to end of DATA" as posted), skipping only (a) a reply
   *   whose text with addresses, IPs, host names, ids and numbers masked (reply and enhanced codes
   *   kept; case, curly quotes and a final full stop ignored, and so a space or a log's ";" before
   *   the closing quote or at the end, and a poster's "[ip]" standing for an address) is identical
   *   to one already here, in core's documented-replies test or earlier in the batch, or the same
   *   reply from the same thread already here with only a wrapper around it, counted per appearance
   *   in the results (four, SuiteCRM 7006's Outlook "550 Action not taken", dada-mail 318's Yahoo
   *   "dd This user doesn't have a yahoo.co.uk account", fluent-smtp 248's milter "Service
   *   unavailable - try again later" and Invoice Ninja 3482's "503 5.5.2 Need rcpt command", were
   *   found only by a final check against the list and taken out again); (b) text that is no
   *   server's or MTA's failure reply (the apps' and libraries' own messages: OpenCart's "MAIL FROM
   *   not accepted from server!", Dada Mail's and Bagisto's send errors, FluentSMTP's "SMTP Error:
   *   data not accepted.", PEAR's and JavaMail's connection failures, Shopware's "Could not send
   *   mail", bounce handlers' and verifiers' own logs and JSON results; 250 and 221 replies; ESPs'
   *   HTTP API responses such as Mandrill's reject_reason; replies only given as examples in a pull
   *   request or proposed in a thread; a tally of codes; a worm's fake bounce); (c) a quote that
   *   could not be read exactly (only in a title, cut off by the excerpt, elided with "....",
   *   "[...]" or "…", retold in a sentence, machine-translated by its poster or translated into
   *   Portuguese, mangled into HTML or markdown links, an unclosed quote, only in a screenshot).
   *   Passed over as the brief requires: other projects' collections and their threads (SMTP Field
   *   Manual pull requests and issues, fm/smtp-codes pull requests, mailsherpa's issues and pull
   *   requests, Sisimai's Perl and Go threads and pull requests, crisp-oss/email-bounce-parser's
   *   issue, ZoneMTA's bounce-rules pull request, a verifier's pull request copying a code list)
   *   and providers' own documentation (OVHcloud's docs pull request with its code table,
   *   SendGrid's docs pull requests and its API example in a docs issue, MicrosoftDocs issues,
   *   Odoo's documentation pull requests, Amazon SES's notification example quoted in
   *   fxa-auth-server's thread). Replies a query took (skipped under (a)): 3 (2), 0 (7), 0 (1), 0
   *   (0), 2 (6), 0 (0), 0 (4), 0 (0), 5 (3), 1 (2), 0 (0), 2 (1), 2 (1), 0 (0), 0 (0), 0 (0), 0
   *   (3), 1 (1), 2 (1), 0 (5), 4 (1), 2 (2), 0 (2), 0 (3), 0 (3), 1 (1), 0 (0), 0 (4), 0 (0), 0
   *   (1), 0 (0), 0 (0), 0 (0), 0 (0), 0 (1), 1 (2), 1 (2), 0 (0), 2 (2), 0 (4), 0 (0), 1 (0), 0
   *   (2), 0 (0), 0 (0), 0 (0), 0 (5), 1 (1), 0 (0), 0 (2), 0 (7), 0 (1), 1 (2), 0 (5), 0 (0), 0
   *   (1), 0 (0), 3 (1), 0 (4), 1 (3), 2 (0), 2 (9), 0 (2), 0 (6), 1 (0), 0 (0), 1 (3), 0 (0), 3
   *   (0), 0 (5), 3 (3), 0 (0), 0 (0), 1 (5), 1 (1), 0 (0), 0 (0), 1 (1), 1 (5), 0 (5): 52 replies,
   *   144 skipped as identical, about 70 skipped as no failure reply and about 40 as not readable
   *   exactly (the issue corpus has been sampled by every earlier batch, and these apps' threads
   *   are mostly about setting a submission server up, so many replies are the same login, sender
   *   and relay refusals already here; the queries naming mlmmj, listmonk's bounces, Sendy, Acelle,
   *   MailWizz, CiviCRM, Tryton, Shopware, OpenCart, Sylius, Saleor, Bagisto, Paid Memberships Pro,
   *   pretix, alf.io, check-if-email-exists, the SendGrid and Mailgun SDKs, Mandrill, Easy Digital
   *   Downloads, GiveWP, Mailcoach, phpList's queue, Mautic's 451 and Dolibarr's 553 found no
   *   thread quoting a reply that was not already here). `command` is set only where the quote, its
   *   transcript or its log names the stage (Swift Mailer's and Symfony's expected 250/251/252
   *   after RCPT TO, 354 after DATA and 235 after AUTH, a transcript's ">> MAIL FROM:", Python's
   *   SMTPDataError, SMTPSenderRefused and SMTPRecipientsRefused, a Postfix log's "RCPT from", "in
   *   reply to MAIL FROM command", "in reply to RCPT TO command" and "(in reply to end of DATA", a
   *   milter's END-OF-MESSAGE, Exim's "for TEXT command", nodemailer's "Message failed", "MAIL FROM
   *   command failed", a JSON "rcptto" field, "Failed to authenticate", JavaMail's
   *   AuthenticationFailedException). Each labelled from its words, the documented boundaries and,
   *   where the set already holds the same wording, as it is labelled here (Yahoo's TSS04 "user
   *   complaints" badReputation, HELO refusals blocked, Exchange's SendAsDenied and "Client does
   *   not have permissions to send as this sender" senderRejected, "not owned by user" and "not
   *   owned by auth user" senderRejected, SendGrid's unverified Sender Identity senderRejected,
   *   Haraka's "I cannot deliver mail for" relayDenied, "no valid recipients" and "nested MAIL
   *   command" protocolError, "501 5.5.4 Invalid domain name" syntaxError, "Client was not
   *   authenticated" authRequired, cPanel Exim's "The account or domain may not exist, they may be
   *   blacklisted" at RCPT userUnknown, "Unrouteable address" hostUnknown as core's documented Exim
   *   reply, "too many hops" a loop, networkError, "Temporary local problem" systemError). Arguable
   *   on the boundaries: Hostnet's "Recipient address rejected: policy rejection: ...: recipient is
   *   known to bounce" as userUnknown (the relay's own record of an address that bounced;
   *   policyViolation if read as its local rule), "550 5.7.1 Policy reason" alone as
   *   policyViolation (undefined if nothing in it is read as a cause), Dolibarr's "501 5.5.2 : Helo
   *   command rejected: Invalid name" as blocked (a HELO refusal, as the set's; syntaxError if read
   *   as a malformed argument), Aliyun's "Invalid rcptto [@sm070102] at DATA State ... invaddr
   *   reject" as userUnknown with no command (a malformed recipient, syntaxError by the same
   *   reading; "DATA State" is Aliyun's label, not a stage the quote names), SparkPost's "554 5.4.7
   *   [internal] message timeout (exceeded max time, last transfail: 421 4.4.0 [internal] no mail
   *   servers for this domain could be reached at this time)" as expired (hostUnknown if the last
   *   transient failure is read as the cause), Haraka's "451 Queuing declined or disabled, try
   *   later" as systemError (the receiver's own queue; greylisted if read as a temporary refusal
   *   naming no cause), Jenkins' "451 Internal server error" to AUTH as systemError,
   *   docker-mailman's Postfix "unknown user: "lmtp:[172.19.199.2]:8024"" as userUnknown (the
   *   thread's cause is a transport map Postfix misread; systemError if read so), listmonk's "450
   *   Invalid literal value, expected """ as contentError (the thread's List-Unsubscribe header;
   *   syntaxError on the words alone), Hi.Events' "501 Username used for auth is not valid email
   *   address" as authRequired (the login refused; syntaxError by the code), the Google-hosted
   *   "Alumni email service over limit, email blocked outside example.com" as policyViolation (the
   *   recipient domain's own rule; rateLimited by "over limit", filtered if read as the recipient's
   *   preference), Sympa's Postfix pipe "status=deferred (temporary failure. Command output: ... No
   *   such file or directory )" as systemError, and EspoCRM's log of qmail's "See
   *   http://pobox.com/~djb/docs/smtplf.html." without its code as contentError (a bare LF; only
   *   the link says so)
   * - batch 34: a SAMPLE of replies quoted in mail administrators' own writing: mailing-list
   *   archives (postfix-users, debian-user, NANOG, SANS, mailman-users and their mail-archive and
   *   pipermail copies), personal sysadmins' blogs and wikis, IT firms' and hosts' knowledge bases
   *   about mail their users got back from OTHER receivers, and university and company IT help
   *   pages (the search tool's web-page corpus only; no issue threads, no provider's, host's or
   *   vendor's own page on its own replies, no other project's collection or fixtures), collected
   *   and labelled blind in one session that changed no rule and never ran the classifier on any of
   *   them: labelled before any measurement, not measured here, first to be measured by the lead.
   *   66 replies from 75 queries, none chosen for hard replies, each different from every query an
   *   earlier batch lists, the first 55 all written down before the first was run and run in the
   *   order written: (1) "postfix-users mailing list said 550 5.7.1 in reply to RCPT TO", (2)
   *   "postfix-users deferred 450 4.7.1 helo command rejected", (3) "postfix-users host refused to
   *   talk to me 554", (4) "exim-users SMTP error from remote mail server after MAIL FROM 550", (5)
   *   "exim-users retry time not reached 451 defer", (6) "exim-users 550 sender verify failed
   *   callout", (7) "debian-user mail bounced 550 5.1.1 exim4", (8) "debian-user smarthost 530
   *   authentication required exim4", (9) "freebsd-questions sendmail 550 5.7.1 relaying denied",
   *   (10) "freebsd-questions mail returned 554 rejected blocklist", (11) "comp.mail.sendmail 553
   *   5.3.0 rejected", (12) "comp.mail.sendmail 451 4.4.1 reply: read error from", (13) "sendmail
   *   mailing list dsn 550 5.7.1 access denied", (14) "dovecot mailing list lmtp 452 4.2.2 quota
   *   exceeded", (15) "dovecot list sieve rejected 550 5.2.2 mailbox full", (16) "spamassassin
   *   users list 554 5.7.1 rejected spam score", (17) "spamassassin-users bounce 550 blocked
   *   spamcop", (18) "qmail mailing list 553 sorry that domain isn't allowed", (19)
   *   "news.admin.net-abuse.email 550 rejected listed", (20) "usenet comp.mail.misc bounce 552
   *   message too large", (21) "personal blog postfix bounce 554 5.7.1 hotmail blocked my server",
   *   (22) "sysadmin blog my mail server rejected gmail 550 5.7.1 ipv6", (23) "self-hosted mail
   *   server blog outlook 550 5.7.1 S3140", (24) "homelab email server yahoo 421 4.7.0 TSS04 blog",
   *   (25) "blog running own mail server t-online 554 IP rejected", (26) "sysadmin wiki mail log
   *   status=deferred 421 4.7.0", (27) "university IT help bounce message 550 5.1.1 user unknown
   *   explanation", (28) "university helpdesk email returned 552 5.2.2 over quota", (29) "campus IT
   *   mail undeliverable 554 5.7.1 recipient address rejected", (30) "company IT knowledge base
   *   bounce 550 5.7.0 sender rejected", (31) "IT services email bounce 550 5.4.1 recipient address
   *   rejected access denied", (32) "help desk article why did my email bounce 553 5.1.2", (33)
   *   "mailing list archive postfix 451 4.3.0 temporary lookup failure", (34) "mailing list archive
   *   milter-reject 554 5.7.1", (35) "opensmtpd mailing list 550 invalid recipient", (36)
   *   "courier-users mailing list 550 bounce", (37) "cyrus-users lmtp 550 mailbox does not exist",
   *   (38) "amavis-users 554 5.7.0 reject id", (39) "mutt-users 553 sender address rejected", (40)
   *   "openbsd misc mailing list smtpd 421 temporary failure", (41) "lkml mail bounce 550 rejected
   *   vger", (42) "gentoo forums postfix 554 5.7.1 relay access denied", (43) "arch wiki msmtp 535
   *   5.7.8 bad credentials", (44) "blog fetchmail postfix 550 5.7.1 client host rejected dynamic",
   *   (45) "blog dkim failing 550 5.7.1 email rejected per dmarc policy", (46) "blog spf softfail
   *   bounce 550 5.7.23", (47) "blog ipv6 reverse dns gmail 550-5.7.1 ptr", (48) "sysadmin notes
   *   421 4.3.2 system not accepting network messages", (49) "mailman bounce 550 message rejected
   *   list", (50) "listserv error 553 sorry relaying denied", (51) "majordomo bounce 554 delivery
   *   error", (52) "sysadmin blog 451 4.7.650 microsoft ip reputation deferred", (53) "postfix list
   *   tls 454 4.7.0 TLS not available due to local problem", (54) "exim list 550 administrative
   *   prohibition", (55) "help page apple icloud bounced 550 5.7.0 blocked our mail server"; as
   *   those 55 gave 41 (the corpus holds few archived list posts, and its pages on these words are
   *   mostly the hosts' and help desks' bounce tables earlier batches sampled), 20 more, written
   *   down in two groups of ten, each group before any of it was run, were run in order: (56)
   *   "mailing list post bounce host said 550 5.7.1 in reply to end of DATA command", (57) "nanog
   *   mailing list email bounce 554 rejected", (58) "mailop mailing list 421 deferred microsoft",
   *   (59) "sysadmin blog exim SMTP error from remote mail server after RCPT TO 550", (60)
   *   "personal blog postfix status=bounced host said 550 5.1.1", (61) "university IT help email
   *   blocked 554 5.7.1 spam rejected", (62) "blog email server greylisting 450 4.7.1 recipient
   *   address rejected", (63) "sysadmin blog 452 4.5.3 too many recipients", (64) "blog hotmail 550
   *   5.7.606 banned sending ip self-hosted", (65) "sysadmin wiki postfix connect to port 25
   *   connection timed out deferred", (66) "mailing list archive exim rejected after DATA 550
   *   spam", (67) "sysadmin blog postfix 550 5.7.1 helo command rejected host not found", (68)
   *   "blog comcast 554 blocked my mail server", (69) "blog att bellsouth 553 5.3.0 blocked mail
   *   server", (70) "sysadmin blog yahoo 553 5.7.1 sender not authorized", (71) "mailing list post
   *   451 4.4.0 dns lookup failure", (72) "sysadmin blog 550 5.7.1 message rejected spamhaus dbl
   *   domain", (73) "blog mail server 554 5.7.1 rejected due to spam url", (74) "university IT help
   *   email undeliverable 421 connection timed out", (75) "sysadmin blog 550 5.7.515 microsoft
   *   authentication requirements". From each query's results, in rank order, every SMTP failure
   *   reply quoted there, at most 5 taken a query, as the page shows it (a wrapper such as
   *   Postfix's "host ... said:", "refused to talk to me:" and "(in reply to ... command)", a
   *   Postfix or Exim log line's prefix, Exim's "SMTP error from remote mail server after ...", a
   *   mailq line, qmail's "Remote host said:" and underscored log form, an MDaemon transcript's
   *   "<--", Exchange's "Remote Server returned '...'" and "#< #5.7.1 smtp; ... #SMTP#", a DSN's
   *   "Diagnostic-Code: smtp;", a DLink log's "SMTP: unexpected reply:", Roundcube's "SMTP error
   *   (452): Failed to add recipient", a ListManager log's "<--" kept; a mailing-list post's "> "
   *   quote marks taken as the line breaks they stand for and the indentation of continuation lines
   *   left out; an Exim log's literal "\n" kept; placeholders and stripped parts as the page
   *   printed them: "[email protected]", "[]", "x.x.x.x", "[**.**.**.**]", "[MyIP6Address]", "[ip
   *   address]", "[SendingDomain]", "<server name>", "hama...@", a page's "Sign
   *   In/troubleshooting.aspx"), skipping only (a) a reply whose text with addresses, IPs, host
   *   names, ids and numbers masked (reply and enhanced codes kept; case, curly quotes and a final
   *   full stop ignored) is identical to one already here, in core's documented-replies test or
   *   earlier in the batch, counted per appearance in the results as read, counting as identical,
   *   as batches 24 and 28 did, a reply whose address a page replaced by a placeholder or left out
   *   ("554 5.7.1 : Relay access denied"), the same reply from the same page already here with or
   *   without a wrapper (a transcript's "<<<", a Diagnostic-Code line, a queue id), and the same
   *   bounce posted again in a thread or printed twice on one page; (b) text that is no server's or
   *   MTA's failure reply (code tables and lookups, headings and titles naming an error, a page's
   *   list of search phrases such as "550 sender verify rejected exim", paraphrases ("Yahoo might
   *   send ...", "554 - Bad reputation or a similar error message"), configuration files and
   *   proposed reply texts such as Dovecot's quota_status_overquota, fail2ban patterns, Webmin's
   *   help, smtpd warnings, a callout's own "sender verify defer" log, a sendmail "stat=Deferred"
   *   line with no reason, client notices); (c) a quote that could not be read exactly (cut off by
   *   the page or the excerpt, elided with "...", retold in a sentence such as "4.3.0 mail
   *   transport unavailable" bounces or "421.4.0.0 Server error", two replies run together, a copy
   *   whose "4" came out as "Ĥ", a NANOG archive copy that stripped the host line and cut "(in
   *   reply to end of DATA"). Replies a query took (skipped under (a)): 0 (15), 0 (0), 0 (6), 0
   *   (2), 0 (0), 1 (5), 0 (34), 0 (7), 0 (2), 0 (4), 1 (29), 1 (2), 0 (15), 0 (0), 0 (2), 0 (0), 0
   *   (1), 0 (1), 0 (1), 1 (8), 2 (6), 5 (1), 0 (3), 2 (1), 1 (6), 0 (0), 5 (47), 2 (14), 1 (16), 2
   *   (9), 0 (8), 1 (41), 0 (0), 0 (0), 1 (3), 0 (57), 0 (0), 0 (0), 0 (29), 1 (0), 0 (32), 0 (4),
   *   0 (0), 1 (0), 4 (4), 0 (5), 5 (2), 1 (0), 0 (7), 1 (1), 0 (54), 1 (3), 0 (0), 0 (0), 1 (2), 1
   *   (45), 0 (6), 0 (5), 0 (15), 2 (44), 0 (1), 0 (1), 2 (0), 1 (1), 1 (3), 0 (0), 4 (3), 1 (5), 0
   *   (4), 0 (1), 4 (1), 0 (5), 5 (23), 3 (3), 1 (1): 66 replies, about 650 skipped as identical
   *   (most of them the University of Maryland's and ICG Link's bounce table, Black Pearl Mail's,
   *   pobox's, Ubiquity's and abanet's lists, which earlier batches sampled and which the corpus
   *   returns for almost every mail query), about 120 texts or pages skipped under (b) and about 22
   *   quotes under (c); the queries naming exim-users, freebsd-questions, comp.mail.sendmail, the
   *   Dovecot, SpamAssassin, Cyrus, amavis, mutt, OpenBSD and qmail lists, Usenet, LKML, Gentoo,
   *   the Arch wiki, mailman, majordomo and the Exim list found no archived post quoting a reply
   *   that was not already here. Passed over as the brief requires: providers', hosts', vendors'
   *   and institutions' own pages on their own replies and copies of them (PSCS's wiki, smtpf's
   *   reply lists, Coremail's support, open-mail.org's 3strikes, nemesis.lonestar.org, eddylangley,
   *   wiki.mur.at, ehosted, cPanel's support article on Exim's own retry message, GNU Mailutils',
   *   Cyrus IMAP's and Novell GroupWise's documentation, Exim's own documentation, pymilter's log
   *   documentation, qmail-ldap's wiki, linogate, the Newcastle University, Texas Tech, UT Austin,
   *   Yale, MIT, Columbia, Aberdeen, Virginia Tech, CVUT, Jacobs University and Scientific
   *   Solutions pages on their own gateways' rejections, Tufts' "unknown or illegal alias" and
   *   "Over quota" from its own servers, webnexus, stolenvotes, gradwell, brownrice, konto.pl,
   *   kleinschmidt, spam-mail-blocker.de, ClouDNS, mail.atec.co.uk, Comcast's and AT&T's help pages
   *   and a forum's and a host's copies of Comcast's FAQ, Yahoo's help pages and a Chinese blog's
   *   copy of one, support.microsoft.com and TechNet's FOPE FAQ, a Microsoft KB archive,
   *   developerpublish's copies of Microsoft's NDR page, bazoat.bar's copy of Microsoft's Outlook
   *   relay article, eliteweb's copy of GoDaddy's bounce page, the thexyz host page, errors24.ru's
   *   copy of a host's filter page), other projects' test fixtures (Postfix's smtpd_check.ref and
   *   Exim's test-suite output on git.exim.org and its mirrors) and other projects' collections
   *   (smtp.codes). `command` is set only where the quote or its log names the stage ("in reply to
   *   MAIL FROM command", "in reply to end of DATA command", "in reply to RCPT TO command", "after
   *   pipelined MAIL FROM", "after end of data", "after initial connection", "refused to talk to
   *   me", a log's "rejected RCPT" and "reject: RCPT from", a qmail log's "failed after I sent the
   *   message", Roundcube's "Failed to add recipient", a ListManager log's CONNECT step). Each
   *   labelled from its words, the documented boundaries and, where this list already holds the
   *   same wording, as it is labelled here (Microsoft's "part of their network is on our block
   *   list" and T-Online's "(BL)" blocked, Gmail's IPv6 "PTR records and authentication"
   *   requirePTR, Gmail's "unusual rate of unsolicited mail" and Yahoo's TS01/TSS04 "user
   *   complaints" badReputation, Yahoo's PH01 policyViolation, Gmail's "likely unsolicited mail"
   *   spamDetected, HELO refusals blocked, Exim's "Could not complete sender verify callout"
   *   senderRejected, a "421 4.7.0 Not allowed" at the greeting blocked as the set's "refused to
   *   talk to me: 421 4.7.0 Not allowed", amavis's "banned content" policyViolation) and, for
   *   Exchange's "451 4.4.0 DNS query failed", as Microsoft documents it (a DNS failure:
   *   networkError). Arguable on the boundaries: Exim's "temporarily rejected RCPT ...: Could not
   *   complete sender verify callout" as senderRejected (networkError or systemError by the log's
   *   cause, a callout that could not connect), a DLink log's qmail "451 See
   *   http://pobox.com/~djb/docs/smtplf.html" as contentError (only the link, qmail's page on bare
   *   LFs, says why; undefined on the words), Western Kentucky University's "#554 rejecting banned
   *   content ##" as policyViolation (spamDetected by the page's gloss), MXroute's quoted bare
   *   "Recipient address rejected" as undefined (userUnknown if read as the recipient refused, as
   *   MXroute's note on Office 365 suggests) and "You are not allowed to connect" as blocked
   *   (badReputation by MXroute's reading of it as IP reputation), "553 User defined policy matched
   *   for [ip address]" as policyViolation (blocked by the page's gloss of an IP on a blacklist),
   *   postfix-users' "554 Format restriction violation. Email Session ID: {...}" as policyViolation
   *   (contentError if read as a malformed message), Exchange's "451 4.4.0 DNS query failed. The
   *   error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain" as hostUnknown (networkError
   *   as a DNS query failing; the page's cause was the sending server's own DNS settings), IONOS's
   *   "550 Requested action not taken: mailbox unavailable" from kundenserver.de as userUnknown
   *   (the set's bare "mailbox unavailable" is undefined; the page files it under unknown
   *   addresses), the vander.host Postfix log's "Helo command rejected: ACCESS DENIED. Evil
   *   marketing companies who never asked permission to email here" as blocked (policyViolation as
   *   a local rule on a class of senders), "554 Spam violation, the content of your e-mail contains
   *   illegal characters" as spamDetected (contentError by "illegal characters"), "554 5.7.5
   *   Permanent error evaluating DMARC policy" as authFailure (systemError if read as the
   *   receiver's own failure to evaluate), Apple's bare "554 5.7.0 Blocked" as blocked
   *   (badReputation by the page's gloss), and Gmail's IPv6 "does not meet IPv6 sending guidelines
   *   regarding PTR records and authentication" as requirePTR (authFailure by "authentication"), as
   *   the set has it
   * - batch 35: a SAMPLE of replies quoted in issue and pull-request threads found by the enhanced
   *   status codes themselves (the subjects and details of RFC 3463 and its successors, alone or with
   *   one word) and by the words of a refusal (rejected, refused, denied, deferred, bounced,
   *   undeliverable, blocked) with a code (the search tool's issues corpus only; no web pages, no
   *   provider's, host's or vendor's own page on its own replies, no other project's collection or
   *   fixtures), collected and labelled blind in one session that changed no rule and never ran the
   *   classifier on any of them: labelled before any measurement, not measured here, first to be
   *   measured by the lead. 15 replies from 80 queries, none chosen for hard replies, each different
   *   from every query an earlier batch lists, written down in groups, each group before any of it was
   *   run, and run in the order written: the first 52 ((1) "5.0.0 undeliverable", (2) "4.0.0
   *   deferred", (3) "5.1.0 rejected", (4) "4.1.0 deferred", (5) "5.1.3 bad destination mailbox
   *   address syntax", (6) "5.1.4 ambiguous", (7) "5.1.5 destination mailbox address valid", (8)
   *   "5.1.7 bad sender mailbox syntax", (9) "5.1.8 bounced", (10) "4.1.8 rejected", (11) "5.2.0
   *   refused", (12) "4.2.1 mailbox disabled deferred", (13) "5.2.4 mailing list expansion", (14)
   *   "4.2.2 deferred", (15) "5.3.0 refused", (16) "5.3.1 mail system full", (17) "4.3.1 deferred",
   *   (18) "5.3.2 not accepting messages", (19) "5.3.5 system incorrectly configured", (20) "5.4.0
   *   undeliverable", (21) "4.4.3 deferred", (22) "5.4.3 directory server failure", (23) "5.4.6
   *   routing loop", (24) "4.4.6 loop", (25) "4.4.5 system congestion", (26) "5.4.7 delivery time
   *   expired", (27) "4.4.7 bounced", (28) "5.5.0 rejected", (29) "5.5.3 too many recipients", (30)
   *   "5.5.4 invalid command arguments", (31) "5.5.5 wrong protocol version", (32) "5.6.0 rejected",
   *   (33) "5.6.1 media not supported", (34) "5.6.3 conversion", (35) "5.6.7 bounced", (36) "5.7.2
   *   mailing list expansion prohibited", (37) "5.7.3 security conversion", (38) "5.7.4 security
   *   features not supported", (39) "5.7.10 encryption", (40) "5.7.11 encryption required", (41)
   *   "5.7.13 user account disabled", (42) "5.7.14 trust relationship", (43) "5.7.27 sender address
   *   has null mx", (44) "5.7.30 requiretls", (45) "4.7.5 cryptographic failure", (46) "4.7.27
   *   refused", (47) "blocked 5.7.0 smtp", (48) "refused 4.7.1 smtp", (49) "denied 5.7.3", (50)
   *   "undeliverable 5.3.2", (51) "bounced 5.4.4", (52) "deferred 4.4.2"); as those gave 13, a second
   *   group of 20 ((53) "rejected 550 5.7.0", (54) "refused 554 5.7.1", (55) "denied 550 5.7.1", (56)
   *   "deferred 451 4.3.0", (57) "bounced 550 5.1.1", (58) "undeliverable 550 5.1.1", (59) "blocked
   *   554 5.7.1", (60) "rejected 451 4.7.1", (61) "refused 421 4.7.0", (62) "denied 553 5.7.1", (63)
   *   "deferred 450 4.2.0", (64) "bounced 552 5.2.2", (65) "undeliverable 554 5.4.4", (66) "blocked
   *   550 5.7.606", (67) "rejected 530 5.7.0", (68) "refused 535 5.7.8", (69) "denied 554 5.7.9", (70)
   *   "deferred 421 4.4.2", (71) "bounced 550 5.7.26", (72) "undeliverable 550 5.4.1"); as those gave
   *   2, a third of 24, of which (73) to (80) ran ((73) "5.2.1 suspended", (74) "5.2.3 exceeded", (75)
   *   "4.3.2 shutdown", (76) "4.4.1 timeout", (77) "5.1.2 domain", (78) "5.7.28 flood", (79) "4.7.26
   *   unauthenticated", (80) "5.7.9 weak"), and a fourth of 20; the search tool's budget for the
   *   session ran out at (81), so (81) "5.7.57 anonymous", (82) "5.7.60 SendAs", (83) "5.7.64 tenant",
   *   (84) "5.7.750 unregistered", (85) "5.7.705 tenant", (86) "4.4.316 expired", (87) "5.4.14 hop",
   *   (88) "5.6.211 invalid", (89) "5.2.121 restricted", (90) "5.7.520 quarantine", (91) "4.7.321
   *   starttls", (92) "5.4.300 expired", (93) "5.7.700 suspended", (94) "4.4.4 unrouteable", (95)
   *   "5.7.12 sender", (96) "5.1.90 sending", (97) "rejected 550 5.7.1 wordpress smtp", (98) "refused
   *   554 5.7.1 nextcloud mail", (99) "denied 550 5.7.1 gitlab email", (100) "deferred 450 4.7.1
   *   discourse mail", (101) "bounced 550 5.1.1 mastodon email", (102) "undeliverable 550 5.4.1
   *   exchange online", (103) "blocked 550 5.7.1 keycloak smtp", (104) "rejected 553 5.7.1 grafana
   *   smtp", (105) "refused 530 5.7.0 jenkins email", (106) "denied 535 5.7.3 odoo mail", (107)
   *   "deferred 421 4.7.0 mailcow", (108) "bounced 552 5.3.4 django email", (109) "rejected 554 5.7.1
   *   sentry smtp", (110) "refused 550 5.7.1 home assistant smtp", (111) "denied 550 5.4.1 php
   *   mailer", (112) "blocked 554 5.7.0 nodemailer", (113) "rejected 501 5.5.4 go smtp", (114)
   *   "deferred 451 4.7.0 rails actionmailer", (115) "bounced 550 5.7.1 laravel mail", (116)
   *   "undeliverable 554 5.7.1 outlook relay" were written down and never run. Bare enhanced codes
   *   with a word from their RFC 3463 title mostly matched threads about other things (release
   *   numbers, "deferred" promises, "rejected" statuses, routing loops, floods); the refusal words
   *   with a basic and enhanced code mostly matched threads earlier batches had already sampled. From
   *   each query's results, in rank order, every SMTP failure reply quoted there, at most 5 taken a
   *   query, as the thread shows it (a client library's wrapper such as Ruby's "Net::SMTPSyntaxError -
   *   ", PHP's "SMTP server response: ", monit's "Mail: Mailserver response error -- ", dart mailer's
   *   "After sending MAIL FROM:... Response from server: < ", RainLoop's MailSo exception name,
   *   Sentry's worker log and Python's recipient dict, Stalwart's "Unexpected response for RCPT
   *   TO:...: Code: ..., Enhanced code: ..., Message: ...", a Postfix "host ... said:" with "(in reply
   *   to MAIL FROM command)", an Exim log line's prefix and "H=... Connection refused", idlemail's
   *   "permanent error (554): " kept; the file path after RainLoop's PHP exception left out;
   *   placeholders as the thread printed them: "[.9.204]", "myhost", "<team@acme.test>"), skipping
   *   only (a) a reply whose text with addresses, IPs, host names, ids and numbers masked (reply and
   *   enhanced codes kept; case, curly quotes and a final full stop ignored) is identical to one
   *   already here, in core's documented-replies test or earlier in the batch, counted per appearance
   *   in the results as read, counting as identical, as batches 24, 28 and 34 did, the same reply from
   *   the same page already here with or without a wrapper (msmtp's Postfix "Diagnostic-Code:
   *   X-Postfix;" line, Jakarta Mail's "javax.mail.SendFailedException: ... nested exception is:", a
   *   transcript's "S: ", a Postfix log line's prefix) and the same bounce posted again in a thread;
   *   (b) text that is no server's or MTA's failure reply (RFC 3463 and IANA registry text quoted in
   *   threads, a server project's own reply templates and proposals such as subethasmtp's "553
   *   <emailAddress> Invalid email address." and "501 5.1.7 Bad sender address syntax", go-smtp's "552
   *   5.5.3 Maximum limit of %v recipients reached" and "452 4.5.3 Too many recipients", OpenDMARC's
   *   new "550 5.7.1 RFC5322 requirement error: not exactly one Date field", providers' pages quoted
   *   in threads, an issue title naming a code ("handle 554 5.1.1.", "250 recipient <...> denied",
   *   "Sender address rejected: not logged in (Diagnostic-Code: smtp; 553 5.7.1)"), a phrase a user
   *   says an error contains ("too many recipients"), pflogsumm's reject summary, Thunderbird's
   *   "Sender refused" notice, a Microsoft documentation feedback issue's NDR table); (c) a quote that
   *   could not be read exactly (Haraka's "550 5.7.1 [...] likely unsolicited mail [...]", a code
   *   alone such as "401 4.1.3" or "554 DT:SPM"). Replies a query took (skipped under (a)): 0 (2), 0
   *   (0), 0 (0), 0 (0), 4 (4), 0 (0), 4 (0), 3 (9), 0 (0), 0 (0), 0 (0), 0 (0), 1 (0), 0 (0), 0 (0),
   *   0 (0), 0 (0), 0 (0), 0 (0), 0 (1), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0 (1), 0 (0), 0 (1), 0
   *   (1), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0 (3), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0),
   *   0 (0), 0 (0), 0 (0), 0 (0), 0 (1), 1 (3), 0 (0), 0 (0), 0 (0), 0 (0), 0 (10), 0 (2), 0 (3), 0
   *   (1), 0 (0), 0 (1), 0 (5), 2 (4), 0 (0), 0 (2), 0 (0), 0 (0), 0 (2), 0 (6), 0 (7), 0 (1), 0 (6),
   *   0 (0), 0 (0), 0 (1), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0): 15 replies, 77
   *   skipped as identical (most of them the email-deep-validator, mailcow, Magento SMTP Pro,
   *   iRedMail, hMailServer, MailKit, Excision Mail, node-smtp-protocol, CPP-SMTPClient, therms,
   *   inboxkitten, smallcontactform, postal, mailsherpa, ZoneMTA and Microsoft documentation feedback
   *   threads earlier batches sampled, which the corpus returns for almost every refusal query), about
   *   40 texts skipped under (b) and 4 quotes under (c). Passed over as the brief requires: providers'
   *   own documentation and its sources (the MicrosoftDocs pull requests editing Exchange Online's NDR
   *   and delist pages, quoted Gmail and Microsoft help pages), other projects' collections and
   *   fixtures (the SMTP Field Manual's pull requests #22, #60, #64, #67, #71, #88 and #99, Sisimai's
   *   Perl, Ruby and Go issues and pull requests gathering samples for set-of-emails, set-of-emails'
   *   issue #4). `command` is set only where the quote or its log names the stage ("in reply to MAIL
   *   FROM command", "After sending MAIL FROM", "Unexpected response for RCPT TO", Exim's "rejected
   *   after DATA"). Each labelled from its words, the documented boundaries and, where this list
   *   already holds the same wording, as it is labelled here: X.1.3 "Bad recipient address syntax" and
   *   "Invalid address" userUnknown, X.1.7 "Bad sender address syntax" senderRejected, a bare "501 Bad
   *   address syntax" syntaxError, Gmail's "not a valid RFC 5321 address" userUnknown, a spam filter's
   *   "Spam message rejected" spamDetected. Arguable on the boundaries: ZoneMTA's (smtp-server's)
   *   code-less "501 Error: Bad recipient address syntax" as userUnknown and "501 Error: Bad sender
   *   address syntax" as senderRejected (syntaxError both, by the 501 and the threads' cause,
   *   addresses sent without angle brackets), smtp2http's "501 MAIL command contained invalid address
   *   (in reply to MAIL FROM command)" as senderRejected (syntaxError by the 501), the dart mailer
   *   thread's "550 5.1.0 ... invalid domain" after MAIL FROM as senderRejected (hostUnknown if read
   *   as the domain's own failure; the thread's cause a tab in the display name), monit's "501 5.1.3
   *   Invalid address" from Exchange as userUnknown (senderRejected if it answered the sender, which
   *   the thread does not say), Exim's "rejected after DATA: header syntax (no local part: failing
   *   address in "Sender:" header ...)" and the client's "550 header syntax" as contentError (a
   *   malformed header; policyViolation if read as a local ACL), Sentry's "(501, 'Bad address
   *   syntax')" for a recipient as syntaxError (userUnknown as the recipient refused), Stalwart's
   *   "Enhanced code: 5.5.0, Message: Mailbox not found." as userUnknown (protocolError by the X.5.0
   *   code), and China Mobile's 139 Mail "Mailrejected, please try again" (a 450, by the thread's
   *   title) as greylisted (a temporary refusal naming no cause; rateLimited if read as throttling,
   *   undefined on the words)
   * - batch 36: a SAMPLE of replies quoted on public web pages in languages batch 30 did not use
   *   (Hungarian, Romanian, Greek, Vietnamese, Thai, Indonesian, Malay, Hebrew, Arabic, Ukrainian,
   *   Finnish, Danish, Norwegian, Swedish, Slovak, Slovenian, Croatian, Serbian, Bulgarian,
   *   Lithuanian, Latvian, Estonian, Persian, Hindi, Catalan and Basque queries, with the local
   *   words for bounce, rejected and undeliverable and a reply code; the search tool's web-page
   *   corpus only, no issue threads, no provider's, host's or vendor's own page on its own replies,
   *   no other project's collection or fixtures), collected and labelled blind in one session that
   *   changed no rule and never ran the classifier on any of them: labelled before any measurement,
   *   not measured here, first to be measured by the lead. 33 replies from 45 queries, none chosen
   *   for hard replies, all 50 written down before the first was run, each different from every
   *   query an earlier batch lists, run in the order written: (1) "levél visszapattant 550 5.1.1
   *   hiba", (2) "kézbesíthetetlen e-mail 554 5.7.1 elutasítva", (3) "email respins 550 5.7.1
   *   eroare server", (4) "mesaj nelivrat 554 eroare mail", (5) "μήνυμα δεν παραδόθηκε 550 σφάλμα
   *   email", (6) "email απορρίφθηκε 554 5.7.1", (7) "lỗi gửi mail 550 5.7.1 bị từ chối", (8)
   *   "email bị trả về 554 lỗi máy chủ", (9) "อีเมลตีกลับ 550 ข้อผิดพลาด", (10) "ส่งอีเมลไม่ได้ 554
   *   5.7.1", (11) "email ditolak 550 5.7.1 server", (12) "email gagal terkirim 554 bounce", (13)
   *   "emel ditolak 550 ralat pelayan", (14) "מייל חזר 550 שגיאה", (15) "הודעה נדחתה 554 5.7.1 שרת
   *   דואר", (16) "رسالة مرتدة 550 خطأ البريد", (17) "رفض البريد الإلكتروني 554 5.7.1", (18) "лист
   *   не доставлено 550 помилка пошта", (19) "повідомлення відхилено 554 5.7.1 сервер", (20)
   *   "sähköposti palautui 550 virhe", (21) "viesti ei toimitettu 554 5.7.1", (22) "mail kom retur
   *   550 5.1.1 fejl", (23) "e-post returnert 554 avvist", (24) "mejlet studsade 550 5.7.1", (25)
   *   "e-mail sa vrátil 550 chyba nedoručiteľný", (26) "e-pošta zavrnjena 550 napaka", (27) "mail
   *   odbijen 550 5.7.1 greška", (28) "poruka nije isporučena 554 greška server", (29) "писмо
   *   върнато 550 грешка поща", (30) "laiškas atmestas 550 klaida", (31) "e-pasts netika piegādāts
   *   550 kļūda", (32) "e-kiri tagastati 550 viga", (33) "ایمیل برگشت خورد 550 خطا", (34) "ईमेल
   *   बाउंस 550 त्रुटि", (35) "correu rebutjat 550 5.7.1 error", (36) "posta elektronikoa itzuli
   *   550 errorea", (37) "hiba 421 4.7.0 levelezőszerver ideiglenesen", (38) "eroare 421 server
   *   mail temporar respins", (39) "lỗi 535 5.7.8 xác thực smtp", (40) "gagal kirim email 553
   *   sender address rejected", (41) "помилка 451 4.7.1 сірий список", (42) "virhe 552
   *   postilaatikko täynnä", (43) "fejl 452 4.2.2 postkasse fuld", (44) "chyba 552 5.2.2 schránka
   *   plná", (45) "greška 553 5.7.1 relay"; the search tool's budget for the session ran out at
   *   query 46, so (46) to (48) were refused and the last two written were not run: (46) "خطای 554
   *   رد شد ایمیل سرور", (47) "hiba 553 5.7.1 relaying denied levél", (48) "greška 550 5.1.1
   *   korisnik ne postoji", (49) "pošta odbijena 554 spam", (50) "ελληνικό φόρουμ postfix 550
   *   relay". The corpus answers these words mostly with the same few pages whatever the language
   *   (Interia's, Forpsi's and GoDaddy's help, Microsoft's translated NDR pages, sitepackage.de's,
   *   riudoms', mydreams', backlink.name's and the 554-variation lists earlier batches sampled),
   *   and few of its pages in these languages quote a reply at all, hence the small count. From
   *   each query's results, in rank order, every SMTP failure reply quoted there, at most 5 taken a
   *   query (query 12 reached it), as the page shows it (a wrapper such as Postfix's "host ...
   *   said:" and "(in reply to RCPT TO command)", Exim's "SMTP error from remote mail server after
   *   RCPT TO:", qmail's "Remote host said:", a Vietnamese host's "Remote server replied:",
   *   Exchange's "#5.1.1 SMTP;", an MDaemon log's "[434849] <--" prefix kept; a mailing-list post's
   *   "> " quote marks taken as the line breaks they stand for, its wrapped lines kept as the
   *   archive printed them; placeholders and stripped parts as the page printed them: "[email
   *   protected]", "<>", "host[]", "xxxxxx@online.no", "[198.51.100.42]"; a page's typos kept:
   *   "rejecte", "filltering", "Ou system"), skipping only (a) a reply whose text with addresses,
   *   IPs, host names, ids and numbers masked (reply and enhanced codes kept, a continuation hyphen
   *   after the reply code read as a space; case, curly quotes, a dash's and an ellipsis's
   *   typography, quote marks around the text and a final full stop ignored) is identical to one
   *   already here, in core's documented-replies test or earlier in the batch, counted per
   *   appearance in the results as read, counting as identical, as batches 24, 28 and 34 did, a
   *   reply whose address a page replaced by a placeholder or left out, the same reply from the
   *   same page with or without a wrapper, and a copy of a page already sampled (tinhocvanphong's
   *   and chilipepperweb's copies of pobox's page); (b) text that is no server's or MTA's failure
   *   reply (code tables and lookups, error-lookup sites' code pages, an MTA's code list with
   *   Chinese glosses, headings and titles naming an error, the phrases a page says an error
   *   "contains", a page's composed "a line like 550 5.7.1 rejected", an ASSP reply template with
   *   its placeholders, client error dialogs, a delay warning); (c) a quote that could not be read
   *   exactly (cut off by the excerpt: Gmail's NoSuchUser in an Exim wrapper, "554 Too many hops",
   *   "554 Spam violation ... examinatio"; two replies run together or joined by "or"; alternatives
   *   written with slashes, "Mailbox is full / Blocks limit exceeded / Inode limit exceeded"; a
   *   composed example whose status code the page put apart from the text with a dash; a reply with
   *   the page's gloss run into it; related-article titles). Replies a query took (skipped under
   *   (a)): 5 (26), 0 (32), 0 (1), 0 (0), 1 (12), 0 (2), 3 (0), 0 (31), 1 (0), 0 (1), 3 (4), 5 (0),
   *   1 (0), 3 (13), 1 (1), 0 (0), 0 (2), 0 (0), 0 (4), 0 (7), 0 (43), 1 (32), 1 (1), 0 (0), 0 (8),
   *   2 (4), 0 (5), 0 (4), 0 (5), 0 (0), 0 (0), 0 (0), 0 (16), 0 (28), 0 (6), 0 (7), 1 (2), 2 (13),
   *   1 (4), 0 (6), 0 (1), 1 (5), 1 (1), 0 (14), 0 (1): 33 replies, about 340 skipped as identical
   *   (sitepackage.de's list, the 554-variation lists of tharong and hostx, riudoms', mydreams',
   *   backlink.name's, Black Pearl Mail's and Ubiquity's lists, which earlier batches sampled, gave
   *   most of them), about 40 texts or pages skipped under (b) and about 17 quotes under (c); the
   *   queries in Arabic, Ukrainian, Swedish, Slovak, Croatian, Bulgarian, Lithuanian, Latvian,
   *   Estonian, Persian, Hindi, Catalan and Basque found no page quoting a reply that was not
   *   already here or a provider's own. Passed over as the brief requires: providers', hosts' and
   *   vendors' own pages on their own replies and copies of them (Interia, Forpsi's aspone and
   *   grhosting wikis and konto.pl, bytecamp, comservice-ffo, onesystems, onet, slovaknet,
   *   crossnet, unaone, mittwald, NTNU, ism.lt, inbox.lv, Seznam's help, Zing Mail, Hải Nhân's own
   *   server texts, Coremail's support, emailhost.com.cn, eomatica, Spambrella, PSCS's wiki,
   *   eddylangley, Libero's and Virgilio's help, IONOS's pages in English, Spanish and on
   *   1and1.co.uk, GoDaddy's pages in Greek, Vietnamese, Thai, Swedish and Indonesian and the
   *   hostingdude reseller's copy, Google's Gmail pages in Slovak, Arabic and Swedish and
   *   newsletterstudio's Italian-glossed copy of Gmail's error page, Microsoft's NDR and Outlook
   *   pages in Hungarian, Vietnamese, Thai, Hebrew, Finnish, Danish, Slovak, Serbian, Croatian,
   *   Estonian, Czech, Polish and Ukrainian, econs.net's and bazoat.bar's copies of Microsoft's
   *   Outlook relay article) and other projects' collections (smtp.codes, four times; the SMTP
   *   Field Manual through a proxy and oshibkis.ru's copy of it). `command` is set only where the
   *   quote or its log names the stage ("in reply to RCPT TO command", Exim's "after RCPT TO", an
   *   MDaemon log's RCPT and its reply after "Transfer Complete" as DATA). Each labelled from its
   *   words, the documented boundaries and, where this list already holds the same wording, as it
   *   is labelled here (Gmail's "very low reputation of the sending IP" and "unusual rate of
   *   unsolicited mail" badReputation, Gmail's "not authorized to send email directly to our
   *   servers" blocked, Gmail's "Try again later, closing connection" rateLimited, "Service
   *   temporarily unavailable" systemError as the set's 421 4.3.2, Postfix's "authentication
   *   failed" authRequired, Yahoo's "This mailbox is disabled (554.30)" mailboxDisabled). Arguable
   *   on the boundaries: CompuServe's "554 Refused. Your reverse DNS entry contains your IP address
   *   and a country code." as requirePTR (blocked if read as a refusal of dynamic-looking hosts),
   *   "550 5.7.1 Requested action not taken: message refused" as undefined (policyViolation by
   *   X.7.1), "550 Recipient verification problem" as userUnknown (systemError if read as a
   *   verification that could not be done), "550 Requested action was not taken because this server
   *   doesn't handle mail for that user" as userUnknown (relayDenied if read as a server not
   *   responsible for that domain), smtpku's "421 4.7.1 IP reputation too low, greylisting in
   *   effect" as badReputation (greylisted by its last words) and "450 4.2.1 Mailbox full" as
   *   mailboxFull (mailboxDisabled by X.2.1), "421 4.4.2 Connection dropped due to inactivity" as
   *   networkError (a session closed for idling, by the boundary), "421 Service temporarily
   *   unavailable" as systemError (greylisted as a temporary refusal naming no cause), Gmail's "421
   *   4.7.0 Try again later, closing connection" as rateLimited (greylisted on the words alone),
   *   Gmail's "552 5.7.0 review our attachment guidelines" as policyViolation (virusDetected if the
   *   attachment is read as malware), and qmail's "552 sorry, that message size exceeds my
   *   databytes limit" as messageTooBig (mailboxFull by winkelb's gloss)
   * - batch 37: a SAMPLE from public issue and pull-request threads only (the search tool's issue
   *   corpus; no web pages, no provider's, host's or vendor's own documentation, no other project's
   *   collection or fixtures), collected and labelled blind in one session that changed no rule and
   *   never ran the classifier on any of them: labelled before any measurement, not measured here,
   *   first to be measured by the lead. Its axis is anti-spam and filtering software and the cloud
   *   platforms that send or relay mail, in the threads where their users quote the replies they got:
   *   Rspamd and rmilter, SpamAssassin and its milters, Proxmox Mail Gateway, MailScanner, amavis,
   *   ClamAV milters, OpenDKIM, OpenDMARC, policyd and policyd-weight, postscreen; AWS (SES, EC2,
   *   Lambda), Azure (Functions, Communication Services, VMs), Google Cloud (Compute Engine, App
   *   Engine), Heroku, Vercel, Supabase, Firebase, Cloudflare, DigitalOcean, Hetzner, OVH and
   *   Scaleway. 49 replies from 44 queries, none chosen for hard replies, each different from every
   *   query an earlier batch lists, all 50 written down before the first was run and run in the order
   *   written until the session's search budget ran out after the 44th: (1) "rspamd 451 4.7.1
   *   ratelimit exceeded", (2) "rspamd greylisting 451 try again later", (3) "rspamd 550 5.7.1 dmarc
   *   reject policy", (4) "rspamd soft reject 450 4.7.1", (5) "spamassassin spamd 550 5.7.1 blocked by
   *   spamassassin", (6) "spamass-milter 550 5.7.1 reject", (7) "proxmox mail gateway 554 5.7.1
   *   rejected", (8) "proxmox mail gateway 550 recipient verification failed", (9) "proxmox mail
   *   gateway 451 4.7.1 greylist", (10) "mailscanner 550 rejected", (11) "amavis 451 4.5.0 temporary
   *   failure", (12) "amavisd-new 554 5.7.0 reject virus", (13) "clamav-milter 550 5.7.1 virus
   *   detected", (14) "clamsmtp 554 virus", (15) "opendkim milter 451 4.7.1 service unavailable", (16)
   *   "opendmarc 550 5.7.1 rejected dmarc policy violation postfix", (17) "policyd-weight 550 5.7.1
   *   rejected", (18) "postfix policyd 450 4.7.1 rate limit", (19) "postscreen 550 5.7.1 service
   *   unavailable client blocked", (20) "postscreen 450 4.3.2 service currently unavailable", (21)
   *   "postscreen 521 5.5.1 protocol error", (22) "aws lambda nodemailer 554 email address is not
   *   verified", (23) "aws ses smtp 535 authentication credentials invalid", (24) "amazon ses 454
   *   throttling maximum sending rate exceeded", (25) "aws ec2 port 25 smtp connection timed out", (26)
   *   "azure function smtp 535 5.7.3 authentication unsuccessful", (27) "azure communication services
   *   email 550 5.7.1", (28) "azure vm outbound smtp 25 blocked", (29) "google cloud compute engine
   *   smtp port 25 blocked", (30) "gcp app engine mail 550 5.7.1", (31) "heroku app smtp 550 5.7.1
   *   relay", (32) "heroku sendgrid 550 unauthenticated senders not allowed", (33) "vercel serverless
   *   nodemailer 535 error", (34) "supabase auth smtp 535 5.7.8", (35) "supabase custom smtp 550
   *   5.7.1", (36) "firebase trigger email extension 550", (37) "firebase functions nodemailer
   *   534-5.7.14", (38) "cloudflare email routing 550 5.7.26 unauthenticated", (39) "cloudflare
   *   workers email 553", (40) "digitalocean droplet smtp 421 4.7.0", (41) "digitalocean 550 5.7.1
   *   spamhaus pbl", (42) "hetzner server mail 554 5.7.1 blocked", (43) "hetzner 550 5.7.1 microsoft
   *   banned ip", (44) "ovh vps postfix 550 5.7.1"; written down but not run (the budget was used
   *   up): (45) "ovhcloud smtp 550 5.7.1 spam", (46) "scaleway instance smtp blocked 554", (47)
   *   "scaleway transactional email 550", (48) "aws amplify cognito email 554 message rejected", (49)
   *   "google cloud run smtp 535-5.7.8", (50) "azure app service smtp 5.7.57 client not
   *   authenticated". From each query's results, in rank order, every SMTP failure reply quoted
   *   there, at most 5 taken a query, as the thread shows it (a wrapper kept: Postfix's NOQUEUE,
   *   milter-reject, connect and status= log lines with their prefixes, docker-compose's "smtp_1 |"
   *   and "mail |", "host ... said:" and "(in reply to ... command)", a DSN's "Diagnostic-Code:" and a
   *   sendmail DSN's "(reason: Deferred: ...)", Exim's bounce from "host" on with its "SMTP error from
   *   remote mail server after pipelined end of data:", fetchmail's "SMTP error:", an amavis log's
   *   "SMTP:", Thunderbird's "The mail server responded:", swaks's "<**", a script's "RECV:", Gmail's
   *   "recv gmail.com>" transcript lines, nodemailer's "Error: Message failed:", "Error: Mail command
   *   failed:" and "Error: Invalid login:", Swift Mailer's and Symfony's "Expected response code ...
   *   with message", Fleet's "client auth error:", Swift-SMTP's "Bad response received for command",
   *   MailKit's "535:", Python's SMTPSenderRefused tuple, Mailu's and mailcow's "SMTP Error: [554]"
   *   and "SMTP error: [451]", Dolibarr's "Ran into problems sending Mail. Response:", ZoneMTA's
   *   CONNFAIL log, a bounce table's reply cell; line breaks where the post broke a line, also inside
   *   a word ("mailman-b\nounces", "serve\nr"), and the indentation of continuation lines left out;
   *   placeholders as posted: "xxxxx", "<redacted>", "[IP]", "[X]", "[companyIPAddress]", "<email
   *   address>", "172.69.x.x", and a poster's own notes inside a reply such as "(this is the PMG)"),
   *   skipping only (a) a reply whose text with addresses, IPs, host names, ids and numbers masked
   *   (reply and enhanced codes kept; case, curly quotes and a final full stop ignored) is identical
   *   to one already here, in core's documented-replies test or earlier in the batch, or the same
   *   reply from the same thread already here with or without a wrapper (a docker-compose prefix, a
   *   Diagnostic-Code line, a client's "Response:"), counted per appearance in the results as read;
   *   (b) text that is no server's or MTA's failure reply (the Sober worm's fake bounces in Perl's
   *   RT threads, Rspamd's, amavis's, clamd's and MailScanner's own logs, Postfix's warnings about a
   *   milter it could not reach, configuration lines, 250 replies, Amazon SES's and Supabase's HTTP
   *   API errors ("MessageRejected: Email address is not verified", "Throttling: Maximum sending rate
   *   exceeded"), nodemailer's "Greeting never received", Ruby's Errno::ECONNREFUSED); (c) a quote
   *   that could not be read exactly (only in a title, cut off by the excerpt, elided with "..." or
   *   "[...]", retold in a sentence, a phrase without its code). Passed over as the brief requires:
   *   providers' own documentation (SendGrid's docs repository's issues, Supabase's docs pull
   *   request, OVHcloud's docs pull request with its code table, Cloudflare's docs pull requests,
   *   MicrosoftDocs issues, Amazon's blog on SES throttling quoted in a listmonk issue) and other
   *   projects' collections (the SMTP Field Manual's Orange pull request, returned twice). Replies a
   *   query took (skipped under (a)): 1 (1), 1 (2), 0 (4), 0 (2), 0 (1), 1 (3), 1 (2), 1 (4), 0 (3),
   *   0 (2), 0 (0), 1 (0), 2 (1), 1 (1), 1 (0), 0 (0), 1 (5), 1 (0), 3 (2), 1 (2), 2 (4), 2 (0), 4
   *   (3), 0 (2), 5 (5), 3 (2), 0 (0), 0 (0), 2 (0), 1 (2), 0 (8), 3 (2), 1 (1), 0 (0), 1 (2), 0 (0),
   *   2 (0), 1 (3), 0 (0), 0 (0), 3 (2), 0 (1), 0 (2), 3 (0): 49 replies, 74 skipped as identical,
   *   about 33 texts skipped under (b) and about 22 quotes under (c) (the cloud platforms' threads
   *   are mostly about blocked ports and SDK errors, not SMTP replies; the queries naming amavis's
   *   451, OpenDMARC, Azure Communication Services and VMs, App Engine, Supabase's 535, Firebase's
   *   extension, Cloudflare Workers, DigitalOcean's 421 and Hetzner found no reply that was not
   *   already here). `command` is set only where the quote, its transcript or its log names the stage
   *   (a log's "RCPT from", "END-OF-MESSAGE" as DATA, "in reply to RCPT TO command", "in reply to MAIL
   *   FROM command", "after pipelined end of data", a transcript's EHLO and RCPT TO, Swift Mailer's
   *   and Symfony's expected 235 after AUTH, "client auth error", nodemailer's "Invalid login" and
   *   "Mail command failed", Python's SMTPSenderRefused). Each labelled from its words, the documented
   *   boundaries and, where the set already holds the same wording, as it is labelled here (Postfix's
   *   milter "4.7.1 Service unavailable - try again later" systemError, Rspamd's "4.7.1 Try again
   *   later" greylisted, a DNSBL listing with "Error: open resolver" blocked, Mimecast's Anti-Spoofing
   *   policy policyViolation, Amazon SES's "Email address is not verified" senderRejected, SendGrid's
   *   "Unauthenticated senders not allowed" authRequired, "Invalid login: 535 5.7.3 Authentication
   *   unsuccessful" and Gmail's "log in via your web browser" authRequired, "501 5.5.4 Invalid domain
   *   name" syntaxError). Arguable on the boundaries: Rspamd's empty "4.7.1  ;" on a greylisted
   *   message's next attempt as greylisted (undefined on the words, which say nothing), NethServer's
   *   Rspamd "451 4.7.1 Cannot validate the message now. Try again later" as systemError (greylisted
   *   if read as a temporary refusal naming no cause; the thread's cause was clamd reloading), Mailu's
   *   "450 4.1.1 ...: Recipient address rejected: unverified address: Address lookup failure" as
   *   systemError (userUnknown by 4.1.1, as the set's "unverified address: unknown user"), postscreen's
   *   "450 4.3.2 Service currently unavailable" as greylisted (postscreen's deferral of a client that
   *   passed its tests, which the thread's maintainer calls greylisting; systemError on the words),
   *   postscreen's "521 5.5.1 Protocol error" after an early EHLO as protocolError (blocked as the
   *   pregreet test refusing the client), policyd-weight's "550 Mail appeared to be SPAM or forged
   *   ... DNSBLs" as spamDetected (blocked by its DNSBL and HELO checks), Amazon SES's "501 Invalid
   *   MAIL FROM address provided" as syntaxError (senderRejected by the stage), Brevo's "502 5.7.0
   *   Your SMTP account is not yet activated" as senderRejected (an account barred from sending;
   *   authRequired if read as the login's account), the "Error: open resolver" replies as blocked, as
   *   the set has them (systemError by Spamhaus's return-code page: the receiver's own resolver),
   *   amavis's log of "500 5.5.2 Error: bad syntax" as syntaxError (protocolError as the thread's
   *   cause, a scanner port spoken to in SMTP), and Dolibarr's "501 5.5.4 Invalid domain name Error"
   *   with the trailing word as posted, syntaxError as the set's
   * - batch 38: a SAMPLE of replies quoted in vendor and hosting community forums and knowledge
   *   bases and in NAS, router and appliance forums (cPanel's and Plesk's forums and knowledge
   *   bases, the Hostinger, Namecheap, GoDaddy, IONOS, Microsoft Tech Community, Google Workspace,
   *   Zoho, Synology, QNAP, TrueNAS, pfSense, OPNsense, Ubiquiti, MikroTik, Home Assistant,
   *   Nextcloud, Proxmox, DirectAdmin, Virtualmin, Vultr, DigitalOcean, Linode, Hetzner and MXroute
   *   communities, and the blogs and vendors' pages that turn up beside them quoting the replies
   *   OTHER receivers gave their users' mail), the search tool's web-page corpus only (no issue
   *   threads, no provider's, host's or vendor's own page on its own replies, no other project's
   *   collection or fixtures), collected and labelled blind in one session that changed no rule and
   *   never ran the classifier on any of them: labelled before any measurement, not measured here,
   *   first to be measured by the lead. 14 replies from 70 queries, none chosen for hard replies,
   *   each different from every query an earlier batch lists, the first 50 all written down before
   *   the first was run and run in the order written: (1) "cpanel forums exim 550 5.7.1 rejected
   *   after DATA", (2) "cpanel forums mail delivery failed 554 5.7.1 spamhaus", (3) "cpanel forums
   *   421 4.7.0 gmail unsolicited", (4) "cpanel forums 550 5.1.1 mailbox does not exist outlook",
   *   (5) "plesk forum postfix 550 5.7.1 service unavailable client host blocked", (6) "plesk forum
   *   554 5.7.1 message rejected dkim", (7) "plesk forum status=deferred 421 4.7.0 try again
   *   later", (8) "plesk forum qmail remote host said 553", (9) "hostinger community email bounced
   *   550 5.7.1", (10) "hostinger email 554 5.7.1 rejected outgoing spam", (11) "namecheap
   *   community private email 554 5.7.1 relay", (12) "namecheap private email bounce 550 5.7.0
   *   sender", (13) "godaddy community 550 5.7.1 outlook ip blocked", (14) "godaddy community
   *   secureserver 554 rejected", (15) "ionos community 550 5.7.1 message rejected", (16) "ionos
   *   kundenserver.de 554 transaction failed reject", (17) "microsoft tech community 550 5.7.1
   *   unable to relay exchange online", (18) "microsoft tech community 451 4.7.500 access denied",
   *   (19) "microsoft tech community 550 5.7.708 service unavailable", (20) "microsoft tech
   *   community 554 5.2.252 SendAsDenied", (21) "microsoft tech community 550 5.4.1 recipient
   *   address rejected access denied", (22) "google workspace community 550 5.7.1 message rejected
   *   gmail", (23) "google workspace community 550 5.4.1 recipient address rejected", (24) "google
   *   workspace community 421 4.7.0 TLS", (25) "zoho community 550 5.1.1 invalid address", (26)
   *   "zoho forum 553 sender is not allowed to relay", (27) "synology community mailplus 550
   *   5.7.1", (28) "synology forum smtp relay 535 authentication failed", (29) "synology mail
   *   server 554 5.7.1 client host rejected", (30) "qnap forum email notification smtp 530 5.7.0",
   *   (31) "qnap forum smtp 550 5.7.1 notification test failed", (32) "truenas forum email alert
   *   550 5.7.60 smtp client not authenticated", (33) "pfsense forum smtp notification 535
   *   5.7.139", (34) "pfsense forum postfix 554 relay access denied", (35) "opnsense forum monit
   *   smtp 550", (36) "opnsense forum postfix relay 451", (37) "ubiquiti community unifi smtp 550
   *   5.7.0", (38) "mikrotik forum e-mail send 535", (39) "mikrotik forum tool e-mail 550 5.7.1
   *   relay", (40) "home assistant community smtp 550 5.7.1 client was not authenticated", (41)
   *   "home assistant forum smtp 534 5.7.9 application-specific password", (42) "nextcloud forum
   *   mail 550 5.7.1 sender address rejected", (43) "nextcloud forum smtp 554 5.7.1 recipient
   *   address rejected", (44) "nextcloud forum 550 5.7.57 client not authenticated to send mail",
   *   (45) "unraid forum smtp 550 5.7.1", (46) "proxmox forum postfix 550 5.7.1 status=bounced",
   *   (47) "proxmox forum 554 5.7.1 relay access denied status=bounced", (48) "directadmin forum
   *   exim 550 rejected", (49) "virtualmin forum postfix 550 5.7.1 host said", (50) "webmin forum
   *   554 5.7.1 rejected by"; as those 50 gave 9 (the corpus holds few of these forums' threads:
   *   for most of the forum names it returns the vendors' manuals, the hosts' own bounce tables and
   *   the error-lookup sites earlier batches met), 20 more, written down before any of them was
   *   run, were run in order: (51) "talk.plesk.com thread mail returned remote server said 550",
   *   (52) "talk.plesk.com postfix status=deferred connection timed out port 25", (53)
   *   "forums.cpanel.net exim SMTP error from remote mail server after RCPT TO", (54)
   *   "forums.cpanel.net mail delivery failed 550 5.7.1 microsoft", (55) "cpanel forums
   *   R=dkim_lookuphost T=dkim_remote_smtp defer", (56) "plesk forum gmail 550-5.7.25 PTR record",
   *   (57) "plesk forum outlook 550 5.7.1 S3150 blocked", (58) "vultr community mail server blocked
   *   554", (59) "digitalocean community postfix status=bounced 550", (60) "linode community email
   *   port 25 blocked 421", (61) "hetzner forum mail bounced 550 spamhaus", (62) "mxroute community
   *   550 rejected", (63) "e.foundation community email bounced 550", (64) "synology forum mail
   *   server status=deferred gmail", (65) "qnap forum mail 421 4.7.0 try again later", (66) "home
   *   assistant community notify smtp 535 5.7.8 bad credentials", (67) "nextcloud help forum 550
   *   5.7.1 relaying denied", (68) "truenas community email 535 5.7.3 authentication unsuccessful
   *   office365", (69) "pfsense netgate forum email notification 530 5.7.57", (70) "ubiquiti
   *   community unifi os email 535 authentication failed". A third group of 15 was written down
   *   ("plesk forum mail bounced host said 554 5.7.1 spam message rejected", "cpanel forums mail
   *   undeliverable 550 5.7.606 access denied banned sending ip", "plesk talk 421 4.7.0 tss04 yahoo
   *   deferred", "microsoft q&a 550 5.7.520 access denied your organization does not allow external
   *   forwarding", "microsoft q&a 550 5.7.509 access denied sending domain does not pass dmarc",
   *   "google workspace admin community 550 5.7.350 remote server returned message detected as
   *   spam", "zoho community 550 5.4.6 unusual sending activity account blocked", "synology forum
   *   mailplus 554 5.7.1 recipient address rejected access denied", "ionos community 554 rejected
   *   ip is listed spamhaus", "hostinger forum 550 5.7.1 reject reason spam", "namecheap community
   *   550 5.7.1 sender id privateemail rejected", "godaddy community 554 5.7.1 message rejected
   *   spam content", "proxmox mail gateway forum 554 5.7.1 rejected by", "truenas forum 554 5.7.0
   *   reject", "home assistant forum smtp 421 4.7.0 try again later closing connection") but the
   *   session's search budget ran out before the first of them was run, so none of them is counted.
   *   From each query's results, in rank order, every SMTP failure reply quoted there, at most 5
   *   taken a query, as the page shows it (Plesk's "PLESK_INFO:", MailEnable's "Message could not
   *   be delivered ... Reason:", a DSN's "Diagnostic-Code: smtp;", "Remote SMTP Server Returned:",
   *   GoDaddy's "Sorry, your message from to could not be delivered. The specific error is:" and
   *   "This is a permanent error ...", a Postfix log line's prefix kept; a knowledge base's wrapped
   *   log line taken with its line breaks and without the indentation of its continuation lines;
   *   placeholders and stripped parts as the page printed them: "203.0.113.2", "X.X.X.X",
   *   "example@example.com", "[email protected]", "connect to[]:10024", "blocked using; Listed", a
   *   Gmail reply whose link the page left out), skipping only (a) a reply whose text with
   *   addresses, IPs, host names, ids and numbers masked (reply and enhanced codes kept; case,
   *   curly quotes, dashes and a final full stop ignored) is identical to one already here, in
   *   core's documented-replies test or earlier in the batch, counted per appearance in the results
   *   as read, counting as identical, as batches 24, 28 and 34 did, a reply whose address or link a
   *   page replaced by a placeholder or left out (Gmail's 421-4.7.28 and 421-4.7.0 rate-limit
   *   replies with the link left out or replaced by its title, Microsoft's SC-001 with "(SOME EMAIL
   *   ADDRESS)", the set's 5.7.139 "SmtpClientAuthentication is disabled for the Tenant." without
   *   its link sentence and server id), the same reply from the same page already here with or
   *   without a wrapper (Plesk's S3140, NotAuthorizedError, Proofpoint and TSS04 lines, which batch
   *   26 took), the same bounce printed again on a copy of a page, and a user's own notation round
   *   a reply in the set ("ERROR(454 4.7.1 Relay access denied)"); (b) text that is no server's or
   *   MTA's failure reply (code tables, error-lookup and "what you see" pages such as errorcanon,
   *   errcodes.dev, tamingdns, coldrelay, simplefastwebsites, senderreputation, bentonow and
   *   allegrow, headings and thread titles naming an error such as "553 relaying disallowed" and
   *   "451 4.7.1 Service unavailable - try again later", phrases a page says a bounce "looks
   *   something like" or "contains", proposed reply texts in a Plesk thread, a "5.7.700-749" range
   *   copied from Microsoft's page, Webmin's help, the local logs of qmail handlers and greylisting
   *   filters); (c) a quote that could not be read exactly (cut off by the excerpt or by the page:
   *   Plesk's "550 mail not accepted from blacklisted IP address [203.0.113.2] (in reply to…" on
   *   one copy of the page, taken from the other, Proofpoint's "554 Blocked - see
   *   https://ipcheck.proofpoint.com/?ip=203.0.113.2 -", a MailEnable "Reason: 550-5.7.1
   *   [2a04:2180:0:2::77] Our system has detected that this message does not", hoststar's "553
   *   5.3.0 Spam blocked see:", "550 5.7.1 Host is on the AHBL - Please see" and "(reason: 550
   *   Blocked - see", a Synology owner's blog's Gmail 5.7.25 cut at "ht" twice, a liquidweb Exim
   *   "435 Unable to authenticate at present (" cut mid-line, and a Plesk page's "connect to ...:
   *   Connection refused" run together with the next log line). Replies a query took (skipped under
   *   (a)): 0 (1), 0 (0), 0 (2), 0 (1), 2 (8), 2 (2), 0 (0), 0 (0), 0 (0), 2 (1), 0 (1), 0 (1), 0
   *   (0), 1 (1), 0 (0), 0 (0), 0 (2), 0 (0), 1 (0), 0 (2), 0 (2), 0 (0), 0 (1), 1 (0), 0 (0), 0
   *   (1), 0 (0), 0 (1), 0 (2), 0 (0), 0 (0), 0 (1), 0 (0), 0 (4), 0 (0), 0 (0), 0 (1), 0 (0), 0
   *   (1), 0 (1), 0 (0), 0 (1), 0 (1), 0 (0), 0 (1), 0 (0), 0 (2), 0 (4), 0 (2), 0 (0), 0 (9), 2
   *   (1), 0 (1), 0 (1), 0 (0), 0 (3), 0 (10), 0 (3), 0 (5), 0 (0), 0 (1), 0 (2), 0 (0), 0 (0), 0
   *   (0), 0 (0), 0 (1), 3 (1), 0 (0), 0 (0): 14 replies, 86 skipped as identical (most of them
   *   Plesk's blacklist article and its copies, which the corpus returns for almost every Plesk
   *   query, the antionline relay thread, which it returns for almost every query, and
   *   ubiquityhosting's list), about 60 texts or pages skipped under (b) and 10 quotes under (c);
   *   the queries naming QNAP, TrueNAS, pfSense, OPNsense, Ubiquiti, MikroTik, Home Assistant,
   *   Nextcloud, unRAID, Proxmox, Virtualmin, Webmin, Zoho, IONOS, Hostinger and Namecheap found no
   *   thread or post quoting a reply that was not already here. Passed over as the brief requires:
   *   providers', hosts', vendors' and institutions' own pages on their own replies and copies of
   *   them (ultrawebhosting's, chillidoghosting's, thiswebhost's and adeska's cPanel max-defers
   *   notices, dshost, paymonthlyhosting, polarismail, emailarray, goldsboronetworks, hostmedia,
   *   awcwebdesign, alaskacommunications, brownrice, hostking, safaricom, onesystems.ch, bytecamp,
   *   strato, forpsi and konto.pl, comservice-ffo's copy of IONOS's table, IONOS's, GoDaddy's,
   *   Namecheap's, Zoho's and ZeptoMail's, Google's support pages and audatemedia's, mastermind's
   *   and mirrorblogs' copies of them, support.microsoft.com, mskb, code911's and
   *   azure.microsofts.workers.dev's copies of Microsoft's NDR pages, Plesk's pages on its own
   *   greylisting, SPF and qmail handlers, kb.parallels.com, Coremail's support, PSCS's wiki,
   *   smtpf's reply lists, MailEnable's, IceWarp's, Merak's and hMailServer's code tables and
   *   nitindupare's copy, Mailtraq, crazydomains, dinsol, ehosted, cloudns, oximail, xmission,
   *   spam.guxhagen.net, MXroute's docs, onepoundemail, Broadcom's article on the Symantec Email
   *   service's own "550-Invalid recipient", IBM's z/OS SMTP messages, the University of Idaho's
   *   page on its own tenant's limits, perfectmail, arista, linode, mediatemple, bazoat.bar's copy
   *   of Microsoft's Outlook relay article, 01hosting's copy of HostGator's page) and other
   *   projects' collections (smtp.codes, smtpfieldmanual.com). `command` is set only where the
   *   quote names the stage ("in reply to MAIL FROM command"). Each labelled from its words, the
   *   documented boundaries and, where this list or core's documented test already holds the same
   *   wording, as it is labelled there (Microsoft's "Client blocked from sending from unregistered
   *   domains" blocked as core's documented 5.7.750, "prohibited virus or spam content"
   *   spamDetected, Gmail's "does not have authentication information or fails to pass
   *   authentication checks" authFailure under 5.7.1, 5.7.26 and 421 4.7.0 alike). Arguable on the
   *   boundaries: MailEnable's "rejected due to poor reputation of a domain used in message
   *   transfer" as badReputation (blocked if read as a domain on a list), aaanetworkx's "Service
   *   unavailable, Client blocked from sending from unregistered domains. 5.7.708." as blocked (the
   *   page's own retelling puts 5.7.708's code after 5.7.750's words; senderRejected if read as the
   *   sender's domain not registered with the tenant), esds' Postfix "status=deferred (delivery
   *   temporarily suspended: connect to[]:10024: Connection refused)" as networkError (a refused
   *   connection, by the boundary; systemError as the sending host's own content filter being down,
   *   which the page says it is), Postfix's "status=deferred (mail transport unavailable)" as
   *   systemError (the sending system's own transport missing), Microsoft's "535 5.7.139
   *   Authentication unsuccessful, user is locked by your organization's security defaults policy."
   *   as authRequired (the login refused; policyViolation if read as the tenant's policy),
   *   GoDaddy's "prohibited virus or spam content" as spamDetected (virusDetected by "virus"; the
   *   blog's cause was a URL on Spamhaus's PBL), and hoststar's "554 5.7.1 Rejected X.X.X.X we do
   *   not accept E-Mail from dynamic IPs" as blocked (a dynamic range, by the boundary)
   *
   * - batch 39: a SAMPLE from public issue and pull-request threads only (the search tool's issue
   *   corpus; no web pages, no provider's, host's or vendor's own documentation, no other project's
   *   collection or fixtures), collected and labelled blind in one session that changed no rule and
   *   never ran the classifier on any of them: labelled before any measurement, not measured here,
   *   first to be measured by the lead. Its axis is the exceptions and error objects that sending
   *   code raises around a server's reply, by their names and shapes in each language: JavaMail's
   *   and Jakarta Mail's SendFailedException, SMTPAddressFailedException, SMTPSendFailedException
   *   and AuthenticationFailedException, Python's smtplib.SMTPRecipientsRefused, SMTPDataError,
   *   SMTPSenderRefused, SMTPAuthenticationError and SMTPResponseException, PHPMailer's "SMTP
   *   Error", Swift Mailer's Swift_TransportException and Symfony Mailer's TransportException,
   *   .NET's SmtpException and SmtpFailedRecipientException, MailKit's SmtpCommandException and
   *   SmtpProtocolException, Go's net/smtp and gomail errors, Rust's lettre errors, Ruby's
   *   Net::SMTPFatalError, Net::SMTPServerBusy and Net::SMTPAuthenticationError, each combined with
   *   a reply code or a symptom word. 61 replies from 32 queries, none chosen for hard replies, each
   *   different from every query an earlier batch lists, all 55 written down before the first was
   *   run and run in the order written until the batch had passed the 60 replies the brief aims at,
   *   after the 32nd: (1) "javax.mail SMTPAddressFailedException 550 5.1.1", (2)
   *   "SendFailedException Invalid Addresses 553", (3) "jakarta.mail SMTPSendFailedException 554
   *   5.7.1", (4) "com.sun.mail.smtp.SMTPSenderFailedException 550", (5) "javax.mail
   *   AuthenticationFailedException 535 5.7.3", (6) "smtplib.SMTPRecipientsRefused 550 5.7.1 relay",
   *   (7) "smtplib.SMTPDataError 550 5.7.0 spam", (8) "smtplib.SMTPSenderRefused 530 5.7.0
   *   authentication required", (9) "smtplib.SMTPAuthenticationError 534 5.7.9", (10)
   *   "smtplib.SMTPServerDisconnected connection unexpectedly closed 421", (11) "smtplib
   *   SMTPResponseException 451 4.7.1", (12) "PHPMailer SMTP Error: The following recipients failed
   *   550", (13) "PHPMailer SMTP Error: data not accepted 554", (14) "PHPMailer SMTP ERROR: MAIL
   *   FROM command failed 553", (15) "PHPMailer SMTP Error: Could not authenticate 535", (16)
   *   "Symfony Mailer TransportException Expected response code 250 but got code 550", (17) "Symfony
   *   TransportException 554 5.7.1 message rejected", (18) "Swift_TransportException Expected
   *   response code 354 but got code 554", (19) "System.Net.Mail.SmtpFailedRecipientException
   *   mailbox unavailable 550", (20) "SmtpException mailbox unavailable server response was 5.7.1",
   *   (21) "SmtpException The SMTP server requires a secure connection 5.7.0", (22) "MailKit
   *   SmtpCommandException mailbox unavailable 5.1.1", (23) "MailKit SmtpCommandException 554 5.7.1
   *   DATA", (24) "MailKit SmtpProtocolException 421", (25) "Go net/smtp error 550 recipient
   *   rejected", (26) "gomail dial and send 554 5.7.0 error", (27) "golang smtp.SendMail 535 5.7.8
   *   username and password not accepted", (28) "lettre smtp permanent error 550", (29) "lettre
   *   transient error 451", (30) "Net::SMTPFatalError 554 5.7.1", (31) "Net::SMTPServerBusy 450
   *   4.2.0", (32) "Net::SMTPAuthenticationError 535 5.7.8"; written down but not run (the batch was
   *   full): (33) "Net::SMTPSyntaxError 501", (34) "Swoosh SMTP error 550 5.7.1", (35) "gen_smtp
   *   permanent_failure 550", (36) "Bamboo SMTPAdapter SMTPError 554", (37) "nodemailer EENVELOPE
   *   550 5.1.1 recipient rejected", (38) "nodemailer EMESSAGE 554 5.7.1", (39) "nodemailer EAUTH
   *   535 5.7.3", (40) "nodemailer responseCode 421 4.7.0", (41) "nodemailer Can't send mail - all
   *   recipients were rejected 550", (42) "emailjs smtp error 550", (43) "Perl Net::SMTP error 550
   *   mail from", (44) "Email::Sender failure 554 5.7.1", (45) "Mail::Sendmail 553 error", (46)
   *   "Apache Commons Email EmailException 550", (47) "Spring MailSendException 554 5.7.1 Failed
   *   messages", (48) "Laravel Symfony Mailer Exception TransportException 550 5.7.1", (49)
   *   "aiosmtplib SMTPRecipientsRefused 550", (50) "Django SMTPDataError 554 5.7.1", (51) "Rust
   *   mail-send error 550", (52) "Java SMTPSendFailedException 452 4.2.2", (53) ".NET SmtpStatusCode
   *   MailboxBusy 450", (54) "MailKit SmtpCommandException SenderNotAccepted 550", (55) "Python
   *   smtplib SMTPNotSupportedError STARTTLS". From each query's results, in rank order, every SMTP
   *   failure reply quoted there, at most 5 taken a query, as the thread shows it, the exception or
   *   error object round it kept as its wrapper (a Java exception's class name and "nested exception
   *   is" text, angus-mail's "'Invalid Addresses' (3x caused by later):", Python's exception tuples
   *   with their b'' literals, "\n" and "\x.." escapes as printed and Django's "SMTPSenderRefused at
   *   /password_reset/" heading, PHPMailer's "SMTP ERROR: DATA END command failed:", "SERVER ->
   *   CLIENT:" and "The following From address failed: ... SMTP code: 530 Additional SMTP info:"
   *   strings, Swift Mailer's "Swift_TransportException in AbstractSmtpTransport.php line 383:" and
   *   "Expected response code ... with message", .NET's "The SMTP server requires a secure
   *   connection or the client was not authenticated. The server response was:" and "Mailbox
   *   unavailable. The server response was:", PowerShell's "Exception calling "Send"", MailKit's
   *   "S:" transcript lines and "AuthenticationException: 421: ... --->", a Go logger's "time=...
   *   level=warning msg=..." line, go-simple-mail's "Mail Error on Auth:", mailsend's "Error: AUTH
   *   LOGIN failed:" and "Error: MAIL FROM failed:", nodemailer's "response:" fields and a JSON
   *   log's "\"response\":", Ruby's "Net::SMTPServerBusy" and "Net::SMTPAuthenticationError
   *   (...\n):" forms, a Heroku log's "app[web.1]:" prefix, RainLoop's "SMTP[DATA]: <" log line,
   *   async-smtp's "permanent:", a Postfix status=deferred log line, Thunderbird's "The server
   *   responded:"); line breaks where the post broke a line, also inside a word ("Learn m\nore at"),
   *   and the indentation of continuation lines left out; placeholders as posted ("xxx", "<username
   *   without mail sufix>", "NAME REDACTED", "PASSWORD", "mymail"), skipping only (a) a reply whose
   *   text with addresses, IPs, host names, ids and numbers masked (reply and enhanced codes kept;
   *   case, curly quotes and a final full stop ignored) is identical to one already here, in core's
   *   documented-replies test or earlier in the batch, or the same reply from the same thread
   *   already here with or without a wrapper (K-9's LPN104_415 line, PHPMailer's "RCPT TO command
   *   failed: 451" and "Username command failed: 535" lines with their timestamps, the Symfony
   *   threads' "envelope sender not allowed" and Swift Mailer's "Command rejected" and "Client host
   *   rejected" with other wrappers, gophish's smtp2go reply), counted per appearance in the results
   *   as read; (b) text that is no server's or MTA's failure reply (smtplib's "Connection
   *   unexpectedly closed", MailKit's "The SMTP server has unexpectedly disconnected" and "Unable to
   *   parse status code", PHPMailer's own "SMTP Error: data not accepted", "Could not authenticate"
   *   and "The following recipients failed", Roundcube's "SMTP Error (535): Authentication failed"
   *   label in French, Swift Mailer's empty-message and 235 and 250 exceptions, an IMAP greeting,
   *   Microsoft Graph's HTTP errors, replies a server's developers describe or propose in an issue,
   *   a code-table pull request); (c) a quote that could not be read exactly (only in a title, cut
   *   off by the excerpt, elided with "....", retold in a sentence or in lower case, a phrase
   *   without its code, two replies run together). Passed over as the brief requires: providers' own
   *   documentation (MicrosoftDocs OfficeDocs-Exchange issues 2499, 2813, 2836 and 3124, OVHcloud's
   *   docs pull request with its code table, SendGrid's docs pull request) and other projects'
   *   collections (the SMTP Field Manual's pull requests 22 and 67, fm/smtp-codes' pull requests
   *   behind smtp.codes, returned four times, and Sisimai's go-sisimai issues 104 and 150 and pull
   *   request 177). Replies a query took (skipped under (a)): 0 (6), 5 (0), 2 (4), 1 (4), 3 (4), 2
   *   (6), 2 (8), 3 (3), 3 (5), 0 (0), 2 (2), 1 (2), 0 (1), 5 (1), 2 (4), 0 (3), 0 (7), 1 (3), 1
   *   (3), 0 (4), 5 (3), 2 (4), 3 (1), 1 (2), 1 (7), 2 (4), 5 (2), 1 (7), 1 (0), 0 (8), 3 (4), 4
   *   (4): 61 replies, 116 skipped as identical (MailKit's GMX thread alone 9 times), about 85 texts
   *   skipped under (b) and about 49 quotes under (c) (the Swift Mailer and Symfony queries found
   *   almost only replies earlier batches had taken, and the smtplib disconnect query only the
   *   library's own text). `command` is set only where the quote, its transcript or its exception
   *   names the stage (Python's SMTPRecipientsRefused as RCPT, SMTPSenderRefused as MAIL,
   *   SMTPDataError as DATA, SMTPAuthenticationError as AUTH, as the set has them; JavaMail's
   *   AuthenticationFailedException and MailKit's AuthenticationException as AUTH; PHPMailer's "DATA
   *   END command failed" and "MAIL FROM command failed", mailsend's "AUTH LOGIN failed" and "MAIL
   *   FROM failed", go-simple-mail's "on Auth", "in reply to RCPT TO command", "<DATA>", a
   *   transcript's RCPT TO, MAIL FROM and DATA, smtplib's starttls() as STARTTLS); JavaMail's
   *   SMTPAddressFailedException, .NET's exceptions and Ruby's Net::SMTP errors get none, as the set
   *   has them. Each labelled from its words, the documented boundaries and, where the set already
   *   holds the same wording, as it is labelled here (Postfix's "Recipient address rejected: Access
   *   denied" policyViolation, "Error: no valid recipients" protocolError, "502 5.5.2 Error: command
   *   not recognized" syntaxError, Gmail's "Please log in with your web browser" and "Authentication
   *   Required" authRequired, Microsoft's "Client does not have permissions to send as this sender"
   *   senderRejected, "Recipient address rejected: Domain not found" hostUnknown). Arguable on the
   *   boundaries: angus-mail's "471 4.7.1 ... The limits for your account are exceeded. Please try
   *   again later." as rateLimited (exceedLimit if read as a limit of the account rather than of
   *   sending over time), its "550 5.4.4 Unable to relay" as relayDenied (hostUnknown or
   *   networkError by 5.4.4, unable to route), its "500 5.0.0 Syntax error, command unrecognized" as
   *   syntaxError (protocolError as an unsupported command), mailsend's Yandex "503 5.5.4 Error:
   *   send AUTH command first." as authRequired (protocolError by 503, a bad sequence),
   *   ActionMailerNext's "unroutable domain: gmail" as hostUnknown (syntaxError as an address
   *   without a full domain, the fix being in the application), RainLoop's "554 5.7.1 ... Recipient
   *   address rejected: Access denied" as policyViolation as the set has it (relayDenied as the
   *   thread's cause, a local Postfix refusing to relay to Gmail), async-smtp's GMX banner
   *   "permanent: gmx.net (mxgmx117) Nemesis ESMTP Service not available" as blocked (a connection
   *   refused without a reason; undefined on the words, which the pull request's longer text shows
   *   to be a blocklisting), the Microsoft Graph relay's own "550 Exception sending email" as
   *   systemError (undefined on the words), Microsoft's "421: 4.3.2 Service not active" at AUTH as
   *   systemError, an Emirates server's "Invalid Sender[515]" under 5.1.0 in PHPMailer's string as
   *   senderRejected (syntaxError if read as a malformed sender), Wallos's "From address is not one
   *   of your addresses" as senderRejected (an account barred from sending as this From;
   *   authRequired if read as the login's identity), and SmtpServer's own "552 message size exceeds
   *   fixed maximium message size" from a pull request's output as messageTooBig, taken as a
   *   server's reply (skipped under (b) if read as a developer's sample)
   *
   * - batch 40: a SAMPLE of replies quoted on public web pages found by queries naming mailbox
   *   providers, ISPs and hosted mail services worldwide (Gmail, Outlook and Hotmail, Yahoo, AOL,
   *   iCloud, GMX, WEB.DE, T-Online, Orange, Free, SFR, La Poste, Libero, Virgilio, Tiscali,
   *   Telenet, Ziggo, KPN, Bluewin, Seznam, WP, Onet, Interia, Mail.ru, Yandex, Rambler, Naver,
   *   Daum, QQ, 163, Sina, Rediffmail, BigPond, Optus, Xtra, Shaw, Rogers, Bell, Cox, Charter,
   *   Comcast, Verizon, AT&T, EarthLink, Zoho, Fastmail, Proton, Tutanota, Mimecast, Proofpoint and
   *   Barracuda), each with a reply code, an enhanced code or a symptom, the search tool's web-page
   *   corpus only (no issue threads, no provider's, host's or vendor's own page on its own replies,
   *   no other project's collection or fixtures), collected and labelled blind in one session that
   *   changed no rule and never ran the classifier on any of them: labelled before any measurement,
   *   not measured here, first to be measured by the lead. 53 replies from 70 queries, none chosen
   *   for hard replies, each different from every query an earlier batch lists, the first 60 all
   *   written down before the first was run and run in the order written: (1) "gmail 550 5.7.1
   *   unsolicited mail bounced forum", (2) "gmail 421 4.7.28 unusual rate of unsolicited mail
   *   deferred", (3) "gmail 550 5.2.1 account disabled bounce", (4) "outlook.com 550 5.7.1 S3150
   *   blocked postfix log", (5) "hotmail 421 RP-001 deferred", (6) "hotmail 550 SC-001 messages
   *   rejected", (7) "yahoo 553 5.7.1 sender address rejected forum", (8) "yahoo 421 4.7.0 TSS04
   *   temporarily deferred forum thread", (9) "aol mail 550 5.1.1 mailbox unavailable bounced",
   *   (10) "icloud 550 5.7.1 CS01 rejected", (11) "gmx 550 5.7.1 spam policy message rejected
   *   forum", (12) "web.de 554 reject due to policy restrictions", (13) "t-online 550 5.7.0
   *   rejected sender postfix", (14) "orange.fr 550 5.7.1 service refuse mailer-daemon", (15)
   *   "free.fr 550 5.7.1 refusé spam", (16) "sfr 554 5.7.1 bounced forum", (17) "laposte.net 421
   *   4.2.1 deferred", (18) "libero.it 421 connection rejected too many", (19) "virgilio.it 550
   *   5.7.1 bounced", (20) "tiscali 554 rejected mail forum", (21) "telenet.be 554 blocked
   *   bounced", (22) "ziggo 550 5.7.1 rejected", (23) "kpn 550 5.7.1 spam blocked bounce", (24)
   *   "bluewin.ch 554 5.7.1 rejected", (25) "seznam.cz 550 5.7.1 rejected spam", (26) "wp.pl 550
   *   5.7.1 rejected spam", (27) "onet.pl 554 5.7.1 bounced", (28) "interia.pl 550 rejected spam",
   *   (29) "mail.ru 550 5.7.1 message was not accepted", (30) "yandex 421 4.7.1 deferred too many",
   *   (31) "rambler.ru 554 5.7.1 rejected", (32) "naver.com 550 5.7.1 rejected bounced", (33)
   *   "daum.net 550 bounced", (34) "qq.com 550 mail content denied", (35) "163.com 451 4.7.1
   *   deferred", (36) "sina.com 554 rejected", (37) "rediffmail 421 deferred", (38) "bigpond 550
   *   5.7.1 blocked", (39) "optus 550 rejected bounced", (40) "xtra.co.nz 554 rejected", (41)
   *   "shaw.ca 550 5.7.1 blocked", (42) "rogers.com 550 5.7.1 blocked", (43) "bell.net 554
   *   blocked", (44) "cox.net 554 5.7.1 ip blocked", (45) "charter.net 550 5.1.1 bounced", (46)
   *   "comcast.net 550 5.1.1 recipient rejected", (47) "verizon 550 5.7.1 blocked", (48) "at&t 421
   *   4.7.0 deferred", (49) "earthlink 550 5.1.1 user unknown", (50) "zoho 550 5.7.1 email rejected
   *   per spam policy", (51) "fastmail 451 4.7.1 deferred", (52) "proton mail 421 4.7.0 deferred",
   *   (53) "tutanota 550 rejected bounced", (54) "mimecast 550 rejected by policy", (55)
   *   "proofpoint 550 5.7.1 rejected", (56) "barracuda 550 5.7.1 blocked", (57) "mimecast 451 4.7.0
   *   deferred greylisting", (58) "gmail 550 5.7.26 unauthenticated dmarc bounce", (59) "outlook
   *   550 5.4.1 access denied forum", (60) "yahoo 554 5.7.9 policy bounce"; as those 60 gave 49
   *   (for the ISPs of Belgium, the Netherlands, Switzerland, Poland, the Czech Republic, Russia,
   *   China, India, Australia, New Zealand and Canada the corpus returns mostly the providers' and
   *   hosts' own help pages, news and code tables, and for many names pages earlier batches took
   *   whole), 10 more, written down before any of them was run, were run in order: (61)
   *   "hotmail.com 550 5.5.0 requested action not taken mailbox unavailable", (62) "outlook.com 451
   *   4.7.500 server busy try again later postfix", (63) "gmail 452 4.2.2 over quota bounce postfix
   *   log", (64) "yahoo 451 message temporarily deferred 4.16.56", (65) "gmx 421 too many
   *   connections freemail", (66) "mail.ru 421 ratelimit try again later 4.7.1", (67) "comcast 421
   *   too many sessions opened", (68) "att.net 421 closing transmission channel bounce", (69)
   *   "icloud mail 550 5.1.1 unknown or illegal alias", (70) "t-online 421 greylisted please try
   *   later". From each query's results, in rank order, every SMTP failure reply quoted there, at
   *   most 5 taken a query, as the page shows it (a wrapper kept: Postfix's "host ... said:",
   *   "refused to talk to me:", "delivery temporarily suspended:" and status= log lines with their
   *   prefixes, Exim's "SMTP error from remote mail server after end of data:", a DSN's
   *   "Diagnostic-Code: SMTP;" and "Action: failed Status:" run together on one line as the page
   *   printed them, "(reason: ...)", "Reason: Remote host said:", "Remote host said:", "SERVER
   *   REPLY:", a transcript's "<<<" and "<--", sendmail's check_relay log line, a mailer's "RSET"
   *   on the next line, a mailing-list post's "<somelistmember at yahoo.com>:"; the closing
   *   parenthesis a table cell left out, line breaks where the page broke a line and the
   *   indentation of continuation lines left out; placeholders as printed: "[1.2.3.4 12]",
   *   "[x.xx.xx.xx]", "xxx.xxx.xxx.xxx", "(xx.xx.xx.xx)", "<OUR_IP_ADDRESS>", "[MMM.MM.MMM.MM]",
   *   "[server1.mail.com]", "[email protected]", "Spamhaus XXX", "userid@domain.com", a Naver reply
   *   whose address the page stripped to "Your IP("), skipping only (a) a reply whose text with
   *   addresses, IPs, host names, ids and numbers masked (reply and enhanced codes kept; case,
   *   curly quotes, dashes, whitespace and a final full stop ignored, an address or IP the page
   *   replaced by a placeholder counted as that address) is identical to one already here, in
   *   core's documented-replies test or earlier in the batch, the same reply from the same page
   *   already here with or without a wrapper (bobcares' "The mail system :", Plesk's
   *   "CONFIG_TEXT:"), and the same bounce printed again on a copy of a page, counted per
   *   appearance in the results as read (most of them whole lists earlier batches took:
   *   puffinknight's, jinbo's, blackpearlmail's and sitepackage.de's lists of typical bounces,
   *   kei.pl's, Broadcom's list of external errors, wordtothewise's AOL, Yahoo-DMARC and TS01
   *   posts, the antionline relay thread the corpus returns for many queries); (b) text that is no
   *   server's or MTA's failure reply (code tables and error-lookup pages such as bentonow,
   *   simplefastwebsites, tamingdns, coldrelay, statuscodefyi, mxtoolbox's bouncebacks and
   *   mymangomail, suped's summary "Scope: ... Action: ..." line, phrases a page says a bounce
   *   "includes" or names in prose or as a heading, mail clients' own texts ("417 Temporary
   *   delivery error", "The maximum number of delivery attempts has been reached"), FTP and HTTP
   *   421s, GMX's web-login messages, a pop-up "Access denied. Your IP address is blacklisted");
   *   (c) a quote that could not be read exactly (cut off by the excerpt or by the page:
   *   GoHighLevel's "... originating from your IP", suped's "550 Invalid Domain [smtp-41.io", its
   *   elided 452 4.2.2 example, kei.pl's Gmail quote cut at "Gmail,", sitepackage's "550 Unknown
   *   local part %alias% in"; run together: virtbiz's S3140 reply with the next DSN field, a suped
   *   example with two replies on one line, Plesk's connection-refused line with the next log line;
   *   texts printed without their codes: wordtothewise's nine Mimecast rejections, TransIP's four
   *   Gmail and Microsoft phrases, MXroute's three; a translated retelling "Mailbox full: addressee
   *   @ mail.ru"). Replies a query took (skipped under (a)): 2 (0), 0 (1), 1 (0), 0 (5), 0 (1), 3
   *   (3), 0 (1), 2 (5), 4 (4), 0 (0), 0 (0), 0 (0), 0 (3), 0 (1), 5 (0), 0 (0), 0 (0), 1 (0), 0
   *   (0), 0 (0), 0 (1), 0 (0), 2 (0), 0 (1), 0 (1), 0 (1), 0 (3), 0 (0), 2 (4), 0 (0), 1 (1), 5
   *   (10), 5 (5), 0 (1), 1 (0), 0 (0), 0 (0), 0 (0), 0 (0), 0 (0), 1 (0), 0 (1), 0 (3), 2 (0), 1
   *   (15), 0 (1), 0 (0), 0 (0), 0 (0), 0 (0), 0 (1), 0 (0), 0 (29), 0 (1), 0 (8), 4 (2), 1 (0), 3
   *   (7), 0 (1), 3 (5), 1 (0), 0 (1), 1 (0), 0 (0), 1 (0), 0 (0), 0 (2), 0 (0), 1 (5), 0 (1): 53
   *   replies, about 135 skipped as identical, about 66 texts skipped under (b) and about 32 quotes
   *   under (c); 46 of the 70 queries took none (2, 4, 5, 7, 10 to 14, 16, 17, 19 to 22, 24 to 28,
   *   30, 34, 36 to 40, 42, 43, 46 to 55, 59, 62, 64, 66 to 68 and 70): for them the corpus
   *   returned only the providers' own pages, news, code tables or replies already here. Passed
   *   over as the brief requires: providers', hosts', vendors' and institutions' own pages on their
   *   own replies and copies of them (Google's Gmail error page in Portuguese and raramuridesign's,
   *   newsletterstudio's and managedserver's copies, help.aol.com, postmaster.aol.com and
   *   postmaster-us.info.aol.com, support.apple.com, postmaster.gmx.com, hilfe.gmx.net,
   *   postmaster.web.de, United Internet's news, postmaster.free.fr, aiuto.virgilio.it,
   *   aiuto.libero.it, Interia's and Onet's help, Proton's, help.yahoo.com and the itpub, csdn,
   *   smtp-error-codes.info, fawkesdm and GitHub copies of Yahoo's pages, learn.microsoft.com,
   *   Fastmail's help and blog, Zoho's help, community.mimecast.com, mimecastsupport and
   *   promisekit's copy, postmaster.comcast.net, security.comcast.net, business.comcast.net,
   *   xfinity and 3dcart's copy of a Comcast FAQ, cox.com, charter.com, rogers.com, shaw.ca,
   *   security.rr.com, worldnet.att.net and rbl.att.net, alaskacommunications, Telstra's
   *   CrowdSupport wiki, Proximus, KPN's blacklist help, bytecamp, onesystems, comservice-ffo's
   *   copy of IONOS's table, IONOS, Strato, all-inkl, kreativmedia, LWS, ix-one, brownrice,
   *   konto.pl and forpsi, grhosting, aspone, eurohosting, host2u, c4, virusfree, nic.ru, hostking,
   *   wp-hosting, nzservers, zimhosts, meganet, netgate, cloud4u, Gordano, Coremail's support, the
   *   PSCS wiki, smtpf's reply lists, Webmin's help, the yimirj and qqmailbox copies of QQ's help,
   *   biecuoliao's of NetEase's, 365seal's of Sohu's, jinmi8's of Sina's notice, oliveit's copy of
   *   Daum's code list, errorsmaster's of Mail.ru's help, the viws.ru, cloakecreative and bazoat
   *   copies of Microsoft's Outlook relay article, and the own rejection pages of Jacobs
   *   University, Princeton, Hunter College, Tufts, stolenvotes, sput.nl, eddylangley,
   *   lemat.priv.pl, luchs, Baloise, cleanmail, the CTU mathematics department, T-Online Hungary,
   *   spam-mail-blocker, kluenter, aipi and ClouDNS) and other projects' collections
   *   (smtpfieldmanual.com, smtp.codes, a copy of a Sisimai issue listing its texts). `command` is
   *   set only where the quote names the stage ("in reply to end of DATA command", "after end of
   *   data", "in reply to RCPT TO command", a transcript's DATA and RCPT TO). Each labelled from
   *   its words, the documented boundaries and, where this list or core's documented test already
   *   holds the same wording, as it is labelled there (Gmail's "likely unsolicited mail"
   *   spamDetected, its low-reputation 421 4.7.0 badReputation, Microsoft's "part of their network
   *   is on our block list" blocked and SC-004's complaints badReputation, Yahoo's TS01 and
   *   "temporarily deferred - 4.16.50" badReputation as the set's [GL01] and TS01 lines, AOL's
   *   CON:B1 badReputation, Free's "spam detected" and SFR's "Message content rejected"
   *   spamDetected, La Poste's LPN007_510 undefined, Yahoo's PH01 policyViolation, "554 5.7.9
   *   Message not accepted for policy reasons" policyViolation as core's documented Yahoo reply,
   *   Microsoft's bare "550 5.5.0 Requested action not taken: mailbox unavailable" undefined as
   *   batch 24 has it, Barracuda Reputation and Spamhaus listings blocked, Gmail's "receiving mail
   *   at a rate" rateLimited), with one exception: Mimecast's "451 Internal resource is temporarily
   *   unavailable" as greylisted, where the set has the same wording as systemError, because
   *   Mimecast's greylisting documentation (its own page returned by the same query) and the page
   *   quoting it give it as the greylisting deferral. Arguable on the boundaries: that Mimecast
   *   reply (systemError by the set and by its words), Gmail's truncated "550 5.7.1 our Bulk Email
   *   Senders Guidelines." as badReputation (the tail of its unsolicited-IP reply; blocked by the
   *   page's cause, a DNSBL listing), Hotmail's SC-001 "Mail rejected ... for policy reasons ...
   *   content with spam-like characteristics or IP/domain reputation" as badReputation
   *   (spamDetected or policyViolation on other words), AOL's "421 ... Service unavailable – try
   *   again later" as systemError (greylisted if read as a temporary refusal naming no cause; the
   *   page's cause was AOL's outage), AOL's "521 5.2.1 “TempFail”" as undefined (systemError by the
   *   outage; badReputation as AOL's 521 5.2.1 blocks), AOL's "554 ... ESMTP not accepting
   *   connections" as systemError (blocked if read as the client refused at the greeting), Orange's
   *   "Mail rejete. Mail rejected. ofr_506" as spamDetected (the page's category "SPAM ou VIRUS";
   *   undefined on the words), La Poste's LPN007_510 as undefined as the set has it (spamDetected
   *   by the same page's category), Charter's "550 5.1.0 sender rejected AUP#I-1310" as
   *   senderRejected (rateLimited by the page's reading, a Cloudmark time-out), "SERVER REPLY: 501
   *   Denied domain name" as senderRejected (syntaxError by 501, blocked if the domain was the HELO
   *   name), the 5dmail forum's "551 User not local; please try < forward-path >" as hasMoved (the
   *   thread's cause was a national firewall, not a moved user), Shaw's "4.5.9|Spam limit has been
   *   reached." as rateLimited (a daily message cap by the post; spamDetected on the word spam),
   *   MDaemon's "554 Message does not conform to standards" as contentError (the thread's log shows
   *   a DNSBL check failing just before; policyViolation if read as a local rule), the "554 5.7.9
   *   ... postmaster-28.html" line as policyViolation as core's documented reply (authFailure by
   *   Yahoo's own page on 5.7.9 and the post's DMARC cause), and the "550 5.5.0 ... mailbox
   *   unavailable" DSN line as undefined (userUnknown as the set's reply with Microsoft's
   *   S2017062302 id)
   *
   * - batch 41: a SAMPLE from public issue and pull-request threads only (the search tool's issue
   *   corpus; no web pages, no provider's, host's or vendor's own documentation, no other project's
   *   collection or fixtures), collected and labelled blind in one session that changed no rule and
   *   never ran the classifier on any of them: labelled before any measurement, not measured here,
   *   first to be measured by the lead. Its axis is the failure's CAUSE in plain words, with no
   *   reply or enhanced code in any query (mailbox full, quota, rate limits, connections,
   *   greylisting, relaying, STARTTLS and certificates, size and line length, attachments, viruses,
   *   DMARC, SPF, DKIM, reverse DNS, HELO, blocklists, Spamhaus, reputation, spam, sender and
   *   recipient refusals, loops, forwarding, lists, disabled, suspended and inactive accounts),
   *   each joined to words such as bounce, rejected, SMTP, postfix, exim or "server said". 60
   *   replies from 48 queries, none chosen for hard replies, each different from every query an
   *   earlier batch lists, all 55 written down before the first was run and run in the order
   *   written until the batch held 60 replies, the top of the brief's 40 to 60, after the 48th: (1)
   *   "mailbox full bounce postfix", (2) "over quota exim bounce message", (3) "storage exceeded
   *   smtp rejected recipient", (4) "rate limited smtp server said", (5) "too many connections from
   *   your ip postfix", (6) "greylisted try again later exim", (7) "relay access denied server
   *   said", (8) "relaying denied exim rejected", (9) "must issue starttls first smtp rejected",
   *   (10) "certificate verification failed smtp postfix bounce", (11) "message too large rejected
   *   smtp", (12) "line too long smtp rejected", (13) "attachment blocked bounce smtp", (14) "virus
   *   found message rejected smtp", (15) "dmarc policy rejected bounce", (16) "spf fail rejected
   *   postfix", (17) "dkim signature invalid rejected smtp", (18) "reverse dns missing rejected
   *   postfix", (19) "ptr record required smtp reply", (20) "helo command rejected host not found",
   *   (21) "blacklisted ip bounce server said", (22) "blocklisted smtp rejected exim", (23) "rbl
   *   listed rejected postfix", (24) "spamhaus blocked bounce", (25) "poor reputation rejected
   *   smtp", (26) "content rejected spam smtp reply", (27) "spam detected message rejected
   *   postfix", (28) "sender domain does not exist rejected", (29) "recipient address rejected user
   *   unknown postfix", (30) "alias loop mail bounce", (31) "forwarding bounce mail loop detected",
   *   (32) "mailing list bounce rejected smtp", (33) "mailbox disabled bounce", (34) "account
   *   suspended smtp rejected", (35) "inactive account bounce reply", (36) "quota exceeded dovecot
   *   lmtp bounce", (37) "too many recipients smtp rejected", (38) "sending limit exceeded smtp
   *   server said", (39) "temporarily deferred try again later bounce", (40) "sender verify failed
   *   exim", (41) "tls handshake failed postfix deferred", (42) "authentication required relay smtp
   *   reply", (43) "connection refused port 25 bounce", (44) "host not found mx lookup bounce",
   *   (45) "header syntax invalid rejected smtp", (46) "bare newline smtp rejected", (47) "message
   *   size exceeds limit exim", (48) "recipient does not exist exchange bounce"; written down but
   *   not run: (49) "mailbox unavailable server said", (50) "ip not allowed to send smtp rejected",
   *   (51) "sender address rejected not owned by user", (52) "domain not found sender rejected
   *   exim", (53) "mailbox quota exceeded gmail bounce", (54) "user over quota smtp deferred", (55)
   *   "spam message rejected outlook bounce". From each query's results, in rank order, every SMTP
   *   failure reply quoted there, at most 5 taken a query, as the thread shows it (a wrapper kept:
   *   Postfix's NOQUEUE, milter-reject, status= and connect log lines with their syslog prefixes,
   *   "host ... said:" and "(in reply to ... command)", Exim's reject log lines, its "SMTP error
   *   from remote mail server after RCPT TO:" and the pid of its debug output, a DSN's
   *   "Diagnostic-Code:", a transcript's "Out:" and "<<<", SubEthaSMTP's "Server:" debug lines,
   *   OpenSMTPD's "smtp failed-command ... result=", check-if-email-exists's "permanent:", Postal's
   *   "Permanent SMTP delivery error when sending to" and "Temporary ..." with its Time and Support
   *   Ref lines, Purelymail's "Error: We could not deliver the attached mail", Haraka's "[outbound]
   *   recipient ... rejected:", Zimbra's "[error] Delivery failed ... response=", Windows Live
   *   Mail's "The server responded:", PHPMailer's "SMTP Error: data not accepted.SMTP server
   *   error:", Go's "error sending email: unable to send email:", gen_smtp's Elixir error tuple, a
   *   docker-compose prefix and "SmtpError(message: ...)", a French client's "Destinataire :" and
   *   "Erreur :", checkmail's text printed without its codes, a Microsoft NDR's heading and reason
   *   line; line breaks where the post broke a line, also inside a word ("def\nerred",
   *   "Au\nthority"), the indentation of continuation lines left out, a terminal's padding spaces
   *   inside a wrapped log line kept as posted; placeholders as posted: "somedomain[IP]",
   *   "<PERSONAL_EMAIL_REMOVED>", "host ........", "xx.xx.xx.xx", "[my domain]", "USER@DOMAIN.TLD",
   *   "REDACTED@gmail.com"), skipping only (a) a reply whose text with addresses, IPs, host names,
   *   ids and numbers masked (reply and enhanced codes kept; case, curly quotes and a final full
   *   stop ignored; a syslog date and host, a relay field's address with or without its port or
   *   socket path, and an address placeholder counted as masked) is identical to one already here,
   *   in core's documented-replies test or earlier in the batch, or the same reply from the same
   *   thread already here with or without a wrapper (the same failure logged again in another line
   *   of the same thread counted so too), counted once a thread however often the post repeats it;
   *   (b) text that is no server's or MTA's failure reply (a receiving server's own warnings and
   *   logs about its clients: Postfix's concurrency and TLS warnings, postscreen and dnsblog lines,
   *   Dovecot's IMAP and sieve logs, procmail's and milters' logs; a client application's or
   *   library's own error that carries no server reply: Thunderbird's and K-9's notices, .NET's
   *   certificate message, msmtp's fingerprint check, Net_SMTP's size message, PHPMailer's connect
   *   error, Ruby's ECONNREFUSED, Python's and mailio's own texts; proposed, expected or typical
   *   replies, source templates, RFC quotes, configuration messages, openssl s_client and dig
   *   output, IMAP replies, the Sober worm's fake bounces in Perl's RT threads); (c) a quote that
   *   could not be read exactly (only in a title, cut off by the excerpt, retold in a sentence, a
   *   phrase without its code, elided with "...", mangled by markdown bold or HTML escaping). The
   *   sending MTA's own lines on a failed attempt were taken as replies, as batches 14 and 38 took
   *   them (Postfix's postfix/smtp connect, certificate and TLS lines, Exim's "TLS session:",
   *   Postal's SSL_connect error, Stalwart's TLS error), the receiving side's warnings not. Passed
   *   over as the brief requires: the SMTP Field Manual's issues and pull requests
   *   (ActiveCampaign/smtp-field-manual #11, #24, #42, #59, #63, #71, #99), Sisimai's issues and
   *   pull requests (p5-sisimai #129, #418, #467, #469, #474, rb-sisimai #240, set-of-emails #11),
   *   mailsherpa's issue (customeros/mailsherpa #19, returned twice), ZoneMTA's pull request adding
   *   sample replies to its bounces.txt (zone-eu/zone-mta #251), and providers' and vendors'
   *   documentation threads (MicrosoftDocs/OfficeDocs-Support #1488 and #1991, sendgrid/docs,
   *   braze-inc/braze-docs, cloudmailin's docs). Replies a query took (skipped under (a)): 0 (2), 0
   *   (0), 0 (2), 0 (0), 1 (0), 0 (4), 1 (8), 2 (12), 3 (5), 5 (5), 0 (2), 4 (4), 0 (1), 0 (0), 0
   *   (2), 0 (2), 3 (0), 0 (1), 3 (2), 4 (3), 0 (0), 1 (5), 1 (0), 2 (2), 1 (3), 0 (3), 0 (4), 3
   *   (1), 2 (4), 0 (0), 1 (0), 0 (3), 0 (0), 0 (1), 0 (2), 3 (2), 0 (3), 2 (2), 0 (0), 0 (6), 4
   *   (1), 3 (3), 1 (2), 2 (1), 1 (4), 5 (1), 0 (2), 2 (4): 60 replies, 114 skipped as identical
   *   (the corpus's threads for most causes are the ones earlier batches mined: the relaying,
   *   greylisting, Helo, PTR, Spamhaus, quota and sender-verify queries met mostly replies already
   *   here), about 82 texts skipped under (b) and about 42 quotes under (c); the queries on mailbox
   *   full, over quota, storage, rate limits, greylisting, size, attachments, viruses, DMARC, SPF,
   *   reverse DNS, blacklisted IPs, content and spam, alias loops, mailing lists, disabled,
   *   suspended and inactive mailboxes, too many recipients, deferrals, sender verification and
   *   size at Exim found no reply that was not already here. `command` is set only where the quote,
   *   its transcript or its log names the stage (a log's "RCPT from", "rejected RCPT" and "after
   *   RCPT TO", "in reply to RCPT TO command", "in reply to MAIL FROM command", END-OF-MESSAGE and
   *   "end of DATA" as DATA, "<DATA>: Data command rejected" and "DATA END command failed" as DATA,
   *   a transcript's MAIL FROM, RSET, DATA and AUTH LOGIN, OpenSMTPD's failed HELO). Each labelled
   *   from its words, the documented boundaries and, where this list already holds the same
   *   wording, as it is labelled here ("Helo command rejected: Host not found" and "need
   *   fully-qualified hostname" blocked, "Bad DNS PTR resource record" requirePTR, "Error: open
   *   resolver" blocked, "501 Syntax error - line too long" and "500 5.0.0 Line too long"
   *   contentError, "403 4.7.0 TLS handshake failed" securityError, "Unrecognized authentication
   *   type" and Microsoft's "5.7.57 Client not authenticated to send mail" authRequired, Postfix's
   *   "Host not found, try again" networkError, "550 Mailbox not found or access denied"
   *   userUnknown). Arguable on the boundaries: the "554 5.5.0 Remote protocol error" that followed
   *   OpenSMTPD's "500 5.0.0: Line too long" as protocolError (contentError by the thread's cause),
   *   OpenSMTPD's "501 5.5.4 Invalid command arguments: Invalid domain name" to an empty HELO as
   *   syntaxError (blocked if read as a refused HELO name), Haraka's bare "Some recipients failed:
   *   <adfd@abhas.in>" as undefined (userUnknown by the thread, where Dovecot had refused an
   *   unknown user), AVideo's "Message would take you over your relay quota of 500" as rateLimited
   *   (exceedLimit if read as a fixed quota of the account, as it names no period), gen_smtp's "451
   *   See http://pobox.com/~djb/docs/smtplf.html." as contentError (by the page it links, on bare
   *   LFs; undefined on its words), the two "Host not found, try again" lines as networkError (DNS
   *   failing for now; hostUnknown if read as a domain that does not exist), Postfix's "mail
   *   forwarding loop" as networkError (a mail loop, by the boundary; systemError as the receiver's
   *   own configuration), openstreetmap's "550 Error: open resolver" as blocked, as the set has it
   *   (systemError by Spamhaus's return-code page), and "550 Mailbox not found or access denied" as
   *   userUnknown, as the set has it (QQ documents a like text as a per-recipient rate limit)
   *
   * - batch 42: a SAMPLE of bounce and NDR texts as people paste them on web pages (a "Delivery
   *   Status Notification (Failure)", "Undelivered Mail Returned to Sender", "Mail delivery failed:
   *   returning message to sender", "Undeliverable:", "Returned mail: see transcript for details",
   *   "failure notice", "Delivery has failed to these recipients", "Remote Server returned",
   *   "Diagnostic-Code: smtp;" or "Your message wasn't delivered" bounce, in English and other
   *   languages, with a provider, an MTA or a reply code), the SMTP reply or the MTA's own failure
   *   text with its code that the pasted bounce quotes, from the search tool's web-page corpus only
   *   (no issue threads, no provider's, host's or vendor's own page on its own replies, no other
   *   project's collection or fixtures), collected and labelled blind in one session that changed
   *   no rule and never ran the classifier on any of them: labelled before any measurement, not
   *   measured here, first to be measured by the lead. 55 replies from 88 queries, none chosen for
   *   hard replies, each different from every query an earlier batch lists, the first 58 all
   *   written down before the first was run and run in the order written: (1) "delivery status
   *   notification (failure) gmail 550 5.7.1 message rejected", (2) "delivery status notification
   *   (failure) 552 5.2.2 mailbox full", (3) "delivery status notification (delay) 421 4.7.0 try
   *   again later", (4) "undelivered mail returned to sender postfix host said 554 5.7.1", (5)
   *   "undelivered mail returned to sender status=bounced 550 5.7.1 spamhaus", (6) "undelivered
   *   mail returned to sender connection timed out", (7) "mail delivery failed: returning message
   *   to sender exim 550", (8) "mail delivery failed returning message to sender SMTP error from
   *   remote mail server after RCPT TO", (9) "mail delivery failed returning message to sender
   *   retry timeout exceeded", (10) "undeliverable: remote server returned 550 5.7.1 outlook", (11)
   *   "undeliverable: 550 5.7.708 service unavailable", (12) "delivery has failed to these
   *   recipients or groups 550 5.1.10", (13) "remote server returned '554 5.7.1 sender address
   *   rejected'", (14) "returned mail: see transcript for details sendmail 553", (15) "returned
   *   mail: user unknown sendmail 550 5.1.1", (16) "failure notice qmail remote host said 553
   *   sorry", (17) "failure notice yahoo 554 delivery error dd this user doesn't have a yahoo
   *   account", (18) "diagnostic-code: smtp; 550 5.7.1 rejected", (19) "diagnostic-code: smtp; 552
   *   5.2.2 quota exceeded", (20) "diagnostic-code: smtp; 421 4.4.2 connection dropped", (21) "the
   *   following message to was undeliverable the reason for the problem 5.1.0", (22) "the following
   *   message to was undeliverable 5.3.0 other mail system problem", (23) "your message wasn't
   *   delivered to anyone because the recipient's email address is not valid", (24) "your message
   *   wasn't delivered because the recipient's email provider rejected it", (25) "message not
   *   delivered gmail the response from the remote server was 550", (26) "address not found gmail
   *   your message wasn't delivered 550 5.1.1", (27) "mail delivery subsystem returned mail 550
   *   5.2.1 account disabled", (28) "delivery failure notification lotus domino 550", (29)
   *   "nondeliverable mail report microsoft exchange 5.7.1 unable to relay", (30) "mailer-daemon
   *   undeliverable message 554 5.7.9 message not accepted for policy reasons", (31) "unzustellbar:
   *   550 5.1.1 empfänger unbekannt", (32) "unzustellbar remote server returned 554 t-online", (33)
   *   "nicht zustellbar mail delivery system 550 gmx", (34) "non remis: 550 5.1.1 adresse
   *   inconnue", (35) "message non délivré orange 550 5.7.1 mail rejeté", (36) "no se puede
   *   entregar 550 5.1.1 el usuario no existe", (37) "mensagem não entregue 550 5.7.1 uol", (38)
   *   "non recapitabile 550 5.7.1 libero", (39) "onbestelbaar 550 5.7.1 ziggo", (40)
   *   "niedostarczalne 550 wp.pl onet", (41) "配信不能 undeliverable 550 5.1.1 返信", (42) "退信 550 邮件被拒绝
   *   qq mail", (43) "Mail System Error - Returned Mail 550 comcast", (44) "undeliverable mail
   *   att.net 553 5.3.0 blocked", (45) "delivery status notification failure icloud 554 5.7.1",
   *   (46) "returned mail: see transcript for details 550 5.7.1 mimecast", (47) "undeliverable
   *   message barracuda 554 service unavailable", (48) "mail delivery failed mdaemon 550 mailbox
   *   unavailable", (49) "undeliverable hmailserver 550 5.7.1", (50) "message delivery failure
   *   zimbra 554 5.7.1", (51) "delivery notification: delivery has failed 5.4.7 delivery expired",
   *   (52) "undeliverable message expired 4.4.7 exchange message expired", (53) "the original
   *   message was received at transcript of session follows 451 4.4.1", (54) "this is the mail
   *   system at host I'm sorry to have to inform you 550 5.1.1", (55) "a message that you sent
   *   could not be delivered to one or more of its recipients 550 5.7.1", (56) "delivery to the
   *   following recipient failed permanently 550 5.7.26 dmarc", (57) "could not be delivered to one
   *   or more recipients 554 5.7.1 blocked by sbl", (58) "mail delivery failed: returning message
   *   to sender 550 5.7.23 spf"; as those 58 gave 35, 20 more, written down before any of them was
   *   run, were run in order: (59) "returned mail see transcript for details 553 5.1.8 domain of
   *   sender address does not exist", (60) "undeliverable remote server returned 550 5.7.606 access
   *   denied banned sending ip", (61) "mail delivery failed host said 554 5.7.1 Service
   *   unavailable; Client host blocked using bl.spamcop.net", (62) "delivery status notification
   *   failure 421 4.7.0 try again later closing connection gsmtp", (63) "undelivered mail returned
   *   to sender said 450 4.1.8 sender address rejected domain not found", (64) "failure notice 553
   *   sorry, your envelope sender is in my badmailfrom list", (65) "bounce message 452 4.2.2
   *   mailbox full over quota yahoo", (66) "mail delivery failed host said 550 5.7.0 message
   *   contains a virus", (67) "undeliverable 554 5.6.0 message content rejected", (68) "delivery
   *   failure 552 5.3.4 message size exceeds fixed limit bounce", (69) "undelivered mail returned
   *   to sender status=deferred host said 421 too many connections", (70) "mail delivery failed 451
   *   temporary local problem please try later exim", (71) "returned mail 550 5.7.1 relaying denied
   *   proper authentication required", (72) "bounce message 501 5.1.3 invalid address syntax", (73)
   *   "mail delivery failed host said 550 5.7.1 your ip is on our blacklist", (74) "undeliverable
   *   550 5.2.1 mailbox disabled not accepting messages", (75) "delivery status notification 550
   *   5.4.1 recipient address rejected access denied as", (76) "non-delivery report 550 5.7.520
   *   message blocked", (77) "mail returned 530 5.7.1 authentication required bounce", (78)
   *   "undelivered mail 550 5.7.25 reverse DNS ptr gmail bounce postfix"; and as those gave 13, a
   *   last 10, written down before any of them was run: (79) "undeliverable mail yahoo 553 5.7.1
   *   connections will not be accepted from bounce", (80) "mail delivery failed qmail remote host
   *   said 554 sorry, no mailbox here by that name", (81) "delivery status notification failure 550
   *   5.7.1 ip listed on rbl barracuda", (82) "returned mail: host unknown name server host not
   *   found sendmail bounce", (83) "undelivered mail returned to sender 550 5.1.1 user unknown in
   *   virtual mailbox table", (84) "mail delivery failed: returning message to sender 550 relay not
   *   permitted exim", (85) "failure notice remote host said 552 sorry mailbox full quota", (86)
   *   "undeliverable: 550 5.4.316 message expired connection refused", (87) "mail delivery failed
   *   smtp error from remote mail server after MAIL FROM 550 sender verify failed", (88)
   *   "undelivered mail returned to sender lost connection with host while receiving the initial
   *   server greeting". The queries in Italian, Dutch and Polish (38 to 40) found no page about
   *   mail at all, and those in German, French, Spanish, Portuguese, Japanese and Chinese mostly
   *   the providers' own help pages and error-lookup sites. From each query's results, in rank
   *   order, every SMTP failure reply quoted there, at most 5 taken a query, as the page shows it
   *   (a wrapper kept: a DSN's "smtp;" and "smtp; " and "Diagnostic-Code: smtp;", Broadcom's
   *   "Reason:", qmail's "Remote host said:" with its "failed after I sent the message.", "does not
   *   like recipient." and "Giving up on" lines, Postfix's "host ... said:" and "(in reply to ...
   *   command)", Exim's "SMTP error from remote mail server after RCPT TO:" and "after end of
   *   data:", sendmail's "... while talking to" transcript and "(reason: ...)", an Exchange NDR's
   *   sentences with their "<server #x.x.x>" line, Veeva's "|code:550|reason:hardfail|description:"
   *   field, a Messaging Gateway audit log's literal "\r\n"; line breaks where the page broke a
   *   line and the indentation of continuation lines left out, and a page's list numbers inside a
   *   quoted NDR left out; placeholders as the page printed them: "<>" and "host[]" where a page
   *   stripped addresses, "xxx@abcd.com", "[email protected]", "{Issuing Server}", "[Googlen
   *   IP-osoite]", "__________"), skipping only (a) a reply whose text with addresses, IPs, host
   *   names, ids and numbers masked (reply and enhanced codes kept; case, curly quotes and a final
   *   full stop ignored) is identical to one already here, in core's documented-replies test or
   *   earlier in the batch, counted per appearance in the results as read, counting as identical,
   *   as batches 37 and 38 did, the same reply from the same page already here with or without a
   *   wrapper (rgnmed's, Broadcom's, auctionpro's, szhot's, themssforum's and errorsmaster's rows
   *   taken earlier without the prefix this query's copy shows, a Plesk log line with its
   *   "CONFIG_TEXT:" prefix) or with a part the page left out (bobcares' DNSBL name), and the same
   *   bounce printed again on a copy of a page (conftool's two versions, sistemitec's copy of
   *   msoffice365exo, umd's and icglink's copies of one help-desk table); (b) text that is no
   *   server's or MTA's failure reply (code tables, error-lookup and "what you see" pages such as
   *   universityofemail, betterbounces, senderscore, errcodes, tamingdns, bentonow,
   *   simplefastwebsites, senderreputation, cloudmailin, postigo, mymangomail and falconyte,
   *   phrases a page says a bounce "looks like", "contains", is "similar to" or "typically reads",
   *   lists of one server's reply texts with glosses, retellings, the Enron spam corpus's fake
   *   bounce, Mailgun's HTTP API errors, configuration files); (c) a quote that could not be read
   *   exactly (cut off by the excerpt or by the page, run together with the next reply or log line,
   *   printed without its first reply line): about 20. Replies a query took (skipped under (a)): 1
   *   (7), 0 (7), 0 (0), 0 (4), 5 (13), 0 (2), 5 (15), 0 (8), 2 (4), 0 (10), 5 (5), 1 (6), 0 (8), 1
   *   (20), 0 (0), 0 (29), 0 (0), 0 (10), 0 (6), 0 (0), 1 (0), 0 (7), 0 (0), 0 (2), 0 (0), 0 (0), 0
   *   (1), 0 (0), 0 (0), 2 (31), 0 (31), 0 (38), 0 (5), 0 (0), 0 (0), 1 (1), 0 (0), 0 (0), 0 (0), 0
   *   (0), 5 (11), 0 (0), 0 (1), 0 (0), 1 (7), 1 (25), 0 (4), 0 (0), 0 (1), 0 (19), 0 (0), 0 (0), 0
   *   (0), 1 (11), 0 (7), 2 (0), 0 (7), 1 (2), 0 (30), 0 (11), 0 (5), 0 (2), 2 (1), 0 (21), 5 (9),
   *   0 (2), 0 (10), 0 (10), 0 (4), 0 (0), 5 (2), 0 (0), 0 (5), 0 (0), 0 (17), 0 (16), 0 (3), 1
   *   (2), 3 (3), 0 (11), 2 (13), 1 (2), 0 (0), 0 (2), 0 (25), 1 (0), 0 (11), 0 (2): 55 replies,
   *   about 584 skipped as identical (the corpus returns the same dozen help pages for almost every
   *   bounce phrase: ubiquityhosting's list, the antionline relay thread, icglink's and umd's
   *   help-desk table, Broadcom's two lists, sitepackage.de's German list, chilipepperweb's
   *   sendmail examples), about 370 texts or pages skipped under (b). Passed over as the brief
   *   requires: providers', hosts', vendors' and institutions' own pages on their own replies and
   *   copies of them (Yahoo's help pages and siteproxy's copy of Yahoo's error-code page, Google's
   *   support and Workspace pages and raramuri's, mastermind's, audatemedia's and arrahmah's
   *   copies, Microsoft's learn and support pages in English, French and Portuguese,
   *   office.microsoft.com, KB 214682 and 158399 and their copies, unifiedpeople's and urlscan's
   *   copies, betaarchive's copy of KB 284204, microsoftwiki's copy of a Microsoft 365 service
   *   notice, bazoat.bar's copy of Microsoft's Outlook relay article, Comcast's, Xfinity's and
   *   AT&T's postmaster and help pages, GMX's newsroom and postmaster pages, IONOS's German, French
   *   and Spanish pages, GoDaddy's in German and Chinese and ix-one's copy, AOL's, Spectrum's,
   *   Mimecast's and electronicaportatil's copy, Barracuda's campus pages, hMailServer's
   *   documentation and nitindupare's and admin-ahead's copies, HCL's Domino documentation, Sun's
   *   and Oracle's sendmail message pages, Coremail's support, MailChannels', SmartRelay's,
   *   AuthSMTP's, Spambrella's, everycloud's and spamhero's pages on their own service, iphouse's,
   *   canspace's, bluehost's, ramahost's, inmotionhosting's retry page, sitevision's, westelcom's,
   *   asahi-net's, interhack's, url.com.tw's own qmail texts, chouwenlao's, math.fel.cvut.cz,
   *   konto.pl, bytecamp, onesystems, comservice-ffo, forpsi, cloud4you, nederhost, kreativmedia,
   *   gandi, 3essentials' own 554, hostwinds, website.com.bn, awcwebdesign, protectedservice,
   *   focusdigitalagency, pscs's wiki) and other projects' collections and fixtures (Sisimai's
   *   coverage pages, smtp.codes, smtpfieldmanual.com, Exim's test suite on git.exim.org). One
   *   look-up in the documentation corpus, for Yahoo's page on 554 5.7.9, returned only pasted
   *   bounces, none of which was collected. `command` is set only where the quote names the stage
   *   ("in reply to RCPT TO command", "in reply to end of DATA command", Exim's "after RCPT TO" and
   *   "after end of data", a transcript's ">>> MAIL From", a reply echoing "RCPT TO:"). Each
   *   labelled from its words, the documented boundaries and, where this list already holds the
   *   same wording, as it is labelled here (Gmail's "unusual rate of unsolicited mail ... rate
   *   limited" badReputation, a bare "Requested action not taken: mailbox unavailable" undefined as
   *   most of the list has it, "Recipient address rejected: Access denied" without 5.4.1
   *   policyViolation, "550 Denied by policy" policyViolation, a DNSBL or named block list
   *   blocked). Arguable on the boundaries: rgnmed's and newpages' "550 Requested action not taken:
   *   mailbox unavailable" as undefined (userUnknown as the pages group it, and as the list has
   *   ubiquityhosting's), service-smtp.eu's "smtp;550 This domain is not in use and does not accept
   *   mail" as notAccept (hostUnknown or userUnknown as the page groups it under addresses that do
   *   not exist), Gmail's 421-4.7.28 as badReputation (rateLimited by "rate limited"), the Server
   *   Fault "5.4.7 - Delivery expired (message too old) '[Errno 61] Connection refused'" and
   *   Microsoft's "550 5.4.316 Message expired, connection refused" as expired (networkError by the
   *   refused connection), the cc:Mail gateway's "501 MAIL FROM: unrecognized address" transcript
   *   ending in "554 <> Remote protocol error" as syntaxError (senderRejected by the stage,
   *   protocolError by sendmail's summary), "551 not our customer" as userUnknown (relayDenied as a
   *   server that does not handle the recipient's domain), Apple's "550 5.1.1 : user lookup success
   *   but no user record found" as userUnknown (systemError: SocketLabs' status page calls it an
   *   Apple outage and retried it), sendmail's "550 5.1.2 ... Host unknown (Name server: ...: host
   *   not found)" as hostUnknown (networkError: the thread's cause was the sender's DNS failing),
   *   Exchange's "#4.0.0 smtp;450 <>: Sender address rejected: Domain not found" as senderRejected
   *   (hostUnknown by the words, greylisted or systemError by 4.0.0), procmail's "Mailbox limit
   *   exceeded while appending message" with sendmail's "550 ... Can't create output" as
   *   mailboxFull (systemError by the local delivery failure), "blocked using Barracuda Reputation"
   *   as blocked (badReputation by "Reputation"; a named list by the boundary), Yahoo's "554 5.7.9
   *   Message not accepted for policy reasons" as policyViolation (authFailure: the page and its
   *   postmaster-28 link are about DMARC p=reject), and Yahoo's "554    delivery error: dd
   *   Requested mail action aborted" as undefined (mailboxDisabled: the page ties it to inactive
   *   accounts)
   *
   * First figures of batches 17 to 38, measured by the lead, who had not read them, each against
   * the classifier as it stood when the batch came in (and, for comparison, against the one at
   * the start of that session, main at 51a79ec):
   *
   * - batches 17 to 20: 206 of 244 (84.4 %; 17: 48/62, 18: 52/60, 19: 52/60, 20: 54/62),
   *   against main with that session's generic-family and speed work but before batch 15 and
   *   16's fixes (the start: 205); with those fixes 208
   * - batches 21 and 22: 87 of 106 (82.1 %; 21: 44/54, 22: 43/52) after batch 17 to 20's fixes
   *   (the start: 86)
   * - batches 23 and 24: 81 of 97 (83.5 %; 23: 39/48, 24: 42/49) after batch 21 and 22's fixes
   *   (the start: 78)
   * - batches 25 and 26: 72 of 86 (83.7 %; 25: 35/40, 26: 37/46) after batch 23 and 24's fixes
   *   (the start: 69)
   *
   * - batches 27 to 30: 190 of 234 (81.2 %; 27: 52/63, 28: 37/49, 29: 49/60, 30: 52/62) after
   *   batch 25 and 26's fixes (main at 38f4463); again 190 after three engineers, who never saw
   *   these batches, added 208 replies documented on 28 providers' own pages (the classifier had
   *   read 170 of them right) and the rules to read them all (main at 1777ce8)
   * - batches 31 to 34: 190 of 220 (86.4 %; 31: 41/51, 32: 43/51, 33: 48/52, 34: 58/66) after
   *   the documentation reading and batch 27 to 30's fixes (main at 422d48d); the same 190, batch
   *   by batch, on the classifier from before either (38f4463) and on the one with the
   *   documentation only (1777ce8). One label of batch 34 (IONOS's bare "mailbox unavailable",
   *   userUnknown) was written after its labeller had read that provider's documented reply in
   *   core's documented-replies test; batches 32 and 34, collected at the same time, share five
   *   replies
   * - batches 35 to 38: 91 of 111 (82.0 %; 35: 14/15, 36: 29/33, 37: 36/49, 38: 12/14) after
   *   batch 31 to 34's fixes and the weak rules' yielding to specific codes (main at 1e04d8c);
   *   88 on the classifier at that session's start (38f4463). The search tool's budget ran out
   *   while they were collected, hence the small batches
   *
   * The samples, batches 16 to 38, together: 981 of 1 171 first time (83.8 %; batches 16 to 26
   * 510 of 606, 27 to 34 380 of 454, 35 to 38 91 of 111); the long tail, batches 4 to 15: 358 of
   * 553 (64.7 %). Batches 27 to 34 were also labelled by three others on their own
   * (`independent-labels.ts`).
   */
  readonly heldOut?: boolean;
  /** Which held-out batch (1, 2, ...) the reply was collected in; see `heldOut`. */
  readonly batch?: number;
}

export const labelledReplies: readonly LabelledReply[] = [
  // --- Gmail ------------------------------------------------------------------------------
  {
    reply:
      "550-5.7.26 This mail is unauthenticated, which poses a security risk to the\n550-5.7.26 sender and Gmail users, and has been blocked. The sender must\n550-5.7.26 authenticate with at least one of SPF or DKIM. For this message,\n550-5.7.26 DKIM checks did not pass and SPF check for\n550-5.7.26 [ids-n2t2-prd.n2t.net] did not pass with ip: [54.244.52.1].",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/CDLUC3/ezid/issues/434",
  },
  {
    reply:
      "550 5.7.26 Unauthenticated email from branan.org is not accepted due to domain's DMARC policy. Please contact the administrator of branan.org domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection 38308e7fff4ca-389f2f1fdd7sor3282081fa.1 - gsmtp",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/Purelymail/purelymail-issues/issues/394",
  },
  {
    reply: "550-5.7.26 Your email has been blocked because the sender is unauthenticated.",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/hmailserver/hmailserver/issues/491",
  },
  {
    reply:
      "550-5.7.1 Unauthenticated email from domain.com is not accepted due to domain's 550-5.7.1 DMARC policy. Please contact the administrator of domain.com domain if 550-5.7.1 this was a legitimate mail. Please visit 550-5.7.1 https://support.google.com/mail/answer/2451690 to learn about the 550 5.7.1 DMARC initiative. i2si1363996wrs.325 - gsmtp",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/postalserver/postal/issues/898",
  },
  {
    reply:
      "Unauthenticated email from sumarsono.com is not accepted due to domain's DMARC policy. Please contact the administrator of sumarsono.com domain if this was a legitimate mail. Please visit https://support.google.com/mail/answer/2451690 to learn about the DMARC initiative. g7sor2225988ywa.193 - gsmtp",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/113",
  },
  {
    reply:
      "550-5.7.1 this message does not have authentication information or fails to pass authentication checks",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1137",
  },
  {
    reply:
      "host gmail-smtp-in.l.google.com[142.250.138.26] said: 550-5.7.26 This message does not pass authentication checks (SPF and DKIM both 550-5.7.26 do not pass). SPF check for [aspades.xyz] does not pass with ip: 550-5.7.26 [75.127.7.127].To best protect our users from spam, the message has 550-5.7.26 been blocked. Please visit 550-5.7.26 https://support.google.com/mail/answer/81126#authentication for more 550 5.7.26 information. 23-20020aca1117000000b00354eb46fddfsi4821773oir.110 - gsmtp (in reply to end of DATA command)",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/PHPMailer/PHPMailer/issues/2843",
  },
  {
    reply:
      "535-5.7.8 Username and Password not accepted. Learn more at\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials i5sm8565805wrv.34 - gsmtp",
    reason: "authRequired",
    command: "AUTH PLAIN",
    provider: "gmail",
    source: "https://github.com/accimeesterlin/nodemailer-examples/issues/3",
  },
  {
    reply:
      "Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials af79cd13be357-794f3061475sm18893085a.74 - gsmtp",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/dawidd6/action-send-mail/issues/205",
  },
  {
    reply:
      "Our system has detected that this message is\n550-5.7.1 not RFC 2822 compliant. To reduce the amount of spam sent to Gmail,\n550-5.7.1 this message has been blocked. Please review\n550 5.7.1 RFC 2822 specifications for more information. x7si17045593eeo.307 - gsmtp",
    reason: "contentError",
    provider: "gmail",
    source: "https://github.com/zeknox/scripts/issues/4",
  },
  {
    reply:
      "host gmail-smtp-in.l.google.com[*.*.*.*] said: 550-5.7.1 [*.*.*.*] Messages missing a valid Message-ID header are not 550-5.7.1 accepted. For more information, go to 550-5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant and review 550 5.7.1 RFC 5322 specifications. xxx.420 - gsmtp (in reply to end of DATA command)",
    reason: "contentError",
    provider: "gmail",
    source: "https://github.com/element-hq/matrix-authentication-service/issues/4747",
  },
  {
    reply:
      "550-5.7.1 This message is not RFC 5322 compliant. There are multiple Reply-To\n550-5.7.1 headers. To reduce the amount of spam sent to Gmail, this message has\n550-5.7.1 been blocked. For more information, go to\n550-5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant and review\n550 5.7.1 RFC 5322 specifications. j13-20020a5d618d000000b003498b74f4b7si8282258wru.286 - gsmtp",
    reason: "contentError",
    provider: "gmail",
    source: "https://github.com/Chaste/Chaste/issues/268",
  },
  {
    reply:
      "550 5.7.1 [167.89.13.30 11] Our system has detected that this message is not RFC 5322 compliant: 'From' header is missing. To reduce the amount of spam sent to Gmail, this message has been blocked. Please visit https://support.google.com/mail/?p=RfcMessageNonCompliant and review RFC 5322 specifications for more information. REDACTED - gsmtp",
    reason: "contentError",
    provider: "gmail",
    source: "https://github.com/pivotal-cf/email-resource/issues/9",
  },
  {
    reply:
      "550-5.7.1 [2610:48:100:820::3d] Our system has detected that this message is not\n550-5.7.1 RFC 5322 compliant: duplicate headers. To reduce the amount of spam\n550-5.7.1 sent to Gmail, this message has been blocked. Please review\n550 5.7.1  RFC 5322 specifications for more information. fw4-20020a05622a4a8400b00342f8191b5asi4790446qtb.213 - gsmtp",
    reason: "contentError",
    provider: "gmail",
    source: "https://github.com/domodwyer/mailyak/issues/70",
  },
  {
    reply:
      "450-4.2.1 450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n450-prevents additional messages from being delivered. Please resend your\n450-message at a later time. If the user is able to receive mail at that",
    reason: "rateLimited",
    provider: "gmail",
    source: "https://github.com/zone-eu/zone-mta/issues/110",
  },
  // --- Microsoft ----------------------------------------------------------------------------
  {
    reply:
      "550 5.7.1 Unfortunately, messages from [IP.IP.IP.IP] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/simple-login/app/issues/1875",
  },
  {
    reply: "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException;",
    reason: "spamDetected",
    provider: "microsoft",
    source: "https://github.com/nodemailer/nodemailer/issues/1486",
  },
  {
    reply:
      "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [PR2FRA01FT009.eop-fra01.prod.protection.outlook.com]",
    reason: "userUnknown",
    command: "RCPT",
    provider: "microsoft",
    source: "https://github.com/zone-eu/zone-mta/pull/214",
  },
  {
    reply:
      "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
    reason: "rateLimited",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2729",
  },
  {
    reply: "Invalid login: 535 5.7.3 Authentication unsuccessful",
    reason: "authRequired",
    command: "AUTH",
    provider: "microsoft",
    source: "https://github.com/nodemailer/nodemailer/issues/920",
  },
  {
    reply: "User me@site.com has exceeded its 24-hour sending limit. Messages to 25 recipients out of 25",
    reason: "rateLimited",
    provider: "microsoft",
    source: "https://github.com/nodemailer/nodemailer/issues/1137",
  },
  // --- Yahoo, AOL ---------------------------------------------------------------------------
  {
    reply:
      "host mta7.am0.yahoodns.net[67.195.228.94] said: 421\n4.7.0 [TSS04] Messages from 185.205.69.214 temporarily deferred due to\nunexpected volume or user complaints - 4.16.55.1; see\nhttps://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)",
    reason: "badReputation",
    provider: "yahoo-aol",
    source: "https://github.com/tutao/tutanota/issues/7113",
  },
  {
    reply:
      "host mta6.am0.yahoodns.net[74.6.137.64] said: 553 5.7.2\n    [TSS06] All messages from 62.xxx.xxx.xxxx will be permanently deferred;\n    Retrying will NOT succeed. See\n    https://help.yahoo.com/kb/postmaster/SLN3436.html (in reply to MAIL FROM\n    command)",
    reason: "blocked",
    provider: "yahoo-aol",
    source: "https://github.com/hardware/mailserver/issues/206",
  },
  {
    reply: "421 4.7.0 [TSS04] Messages from 287.190.241.178 temporarily deferred due to user complaints",
    reason: "badReputation",
    provider: "yahoo-aol",
    source: "https://github.com/postalserver/postal/issues/843",
  },
  // --- Apple iCloud -------------------------------------------------------------------------
  {
    reply:
      "host mx02.mail.icloud.com[17.57.155.25] said: 554\n    5.7.1 [CS01] Message rejected due to local policy. Please visit\n    https://support.apple.com/en-us/HT204137 (in reply to end of DATA command)",
    reason: "policyViolation",
    provider: "apple",
    source: "https://github.com/chatmail/core/issues/6547",
  },
  {
    reply:
      "550: 5.7.1 Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
    reason: "policyViolation",
    provider: "apple",
    source: "https://github.com/MailCore/mailcore2/issues/1738",
  },
  {
    reply:
      "host mx1.mail.icloud.com[17.158.8.68] said: 550 5.7.0\n   Blocked - see\n   https://support.proofpoint.com/dnsbl-lookup.cgi?ip=62.210.110.165:\n   xxxxx@me.com (in reply to RCPT TO command)",
    reason: "blocked",
    provider: "apple",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/22",
  },
  {
    reply:
      "Invalid greeting. response=554 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=1.1.1.1: 554 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=1.1.1.1",
    reason: "blocked",
    command: "CONNECT",
    provider: "apple",
    source: "https://github.com/zone-eu/zone-mta/issues/301",
  },
  // --- Postfix, Dovecot, Postgrey, other MTAs ----------------------------------------------
  {
    reply:
      "host mail.my-domain.com[/var/run/dovecot/lmtp] said: 552 5.2.2 <quotauser@otherdomain.tld> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)",
    reason: "mailboxFull",
    provider: "dovecot",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1508",
  },
  {
    reply:
      "4.2.0 <ppl@nayarit.be>: Recipient address rejected: Greylisted for 300 seconds or its been rejected.",
    reason: "greylisted",
    provider: "postgrey",
    source: "https://github.com/schweikert/postgrey/issues/86",
  },
  {
    reply:
      "SMTP error from remote mail server after RCPT TO:<mirabellug@aful.org>:\n450 4.2.0 <mirabellug@aful.org>: Recipient address rejected: Greylisted,\nsee http://postgrey.schweikert.ch/help/aful.org.html",
    reason: "greylisted",
    provider: "postgrey",
    source: "https://github.com/schweikert/postgrey/issues/84",
  },
  {
    reply: "Recipient address rejected: Delayed by Postgrey;",
    reason: "greylisted",
    provider: "postgrey",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/3497",
  },
  {
    reply: "450 User is receiving mail too quickly tnmpmscs",
    reason: "rateLimited",
    provider: "other",
    source: "https://github.com/zone-eu/zone-mta/issues/396",
  },
  {
    reply:
      "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Service unavailable; client [xx.xxx.xxx.xxx] blocked using zen.spamhaus.org",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/nodemailer/nodemailer/issues/1089",
  },
  {
    reply: "550 5.7.1 <bbb@qq.com>... Relaying denied. IP name lookup failed [222.66.4.242]",
    reason: "relayDenied",
    command: "RCPT",
    provider: "sendmail",
    source: "https://github.com/nodemailer/nodemailer/issues/190",
  },
  {
    reply: "550 relay not permitted",
    reason: "relayDenied",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/namshi/docker-smtp/issues/85",
  },
  {
    reply:
      '550-"JunkMail rejected - ec2-54-74-157-229.eu-west-1.compute.amazonaws.com\n550-(allid.com.sg) [54.74.157.229]:34032 is in an RBL, see\n550 https://www.spamhaus.org/query/ip/54.74.157.229"',
    reason: "blocked",
    provider: "exim",
    source: "https://github.com/getconversio/email-deep-validator/issues/9",
  },
  // --- The sending MTA's own texts ----------------------------------------------------------
  {
    reply: "mail for domain.tld loops back to myself",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow/issues/246",
  },
  {
    reply:
      "to=<contact@domain.com>, relay=none, delay=0.01, delays=0/0/0/0, dsn=5.4.6, status=bounced (mail for domain.com loops back to myself)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/bokysan/docker-postfix/issues/88",
  },
  {
    reply: "dsn=5.6.7, status=bounced (SMTPUTF8 is required, but was not offered by host mail.xxxx [xxxxx])",
    reason: "contentError",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/2774",
  },
  {
    reply:
      "<REDACTED@example.net> (expanded from <REDACTED@torproject.org>):\n    SMTPUTF8 is required, but was not offered by host\n    example.net[10.0.0.1]",
    reason: "contentError",
    provider: "postfix",
    source: "https://github.com/git-multimail/git-multimail/issues/220",
  },
  {
    reply:
      "<admin@<domain>.de>: Host or domain name not found. Name service error for\n    name=<domain>.de type=AAAA: Host found but no data record of requested type",
    reason: "hostUnknown",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/1645",
  },
  // --- GMX, WEB.DE, IONOS (1&1) ----------------------------------------------------------------
  {
    reply:
      "554-Transaction failed 554-Reject due to policy\n    restrictions. 554 For explanation visit\n    https://www.gmx.net/mail/senderguidelines?ip=85.13.155.220&c=hi",
    reason: "contentError",
    provider: "gmx-webde",
    source: "https://github.com/jlawyerorg/j-lawyer-org/issues/904",
  },
  {
    reply:
      "554-Transaction failed\n554-Reject due to policy restrictions.\n554 For explanation visit https://www.gmx.net/mail/senderguidelines?ip=85.158.181.12&c=hi",
    reason: "contentError",
    provider: "gmx-webde",
    source: "https://github.com/nextcloud/mail/issues/6497",
  },
  {
    reply:
      "554-Transaction failed\n554-Reject due to policy restrictions.\n554 For explanation visit https://postmaster.web.de/error-messages?ip=87.158.232.147&c=hi",
    reason: "contentError",
    provider: "gmx-webde",
    source: "https://github.com/homematic-community/hm_email/issues/14",
  },
  {
    reply:
      "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://postmaster.web.de/en/case?c=hi",
    reason: "contentError",
    provider: "gmx-webde",
    source: "https://github.com/zammad/zammad/issues/4630",
  },
  {
    reply:
      "554-Transaction failed 554-Reject due to policy restrictions. 554 For\n    explanation visit\n    https://postmaster.gmx.net/de/case?c=r0735&i=ip&v=185.79.233.85&r=1McHM6-1srIWI1qNo-00dbDH\n    (in reply to end of DATA command)",
    reason: "policyViolation",
    provider: "gmx-webde",
    source: "https://github.com/hitobito/hitobito/issues/2671",
  },
  // --- More from issue trackers ----------------------------------------------------------------
  {
    reply: "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2836",
  },
  {
    reply:
      "email@hotmail.com: host mx3.hotmail.com[65.54.188.110] said: 550\nRequested action not taken: mailbox unavailable (in reply to RCPT TO\ncommand)",
    reason: "userUnknown",
    provider: "microsoft",
    source: "https://github.com/hippich/PHPMailer-BMH/issues/3",
  },
  {
    reply:
      "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser i189-20020a6387c6000000b00439495f4eadsor8053548pge.28 - gsmtp",
    reason: "userUnknown",
    provider: "gmail",
    source: "https://github.com/alistapart/AListApart/issues/442",
  },
  {
    reply:
      "552-5.2.3 Your message exceeded Google's message size limits. Please visit 552-5.2.3  https://support.google.com/mail/?p=MaxSizeError to view our size 552 5.2.3 guidelines.",
    reason: "messageTooBig",
    provider: "gmail",
    source: "https://github.com/swiftmailer/swiftmailer/issues/989",
  },
  {
    reply: "552 message line is too long",
    reason: "contentError",
    provider: "other",
    source: "https://github.com/swiftmailer/swiftmailer/issues/989",
  },
  {
    reply: "552 5.3.4 Error: message file too big",
    reason: "messageTooBig",
    provider: "postfix",
    source: "https://github.com/freescout-help-desk/freescout/issues/4976",
  },
  {
    reply: "550 Message too big!",
    reason: "messageTooBig",
    provider: "haraka",
    source: "https://github.com/zone-eu/wildduck/issues/762",
  },
  {
    reply:
      "MapiExceptionMaxSubmissionExceeded; Message size exceeds maximum size limit.; STOREDRV.Submission.Exception:MessageSubmissionExceededException.MapiExceptionMaxSubmissionExceeded",
    reason: "messageTooBig",
    provider: "microsoft",
    source: "https://github.com/pankleks/pm2-health/issues/52",
  },
  {
    reply: "552 #5.3.4 message size exceeds limit",
    reason: "messageTooBig",
    provider: "other",
    source: "https://github.com/codeforamerica/clean/issues/331",
  },
  {
    reply: "421 Too many concurrent SMTP connections; please try again later.",
    reason: "tooManyConnections",
    provider: "exim",
    source: "https://github.com/PHPMailer/PHPMailer/issues/2070",
  },
  {
    reply:
      "432 4.3.2 Concurrent connections limit exceeded. Visit https://aka.ms/concurrent_sending for more information. [Hostname=OS0PR01MB6099.jpnprd01.prod.outlook.com]",
    reason: "tooManyConnections",
    provider: "microsoft",
    source: "https://github.com/sabuhish/fastapi-mail/issues/75",
  },
  {
    reply: "sorry, too many emails (#5.7.1)",
    reason: "rateLimited",
    provider: "qmail",
    source: "https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/94",
  },
  {
    reply: 'message sending failed: 4.7.1 Ratelimit "user" exceeded (451)',
    reason: "rateLimited",
    provider: "rspamd",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/1497",
  },
  {
    reply:
      "451 ESMTP MailEnable Service temporarily refused connection at 11/27/15 11:25:27 from IP (2.13.169.206) because the server is too busy.",
    reason: "tooManyConnections",
    command: "CONNECT",
    provider: "mailenable",
    source: "https://github.com/maildev/maildev/issues/96",
  },
  {
    reply: "SASL login name rejected: You are sending too many emails too fast.",
    reason: "rateLimited",
    provider: "mailu",
    source: "https://github.com/Mailu/Mailu/issues/2416",
  },
  {
    reply:
      "email@yahoo.fr: host mx1.mail.eu.yahoo.com[77.238.177.9] said: 554\ndelivery error: dd This user doesn't have a yahoo.fr account\n(email@yahoo.fr) [0] - mta1064.mail.ird.yahoo.com (in reply to end of\nDATA command)",
    reason: "userUnknown",
    provider: "yahoo-aol",
    source: "https://github.com/hippich/PHPMailer-BMH/issues/2",
  },
  {
    reply:
      "554 delivery error: dd This user doesn't have a ymail.com account (anto.antony@ymail.com) [0] - mta1285.mail.ne1.yahoo.com",
    reason: "userUnknown",
    provider: "yahoo-aol",
    source: "https://github.com/netneutrality/savetheinternet.in/issues/161",
  },
  {
    reply: "554 Message not allowed - [299]",
    reason: "policyViolation",
    provider: "yahoo-aol",
    source: "https://github.com/dart-mailer/mailer/issues/235",
  },
  // --- Zoho, Yandex -------------------------------------------------------------------------
  {
    reply: "553 Relaying disallowed as myemail@email.com",
    reason: "senderRejected",
    provider: "zoho",
    source: "https://github.com/bredikhin/meteor-contact-form/issues/6",
  },
  {
    reply:
      "5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1631900360-h4Ajl35YEe-dK78OYi4",
    reason: "spamDetected",
    provider: "yandex",
    source: "https://github.com/chatmail/provider-db/issues/205",
  },
  // --- Held out: collected after the rules were written, to measure unseen replies ---------
  {
    reply: "550 5.1.1 <*@religio-x.com>: Recipient address rejected: User unknown in virtual mailbox table;",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/893",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "550 5.1.1 <******@*******>: Recipient address rejected: User unknown in virtual mailbox table",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://github.com/knadh/listmonk/issues/1324",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "550 5.1.1 : Recipient address rejected: User unknown in local recipient table",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://github.com/jeboehm/docker-mailserver/issues/221",
    heldOut: true,
    batch: 1,
  },
  {
    reply:
      "5.1.1 <test@liste.domain.tld>: Recipient address rejected: User unknown in virtual mailbox table.",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://github.com/YunoHost-Apps/mailman_ynh/issues/6",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "550 5.7.1 Unable to relay for paris.team@parisoptimalplanning.com",
    reason: "relayDenied",
    command: "RCPT TO",
    provider: "exchange",
    source: "https://github.com/nodemailer/nodemailer/issues/386",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "5.7.1 <address@host.com>: Relay access denied",
    reason: "relayDenied",
    provider: "postfix",
    source: "https://github.com/leafac/kill-the-newsletter/issues/51",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "554 5.7.1 <recipint@example.com>: Relay access denied",
    reason: "relayDenied",
    provider: "postfix",
    source: "https://github.com/postalserver/postal/issues/647",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "550 relay not permitted!",
    reason: "relayDenied",
    provider: "exim",
    source: "https://github.com/postalserver/postal/issues/647",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "454 4.7.1 <*@cnpd.pt>: Relay access denied",
    reason: "relayDenied",
    provider: "postfix",
    source: "https://github.com/root-io/vmail/issues/68",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "550 5.7.1 Retransmission denied",
    reason: "relayDenied",
    provider: "other",
    source: "https://github.com/uilicious/inboxkitten/issues/96",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "530 5.7.0 Must issue a STARTTLS command first",
    reason: "requireTLS",
    provider: "postfix",
    source: "https://github.com/formtools/core/issues/757",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "530 5.7.0 Must issue a STARTTLS command first. w29sm21914057vcr.2",
    reason: "requireTLS",
    provider: "gmail",
    source: "https://github.com/dcparker/ruby-gmail/issues/22",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "5.7.0 Must issue a STARTTLS command first (530 5.7.0 Must issue a STARTTLS command first)",
    reason: "requireTLS",
    provider: "postfix",
    source: "https://github.com/mailpile/Mailpile/issues/2251",
    heldOut: true,
    batch: 1,
  },
  {
    reply:
      "Mail command failed: 530-5.7.0 Authentication Required. Learn more at 530 5.7.0 https://support.google.com/mail/?p=WantAuthError j5-20020a05620a288500b0077d8526bcdesm2261723qkp.86 - gsmtp",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/dawidd6/action-send-mail/issues/186",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "550 5.7.1 [BFD] Sender prohibited by SPF",
    reason: "authFailure",
    provider: "mailchannels",
    source: "https://github.com/justingit/dada-mail/issues/717",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "Your email to group robin.klantenservice@brandfield.nl was rejected due to spam classification.",
    reason: "spamDetected",
    provider: "gmail",
    source: "https://github.com/mail-in-a-box/mailinabox/issues/1046",
    heldOut: true,
    batch: 1,
  },
  {
    reply:
      "host mx1.simplelogin.co[176.119.200.132] said:\n550 5.7.23 <objections_strc@aleeas.com>: Recipient address rejected:\nMessage rejected due to: SPF fail - not authorized. Please see\nhttp://www.openspf.net/Why?s=mfrom;id=[REDACTED];ip=217.70.183.193;r=<UNKNOWN>\n(in reply to RCPT TO command)",
    reason: "authFailure",
    provider: "postfix",
    source: "https://github.com/simple-login/app/issues/1556",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "504 5.5.2 <Styx>: Helo command rejected: need fully-qualified hostname",
    reason: "blocked",
    provider: "postfix",
    source: "https://github.com/Foundry376/Mailspring/issues/1054",
    heldOut: true,
    batch: 1,
  },
  {
    reply:
      "NOQUEUE: reject: RCPT from forward.cat[107.170.17.71]: 504 5.5.2 <primary>: Helo command rejected: need fully-qualified hostname; from=<no-reply@forward.cat> to=<target@address> proto=ESMTP helo=<primary>",
    reason: "blocked",
    provider: "postfix",
    source: "https://github.com/danisola/forward-cat/issues/3",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
    reason: "blocked",
    provider: "postfix",
    source: "https://github.com/postalserver/postal/issues/19",
    heldOut: true,
    batch: 1,
  },
  {
    reply:
      "to=<root@mail.mydomain.com>, orig_to=<root>, relay=none, delay=50784, delays=50754/0.01/30/0, dsn=4.4.1, status=deferred (connect to mail.mydomain.com[123.456.789.123]:25: Connection timed out)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/374",
    heldOut: true,
    batch: 1,
  },
  {
    reply:
      "to=<info@domain.de>, relay=none, delay=2370, delays=2370/0.07/0/0, dsn=4.4.1, status=deferred (connect to 172.20.0.6[172.20.0.6]:2525: Connection refused)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/1it/docker-mail/issues/2",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "connect to ASPMX.L.GOOGLE.COM[64.233.188.27]:25: Operation timed out",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/huan/docker-simple-mail-forwarder/issues/40",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "postfix/smtp[17813]: connect to domain.com[192.168.0.1]:25: No route to host",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/Hsn723/postfix_exporter/issues/302",
    heldOut: true,
    batch: 1,
  },
  {
    reply:
      "host mx2.free.fr[212.27.42.58] refused to talk to me: 421 Refused. Your reverse DNS entry does not resolve to an IP.",
    reason: "requirePTR",
    provider: "free",
    source: "https://github.com/iredmail/iRedMail/issues/156",
    heldOut: true,
    batch: 1,
  },
  {
    reply:
      "host ironportin-lyk-3.it.gu.se[130.241.151.106] refused to talk to me: 554 ironportin-lyk-3.it.gu.se",
    reason: "blocked",
    provider: "cisco",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/762",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "550-5.2.1 The email account that you tried to reach is inactive",
    reason: "mailboxDisabled",
    provider: "gmail",
    source: "https://github.com/learning-unlimited/ESP-Website/issues/3850",
    heldOut: true,
    batch: 1,
  },
  {
    reply:
      "host aspmx.l.google.com\n (2a00:1450:400c:c01::1b) said: 550 5.2.1 The email account that you tried to  reach is disabled. Learn more at  https://support.google.com/mail/?p=DisabledUser\n n4-20020a7bc5c4000000b003efd8c5fc10si8100417wmk.101 - gsmtp (in reply to RCPT\n command)",
    reason: "mailboxDisabled",
    provider: "gmail",
    source: "https://github.com/jbostoen/itop-jb-mail-to-ticket-automation-v2/issues/35",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "552 5.2.1 : Recipient address rejected: User disabled",
    reason: "mailboxDisabled",
    provider: "anonaddy",
    source: "https://github.com/anonaddy/anonaddy/issues/624",
    heldOut: true,
    batch: 1,
  },
  {
    reply:
      "NOQUEUE: reject: RCPT from xtrwscfn.outbound-mail.sendgrid.net[167.89.108.242]: 450 4.1.8 <bounces+19390322-d49f-info=filser-webdesign.de@em7169.erxes.io>: Sender address rejected: Domain not found;",
    reason: "senderRejected",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1744",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "450 4.1.2 <b8grvq@ubsonline.com>: Recipient address rejected: Domain not found",
    reason: "hostUnknown",
    provider: "postfix",
    source: "https://github.com/hitobito/hitobito/issues/495",
    heldOut: true,
    batch: 1,
  },
  {
    reply: "550 5.1.0 MailProtect : Domain of sender address khcrqq@psrp.mydmain.com does not exist",
    reason: "senderRejected",
    provider: "other",
    source: "https://github.com/postalserver/postal/issues/1199",
    heldOut: true,
    batch: 1,
  },
  {
    reply:
      "Host or domain name not found. Name service error\n    for name=receivingdomain.com_ type=AAAA: Host not found",
    reason: "hostUnknown",
    provider: "postfix",
    source: "https://github.com/marlam/msmtp/issues/42",
    heldOut: true,
    batch: 1,
  },
  // --- Held out, second batch ------------------------------------------------------------
  {
    reply: "5.7.708 Service unavailable. Access denied, traffic not accepted from this IP",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/1181",
    heldOut: true,
    batch: 2,
  },
  {
    reply: "550 5.7.511 Access denied, banned sender[xxx.xxx.xxx.xxx].",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/microsoft-365-docs/pull/7619",
    heldOut: true,
    batch: 2,
  },
  {
    reply: "550 5.4.1 Recipient address rejected: Access denied. AS(xxxxxxx)",
    reason: "userUnknown",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2336",
    heldOut: true,
    batch: 2,
  },
  {
    reply:
      'procmail: Quota exceeded while writing "/home/_user_/homes/info/Maildir/tmp/1635844454.19097_0._server_"',
    reason: "mailboxFull",
    provider: "procmail",
    source: "https://github.com/virtualmin/virtualmin-gpl/issues/326",
    heldOut: true,
    batch: 2,
  },
  {
    reply: "554 5.7.1 Spam message rejected",
    reason: "spamDetected",
    provider: "rspamd",
    source: "https://github.com/rspamd/rspamd/issues/5343",
    heldOut: true,
    batch: 2,
  },
  {
    reply: "554 DT:SPM",
    reason: "spamDetected",
    provider: "netease",
    source: "https://github.com/hellokaton/oh-my-email/issues/10",
    heldOut: true,
    batch: 2,
  },
  {
    reply: "550 High probability of spam",
    reason: "spamDetected",
    provider: "other",
    source: "https://github.com/tiddlyhost/tiddlyhost-com/issues/213",
    heldOut: true,
    batch: 2,
  },
  {
    reply: "550 5.7.1 Message rejected as spam by Content Filtering.",
    reason: "spamDetected",
    provider: "other",
    source: "https://github.com/swiftmailer/swiftmailer/issues/1244",
    heldOut: true,
    batch: 2,
  },
  {
    reply: "<camille.ct@gmail.com>: Spam message rejected",
    reason: "spamDetected",
    provider: "rspamd",
    source: "https://github.com/sympa-community/sympa/issues/447",
    heldOut: true,
    batch: 2,
  },
  {
    reply: "552: Message rejected for spam or virus content",
    reason: "spamDetected",
    provider: "other",
    source: "https://github.com/kgretzky/evilginx2/pull/480",
    heldOut: true,
    batch: 2,
  },
  {
    reply:
      "550-5.7.1 [<ip address>      12] Gmail has detected that this message is likely 550-5.7.1 unsolicited mail. To reduce the amount of spam sent to Gmail, this",
    reason: "spamDetected",
    provider: "gmail",
    source: "https://github.com/civicrm/civicrm-core/pull/34191",
    heldOut: true,
    batch: 2,
  },
  {
    reply: "Cannot receive any email with error User unknown in virtual alias table",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/2033",
    heldOut: true,
    batch: 2,
  },
  {
    reply: "550 Authentication is required for relay",
    reason: "authRequired",
    command: "MAIL FROM",
    provider: "other",
    source: "https://github.com/4IceG/luci-app-sms-tool-js/issues/45",
  },
  // --- Held out, third batch: collected and labelled after the second batch's fixes, and measured
  // before any rule was changed for them (see `heldOut` above for the figure) ---------------------
  {
    reply:
      "NOQUEUE: reject: RCPT from mail-lo2gbr01olkn0166.outbound.protection.outlook.com[104.47.21.166]: 554 5.7.1 Service unavailable; Client host [104.47.21.166] blocked using sbl.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/172.69.79.93; from=<xxxxx@xxxx.xxx> to=<xxxxx@xxxxx.xxx> proto=ESMTP helo=<GBR01-LO2-obe.outbound.protection.outlook.com>",
    reason: "blocked",
    provider: "postfix",
    source: "https://github.com/spamhaus/spamassassin-dqs/issues/53",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "550 5.7.1 Service unavailable, Client host [abc] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/abc AS(1450) [VI1EUR04FT062.eop-eur04.prod.protection.outlook.com]",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/kakshay21/verify_email/issues/44",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "451 4.7.650 The mail server [167.89.12.138] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113) [VI1EUR06FT038.eop-eur06.prod.protection.outlook.com]",
    reason: "badReputation",
    provider: "microsoft",
    source: "https://github.com/sendgrid/docs/issues/6275",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "host hotmail-com.olc.protection.outlook.com[104.47.57.161] said: 451 4.7.651 The mail server [45.133.73.165] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S844) [DM6NAM11FT088.eop-nam11.prod.protection.outlook.com 2023-10-28T12:19:31.847Z 08DBD70830F39917] (in reply to RCPT TO command)",
    reason: "badReputation",
    provider: "microsoft",
    source: "https://github.com/Mailu/Mailu/issues/3013",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "recipient <hanna.cohen@hilleltoronto.org> rejected: 550 5.7.1 Service unavailable; Client host [107.6.51.128 <-- barontel.com] blocked using FBLW15; To request removal from this list please forward this message to delist@messaging.microsoft.com",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/haraka/Haraka/issues/848",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "Remote Server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7171) [DM6PR09MB5976.namprd09.prod.outlook.com]'",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/6099",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "Remote Server returned '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)'",
    reason: "policyViolation",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/microsoft-365-docs/issues/3648",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "#550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
    reason: "senderRejected",
    provider: "exchange",
    source: "https://github.com/mysociety/writetothem/issues/364",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "host hotmail-com.olc.protection.outlook.com [104.47.59.161]\n    SMTP error from remote mail server after pipelined end of data:\n    550 5.7.1 Unfortunately, messages from [185.234.69.116] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DM6NAM12FT008.eop-nam12.prod.protection.outlook.com 2023-02-01T02:52:56.703Z 08DB03E3F757F606]",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/hestiacp/hestiacp/issues/2901",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "Server response: 550 550 OU-001 (SNT004-MC11F3) Unfortunately, messages from 104.130.122.18 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/portier/portier-broker/issues/128",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "host hotmail-com.olc.protection.outlook.com[52.101.10.9] said: 550 5.7.1\n    Unfortunately, messages from [82.98.171.203] weren't sent. Please contact\n    your Internet service provider since part of their network is on our block\n    list (S3150). You can also refer your provider to\n    http://mail.live.com/mail/troubleshooting.aspx#errors. [Name=Protocol\n    Filter Agent][AGT=PFA][MxId=11BC54339C3FD8FF]\n    [BN3PEPF0000B077.namprd04.prod.outlook.com 2025-11-25T08:06:40.951Z\n    08DE2A19D02BF789] (in reply to MAIL FROM command)",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/windows-dev-docs/issues/5744",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "550 5.7.1 Mail from IP xx.xx.xx.xx was rejected due to listing in Spamhaus SBL. For details please see ...",
    reason: "blocked",
    provider: "apple",
    source: "https://github.com/devmehq/email-validator-js/issues/100",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "503 5.5.1 Error: send HELO/EHLO first",
    reason: "protocolError",
    provider: "apple",
    source: "https://github.com/reacherhq/check-if-email-exists/issues/1410",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "permanent: 5.7.1 Service unavailable; client [54.224.254.xxx] blocked using zen.spamhaus.org",
    reason: "blocked",
    provider: "other",
    source: "https://github.com/reacherhq/backend/issues/189",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "554-Service unavailable; Client host [bl11-253-215.dsl.telepac.pt] blocked using\n554-Barracuda Reputation;\n554 http://www.barracudanetworks.com/reputation/?r=1&ip=85.244.xxx.yyy",
    reason: "blocked",
    provider: "barracuda",
    source: "https://github.com/getconversio/email-deep-validator/pull/20",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "550 5.4.5 Daily user sending quota exceeded. s5sm12197523qke.120 - gsmtp",
    reason: "rateLimited",
    provider: "gmail",
    source: "https://github.com/PHPMailer/PHPMailer/issues/2113",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "SMTP error from remote mail server after end of data:\n    host aspmx.l.google.com [74.125.133.26]: 550-5.7.1 [193.95.241.239      12] Our system has detected that this message is\n    550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n    550-5.7.1 this message has been blocked. Please visit\n    550 5.7.1  https://support.google.com/mail/answer/188131 for more information. r11si2166wmb.87 - gsmtp",
    reason: "spamDetected",
    provider: "gmail",
    source: "https://github.com/cgeo/cgeo/issues/5737",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "host alt1.aspmx.l.google.com[74.125.28.26] said: 421-4.7.28 [xxx.59.88.xxx       4] Our system has detected an unusual rate of 421-4.7.28 unsolicited mail originating from your IP address. To protect our 421-x.x.xx users from spam, mail sent from your IP address has been temporarily 421-x.x.xx rate limited. Please visit 421-x.x.xx  https://support.google.com/mail/?p=UnsolicitedRateLimitError to 421 x.x.xx review our Bulk Email Senders Guidelines. z1si9679476pln.401 - gsmtp (in reply to end of DATA command)",
    reason: "badReputation",
    provider: "gmail",
    source: "https://github.com/mail-in-a-box/mailinabox/issues/1771",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "host gmail-smtp-in.l.google.com[66.102.1.27] said: 550-5.7.1 [104.248.27.183       1] Our system has detected an unusual rate of 550-5.7.1 unsolicited mail originating from your IP address. To protect our 550-5.7.1 users from spam, mail sent from your IP address has been blocked. 550-5.7.1 Please visit 550-5.7.1  https://support.google.com/mail/?p=UnsolicitedIPError to review our 550 5.7.1 Bulk Email Senders Guidelines. q16si3475662wrs.311 - gsmtp (in reply to end of DATA command)",
    reason: "badReputation",
    provider: "gmail",
    source: "https://github.com/maxking/docker-mailman/issues/303",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "host alt1.gmail-smtp-in.l.google.com[173.194.72.26] said: 421-4.7.0 [128.199.95.148      15] Our system has detected that this message is 421-4.7.0 suspicious due to the very low reputation of the sending IP address. 421-4.7.0 To protect our users from spam, mail sent from your IP address has 421-4.7.0 been temporarily rate limited. Please visit 421 4.7.0  https://support.google.com/mail/answer/188131 for more information. a78si25816854pfj.35 - gsmtp (in reply to end of DATA command)",
    reason: "badReputation",
    provider: "gmail",
    source: "https://github.com/ustclug/discussions/issues/15",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "452 4.5.3 Your message has too many recipients. For more information regarding Google's sending limits, visit Limits for sending & getting mail.",
    reason: "exceedLimit",
    provider: "gmail",
    source: "https://github.com/emersion/go-smtp/issues/195",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "host mx02.t-online.de[194.25.134.9] refused to talk to me: 554 IP=***.***.***.*** - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
    reason: "blocked",
    provider: "t-online",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/2532",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "SMTP error from remote server for TEXT command, host: mx01.emig.gmx.net (212.227.17.5) reason: 554-Transaction failed\n554-Reject due to policy restrictions.\n554 For explanation visit https://postmaster.gmx.net/en/case?c=r0701&i=ip&",
    reason: "contentError",
    provider: "gmx-webde",
    source: "https://github.com/flatpressblog/flatpress/issues/631",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]",
    reason: "senderRejected",
    provider: "orange",
    source: "https://github.com/MieuxVoter/app.mieuxvoter.fr-front/issues/71",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "554 delivery error: dd This user doesn't have a yahoo.com account (alexwillis2011@yahoo.com) [-5] - mta1325.mail.gq1.yahoo.com",
    reason: "userUnknown",
    provider: "yahoo-aol",
    source: "https://github.com/hbattat/verifyEmail/issues/30",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "550 5.7.1 This message was not accepted due to domain owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc",
    reason: "authFailure",
    provider: "mailru",
    source: "https://viws.ru/en/poterya-pochtovyh-soobshchenii-oshibki-pochtovoi-sistemy.html",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "550 5.4.6 Unusual sending activity detected. <a href=https://www.zoho.com/mail/help/usage-policy.html target=_blank>Learn more.</a> To unblock <a href=https://mail.zoho.com/UnblockMe target=_blank>Click here.</a>",
    reason: "rateLimited",
    provider: "zoho",
    source: "https://github.com/cachethq/cachet/issues/3052",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "550 Mail content denied [MJ8vvB3Z9HILDyk+wodtP4MX11azy2kRSERV7gfPvneArAnaGVv31DttVmD2vtJv1Q== IP: 服务器ip]. https://service.mail.qq.com/detail/122/171.",
    reason: "spamDetected",
    provider: "qq",
    source: "https://github.com/Jinnrry/PMail/issues/220",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "(550, b'The mail may contain inappropriate words or content.')",
    reason: "spamDetected",
    provider: "qq",
    source: "https://github.com/sansan0/TrendRadar/issues/373",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "554 DT:SPM 发送的邮件内容包含了未被许可的信息,或被系统识别为垃圾邮件.请检查",
    reason: "spamDetected",
    provider: "netease",
    source: "https://github.com/jackfrued/Python-100-Days/issues/255",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      'host mx1.forwardemail.net[138.197.213.185] said: 550\n   Error for test@example.com of "Invalid greeting. response=550 5.7.0\n   Blocked - see\n   https://support.proofpoint.com/dnsbl-lookup.cgi?ip=138.197.213.185: 550\n   5.7.0 Blocked - see\n   https://support.proofpoint.com/dnsbl-lookup.cgi?ip=138.197.213.185" (in\n   reply to end of DATA command)',
    reason: "blocked",
    provider: "proofpoint",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/219",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "550 Rejected by header based Anti-Spoofing policy",
    reason: "policyViolation",
    provider: "mimecast",
    source: "https://github.com/mysociety/fixmystreet/issues/1651",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "SMTP error from remote mail server after RCPT TO:<memberservices@rhondda-cynon-taff.gov.uk>:\nhost eu-smtp-inbound-1.mimecast.com [195.130.217.211]:\n550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550",
    reason: "senderRejected",
    provider: "mimecast",
    source: "https://github.com/mysociety/writetothem/issues/364",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "H=us-smtp-inbound-1.mimecast.com [205.139.110.242]: SMTP error from remote mail server after RCPT TO:<XXXXX@redhat.com>: 451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [XXXXX]",
    reason: "systemError",
    provider: "mimecast",
    source: "https://github.com/tianon/dockerfiles/issues/96",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      "<sailer@ife.ee.ethz.ch>: host mc4.ethz.ch[82.130.86.12] said: 550-Callout\n    verification failed: 550-550 5.1.10 RESOLVER.ADR.RecipientNotFound;\n    Recipient not found by SMTP 550 address lookup (in reply to RCPT TO\n    command)",
    reason: "userUnknown",
    provider: "exim",
    source: "https://github.com/gregkh/usbutils/issues/145",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "550 5.1.6 recipient no longer on server",
    reason: "hasMoved",
    provider: "other",
    source: "https://github.com/customeros/mailsherpa/issues/19",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "450 4.2.1 Message was greylisted, try again in 59 seconds",
    reason: "greylisted",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/forwardemail.net/issues/554",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "com.sun.mail.smtp.SMTPAddressFailedException: 452 #4.5.3 Too many recipients.",
    reason: "exceedLimit",
    provider: "other",
    source: "https://github.com/jakartaee/mail-api/issues/20",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "421 Recipient not in route list",
    reason: "userUnknown",
    provider: "hmailserver",
    source: "https://github.com/hmailserver/hmailserver/issues/21",
    heldOut: true,
    batch: 3,
  },
  {
    reply:
      'smtp-in: Failed command on session 7818378b78e6ffe0: "RCPT TO:<kanzer@darkmail.mx>" => 550 Invalid recipient',
    reason: "userUnknown",
    provider: "opensmtpd",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/541",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "550 5.1.2 Mailbox does not exist.",
    reason: "userUnknown",
    provider: "stalwart",
    source: "https://github.com/stalwartlabs/stalwart/issues/2460",
    heldOut: true,
    batch: 3,
  },
  {
    reply: "550 5.1.1 no such user",
    reason: "userUnknown",
    provider: "mox",
    source: "https://github.com/mjl-/mox/issues/189",
    heldOut: true,
    batch: 3,
  },
  // --- held-out batch 4 (collected before any rule changed for it) ---------------------
  {
    reply:
      "550 5.7.514 Decision Engine classified the mail item was rejected because of IP Block (from outbound normal IP pools) -> 554 5.7.1 Service unavailable; Client host [40.107.107.102] blocked using zen.spamhaus.org",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/2704",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "NOQUEUE: reject: RCPT from <redacted>: 554 5.7.1 Service unavailable; Client host [redacted] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/46.38.225.230/",
    reason: "blocked",
    provider: "postfix",
    source: "https://github.com/simple-login/app/issues/2675",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message The process failed to get the correct properties. 0.35250:02018D83, 1.36674:01000000, 1.61250:00000000'",
    reason: "mailboxFull",
    provider: "microsoft",
    source: "https://github.com/awslabs/ecs-nginx-reverse-proxy/issues/3",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "host mx00.emig.gmx.net[212.227.15.9] refused to talk to me: 554-gmx.net (mxgmx017) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=94.23.55.190&c=rdns",
    reason: "requirePTR",
    provider: "gmx-webde",
    source: "https://github.com/EDSM-NET/FrontEnd/issues/21",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "refused to talk\nto me: 554 IP=95.216.152.144 - Dialup/transient IP not allowed. Use a\nmailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)",
    reason: "blocked",
    provider: "t-online",
    source: "https://github.com/chatmail/provider-db/issues/280",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "554 5.7.1 Rejected because Bad IP",
    reason: "blocked",
    provider: "other",
    source: "https://github.com/zone-eu/zone-mta/pull/239",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "Error: 554 p3plibsmtp03-07.prod.phx3.secureserver.net CMGW IB103. Connection refused. 52.38.96.198 has a poor reputation on Cloudmark Sender Intelligence (CSI). Please visit http://csi.cloudmark.com/reset-request/?ip=52.38.96.198 to request a delisting.",
    reason: "badReputation",
    provider: "godaddy",
    source: "https://github.com/jstanden/cerb/issues/1628",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "NOQUEUE: reject: RCPT from smtp12.smtpout.orange.fr[80.12.242.134]: 450 4.2.0 <...@nicolas.tf>: Recipient address rejected: Greylisted (...)",
    reason: "greylisted",
    command: "RCPT",
    provider: "postgrey",
    source: "https://github.com/schweikert/postgrey/issues/6",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "554 5.7.1 rejected by rspamd filter",
    reason: "spamDetected",
    provider: "rspamd",
    source: "https://github.com/rspamd/rspamd/issues/5098",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "SMTP error from remote server for TEXT command, host: mail.de-labrusse.fr (164.132.77.216) reason: 554 5.7.1 Matched map: FORBIDDEN_FILE_EXTENSION",
    reason: "policyViolation",
    provider: "rspamd",
    source: "https://github.com/NethServer/dev/issues/5811",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "Failed to send email: (550, b'5.7.1 message content rejected')",
    reason: "spamDetected",
    provider: "posteo",
    source: "https://github.com/mandarons/icloud-docker/issues/163",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "550 Service unavailable; Client host [smtp001.thundermail.com] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=5.60.96.9 (zzzzz@domain.com:blocked,xxxxx@domain.com:blocked)",
    reason: "blocked",
    command: "DATA",
    provider: "barracuda",
    source: "https://github.com/thunderbird/mailstrom/issues/162",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "test@heess-it.de, ERROR_CODE :550, ERROR_CODE :The email you sent has an invalid DKIM signature",
    reason: "authFailure",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/145",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "SMTP error from remote mail server after end of data:\nhost chpseg01n.somerset.gov.uk [194.74.187.85]:\n550 Header value not allowed",
    reason: "policyViolation",
    command: "DATA",
    provider: "other",
    source: "https://github.com/mysociety/writetothem/issues/364",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "550-Your message was rejected by this user and was not delivered -  mips space",
    reason: "filtered",
    provider: "other",
    source: "https://github.com/zone-eu/zone-mta/pull/251",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "<someone's email>: host mxb-001.gslb.pphosted.com[10.11.20.40]\n    said: 550 5.7.0 Blocked - see\n    https://ipcheck.proofpoint.com/?ip=149.28.244.134 (in reply to end of DATA\n    command)",
    reason: "blocked",
    provider: "proofpoint",
    source: "https://github.com/LukeSmithxyz/emailwiz/issues/233",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "Your message couldn't be delivered to the recipient because you don't have permission to send to it.\nAsk the recipient's email admin to add you to the accept list for the recipient.\nFor more information, see DSN 5.7.129 Errors in Exchange Online and Office 365.",
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/1208",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "552 5.2.2 : Recipient address rejected: User over quota",
    reason: "mailboxFull",
    provider: "anonaddy",
    source: "https://github.com/anonaddy/anonaddy/issues/749",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "Recipient address rejected: Email Sending Quota Exceeded",
    reason: "rateLimited",
    provider: "other",
    source: "https://github.com/go-gomail/gomail/issues/174",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "503 Bad sequence of commands (TLS required)",
    reason: "requireTLS",
    provider: "yahoo-aol",
    source: "https://github.com/PHPMailer/PHPMailer/issues/767",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "status=deferred (TLS is required, but was not offered by host 127.0.0.1[127.0.0.1])",
    reason: "securityError",
    provider: "postfix",
    source: "https://github.com/iredmail/iRedMail/issues/265",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "com.sun.mail.smtp.SMTPSendFailedException: 451 5.7.3 STARTTLS is required to send mail",
    reason: "requireTLS",
    provider: "other",
    source: "https://github.com/nedimf/maildroid/issues/29",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "<4dq59l7n5@relay.firefox.com>: host\n    inbound-smtp.us-west-2.amazonaws.com[54.240.252.212] said: 550 5.7.1 TLS\n    required by recipient (in reply to RCPT TO command)",
    reason: "requireTLS",
    provider: "amazon-ses",
    source: "https://github.com/mozilla/fx-private-relay/issues/757",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "Horde_Smtp_Exception: Message size exceeds fixed limit",
    reason: "messageTooBig",
    provider: "other",
    source: "https://github.com/nextcloud/mail/issues/8295",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "Error: Message failed: 550 Error reading data, max message size exceeded",
    reason: "messageTooBig",
    provider: "other",
    source: "https://github.com/nodemailer/nodemailer/issues/1047",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "552-5.2.3 Your message exceeded Google's message size limits. Please visit\n552-5.2.3 http://support.google.com/mail/bin/answer.py?answer=8770 to review our\n552 5.2.3 size guidelines. nb4sm10940064wjc.20 - gsmtp",
    reason: "messageTooBig",
    provider: "gmail",
    source: "https://github.com/nodemailer/nodemailer/issues/400",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "message deferred due to failure: (452, '4.3.4 Message size exceeds fixed limit'",
    reason: "messageTooBig",
    provider: "other",
    source: "https://github.com/pinax/django-mailer/issues/90",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "status=deferred (Host or domain name not found. Name service error for name=fontarboleas.es type=MX: Host not found, try again)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/mail-in-a-box/mailinabox/issues/1607",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "DNS Error: DNS type 'mx' lookup of dasdasdsadas.com responded with code NXDOMAIN Domain name not found: dasdasdsadas.com Learn more at https://support.google.com/mail/?p=BadRcptDomain",
    reason: "hostUnknown",
    provider: "gmail",
    source: "https://github.com/postalsys/emailengine/issues/203",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "status=deferred (connect to alt4.gmail-smtp-in.l.google.com[209.85.147.27]:25: Connection timed out)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/panubo/docker-postfix/issues/37",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "<info@hydrogen-music.org>: Host or domain name not found. Name service error\n    for name=mail.hydrogen-music.org type=A: Host not found",
    reason: "hostUnknown",
    provider: "postfix",
    source: "https://github.com/hydrogen-music/hydrogen/issues/836",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "NOQUEUE: reject: RCPT from m42-1.mailgun.net[69.72.42.1]: 450 4.1.8 <bounce+89f10a.ba0bf3-cfp=devopsrex.fr@mg.conference-hall.io>: Sender address rejected: Domain not found; from=<bounce+89f10a.ba0bf3-cfp=devopsrex.fr@mg.conference-hall.io> to=<cfp@devopsrex.fr> proto=ESMTP helo=<m42-1.mailgun.net>",
    reason: "senderRejected",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/bpetetot/conference-hall-beta/issues/661",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "was considered unsolicited bulk e-mail (UBE).\n\nOur internal reference code for your message is 2543112-06/Q8cmmCBHhq9r",
    reason: "spamDetected",
    provider: "amavis",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1471",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "421 Invalid SPF result",
    reason: "authFailure",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/forwardemail.net/issues/384",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "Our system has detected that this message is 550-5.7.1 likely suspicious due to the very low reputation of the sending 550-5.7.1 domain",
    reason: "badReputation",
    provider: "gmail",
    source: "https://github.com/postalserver/postal/issues/595",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "host gmail-smtp-in.l.google.com[64.233.184.27] said: 550-5.7.1 [X.X.X.X] The IP you're using to send mail is not authorized to 550-5.7.1 send email directly to our servers. Please use the SMTP relay at your 550-5.7.1 service provider instead. Learn more at 550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError n30si8315544wra.287 - gsmtp (in reply to end of DATA command)",
    reason: "blocked",
    provider: "gmail",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1261",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "554 5.7.1 You are not allowed to connect.",
    reason: "blocked",
    provider: "other",
    source: "https://github.com/mail-in-a-box/mailinabox/issues/1194",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      ">>> 553 5.7.1 [TSS07] Connections will not be accepted from 206.189.235.121, because the ip is in Spamhaus's list; see https://postmaster.verizonmedia.com/error-codes",
    reason: "blocked",
    command: "MAIL",
    provider: "yahoo-aol",
    source: "https://github.com/chenjj/espoofer/issues/15",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "all relevant MX records point to non-existent hosts",
    reason: "hostUnknown",
    provider: "exim",
    source: "https://github.com/ait-aecid/kyoushi-environment/issues/1",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "Temporary error from SMTP partner: smtp;421 4.4.2 mx.maxus.email Error: timeout exceeded",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/201",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "TCP active open: Failed connect() to TCP port 25 of 109.195.87.80(No formatted text for errno = 111)",
    reason: "networkError",
    provider: "other",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/201",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "admin@maxus.email: smtp;451 4.3.0 <alex.1501@icloud.com>: Temporary lookup failure",
    reason: "systemError",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/201",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "Error: too many hops (in reply to end of DATA command)",
    reason: "networkError",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/mail-in-a-box/mailinabox/issues/713",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "Diagnostic-Code: smtp; 550 Relay denied for <***>",
    reason: "relayDenied",
    provider: "other",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/2095",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "NOQUEUE: reject: RCPT from unknown[62.149.156.25]: 454 4.7.1 <bounce+c5e8a8.afb32-lorenzo.longhi=ordingbo.it@mail.ourmx.it>: Relay access denied; from=<> to=<bounce+c5e8a8.afb32-lorenzo.longhi=ordingbo.it@mail.ourmx.it> proto=ESMTP helo=<smtpcmd15.ad.aruba.it>",
    reason: "relayDenied",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/643",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "Relay access denied (in\n   reply to RCPT TO command)",
    reason: "relayDenied",
    provider: "postfix",
    source: "https://github.com/simple-login/app/issues/229",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "550 5.7.1 Relaying denied",
    reason: "relayDenied",
    provider: "other",
    source: "https://github.com/uilicious/inboxkitten/issues/101",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "NOQUEUE: reject: CONNECT from unknown[192.168.0.1]: 554 5.7.1 <unknown[192.168.0.1]>: Client host rejected: Access denied; proto=SMTP",
    reason: "blocked",
    provider: "postfix",
    source: "https://github.com/hardware/mailserver/issues/127",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "550 Ip frequency limited.",
    reason: "rateLimited",
    provider: "qq",
    source: "https://github.com/orvice/ss-panel/issues/553",
    heldOut: true,
    batch: 4,
  },
  {
    reply: 'Expected response code 250 but got code "550", with message "550 Connection frequency limited\n"',
    // Relabelled from rateLimited by the core README's boundary: too many connections per period.
    reason: "tooManyConnections",
    provider: "qq",
    source: "https://github.com/meolu/walle-web/issues/289",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "Sender address rejected: User unknown in local sender table",
    reason: "senderRejected",
    provider: "postfix",
    source: "https://github.com/Flolagale/mailin/issues/114",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "NOQUEUE: reject: RCPT from o2.outbound-email.expressvpn.com[167.89.94.22]: 554 5.7.1 Service unavailable; Client host [167.89.94.22] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?167.89.94.22; from=<bounces+13588-a3ea-my_alias=myselfhosteddomain.com@email.expressvpn.com> to=<my_alias@myselfhosteddomain.com> proto=ESMTP helo=<o2.outbound-email.expressvpn.com>",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/simple-login/app/issues/497",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "550 No such user (TB)",
    reason: "userUnknown",
    provider: "other",
    source: "https://github.com/jsdelivr/jsdelivr/issues/18728",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "host route2.mx.cloudflare.net[162.159.205.17] said: 550 5.1.1 Address does not exist. xV1r0v6Deqaq (in reply to RCPT TO command)",
    reason: "userUnknown",
    provider: "cloudflare",
    source: "https://github.com/jsdelivr/jsdelivr/issues/18728",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "postfix/smtpd[2717]: NOQUEUE: reject: RCPT from unknown[xxx.xxx.xxx.xxx]: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [xxx.xxx.xxx.xxx]; from=<pr001@domain.ru> to=<user@domain.ru> proto=ESMTP helo=<[yyy.yyy.yyy.yyy]>",
    reason: "requirePTR",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/2517",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "host\n    mail.anonaddy.me[2a00:c6c0:0:108:3::10] said: 554 5.7.1 Client host\n    rejected: cannot find your reverse hostname, [2a01:4f8:171:145e::2] (in\n    reply to RCPT TO command)",
    reason: "requirePTR",
    provider: "postfix",
    source: "https://github.com/anonaddy/anonaddy/issues/713",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "jo@soap.com: host postrelay1.rsm.de[222.222.222.222]\n    said: 550 5.7.1 Client host rejected: cannot find your hostname,\n   [111.11.111.11](in reply to RCPT TO command)",
    reason: "requirePTR",
    provider: "postfix",
    source: "https://github.com/omega8cc/boa/issues/532",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "421 4.7.0 mail7i.protonmail.ch Error: too many errors",
    reason: "protocolError",
    provider: "postfix",
    source: "https://github.com/bitwarden/server/issues/164",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "Diagnostic-Code: smtp; 550-Requested action not taken: mailbox unavailable 550 invalid DNS MX or A/AAAA resource record",
    reason: "senderRejected",
    provider: "gmx-webde",
    source: "https://github.com/LukeSmithxyz/emailwiz/issues/82",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "Diagnostic-Code: smtp;550 5.7.606 Access denied, banned sending IP [xxxx]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609) [xxxxxEop-nam06.prod.protection.outlook.com]",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/microsoft-365-docs/issues/666",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "postfix/cleanup[46417]: 7F2DF64430: milter-reject: END-OF-MESSAGE from forward12h.cmail.yandex.net[87.250.230.154]: 4.7.1 Try again later; from=<user@example1.com> to=<rcpt@example.com> proto=ESMTP helo=<forward12h.cmail.yandex.net>",
    reason: "greylisted",
    command: "DATA",
    provider: "rspamd",
    source: "https://github.com/vstakhov/rmilter/issues/88",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "SMTP error from remote mail server after end of data: 530 From/Sender name is not valid",
    reason: "senderRejected",
    command: "DATA",
    provider: "postal",
    source: "https://github.com/postalserver/postal/issues/1917",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "SMTP server error: You are not allowed to use the domain hotmail.com as a sender domain.",
    reason: "senderRejected",
    command: "MAIL",
    provider: "smartermail",
    source: "https://github.com/PHPMailer/PHPMailer/issues/304",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "554 5.1.8 <no-reply@community-mail.bt.com>: Sender address rejected: Domain not found",
    reason: "senderRejected",
    provider: "postfix",
    source: "https://github.com/anonaddy/anonaddy/issues/849",
    heldOut: true,
    batch: 4,
  },
  {
    reply: "550 5.7.1  Reject for policy reason RULE3_2. See http://postmaster.gandi.net",
    reason: "policyViolation",
    provider: "gandi",
    source: "https://github.com/dyve-agency/zeitkit/issues/78",
    heldOut: true,
    batch: 4,
  },
  {
    reply:
      "<info@appcity.co.tz>: host mx.zoho.com[204.141.32.121] said: 554 5.2.3\nMailPolicy violation Error delivering to mailboxes (in reply to end of DATA\ncommand)",
    reason: "policyViolation",
    provider: "zoho",
    source: "https://github.com/PrestaShop/PrestaShop/issues/18090",
    heldOut: true,
    batch: 4,
  },
  // --- held-out batch 5 (collected before any rule changed for it) ---------------------
  {
    reply: "WARNING => Received: \t550 unable to verify sender address",
    reason: "senderRejected",
    provider: "other",
    source: "https://github.com/WeebSec/PhishX/issues/16",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "<andyevans@summitmechanical.net>: host\n    summitmechanical.net.mx1.inddc.rcimx.net[208.80.204.98] said: 554 Failed:\n    Malformed MIME field: ARC-Message-Signature: i=1; a=rsa-sha256;\n    c=relaxed/relaxed [0x0D] ... (in reply to end of DATA command)",
    reason: "contentError",
    provider: "other",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/471",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "Transaction failed: 5.7.1 <DATA>: Data command rejected: limit of 400 rcpts per 24 hours for client deltachat@***.me reached",
    reason: "rateLimited",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/deltachat/deltachat-core/issues/647",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://github.com/simonrob/email-oauth2-proxy/issues/193",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "Error SMTP (451): (Temporary local problem - please try later).",
    reason: "systemError",
    provider: "exim",
    source: "https://github.com/roundcube/roundcubemail/issues/7448",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      'smtp-in: Failed command on session a6ee64eda205f046: "RCPT TO:<foo@example.com>" => 451 Temporary failure',
    reason: "systemError",
    provider: "opensmtpd",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/546",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "Error: Data command failed: 421 4.3.0 Temporary System Problem.  Try again later (10). cx5-20020a17090afd8500b002135de3013fsm2332009pjb.32 - gsmtp",
    reason: "systemError",
    provider: "gmail",
    source: "https://github.com/fastify/help/issues/800",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "status=bounced (host 172.19.0.7[172.19.0.7] said: 550 5.1.1 <doesnotexist@example.com> User doesn't exist: doesnotexist@example.com (in reply to RCPT TO command))",
    reason: "userUnknown",
    provider: "mailu",
    source: "https://github.com/Mailu/Mailu/issues/1614",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "status=bounced (host mail.domain.com[192.XX.XX.XX] said: 553 5.7.1 <user@mail.domain.com>: Sender address rejected: not logged in (in reply to RCPT TO command))",
    reason: "authRequired",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow/issues/51",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "553 5.7.1 <user2@example.com>: Sender address rejected: not owned by user user2@example.com",
    reason: "senderRejected",
    provider: "postfix",
    source: "https://github.com/r-raymond/nixos-mailserver/issues/9",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "Got: 553 5.7.1 Sender address rejected: not owned by auth user.",
    reason: "senderRejected",
    command: "MAIL",
    provider: "yandex",
    source: "https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/38",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "Remote host said: 550-5.7.1 [2a01:4f8:d16:1250::2] Our system has detected that this message does\n550-5.7.1 not meet IPv6 sending guidelines regarding PTR records and\n550-5.7.1 authentication. Please review\n550-5.7.1 https://support.google.com/mail/?p=ipv6_authentication_error for more\n550 5.7.1 information. q43si37022102eeo.243 - gsmtp",
    reason: "requirePTR",
    provider: "gmail",
    source: "https://github.com/nodemailer/nodemailer/issues/236",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "host gmail-smtp-in.l.google.com[142.250.27.26] said:\n    550-5.7.25 [84.46.242.76] The IP address sending this message does not\n    have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry\n    does not 550-5.7.25 point to the sending IP. As a policy, Gmail does not\n    accept messages 550-5.7.25 from IPs with missing PTR records. Please visit\n    550-5.7.25  https://support.google.com/mail/answer/81126#ip-practices for\n    more 550 5.7.25 information.\n    du14-20020a17090772ce00b00780ec98afafsi1640581ejc.113 - gsmtp (in reply to\n    end of DATA command)",
    reason: "requirePTR",
    provider: "gmail",
    source: "https://github.com/mail-in-a-box/mailinabox/issues/2211",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "\u90ae\u4ef6\u6295\u9012\u5931\u8d25550 5.7.25 [2401:3400:8000:1::69] The IP address sending this message does not\n5.7.25 have a PTR record setup, or the corresponding forward DNS entry does\n5.7.25 not match the sending IP. As a policy, Gmail does not accept\n5.7.25 messages from IPs with missing PTR records. For more information, go\n5.7.25 to\n5.7.25  https://support.google.com/a?p=sender-guidelines-ip\n5.7.25 To learn more about Gmail requirements for bulk senders, visit\n5.7.25  https://support.google.com/a?p=sender-guidelines. d9443c01a7336-1fed7ee81f0si149452475ad.272 - gsmtp",
    reason: "requirePTR",
    provider: "gmail",
    source: "https://github.com/Jinnrry/PMail/issues/181",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      '[core] hook=rcpt plugin=rcpt_to.qmail_deliverable function=hook_rcpt retval=DENY msg="sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)"',
    reason: "relayDenied",
    command: "RCPT",
    provider: "haraka",
    source: "https://github.com/msimerson/Mail-Toaster-6/issues/107",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "550 I cannot deliver mail for <aravind@test.heyneighbor.chat>",
    reason: "relayDenied",
    provider: "haraka",
    source: "https://github.com/wallix/PEPS/issues/41",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "email@aim.com: host mailin-03.mx.aol.com[64.12.90.97] said: 550 5.1.1\nemail@aim.com: Recipient address rejected: aim.com (in reply to\nRCPT TO command)",
    reason: "userUnknown",
    provider: "yahoo-aol",
    source: "https://github.com/hippich/PHPMailer-BMH/issues/1",
    heldOut: true,
    batch: 5,
  },
  {
    reply: 'rcpt to:<$USER@mydomain.de>\n550 "You are not allowed to send email"',
    reason: "relayDenied",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/miracle2k/dockerfiles/issues/12",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "[outbound] recipient <test@user.com> rejected: 550 Verification failed for <my@domain.com> Sender verify failed",
    reason: "senderRejected",
    provider: "exim",
    source: "https://github.com/haraka/Haraka/issues/3346",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "4.7.500 Server busy. Please try again later from [IP]. (S77719)",
    reason: "rateLimited",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2499",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "smtpstatus=552 smtpmsg='552 5.2.0 Message contains bare CR and is violating 822.bis section 2.3'",
    reason: "contentError",
    provider: "other",
    source: "https://github.com/marlam/msmtp/issues/145",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "This error occurs when the email program or device used to create or send an email message adds bare line feed characters into the message. When bare line feed characters are included in a message, the SMTP protocol chunking feature is required to transmit the message between email servers. Chunking uses the SMTP protocol BDAT command, but the recipient's email server doesn't support the BDAT command.",
    reason: "contentError",
    provider: "microsoft",
    source: "https://github.com/inverse-inc/packetfence/issues/5380",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "550 5.7.1 [149.72.219.28 14] Messages missing a valid address in From: header, or having no From: header, are not accepted. d9si13813edo.391 - gsmtp",
    reason: "contentError",
    provider: "gmail",
    source: "https://github.com/sendgrid/docs/issues/5397",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "550 5.7.1 RFC5322 requirement error: not exactly one Date field",
    reason: "contentError",
    provider: "opendmarc",
    source: "https://github.com/trusteddomainproject/OpenDMARC/pull/203",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "dsn=5.1.7, stat=User unknown(Reason from remote:550 5.1.7 Malformed address (msg ID = 6249bab0))",
    reason: "senderRejected",
    provider: "maddy",
    source: "https://github.com/foxcpp/maddy/issues/603",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "Transcript of session follows.\n Out: 421 4.7.0 host.domain.tld Error: too many connections from\n     111.44.222.33",
    reason: "tooManyConnections",
    provider: "postfix",
    source: "https://github.com/modoboa/modoboa-installer/issues/92",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      'Expected response code "220" but got code "421", with message "421 4.7.0 mail.example.com Error: too many connections from *.*.*.*".',
    reason: "tooManyConnections",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/6911",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "550: Message failed: 550-5.7.1 Unauthenticated email from yahoo.com is not accepted due to domain's",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/39",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = FAILURE - SPF DOMAINDIFFERENTFROMEMAILADDRESS with ip 209.85.215.170 = FAILURE. See https://senders.yahooinc.com/smtp-error-codes/#authentication-failures for more information.",
    reason: "authFailure",
    provider: "yahoo-aol",
    source: "https://github.com/docusealco/docuseal/issues/524",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "postfix/cleanup[26967]: 69ACD7F2FD: milter-reject: END-OF-MESSAGE from sender[IP]: ... Spam detected. (cwERR503); from=<sender> to=<recipient> proto=ESMTP helo=<sender-server>",
    reason: "spamDetected",
    command: "DATA",
    provider: "rspamd",
    source: "https://github.com/rspamd/rspamd/issues/3279",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "Error: MAIL FROM failed: '452 4.3.1 Insufficient system storage'",
    reason: "systemFull",
    provider: "other",
    source: "https://github.com/muquit/mailsend/issues/15",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "SMTPSenderRefused: (552, '5.3.4 Message size exceeds fixed limit', 'notifications@fedoraproject.org')",
    reason: "messageTooBig",
    provider: "postfix",
    source: "https://github.com/fedora-infra/fmn/issues/128",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "Delivery failed for these recipients or groups:\nRuss Winter (notifications@github.com)\n The recipient's mailbox is full and cannot accept messages at this time. Please try resending your message later or contact the recipient directly.",
    reason: "mailboxFull",
    provider: "microsoft",
    source: "https://github.com/ForumPostAssistant/FPA/issues/136",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "cwa-schnelltest-onboarding@t-systems.com (cwa-schnelltest-onboarding@t-systems.com)\nDas Postfach des Empf\u00e4ngers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie zu einem sp\u00e4teren Zeitpunkt noch mal, Ihre Nachricht zu senden, oder wenden Sie sich direkt an den Empf\u00e4nger.",
    reason: "mailboxFull",
    provider: "microsoft",
    source: "https://github.com/corona-warn-app/cwa-quicktest-onboarding/issues/47",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "user@other_hosted_domain.de: host smtpin.rzone.de[81.169.145.97] said:\n    550 5.1.2 No such mailbox [MSG0031] (in reply to RCPT TO command)",
    reason: "userUnknown",
    provider: "strato",
    source: "https://github.com/YunoHost/issues/issues/2684",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "The response from the remote server was:\n550 5.7.1 : Recipient address rejected: Recipient not found",
    reason: "userUnknown",
    provider: "tutanota",
    source: "https://github.com/tutao/tutanota/issues/7713",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "550 no mailbox by that name is currently available",
    reason: "userUnknown",
    provider: "other",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/2237",
    heldOut: true,
    batch: 5,
  },
  {
    reply: 'fetchmail[672]: SMTP error: 451 4.7.1 Ratelimit \\"to\\" exceeded',
    reason: "rateLimited",
    provider: "rspamd",
    source: "https://github.com/hardware/mailserver/issues/252",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "Please wait to send more emails, or contact support for a rate limit increase.",
    reason: "rateLimited",
    provider: "purelymail",
    source: "https://github.com/Purelymail/purelymail-issues/issues/262",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "[#njtpdtnyaura7ogx] S: 554 access forbidden by policy",
    reason: "policyViolation",
    provider: "other",
    source: "https://github.com/martin-helmich/kube-mail/issues/399",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      "Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: test@xyz.com",
    reason: "senderRejected",
    provider: "amazon-ses",
    source: "https://github.com/mageplaza/magento-2-smtp/issues/211",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "Error 550 5.7.1 [CS] Message blocked",
    reason: "spamDetected",
    provider: "mailchannels",
    source: "https://github.com/jeremydumais/CPP-SMTPClient-library/issues/46",
    heldOut: true,
    batch: 5,
  },
  {
    reply:
      'SMTP failed to send: Transient(Response { code: Code { severity: TransientNegativeCompletion, category: Connections, detail: One }, message: ["4.4.2 *** Error: timeout exceeded"] })',
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/chatmail/relay/issues/315",
    heldOut: true,
    batch: 5,
  },
  {
    reply: "421 Promise timed out after 15000 milliseconds",
    reason: "systemError",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/forwardemail.net/issues/547",
    heldOut: true,
    batch: 5,
  },
  // --- held-out batch 6 (collected before any rule changed for it) ---------------------
  {
    reply:
      "bounced (host au-smtp-inbound-2.mimecast.com[103.96.20.26] said: 550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [gz1Vvz1VN9ikuIVSF81-Wg.au11] (in reply to RCPT TO command))",
    reason: "filtered",
    provider: "mimecast",
    source: "https://github.com/openaustralia/planningalerts/issues/1969",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      'SMTP Error (550): Failed to add recipient "indicates the email address to where the email could not be sent" (5.7.1 <webmail18.sd4.0x35.net[10.200.201.18]>: Client host rejected: Blacklisted user: indicates my email address).',
    reason: "blocked",
    provider: "other",
    source: "https://github.com/roundcube/roundcubemail/issues/8103",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "SMTP error from remote mail server after end of data:\n    550 eKqgqwhcolWFfeKqgqLWon - <info@newlavenderdental.co.uk> sender rejected AUP#CDRBL",
    reason: "senderRejected",
    command: "DATA",
    provider: "cloudfilter",
    source: "https://github.com/roundcube/roundcubemail/issues/9127",
    heldOut: true,
    batch: 6,
  },
  {
    reply: "Error SMTP: [550] Incorrect sender header (LOCAL)",
    reason: "senderRejected",
    provider: "other",
    source: "https://github.com/roundcube/roundcubemail/issues/6572",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "Recv: 550-Message rejected because [69.89.31.218]:10503 is blacklisted see Blocked -\nRecv: 550 Too many failed logins",
    reason: "blocked",
    provider: "bluehost",
    source: "https://github.com/roundcube/roundcubemail/issues/6393",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "The mail server does not understand the RCPT TO command. Reason: 554 5.7.1 Recipient address rejected: Username admin@risingworld.dk and sender doesn't match",
    reason: "senderRejected",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/mybb/mybb/issues/2578",
    heldOut: true,
    batch: 6,
  },
  {
    reply: '"SENT: 554 Sender domain does not have any MX records."',
    reason: "senderRejected",
    provider: "hmailserver",
    source: "https://github.com/hmailserver/hmailserver/issues/260",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "mx27.ess.sfj.cudaops.com #550 permanent failure for one of more recipients (<redacted> Please ensure the email service you are sending from either has SPF or DKIM. You can most...) ##",
    reason: "authFailure",
    provider: "barracuda",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/77",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "550 4.7.23 Rejected, look at http://www.openspf.org/why.html?sender=sktlcctkv@email.quickerpickerupper.com&ip=107.174.52.151&receiver=mta.name.local",
    reason: "authFailure",
    provider: "sendmail",
    source: "https://github.com/jcbf/smf-spf/issues/33",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "host gmail-smtp-in.l.google.com[108.177.126.27] said: 550-5.7.26 The MAIL FROM domain [winprovit.pt] has an SPF record with a hard 550-5.7.26 fail policy (-all) but it fails to pass SPF checks with the ip: 550-5.7.26 [62.28.250.46]. To best protect our users from spam and phishing, 550-5.7.26 the message has been blocked. Please visit 550-5.7.26  https://support.google.com/mail/answer/81126#authentication for more 550 5.7.26 information. p31-20020a056402501f00b0043bb6a22af3si6645250eda.387 - gsmtp (in reply to end of DATA command)",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/2751",
    heldOut: true,
    batch: 6,
  },
  {
    reply: 'Expected response code "250" but got code "550", with message "550 "envelope sender not allowed"',
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/in2code-de/femanager/issues/404",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      'Expected response code 250 but got code "552", with message "552 Message too large (maximum size 14MB)',
    reason: "messageTooBig",
    provider: "postal",
    source: "https://github.com/postalserver/postal/issues/1328",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "postal-smtp[869]: DEBUG => 552 Message too large (maximum size 14MB) trace_id=ENNYP98B component=smtp-server",
    reason: "messageTooBig",
    provider: "postal",
    source: "https://github.com/postalserver/postal/issues/3058",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "Recipient address rejected: Mail from <5.60.96.11> was refused due to the sender IP found in ERS-DUL. For details, query the IP reputation on https://servicecentral.trendmicro.com/en-US/ers/.",
    reason: "blocked",
    provider: "trendmicro",
    source: "https://github.com/thunderbird/mailstrom/issues/197",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "host mx1.dhl.iphmx.com[68.232.129.11] refused to talk to me: 554-esa1.dhl.iphmx.com 554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    reason: "badReputation",
    provider: "cisco",
    source: "https://github.com/Mailu/Mailu/issues/1458",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "<a[...]r@bluewin.ch>: host mxbw.lb.bluewin.ch[195.186.227.50] said:\n554 5.2.0 sc969: IP reputation ratelimit in effect -\n https://support.bluewin.ch/provider/bounce/aXA9NS4xMDIuMTQ1LjIzO2M9c2M5Njk7aWQ9VkxwTGplU2ZXMEVmalZMcExqWFFZYTt0cz0xNTg4NTQwMDI3\n(in reply to end of DATA command)",
    reason: "badReputation",
    provider: "bluewin",
    source: "https://github.com/hitobito/hitobito/issues/953",
    heldOut: true,
    batch: 6,
  },
  {
    reply: "Failed: Authentication failed: 535 5.7.0 Invalid login or password",
    reason: "authRequired",
    provider: "brevo",
    source: "https://github.com/marcpope/borgbackupserver/issues/16",
    heldOut: true,
    batch: 6,
  },
  {
    reply: "530 5.7.0 Authentication required",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/yiisoft/yii2-swiftmailer/issues/45",
    heldOut: true,
    batch: 6,
  },
  {
    reply: "SMTP ERROR: Username command failed: 535 Incorrect authentication data",
    reason: "authRequired",
    command: "AUTH",
    provider: "exim",
    source: "https://github.com/PHPMailer/PHPMailer/issues/1375",
    heldOut: true,
    batch: 6,
  },
  {
    reply: "\uff01error:(535, b'Error: authentication failed')",
    reason: "authRequired",
    provider: "qq",
    source: "https://github.com/lossme/ComicBook/issues/3",
    heldOut: true,
    batch: 6,
  },
  {
    reply: "535 5.7.0 authentication rejected: your password is too simple",
    reason: "authRequired",
    provider: "tiscali",
    source: "https://github.com/MailCore/mailcore2/pull/1517",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for obviosly.typoed.domain>",
    reason: "expired",
    provider: "amazon-ses",
    source: "https://github.com/mozilla/fxa-auth-server/issues/2304",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "dsn=4.4.3, status=deferred (Name service error for name=correo.cjf.gob.mx type=MX: Malformed or unexpected name server reply)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/Mailu/Mailu/issues/1458",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "status=bounced (host mx3.qq.com[183.57.48.35] said: 501 Syntax: MAIL FROM: <address> (in reply to MAIL FROM command))",
    reason: "syntaxError",
    provider: "qq",
    source: "https://github.com/mailcow/mailcow/issues/611",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "<???@free.fr>: host mx1.free.fr[212.27.48.7] said: 550 spam\n    detected (in reply to end of DATA command)",
    reason: "spamDetected",
    provider: "free",
    source: "https://github.com/JamBrain/JamBrain/issues/270",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "postfix/smtp[38833]: 4JfcM45HZxz1c7j: host mx1.free.fr[212.27.48.6] refused to talk to me: 421 Refused. Your reverse DNS entry does not resolve to an IP.",
    reason: "requirePTR",
    provider: "free",
    source: "https://github.com/iredmail/iRedMail/issues/156",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "postfix/smtpd[2063]: NOQUEUE: reject: RCPT from app1 <user@gmail.com>: Recipient address rejected: Domain not found; from=<noreply@mydomain.com> to=<user@gmail.com> proto=ESMTP helo=<[127.0.0.1]>",
    reason: "hostUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/bokysan/docker-postfix/issues/237",
    heldOut: true,
    batch: 6,
  },
  {
    reply: "error sending message in campaign LIST Inactive Users: subscriber 4860: 250 Accepted",
    reason: "delivered",
    provider: "mailersend",
    source: "https://github.com/knadh/listmonk/issues/2206",
    heldOut: true,
    batch: 6,
  },
  {
    reply: "Quota d'envoi de mails d\u00e9pass\u00e9",
    reason: "rateLimited",
    provider: "free",
    source: "https://github.com/roundcube/roundcubemail/issues/5908",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "550 5.7.509 Access denied, sending domain [OUR_DOMAIN.ORG] does not pass DMARC verification and has a DMARC policy of reject. [VI1P195MB0734.EURP195.PROD.OUTLOOK.COM 2025-06-23T20:38:28.040Z 08DDB2564DE36667] (in reply to end of DATA command))",
    reason: "authFailure",
    provider: "microsoft",
    source: "https://github.com/sympa-community/sympa/issues/1843",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "milter-reject for END-OF-MESSAGE. 5.7.1 rejected by DMARC policy for daily.dev with invalid ARC result.",
    reason: "authFailure",
    command: "DATA",
    provider: "other",
    source: "https://github.com/dailydotdev/daily/issues/1760",
    heldOut: true,
    batch: 6,
  },
  {
    reply: "554 5.7.1 Email rejected per DMARC policy",
    reason: "authFailure",
    provider: "rspamd",
    source: "https://github.com/rspamd/rspamd/issues/3174",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      'smtp: DATA error {"check":"dmarc","smtp_code":550,"smtp_enchcode":"5.7.1","smtp_msg":"DMARC check failed"}',
    reason: "authFailure",
    command: "DATA",
    provider: "maddy",
    source: "https://github.com/foxcpp/maddy/issues/627",
    heldOut: true,
    batch: 6,
  },
  {
    reply: "Unauthenticated email from yahoo.com is not accepted due to domain's\n550-5.7.1 DMARC policy",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/nodemailer/nodemailer/issues/469",
    heldOut: true,
    batch: 6,
  },
  {
    reply:
      "milter-reject: END-OF-MESSAGE from unknown[64.147.123.154]: 5.7.1 Spam message rejected; from=<hello@hello.asciinema.org> to=<my@email> proto=ESMTP helo=<wfhigh3-smtp.messagingengine.com>",
    reason: "spamDetected",
    command: "DATA",
    provider: "rspamd",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/4007",
    heldOut: true,
    batch: 6,
  },
  // --- held-out batch 7 (collected before any rule changed for it) ---------------------
  {
    reply: "<<< 552 <JDOE@JUNO.COM>... Mail quota exceeded\n554 <JDOE@JUNO.COM>... Service unavailable",
    reason: "mailboxFull",
    command: "RCPT",
    provider: "juno",
    source: "http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "552 jdoe@aol.com has a full mailbox",
    reason: "mailboxFull",
    provider: "yahoo-aol",
    source: "http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      "<<< 552 Requested mail action aborted: exceeded storage allocation\n554 5.0.0 <JDOE@HOTMAIL.COM>... Service unavailable",
    reason: "mailboxFull",
    provider: "microsoft",
    source: "http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "452 4.2.2 Mailbox is full",
    reason: "mailboxFull",
    provider: "ecenica",
    source: "https://www.ecenica.com/support/answer/happens-emails-sent-mailbox-full/",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "554 5.7.1 Service unavailable; Client host [xxx.xxx.xxx.xxx] blocked you may be infected",
    reason: "blocked",
    provider: "gandi",
    source: "https://docs.gandi.net/en/gandimail/faq/error_types/554_5_7_1_service_unavailable.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "552 5.7.0 Our system detected an illegal attachment on your message.",
    reason: "policyViolation",
    command: "DATA",
    provider: "gmail",
    source: "https://bobcares.com/blog/error-552/",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "552 4.3.1 Session size exceeds fixed maximum session size",
    reason: "messageTooBig",
    provider: "microsoft",
    source:
      "https://knowledge.broadcom.com/external/article/152540/smtp-code-552-431-session-size-exceeds-f.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "552 4.3.1 Message size exceeds fixed maximum message size",
    reason: "messageTooBig",
    command: "DATA",
    provider: "microsoft",
    source: "http://www-01.ibm.com/support/docview.wss?uid=swg21255392",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      ">>> RCPT To: (notarealperson@firmname.com)\n<<< 550 (notarealperson@firmname.com)... User unknown\n550 (notarealperson@firmname.com)... User unknown",
    reason: "userUnknown",
    command: "RCPT",
    provider: "sendmail",
    source: "http://www.abanet.org/discussions/bounces.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "550 (person@notarealplace.com)... Host unknown (Name server: notarealplace.com: host not found)",
    reason: "hostUnknown",
    provider: "sendmail",
    source: "http://www.abanet.org/discussions/bounces.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      "553 dialup.oar.net config error: mail loops back to myself\n554 (jdonaldson@jdrp.com)... Local configuration error",
    reason: "networkError",
    provider: "sendmail",
    source: "http://www.abanet.org/discussions/bounces.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "554 <someone@example.com>: Recipient address rejected: Relay access denied",
    reason: "relayDenied",
    command: "RCPT",
    provider: "postfix",
    source: "https://www.antionline.com/showthread.php?mode=threaded&p=692064",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "421 - [Too many sessions opened]",
    reason: "tooManyConnections",
    provider: "comcast",
    source: "http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "421 - [Reverse DNS failure : Try again later]",
    reason: "requirePTR",
    provider: "comcast",
    source: "http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "Content reject/Spam denied",
    reason: "spamDetected",
    provider: "other",
    source: "https://www.emailhost.com.cn/service.html?article_category=25&brd=1",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "sending quota exceeded",
    reason: "rateLimited",
    provider: "other",
    source: "https://www.emailhost.com.cn/service.html?article_category=25&brd=1",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "rcpt handle timeout",
    reason: "networkError",
    provider: "other",
    source: "https://www.emailhost.com.cn/service.html?article_category=25&brd=1",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "exceeded mailsize limit",
    reason: "messageTooBig",
    provider: "other",
    source: "https://www.emailhost.com.cn/service.html?article_category=25&brd=1",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "DNS query error",
    reason: "hostUnknown",
    provider: "other",
    source: "https://www.emailhost.com.cn/service.html?article_category=25&brd=1",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "Requested mail action not taken: Invalid IP",
    reason: "blocked",
    provider: "coremail",
    source: "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "Requested mail action not taken: Fake sender",
    reason: "senderRejected",
    provider: "coremail",
    source: "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "Requested action not taken: Local user only",
    reason: "relayDenied",
    provider: "coremail",
    source: "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "Requested action not taken: NULL sender is not allowed",
    reason: "senderRejected",
    provider: "coremail",
    source: "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "User suspended",
    reason: "mailboxDisabled",
    provider: "coremail",
    source: "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "451 domain.ru prohibited. Disk quota exceeded",
    reason: "mailboxFull",
    provider: "nic-ru",
    source: "https://nic.ru/help/mail-diagnostics-and-troubleshooting_14426.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "user not exist",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.emailhost.com.cn/service.html?article_category=25&brd=1",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      "Unable to connect SMTP server:smtpout.mail.zoho.com Reason:Authentication failed:554 5.1.8 Sender Address Blocked",
    reason: "senderRejected",
    provider: "zoho",
    source: "https://help.zoho.com/portal/en/community/topic/issue-with-outgoing-mail",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "554 5.1.8 email outgoing blocked",
    reason: "senderRejected",
    provider: "zoho",
    source: "https://help.zoho.com/portal/en/community/topic/554-5-1-8-email-outgoing-blocked-13-11-2017",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "552 5.7.1 virus Win. Test. EICAR_HDB-1 detected by Zoho Mail.",
    reason: "virusDetected",
    command: "DATA",
    provider: "zoho",
    source: "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "5.2.1 Subject is Mandatory.",
    reason: "contentError",
    provider: "zoho",
    source: "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "5.2.0 Email size exceeded the policy.",
    reason: "messageTooBig",
    provider: "zoho",
    source: "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "Blocked by spam statistics - see http://mail.yandex.com/",
    reason: "blocked",
    provider: "yandex",
    source:
      "https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html?lang=en",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "Sorry, message looks like SPAM to me",
    reason: "spamDetected",
    provider: "other",
    source: "https://www.yandex.com/support/mail/bounces/other.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      "550 5.7.1 SPF check failed: IP_host is not authorized to send in the name of domain_name. (in reply to RCPT TO command)",
    reason: "authFailure",
    provider: "other",
    source: "https://www.yandex.com/support/mail/bounces/other.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "Error writing message: Disk quota exceeded",
    reason: "mailboxFull",
    provider: "other",
    source: "https://www.yandex.com/support/mail/bounces/other.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "DNS: no such domain",
    reason: "hostUnknown",
    provider: "other",
    source: "https://www.yandex.com/support/mail/bounces/other.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      'server response: "550 Relay prohibited", port: 25, security (SSL): no, server error: 550, error number: 0x800CCC79',
    reason: "relayDenied",
    provider: "other",
    source:
      "https://viws.ru/en/pochemu-ne-otpravlyayutsya-pisma-na-yandeks-pochte-nezhelatelnaya-pochta-i-otkrytye-retranslyacii-nekorrek.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      'server response: "553 Sorry, this domain is not in my list of allowed hosts (#5.7.1)", port: 25, security (SSL): no, server error: 553, error number: 0x800CCC79',
    reason: "relayDenied",
    provider: "qmail",
    source:
      "https://viws.ru/en/pochemu-ne-otpravlyayutsya-pisma-na-yandeks-pochte-nezhelatelnaya-pochta-i-otkrytye-retranslyacii-nekorrek.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      "The bounce message is terse and absolute: '550 permanent failure for one or more recipients. Connection rejected by Barracuda'",
    reason: "blocked",
    provider: "barracuda",
    source: "https://mailsleuth.ai/blog/your-ip-isnt-dirty-so-why-did-barracuda-block-you",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      "milter-reject: DATA from mail.example.com[203.0.113.2]: 451 4.7.1 Service unavailable - try again later; from=<sender@example.com> to=<rcpt@example.com> proto=ESMTP helo=<mail.example.com>",
    reason: "greylisted",
    command: "DATA",
    provider: "plesk",
    source: "https://plesk.com/?p=214013",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "4.2.0 Sender address rejected: Greylisted for XX sec.",
    reason: "greylisted",
    provider: "other",
    source: "https://www.spam-mail-blocker.de/greylisted.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      "4.2.1 Sender ip address rejected: You sent to many mails from different domains in the last 10 minutes",
    reason: "rateLimited",
    provider: "other",
    source: "https://www.spam-mail-blocker.de/greylisted.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "5.6.2 Sender ip adress rejected: Your IPv6 address do not have a reverse look name",
    reason: "requirePTR",
    provider: "other",
    source: "https://www.spam-mail-blocker.de/greylisted.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "5.6.3 Sender ip adress rejected: Your IPv6 address must be send with an encryption",
    reason: "requireTLS",
    provider: "other",
    source: "https://www.spam-mail-blocker.de/greylisted.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "451 Greylisted, please try again in 900 seconds",
    reason: "greylisted",
    provider: "other",
    source:
      "https://ac.roguewd.com/index.php?rp=/knowledgebase/126/451-Greylisted-please-try-again-in-900-seconds.html",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      "----- The following addresses had permanent fatal errors -----\n<user@test.com> (reason: 403 4.7.0 TLS handshake failed.)",
    reason: "securityError",
    provider: "other",
    source: "https://bobcares.com/blog/how-to-fix-error-403-4-7-0-tls-handshake-failed/",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      "550 SC-001 (BAY004-MC4F49) Unfortunately, messages from\nweren't sent. Please contact your Internet service provider since part of\ntheir network is on our block list.",
    reason: "blocked",
    provider: "microsoft",
    source:
      "https://support.binarylane.com.au/support/solutions/articles/11000047583-emails-to-hotmail-and-outlook-are-blocked",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "550 #5.7.1 SPF unauthorized mail is prohibited.",
    reason: "authFailure",
    provider: "cisco",
    source: "https://manualsbrain.com/it/manuals/1649627/?page=293",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "451 #4.4.3 Temporary error occurred during SPF verification.",
    reason: "authFailure",
    provider: "cisco",
    source: "https://manualsbrain.com/it/manuals/1649627/?page=293",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      "550 Mail from <IP adress> refused by rbl-plus.mail-abuse.org.\nPlease refer to http://mail-abuse.org/rbl+ for an explanation",
    reason: "blocked",
    provider: "trendmicro",
    source:
      "https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      "550 Service unavailable; Client host [<IP adress>] blocked using Trend Micro RBL+.\nPlease see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=<IP adress>",
    reason: "blocked",
    provider: "trendmicro",
    source:
      "https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "450 Temporary denial of connection (450) for Zombie matches (ERS)",
    reason: "blocked",
    provider: "trendmicro",
    source:
      "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "The sender xxx.xxx.xxx.xxx is banned",
    reason: "blocked",
    provider: "baruwa",
    source: "https://bastion.umanix.net/info",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "The domain example.com is banned",
    reason: "senderRejected",
    provider: "baruwa",
    source: "https://bastion.umanix.net/info",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "Recipient verification failed",
    reason: "userUnknown",
    command: "RCPT",
    provider: "baruwa",
    source: "https://bastion.umanix.net/info",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "The sender is in a black list hostkarma.junkemailfilter.com",
    reason: "blocked",
    provider: "baruwa",
    source: "https://bastion.umanix.net/info",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "Your access to submit messages to this e-mail system has been rejected",
    reason: "blocked",
    provider: "microsoft",
    source: "https://headwayapp.co/mxroute-changelog/adjustments-to-outbound-rejections-137432",
    heldOut: true,
    batch: 7,
  },
  {
    reply:
      "Response: \"('451', ['<user@sampledomain.com> Automated block triggered by suspicious activity from your IP address (10.1.1.1). Have your system administrator send e-mail to postmaster@sampledomain.com if you believe this block is in error'])\"",
    reason: "blocked",
    provider: "cisco",
    source: "http://manualsbrain.com/ko/manuals/1602497/?page=194",
    heldOut: true,
    batch: 7,
  },
  {
    reply: "Response: \"('550', ['There is no such active account.'])\"",
    reason: "userUnknown",
    provider: "cisco",
    source: "http://manualsbrain.com/ko/manuals/1602497/?page=194",
    heldOut: true,
    batch: 7,
  },
  // --- held-out batch 8 (collected before any rule changed for it) ---------------------
  {
    reply: "User has too many messages on server",
    reason: "mailboxFull",
    provider: "gmx-webde",
    source: "https://support.gmx.com/email/composing-and-sending/bounce-reject.html",
    heldOut: true,
    batch: 8,
  },
  {
    reply:
      "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42&r=1MNcgj-1ue23t3pyV-00S2YR",
    reason: "blocked",
    provider: "gmx-webde",
    source: "https://postmaster.gmx.com/en/error-messages?c=rdns&ip=37.153.243.242",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "Reject for policy reason. RULE1_1",
    reason: "virusDetected",
    provider: "gandi",
    source: "https://postmaster.gandi.net/",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "Reject for policy reason. RULE2_1",
    reason: "spamDetected",
    provider: "gandi",
    source: "https://postmaster.gandi.net/",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "Reject for policy reason. RULE3_2",
    reason: "spamDetected",
    provider: "gandi",
    source: "https://postmaster.gandi.net/",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "sasl_rate_limit per %",
    reason: "rateLimited",
    provider: "gandi",
    source: "https://postmaster.gandi.net/",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "blocked using sbl-xbl.spamhaus.org",
    reason: "blocked",
    provider: "gandi",
    source: "https://postmaster.gandi.net/",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "4xy Rate limit reached. Please try again later",
    reason: "rateLimited",
    provider: "gmx-webde",
    source: "https://postmaster.mail.com/en/error-messages",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "4xy Reject due to policy violations",
    reason: "policyViolation",
    provider: "gmx-webde",
    source: "https://postmaster.mail.com/en/error-messages",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "4xy Administrative reject",
    reason: "systemError",
    provider: "gmx-webde",
    source: "https://postmaster.mail.com/en/error-messages",
    heldOut: true,
    batch: 8,
  },
  {
    reply:
      "5xy Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner",
    reason: "authFailure",
    provider: "gmx-webde",
    source: "https://postmaster.mail.com/en/error-messages",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514",
    reason: "authFailure",
    provider: "proofpoint",
    source: "https://www.404andmore.com/proofpoint-essentials-fixing-the-550-5-7-1-spf-rejected-error/",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "550 Denied by policy",
    reason: "policyViolation",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "552 MS-Office file containing VBA macros found inside of the email",
    reason: "policyViolation",
    command: "DATA",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "550 5.7.1 Message rejected due to content restrictions",
    reason: "policyViolation",
    command: "DATA",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "554 5.1.0 Sender denied",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "553 Envelope sender rejected",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "550 SPF check failed. Sender not authorized",
    reason: "authFailure",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "554 5.4.7 [internal] exceeded max time without delivery",
    reason: "expired",
    provider: "symantec",
    source:
      "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "552 Mailbox is full",
    reason: "mailboxFull",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "554 5.7.1 Recipient address rejected: No such user",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "550 - No Such User Here",
    reason: "userUnknown",
    provider: "exim",
    source:
      "https://www.clients.paymonthlyhosting.co.uk/knowledgebase/120/I-cannot-send-or-receive-emails.html",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "550 - Invalid sender",
    reason: "senderRejected",
    provider: "exim",
    source:
      "https://www.clients.paymonthlyhosting.co.uk/knowledgebase/120/I-cannot-send-or-receive-emails.html",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "550: User does not exist",
    reason: "userUnknown",
    provider: "other",
    source: "http://support.rackteam.com/kb/a155/i-have-received-550-error-from-an-email-server_-what.aspx",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "550: Authentication is required",
    reason: "authRequired",
    provider: "other",
    source: "http://support.rackteam.com/kb/a155/i-have-received-550-error-from-an-email-server_-what.aspx",
    heldOut: true,
    batch: 8,
  },
  {
    reply:
      "----- The following addresses had permanent fatal errors -----\n<example@exampledomain.com >\n(reason: 511 sorry, no mailbox here by that name (#5.1.1 - chkuser))",
    reason: "userUnknown",
    provider: "qmail",
    source:
      "http://www.machighway.com/support/support_topics/email/troubleshooting/bounceback_email_codes.php",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "451 This server is currently unavailable, please try later..",
    reason: "greylisted",
    provider: "other",
    source:
      "http://www.machighway.com/support/support_topics/email/troubleshooting/bounceback_email_codes.php",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "Remote host said: 550 5.7.1 Rejected: mail.mycompany.com listed at relays.ordb.org",
    reason: "blocked",
    provider: "other",
    source: "http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "Remote host said: 551 Requested action not taken: mailbox full",
    reason: "mailboxFull",
    provider: "other",
    source: "http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "Remote host said: 553 bad reverse dns",
    reason: "requirePTR",
    provider: "other",
    source: "http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification",
    heldOut: true,
    batch: 8,
  },
  {
    reply:
      "Remote host said: 554 delivery error: Sorry, your message to __________ cannot be elivered. This account is over quota.",
    reason: "mailboxFull",
    provider: "yahoo-aol",
    source: "http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "535 Authentication failure: SMTP AUTH failed with the remote server",
    reason: "authRequired",
    command: "AUTH",
    provider: "ionos",
    source:
      "https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email/",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "554 Service unavailable; Client host [...] blocked using - IP Black Listed",
    reason: "blocked",
    provider: "ionos",
    source:
      "https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email/",
    heldOut: true,
    batch: 8,
  },
  {
    reply:
      "Your message couldn't be delievered to all recipients The following recipients are not reachable: '' 550 must be authenticated",
    reason: "authRequired",
    provider: "ionos",
    source:
      "https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email/",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "451 qq trouble in home directory",
    reason: "mailboxFull",
    provider: "qmail",
    source: "https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "554 5.7.1 Service unavailable; Client host [] blocked using ix.dnsbl.manitu.net",
    reason: "blocked",
    provider: "postfix",
    source: "https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "421 Reject due to policy violations",
    reason: "blocked",
    provider: "other",
    source: "https://new-faq.comservice-ffo.de/smtp-fehlermeldungen-e-mail-fehler/",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "451 Requested action aborted: local error in processing",
    reason: "systemError",
    provider: "other",
    source: "https://new-faq.comservice-ffo.de/smtp-fehlermeldungen-e-mail-fehler/",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "553 mail@example.com: Sender address rejected: not owned by user ihre-e-mail@beigoneo.de",
    reason: "senderRejected",
    command: "MAIL",
    provider: "postfix",
    source: "https://goneo.de/hilfe/email/fehlermeldungen",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "550 5.7.1 Refused by local policy. No SPAM please",
    reason: "spamDetected",
    provider: "strato",
    source: "https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/",
    heldOut: true,
    batch: 8,
  },
  {
    reply: "550 recipient e-mail adress unknown",
    reason: "userUnknown",
    command: "RCPT",
    provider: "strato",
    source: "https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/",
    heldOut: true,
    batch: 8,
  },
  {
    reply: 'Error "554 5.7.9: Message not accepted for policy reasons" when sending email to Yahoo',
    reason: "authFailure",
    provider: "yahoo-aol",
    source: "https://help.yahoo.com/kb/SLN7253.html?impressions=true",
    heldOut: true,
    batch: 8,
  },
  // --- Held-out batch 9: collected after the family scoring and the taxonomy boundaries, before any rule changed for it
  {
    reply:
      "root@example.net at remote mailserver mx.gomailify.com. (51.161.119.171): MessagingException: 421 4.3.2 too many connections, please try again later (5.0.0)",
    reason: "tooManyConnections",
    provider: "other",
    source: "https://github.com/Purelymail/purelymail-issues/issues/388",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "Server terminates connection. response=421-4.7.0 Try again later, closing connection. (EHLO)",
    reason: "rateLimited",
    command: "EHLO",
    provider: "gmail",
    source: "https://github.com/dawidd6/action-send-mail/issues/196",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "Error Sending Email - 422 try again in 15 seconds.",
    reason: "rateLimited",
    provider: "other",
    source: "https://github.com/gophish/gophish/issues/521",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "SMTP failed to send: transient: too many messages, slow down [smtp-31.iol.local; LIB_655",
    reason: "rateLimited",
    provider: "libero",
    source: "https://github.com/deltachat/deltachat-android/issues/1694",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "RCPT TO: email\n550 5.7.1 Service unavailable, Client host [3.211.34.40] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/[3.211.34.40] (AS16012611) [DM3NAM03FT051.eop-NAM03.prod.protection.outlook.com]",
    reason: "blocked",
    command: "RCPT",
    provider: "microsoft",
    source: "https://github.com/aad-for-linux/pam_aad/issues/15",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "outlook-com.olc.protection.outlook.com[104.47.40.33] said: 550 5.7.1\n    Unfortunately, messages from [62.210.82.129] weren't sent. Please contact\n    your Internet service provider since part of their network is on our block\n    list (AS3140). You can also refer your provider to\n    http://mail.live.com/mail/troubleshooting.aspx#errors. (in reply to MAIL\n    FROM command)",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/root-io/vmail/issues/91",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "Server answer - 535 Error: Authentication credentials invalid",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/Flolagale/mailin/issues/106",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "450 4.2.0 <xo@wvvw.me>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/wvvw.me.html",
    reason: "greylisted",
    command: "RCPT",
    provider: "postgrey",
    source: "https://github.com/eleith/emailjs/issues/202",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "SMTP server did not accept STARTTLS with error: 503 5.5.2 Send hello first [DB5EUR03FT018.eop-EUR03.prod.protection.outlook.com]",
    reason: "protocolError",
    provider: "microsoft",
    source: "https://github.com/nette/mail/issues/71",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "error sending message to campaign xyz - 450 Too many recipient attempts",
    reason: "rateLimited",
    provider: "other",
    source: "https://github.com/knadh/listmonk/issues/1300",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "Permanent SMTP delivery error: 550 Loop detected",
    reason: "networkError",
    provider: "postal",
    source: "https://github.com/postalserver/postal/issues/1074",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "552 Too many received headers - possible mail loop (187DB187-812C-4995-BC87-D9657C56AB3A.1)",
    reason: "networkError",
    provider: "haraka",
    source: "https://github.com/haraka/Haraka/issues/1150",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "S: 554-5.6.0 Message exceeded 50 hops, this may indicate a mail loop. Learn more at\n554 5.6.0  https://support.google.com/mail/answer/6598 u78sm10746758ywu.13 - gsmtp",
    reason: "networkError",
    provider: "gmail",
    source: "https://github.com/haraka/Haraka/issues/1095",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "Net::SMTPServerBusy: 451 <ok4mpa@psrp.domain.com> unable to verify address",
    reason: "senderRejected",
    provider: "postal",
    source: "https://github.com/postalserver/postal/issues/546",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "450 Temporary rejected: 450 OoBHM Grey",
    reason: "greylisted",
    provider: "other",
    source: "https://github.com/jshmrtn/hygeia/issues/177",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "relay: TempFail for da22753dbfba3245: session=0000000000000000, from=someone@example.com, to=dest@example.com, rcpt=<->, source=-, relay=mysmtp.local, delay=1d4h26m40s, stat=No MX found for domain",
    reason: "hostUnknown",
    provider: "opensmtpd",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/639",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "NOQUEUE: reject: RCPT from unknown[companyIPAddress]: 554 5.7.1 <myemail@mycompany.com>: Sender address rejected: Access denied; from=<myemail@mycompany.com> to=<stephen@bonfaru.org> proto=ESMTP",
    reason: "senderRejected",
    provider: "postfix",
    source: "https://github.com/Mailu/Mailu/issues/656",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.",
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1187",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "554 5.2.252 SendAsDenied; delightgx46@outlook.com not allowed to send as security@sfb.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.",
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://github.com/gophish/gophish/issues/2900",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "SMTP< 530 5.7.57 Client not authenticated to send mail",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://github.com/simonrob/email-oauth2-proxy/issues/315",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "main.CRITICAL: 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM [AM0PR10CA0081.EURPRD10.PROD.OUTLOOK.COM]",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://github.com/mageplaza/magento-2-smtp/issues/268",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "550 5.7.1 Client does not have permissions to send as this sender",
    reason: "senderRejected",
    provider: "exchange",
    source: "https://github.com/nodemailer/nodemailer/issues/145",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: If MAIL FROM is local then you must authenticate",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/andrewdavey/postal/issues/127",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "SMTP Error: 550 Unauthenticated senders not allowed",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/sendgrid/docs/issues/6473",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "5.7.1 Client was not authenticated",
    reason: "authRequired",
    provider: "exchange",
    source: "https://github.com/jstedfast/MailKit/issues/1265",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "550 domain of forward path is not allowed",
    reason: "relayDenied",
    provider: "other",
    source: "https://github.com/open-falcon/mail-provider/issues/27",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "host app.mydomain.com[255.255.255.255] said: 554 5.7.1 Sender address sl.lmzcyibqfqqdemjwg4yten25.wj7jbbbajmc2a@mydomain.com blocked using ZRD - domain too young (in reply to RCPT TO command)",
    reason: "senderRejected",
    provider: "postfix",
    source: "https://github.com/springcomp/self-hosted-simplelogin/issues/54",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "554 host [14.169.41.47] is blacklisted by zen.spamhaus.org",
    reason: "blocked",
    provider: "haraka",
    source: "https://github.com/haraka/Haraka/issues/1241",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "550 5.7.1 Recipient Prohibited (x)",
    reason: "policyViolation",
    command: "RCPT",
    provider: "vpop3",
    source: "https://wiki.pscs.co.uk/_export/raw/how_to:550_5.7.1_recipient_prohibited_x",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      'DSN permanent failure notification (delivery.dsn-perm-fail) code = 550, details = "This account is not authorized to receive email."',
    reason: "mailboxDisabled",
    provider: "stalwart",
    source: "https://github.com/stalwartlabs/stalwart/issues/1388",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "SMTPSendFailedException: 421-4.7.28 Gmail has detected an unusual rate of mail originating from your SPF\n421-4.7.28 domain [_REDACTED_]. To protect our users from\n421-4.7.28 spam, mail sent from your domain has been temporarily rate limited.\n421-4.7.28 For more information, go to\n421-4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError to\n421 4.7.28 review our Bulk Email Senders Guidelines. _REDACTED_ - gsmtp",
    reason: "rateLimited",
    provider: "gmail",
    source: "https://github.com/Purelymail/purelymail-issues/issues/354",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "Error: Mail command failed: 553 Local user only,163 smtp5,HdxpCgA3f+63sTNhtiNZDA--.2001S2 1630777785",
    reason: "senderRejected",
    command: "MAIL",
    provider: "netease",
    source: "https://github.com/ruanyf/weather-action/issues/5",
    heldOut: true,
    batch: 9,
  },
  {
    reply: '{permanent_failure,"smtp.163.com",<<"500 Error: bad syntax\\r\\n">>}',
    reason: "syntaxError",
    provider: "netease",
    source: "https://github.com/gen-smtp/gen_smtp/issues/90",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "panic: 454 4.7.0 TLS not available due to local problem",
    reason: "securityError",
    provider: "postfix",
    source: "https://github.com/go-gomail/gomail/issues/173",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "<= STARTTLS\n=> 502 TLS not available",
    reason: "securityError",
    command: "STARTTLS",
    provider: "postal",
    source: "https://github.com/postalserver/postal/issues/745",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "connect to nine.testrun.org[2a01:4f9:fff1:59::1]:25: Network is unreachable",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/chatmail/relay/pull/919",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "5.7.0 This message was blocked because its content presents a potential\n5.7.0 security issue. Please visit\n5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our\n5.7.0 message content and attachment content guidelines. x133sm3034537wme.8 - gsmtp",
    reason: "policyViolation",
    provider: "gmail",
    source: "https://github.com/jstedfast/MailKit/issues/408",
    heldOut: true,
    batch: 9,
  },
  {
    reply: '"552, "5.2.2", l\'account di posta a cui hai inviato un messaggio ha esaurito la sua quota."',
    reason: "mailboxFull",
    provider: "ovh",
    source: "https://github.com/ovh/docs/pull/3790",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "SmtpSender: Error sending message MailKit.Net.Smtp.SmtpCommandException: 4.4.1 Connection timed out",
    reason: "networkError",
    provider: "exchange",
    source: "https://github.com/jstedfast/MailKit/issues/453",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      'SMTPCLOSE [OQHJJhWtKo] Connection closed response="421 4.4.1 Connection timed out. Total session duration: 00:05:00.7054661"',
    reason: "networkError",
    provider: "exchange",
    source: "https://github.com/zone-eu/zone-mta/issues/161",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "Error during RSET on reused connection, server said: 421 gmx.net Service closing transmission channel - command timeout",
    reason: "networkError",
    provider: "gmx-webde",
    source: "https://github.com/chatmail/filtermail/issues/143",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      'Expected response code 250 but got code "421", with message "421 Timeout waiting for data from client. "',
    reason: "networkError",
    provider: "other",
    source: "https://github.com/OpenACalendar/OpenACalendar-Web-Core/issues/767",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "Remote Server returned '550 5.7.501 Access denied, spam abuse detected. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653'",
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://github.com/dougperkes/Visual-Graph-Explorer/issues/1",
    heldOut: true,
    batch: 9,
  },
  {
    reply:
      "Remote server returned '550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)'",
    reason: "spamDetected",
    provider: "microsoft",
    source: "https://github.com/zulip/zulip/issues/26721",
    heldOut: true,
    batch: 9,
  },
  {
    reply: "SMTP error from remote mail server after end of data:\n550 This message was classified as rSPAM",
    reason: "spamDetected",
    provider: "other",
    source: "https://github.com/PHPMailer/PHPMailer/issues/2212",
    heldOut: true,
    batch: 9,
  },
  // --- Held out, batch 10: replies from issue trackers across the families, collected and labelled
  // from their words, the provider's docs and the core README's reason boundaries -----------------
  {
    reply:
      "550 5.1.1 <admin@abit.dev>: Recipient address rejected: undeliverable address: mail for abit.dev loops back to myself",
    reason: "networkError",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/modoboa/modoboa/issues/2097",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "451  (BB3E0490-E92C-410E-A87A-698FCF6D332A.1)",
    reason: "undefined",
    command: "DATA",
    provider: "haraka",
    source: "https://github.com/haraka/Haraka/issues/3403",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "452 plugin timeout",
    reason: "systemError",
    command: "DATA",
    provider: "haraka",
    source: "https://github.com/haraka/Haraka/issues/882",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "503 5.5.1 You must authenticate first.",
    reason: "authRequired",
    command: "MAIL",
    provider: "stalwart",
    source: "https://github.com/stalwartlabs/stalwart/issues/698",
    heldOut: true,
    batch: 10,
  },
  {
    reply:
      "554 DT:SPM 163 smtp12,EMCowACnzwc_BjhcKMZmAQ--.20404S2 1547175487,please see http://mail.163.com/help/help_spam_16.htm?ip=218.94.104.2&hostid=smtp12&time=1547175487",
    reason: "spamDetected",
    provider: "netease",
    source: "https://github.com/zabbix-book/zabbix_mail_with_graph/issues/1",
    heldOut: true,
    batch: 10,
  },
  {
    reply:
      "550-5.7.26 This message does not pass authentication checks (SPF and DKIM both 550-5.7.26 do not pass). SPF check for [orange.fr] does not pass with ip: 550-5.7.26 [217.70.183.194].To best protect our users from spam, the message 550-5.7.26 has been blocked. Please visit 550-5.7.26 https://support.google.com/mail/answer/81126#authentication for more 550 5.7.26 information. s17-20020adfea91000000b002c552f5db89si6436405wrm.137 - gsmtp",
    reason: "authFailure",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/stephane-klein/backlog/issues/149",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "Cannot start TLS: handshake failure",
    reason: "securityError",
    provider: "postfix",
    source: "https://github.com/anonaddy/anonaddy/issues/178",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "550 Message rejected",
    reason: "undefined",
    provider: "other",
    source: "https://github.com/internetee/registry/issues/2106",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "550 #5.1.0 Address rejected.",
    reason: "userUnknown",
    provider: "other",
    source: "https://github.com/customeros/mailsherpa/issues/19",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "554 5.7.1 <user2@gmail.com>: Recipient address rejected: Access denied",
    reason: "policyViolation",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/RainLoop/rainloop-webmail/issues/2018",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "535 Authentication Failed",
    reason: "authRequired",
    command: "RCPT",
    provider: "zoho",
    source: "https://github.com/nodemailer/nodemailer/issues/456",
    heldOut: true,
    batch: 10,
  },
  {
    reply: '550 Outgoing mail from "" has been suspended.',
    reason: "senderRejected",
    provider: "other",
    source: "https://github.com/roundcube/roundcubemail/issues/8737",
    heldOut: true,
    batch: 10,
  },
  {
    reply:
      "permanent: 5.7.1 Service unavailable; Client host [44.202.40.57] blocked by RBL; https://www.spamhaus.org/sbl/query/SBLCSS / https://www.spamhaus.org/query/ip/44.202.40.57",
    reason: "blocked",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/reacherhq/check-if-email-exists/issues/1110",
    heldOut: true,
    batch: 10,
  },
  {
    reply:
      "550-Verification failed for <email address> 550-The mail server could not deliver mail to <email address>.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries. 550 Sender verify failed",
    reason: "senderRejected",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/mailcow/mailcow/issues/775",
    heldOut: true,
    batch: 10,
  },
  {
    reply:
      "577 5.1.1 <email@invalid.com>: Recipient address rejected: undeliverable address: host gw-mail4.jodoshared.com[173.0.129.9] said: 550 sorry, no mailbox here by that name (#5.1.1) (in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/Foundry376/Mailspring/issues/768",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "550-Verification failed for <minesh@sender.xxx>\n550-No Such User Here 550 Sender verify failed",
    reason: "senderRejected",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/2544",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "550 REJECTED - Recipient Verification Failed - User Not Found",
    reason: "userUnknown",
    command: "RCPT",
    provider: "baruwa",
    source: "https://github.com/jeremymcs/baruwa/issues/18",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "550-Please turn on SMTP Authentication in your mail client.",
    reason: "authRequired",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/zytzagoo/smtp-validate-email/issues/71",
    heldOut: true,
    batch: 10,
  },
  {
    reply:
      "421-4.7.0 [1.2.3.4 15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has",
    reason: "badReputation",
    provider: "gmail",
    source: "https://github.com/zone-eu/zone-mta/pull/201",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "421 4.7.1 Intrusion prevention active for [my ip address][R]",
    reason: "blocked",
    provider: "other",
    source: "https://github.com/zytzagoo/smtp-validate-email/issues/9",
    heldOut: true,
    batch: 10,
  },
  {
    reply:
      "550-Verification failed for <user@example.com>\n550-The mail server does not recognize user@example.com as a valid\nsender. 550 Sender verify failed",
    reason: "senderRejected",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/2257",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "Verification failed for <backoffice@Ydomain.lu>\nUnrouteable address\nSender verify failed",
    reason: "senderRejected",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/PHPMailer/PHPMailer/issues/1187",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "554 Message rejected: Stream is more than 10485760 bytes long.",
    reason: "messageTooBig",
    command: "DATA",
    provider: "other",
    source: "https://github.com/freescout-help-desk/freescout/issues/318",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "SMTP error 552: Maximum message size exceeded",
    reason: "messageTooBig",
    command: "DATA",
    provider: "maddy",
    source: "https://github.com/foxcpp/maddy/issues/772",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "503 STARTTLS command used when not advertised",
    reason: "protocolError",
    command: "STARTTLS",
    provider: "exim",
    source: "https://github.com/dpwright/HaskellNet-SSL/issues/20",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "452 4.5.3 Too many recipients",
    reason: "exceedLimit",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/axllent/mailpit/issues/205",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "Error: too many recipients from x.x.x.x",
    reason: "rateLimited",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/3807",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "451 4.3.0 Error: queue file write error",
    reason: "systemError",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/2033",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "421 Timeout - closing connection",
    reason: "networkError",
    provider: "other",
    source: "https://github.com/nodemailer/smtp-server/issues/144",
    heldOut: true,
    batch: 10,
  },
  {
    reply:
      "conversation with mx00.emig.gmx.net[212.227.15.9] timed out while receiving the initial server greeting",
    reason: "networkError",
    provider: "gmx-webde",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/3094",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "421 user-PC You talk too soon",
    reason: "protocolError",
    provider: "other",
    source: "https://github.com/nodemailer/smtp-server/issues/46",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant",
    reason: "contentError",
    command: "DATA",
    provider: "opensmtpd",
    source: "https://github.com/leahneukirchen/mblaze/issues/20",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "554 Message detected as spam (spam score was 7.6)",
    reason: "spamDetected",
    command: "DATA",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/107",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "554 5.7.1 This message does not meet our delivery requirements",
    reason: "policyViolation",
    provider: "other",
    source: "https://github.com/forwardemail/forwardemail.net/issues/423",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "550 5.2.0 No such mailbox",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/3435",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "452 mailbox full",
    reason: "mailboxFull",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/customeros/mailsherpa/issues/32",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "451 4.0.0 backend: invalid return path: not owned by user",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/shenxn/protonmail-bridge-docker/issues/28",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "554 5.0.0 Error: transaction failed: unknown sender address",
    reason: "senderRejected",
    command: "DATA",
    provider: "other",
    source: "https://github.com/emersion/hydroxide/issues/173",
    heldOut: true,
    batch: 10,
  },
  {
    reply: "550 5.5.1 Protocol error",
    reason: "protocolError",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/jeremydumais/CPP-SMTPClient-library/issues/57",
    heldOut: true,
    batch: 10,
  },
  {
    reply:
      'milter-reject: END-OF-MESSAGE from sender.ip.com[123.123.123.123]: 4.7.1 Ratelimit "mailcow" exceeded',
    reason: "rateLimited",
    command: "DATA",
    provider: "rspamd",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/5304",
    heldOut: true,
    batch: 10,
  },
  // --- Held out, batch 11 (providers' documentation) ----------------------------------------
  {
    reply:
      "421 4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked.",
    reason: "badReputation",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply: "421 4.7.0 Temporary System Problem. Try again later.",
    reason: "systemError",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply: "451 4.3.0 Mail server temporarily rejected message.",
    reason: "systemError",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply:
      "452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction.",
    reason: "exceedLimit",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply:
      "421 4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
    reason: "requireTLS",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply: "504 5.7.4 Unrecognized authentication type.",
    reason: "authRequired",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply: "530 5.7.0 Encryption required for requested authentication mechanism.",
    reason: "requireTLS",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply:
      "550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.",
    reason: "rateLimited",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply: "550 5.7.0 Mail relay denied.",
    reason: "relayDenied",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply:
      "550 5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead.",
    reason: "blocked",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply:
      "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent.",
    reason: "policyViolation",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply: "550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp",
    reason: "policyViolation",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply: "552 5.2.2 The email account that you tried to reach is over quota.",
    reason: "mailboxFull",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply: "552 5.7.0 This message was blocked because its content presents a potential security issue.",
    reason: "virusDetected",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply: "553 5.1.3 The recipient address <a@example.com> is not a valid RFC 5321 address.",
    reason: "userUnknown",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply: "554 5.7.0 Too many unauthenticated commands.",
    reason: "protocolError",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply: "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
    reason: "messageTooBig",
    provider: "microsoft",
    source: "https://support.microsoft.com/kb/960775",
    heldOut: true,
    batch: 11,
  },
  {
    reply:
      "550 5.7.511 Access denied, banned sender[192.0.2.1]. To request removal from this list, forward this message to delist@microsoft.com.",
    reason: "blocked",
    provider: "microsoft",
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
    heldOut: true,
    batch: 11,
  },
  {
    reply: "550 5.7.350 Remote server returned message detected as spam",
    reason: "spamDetected",
    provider: "microsoft",
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
    heldOut: true,
    batch: 11,
  },
  {
    reply: "451 Message temporarily deferred due to unresolvable RFC.5321 from domain",
    reason: "senderRejected",
    provider: "yahoo-aol",
    source: "https://senders.yahooinc.com/smtp-error-codes/",
    heldOut: true,
    batch: 11,
  },
  {
    reply:
      "550 5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked.",
    reason: "badReputation",
    provider: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    heldOut: true,
    batch: 11,
  },
  {
    reply:
      "451 4.7.26 Access denied, a message sent over IPv6 [2001:db8::1] must pass either SPF or DKIM validation.",
    reason: "authFailure",
    provider: "microsoft",
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
    heldOut: true,
    batch: 11,
  },
  // --- batch 12: issue and pull-request threads ------------------------------------------
  {
    reply: "Net::SMTPServerBusy: 454 Throttling failure: Maximum sending rate exceeded.",
    reason: "rateLimited",
    provider: "amazon-ses",
    source: "https://github.com/hackclub/hackathons-backend/issues/543",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "554 Message not allowed - Headers are not RFC compliant[291]",
    reason: "contentError",
    provider: "yahoo-aol",
    source: "https://github.com/stcr/subscribe-to-comments-reloaded/issues/226",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "550 Messages should have one or no Subject headers, not 2.",
    reason: "contentError",
    provider: "other",
    source: "https://github.com/lukencode/FluentEmail/issues/228",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "534-5.7.14 <https://accounts.google.com/ContinueSignIn?sarp=1&scc=1&plt=AKgnsbskT\n534-5.7.14 mcN_8qFRw1MANHNzfbxd7A3pKabqK0cHcTgOzcg5rIwtaZJptHooK8gk4e41daCvaTnPA\n534-5.7.14 pXmR-bwmz_6DM_vqG1OpfZSQq9a8BIgFeAmOrGvcNa06rukvDaaNCig0Y-84TCeg3cgNP\n534-5.7.14 1xEqgzH8X0ci75HxWi6QmZXNietsOj92XDaX-N5Jj8wNNvIfp0sLy2ZGQaDRtn7K3oxUcj\n534-5.7.14 _z4d-gy59RBMyXIAsz6vTh93ll3U> Please log in via your web browser and\n534-5.7.14 then try again.\n534-5.7.14 Learn more at\n534 5.7.14 https://support.google.com/mail/bin/answer.py?answer=78754 qo4sm4433316pab.33 - gsmtp",
    reason: "authRequired",
    command: "AUTH",
    provider: "gmail",
    source: "https://github.com/nodemailer/nodemailer/issues/401",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "504 5.5.2 <Mealie>: Sender address rejected: need fully-qualified address",
    reason: "senderRejected",
    provider: "fastmail",
    source: "https://github.com/mealie-recipes/mealie/issues/1980",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "com.sun.mail.smtp.SMTPAddressFailedException: 504 5.5.2 <JKLJLKJ@KJHJ>: Recipient address rejected: need fully-qualified address",
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/lokaler-kaufen/lokaler-kaufen-app/issues/74",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "Sending message error (554 Transaction failed: Duplicate header 'Content-Type'.)",
    reason: "contentError",
    provider: "amazon-ses",
    source: "https://github.com/xreef/EMailSender/issues/49",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "gomail: could not send email 1: 552 Your account has been suspended. Please contact us to reactivate",
    reason: "senderRejected",
    provider: "smtp2go",
    source: "https://github.com/gophish/gophish/issues/720",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "Mail command failed: 501 mail from address must be same as authorization user",
    reason: "senderRejected",
    command: "MAIL",
    provider: "qq",
    source: "https://github.com/nodeSolidServer/node-solid-server/issues/1281",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "org.eclipse.angus.mail.smtp.SMTPSenderFailedException: 553 Mail from must equal authorized user",
    reason: "senderRejected",
    provider: "netease",
    source: "https://github.com/xuxueli/xxl-job/issues/3858",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "Error: Invalid login: 535 Login Fail. Please enter your authorization code to login. More information in http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256",
    reason: "authRequired",
    command: "AUTH",
    provider: "qq",
    source: "https://github.com/louislam/uptime-kuma/issues/3434",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "host mail.abc.xyz[private/dovecot-lmtp] said: 451 4.3.0 Temporary internal failure (in reply to end of DATA command)",
    reason: "systemError",
    command: "DATA",
    provider: "dovecot",
    source: "https://github.com/mailcow/mailcow/issues/733",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "Error: Net::SMTPAuthenticationError (503 5.5.1 Error: authentication not enabled )",
    reason: "protocolError",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/postalserver/postal/issues/685",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "Error: SMTP code:530 msg:530 SMTP authentication is required.",
    reason: "authRequired",
    provider: "hmailserver",
    source: "https://github.com/guileen/node-sendmail/issues/73",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "Error: 550 smtp auth required (in reply to RCPT TO command)",
    reason: "authRequired",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/mailcow/mailcow/issues/318",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "WARN: Net::SMTPFatalError: 550 relay access denied - please authenticate",
    reason: "relayDenied",
    provider: "smtp2go",
    source: "https://github.com/mastodon/mastodon/issues/22669",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "450 4.7.1 <recipient@example.com>: Recipient address rejected: Internal error, API request failed",
    reason: "systemError",
    provider: "discourse",
    source: "https://github.com/discourse/discourse/pull/17537",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "failed to issue MAIL command: 502 Invalid input from xxxIPxxx to newxmesmtplogicsvrszb20-1.qq.com.",
    reason: "syntaxError",
    command: "MAIL",
    provider: "qq",
    source: "https://github.com/go-gitea/gitea/issues/35788",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "failed to issue MAIL command: 501 5.1.7 Bad sender address syntax",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/go-gitea/gitea/issues/35907",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "host smtp.free.fr[2a01:e0c:1::25] said: 550 5.7.1 Spam Detected - Mail Rejected.  Please see our policy at: http://postmaster.free.fr/#spam_detected (in reply to end of DATA command)",
    reason: "spamDetected",
    command: "DATA",
    provider: "free",
    source: "https://github.com/nextcloud/server/issues/31919",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      'Expected response code 250 but got code "501", with message "501 5.7.1 <username>... Permission denied "',
    reason: "senderRejected",
    provider: "sendmail",
    source: "https://github.com/nextcloud/server/issues/5566",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "SMTP 5xx error: permanent error (550): Error: content rejected.http://mail.qq.com/zh_CN/help/content/rejectedmail.html",
    reason: "spamDetected",
    provider: "qq",
    source: "https://github.com/dani-garcia/vaultwarden/issues/3308",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "Failed to send email. Reason: Mail command failed: 550 5.7.0 From address is not one of your addresses.",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/TryGhost/Ghost/issues/24100",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "REASON: 550 5.1.0 Recipient rejected: <ci-alert@iojs.org>",
    reason: "userUnknown",
    provider: "other",
    source: "https://github.com/nodejs/email/issues/10",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "< S: 501 5.5.4 Error: Bad NOTIFY parameter syntax",
    reason: "syntaxError",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/mobizt/ESP-Mail-Client/issues/74",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      'Expected response code 354 but got code "503", with message "503 Valid RCPT command must precede DATA "',
    reason: "protocolError",
    command: "DATA",
    provider: "exim",
    source: "https://github.com/mautic/mautic/issues/9822",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "<???@laposte.net>: host smtpz4.laposte.net[194.117.213.1] said: 550\n    5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please\n    try later. LPN007_510 (in reply to end of DATA command)",
    reason: "undefined",
    command: "DATA",
    provider: "laposte",
    source: "https://github.com/JamBrain/JamBrain/issues/270",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "556 5.1.10 <zz@yahooo.com>: Recipient address rejected: Domain yahooo.com does not accept mail (nullMX)",
    reason: "notAccept",
    provider: "postfix",
    source: "https://github.com/PHPMailer/PHPMailer/pull/1668",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "550 connect EADDRNOTAVAIL 157.245.9.156:443 - Local (138.197.213.185:0); If you need help, forward this email to support@forwardemail.net or visit https://forwardemail.net. Please note we are an email service provider and most likely not your intended recipient.",
    reason: "systemError",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/forwardemail.net/issues/185",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "554 5.4.0 <ms1.forwardemail.net #4.4.1>",
    reason: "networkError",
    provider: "other",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/115",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "/sendmail: 553 5.1.8 Sender address <root@meinebox.homenet> domain does not exist",
    reason: "senderRejected",
    provider: "sendmail",
    source: "https://github.com/gentoo/porticron/issues/7",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "to=<ld-879a626503@learndmarc.com>, relay=none, delay=0.64, delays=0.1/0.02/0.51/0, dsn=4.7.5, status=deferred (no TLSA records found)",
    reason: "securityError",
    provider: "postfix",
    source: "https://github.com/Zuplu/postfix-tlspol/issues/52",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "454 4.7.0 Temporary authentication failure: Connection lost to authentication server",
    reason: "systemError",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/3891",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "535 5.7.8 Error: authentication failed: another step is needed in authentication",
    reason: "authRequired",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/catatnight/docker-postfix/issues/31",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "dsn=4.7.0, status=deferred (SASL authentication failed; cannot authenticate to server smtp.example.com[IP]: no mechanism available)",
    reason: "authRequired",
    provider: "postfix",
    source: "https://github.com/EasyEngine/dockerfiles/issues/106",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "dsn=4.7.0, status=deferred (SASL authentication failed: server a.b.c[x.x.x.x] offered no compatible authentication mechanisms for this type of connection security)",
    reason: "authRequired",
    provider: "postfix",
    source: "https://github.com/Oefenweb/ansible-postfix/issues/45",
    heldOut: true,
    batch: 12,
  },
  {
    reply: '500 Error: command "AUTH" not recognized',
    reason: "syntaxError",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/kz26/mailproxy/issues/2",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "Got: 500 5.3.3 Unrecognized command",
    reason: "syntaxError",
    command: "STARTTLS",
    provider: "exchange",
    source: "https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/24",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "SMTP ERROR: AUTH command failed: 502 5.5.2 Error: command not recognized",
    reason: "syntaxError",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/PHPMailer/PHPMailer/issues/267",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "502 AUTH not supported.",
    reason: "protocolError",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/kost/smtp2mqtt/issues/1",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "Error: 140372281395136:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:",
    reason: "securityError",
    provider: "other",
    source: "https://github.com/dawidd6/action-send-mail/issues/169",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "ERROR => TLS setup failed: SSL connect attempt failed error:0A000086:SSL routines::certificate verify failed",
    reason: "securityError",
    provider: "other",
    source: "https://github.com/zehm/sendEmail/issues/14",
    heldOut: true,
    batch: 12,
  },
  {
    reply: "450 4.7.1 <name@example.com>: Recipient address rejected: Policy Rejection- Quota Exceeded.",
    reason: "rateLimited",
    provider: "postfix",
    source: "https://github.com/bbottema/simple-java-mail/issues/348",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "MailKit.Security.AuthenticationException: 421: 4.3.2 Service not active [TYAPR01CA0229.jpnprd01.prod.outlook.com]",
    reason: "systemError",
    command: "AUTH",
    provider: "microsoft",
    source: "https://github.com/jstedfast/MailKit/issues/1106",
    heldOut: true,
    batch: 12,
  },
  {
    reply:
      "host mail.xxx.de[xx.xxx.xx.xx] said: 553\n    Your IP is BLACKLISTED at UCEPROTECT-LEVEL 1 - See:\n    http://www.uceprotect.net/rblcheck.php?ipr=xxx.xxx.xxx.xxx (in reply to\n    RCPT TO command)",
    reason: "blocked",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/dragokas/hijackthis/issues/190",
    heldOut: true,
    batch: 12,
  },
  // --- Batch 13 (u-batch13): Q&A threads, hosts' and providers' help pages, blog posts ------
  // Each reply is a quote read on the page in `source` (none from issue trackers), labelled
  // by hand from its words, the page and the provider's documentation before it was measured.
  // --- batch 13 begins ---
  {
    reply:
      "host mx03.t-online.de[194.25.134.73] refused to talk to me: 554 IP=185.162.248.209 - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)",
    reason: "badReputation",
    provider: "t-online",
    source: "https://bllmnn.de/2024/05/fehler-554-none-bad-reputation-beim-mailversand-an-t-online-de",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "451 4.3.0 <servername[xx.xx.xx.xx]>: Client host rejected: Throttled - Too much spam from your mail server. Try again later.",
    reason: "badReputation",
    provider: "rackspace",
    source: "https://docs.rackspace.com/support/how-to/common-email-bounces",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "550 5.7.1 This email was rejected because it violates our security policy.",
    reason: "policyViolation",
    provider: "other",
    source:
      "https://support.nhs.net/2024/01/microsoft-365-alert-service-degradation-exchange-online-some-users-may-be-unable-to-send-or-receive-email-messages-and-receive-a-non-delivery-report-ndr/",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "550 message sending for this account is disabled",
    reason: "senderRejected",
    provider: "mailru",
    source: "https://mailout.ru/2015/09",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "Domain has exceeded the max defers and failures per hour (10/10 (58%)) allowed. Message discarded.",
    reason: "rateLimited",
    provider: "exim",
    source:
      "https://my.ultrawebhosting.com/knowledgebase/414/Domain-has-exceeded-the-max-defers-and-failures-per-hour.html",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "host mxn.mxhichina.com[42.120.219.27] said: 554 Reject\nby behaviour spam at DATA State(Connection IP\naddress:*)ANTISPAM_BAT[]: bad sending",
    reason: "badReputation",
    provider: "aliyun",
    source: "http://www.zyy100.com/article-show-50-246.html",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "host mxn.mxhichina.com[42.120.219.27] said: 554 Reject\nby behaviour spam at DATA State(Connection IP\naddress:*)ANTISPAM_BAT[]:list on rbl sites",
    reason: "blocked",
    provider: "aliyun",
    source: "http://www.zyy100.com/article-show-50-246.html",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "host\nhotmail-com.olc.protection.outlook.com[104.47.70.33] said: 550 5.7.1\nService unavailable, MailFrom domain is listed in Spamhaus. To request\nremoval from this list see https://www.spamhaus.org/query",
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://www.e-com-net.com/article/1935771633256034304.htm",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "smtp;550 5.7.1 :127.0.0.3:Client host a.b.c.d blocked using 88.blocklist.zap;\nMail from IP banned.\nTo request removal from this list please forward this message to\ndelist.forefront@messaging.microsoft.com",
    reason: "blocked",
    provider: "microsoft",
    source: "http://bbs.exchangecn.com/read-htm-tid-2437-fpage-11.html",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "MAIL FROM: 550 5.0.0 Mail rejected due to possible SPAM",
    reason: "spamDetected",
    provider: "other",
    source: "https://m.wh-163.com/mobile/index/show/catid/2/id/588.html",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "450 4.2.2 Sorry. e-mail address box is full.",
    reason: "mailboxFull",
    command: "RCPT",
    provider: "e-post",
    source: "http://www.e-postinc.jp/faq-bsd/faq10-95.html",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "5.7.1 Mailbox full",
    reason: "mailboxFull",
    provider: "plesk",
    source: "https://talk.plesk.com/threads/qmail-gives-451-temp-error-when-mailbox-full.260521/page-2",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "user: message would exceed maximum mailbox size for this recipient",
    reason: "mailboxFull",
    provider: "mailutils",
    source: "http://mailutils.org/manual//html_node/Mailbox-Quotas.html",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "mail.example.tld:$MAIL_SERVER_IP error 146: Connection refused",
    reason: "networkError",
    provider: "exim",
    source:
      "https://support.cpanel.net/hc/en-us/articles/360052457313-Exim-shows-retry-time-not-reached-for-any-host",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "stat=Deferred: 421 4.3.2 The maximum number of concurrent connections has exceeded a limit, closing transmission channel",
    reason: "tooManyConnections",
    provider: "exchange",
    source: "http://developerit.com/en/search/page-34/mike-gifford",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "Mail from [ip address] deferred using Trend Micro Email Reputation database. Please see https://www.mail-abuse.com/cgi-bin/lookup?[ip address]",
    reason: "blocked",
    provider: "trendmicro",
    source: "https://hardwaresecrets.com/understanding-email-bounce-messages/4/",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "451 4.4.0 Primary target IP address responded with: “451 5.7.3 Must issue a STARTTLS command first.” Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.",
    reason: "requireTLS",
    provider: "microsoft",
    source:
      "https://blogs.technet.microsoft.com/johnbai/2013/12/06/o365-on-premises-transport-queuing-lessons-learned-from-cbl/",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "(delivery temporarily suspended: Server certificate not verified)",
    reason: "securityError",
    provider: "postfix",
    source: "https://bsd.nomo.au/comms/mail/paranoia/encryption/tls_policy/",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "550 5.7.1... Relaying denied. Proper authentication required.",
    // Relabelled in batch 16's session, to the README's relayDenied / authRequired boundary.
    reason: "authRequired",
    command: "RCPT",
    provider: "sendmail",
    source: "https://support.moonpoint.com/network/email/clients/outlook-express/outlook-express6-tls.php",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "550 SC-004 Mail rejected by Windows Live Hotmail for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address. If you are not an email/network admin please contact your ...",
    reason: "badReputation",
    provider: "microsoft",
    source:
      "http://registrywinner.com/pcsupport/html/Troubleshooting/16194-Why-is-Windows-Live-Hotmail-rejecting-email-I-send-my-friend.html",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "550 not local host anisp.net, not a gateway",
    reason: "relayDenied",
    command: "RCPT",
    provider: "other",
    source: "http://www.ihmars.com/Irism/techtipOE550.htm",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "550 Mailbox unavailable or access denied",
    reason: "rateLimited",
    provider: "qq",
    source: "http://qiao.yimirj.com/article/detail/2261",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "550 Domain frequency limited",
    reason: "rateLimited",
    provider: "qq",
    source: "http://qiao.yimirj.com/article/detail/2261",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail. To protect 421-4.7.28 our users from spam, mail has been temporarily rate limited. Please 421-4.7.28 visit 421-4.7.28 to 421 4.7.28 review our Bulk Email Senders Guidelines. m17-20020a67f711000000b0045d8a438106si295017vso.199 - gsmtp (in reply to end of DATA command)",
    reason: "badReputation",
    provider: "gmail",
    source: "https://mail-archive.com/mailop@mailop.org/msg20199.html",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "smtp;550 5.2.0 meQj1n01053u42A0HeQj3v Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001",
    reason: "authFailure",
    provider: "comcast",
    source: "https://www.wordtothewise.com/2014/04/example-bounces-due-yahoo-preject",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "550 5.7.0 (COL0-MC6-F31) Unfortunately, messages from (IP) on behalf of (yahoo.com) could not be delivered due to domain owner policy restrictions. (in reply to end of DATA command))",
    reason: "authFailure",
    provider: "microsoft",
    source: "https://www.wordtothewise.com/2014/04/example-bounces-due-yahoo-preject",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "smtp;550 5.7.1  DMARC failure for domain yahoo.com, policy reject",
    reason: "authFailure",
    provider: "xs4all",
    source: "https://www.wordtothewise.com/2014/04/example-bounces-due-yahoo-preject",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "554 delivery error:Sorry your message to ***@yahoo.com.cn cannot be delivered. This account has been disabled or discontinued.",
    reason: "mailboxDisabled",
    provider: "yahoo-aol",
    source: "http://help.szhot.com/text_show.php?id=170",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "Due to extended inactivity new mail is not currently being accepted for this mailbox.",
    reason: "mailboxDisabled",
    provider: "other",
    source:
      "https://www.suped.com/knowledge/email-deliverability/sender-reputation/what-action-should-i-take-for-an-email-with-a-550-error-code-and-inactivity-bounce-message",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "550 5.2.1 Mailbox not enabled for receiving",
    reason: "mailboxDisabled",
    provider: "other",
    source: "https://tamingdns.com/bounce-decoder/550-5-2-1-mailbox-disabled",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "451 4.2.0 [IP address] blocked AUP#CDRBL.",
    reason: "blocked",
    provider: "cox",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/451-error",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "451 4.7.1 IP Reputation Greylisted.",
    reason: "greylisted",
    provider: "other",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/451-error",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "451 4.7.1 Unable to verify sender - try again later",
    reason: "senderRejected",
    provider: "other",
    source: "https://postigo.net/en/smtp-errors/451/",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "SMTP error 451 Unable to complete command, DNS not available or timed out",
    reason: "networkError",
    provider: "other",
    source: "http://www.sqlserverf1.com/smtp-status-codes-and-error-messages-from-error-451/",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "451 Domain of sender address does not resolve",
    reason: "senderRejected",
    provider: "other",
    source: "http://www.sqlserverf1.com/smtp-status-codes-and-error-messages-from-error-451/",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "451 Error getting LDAP results in map",
    reason: "systemError",
    provider: "other",
    source: "http://www.sqlserverf1.com/smtp-status-codes-and-error-messages-from-error-451/",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "550 Please use your real hostname when saying HELO (not HSP-AV01)",
    reason: "blocked",
    provider: "other",
    source: "http://www.under-score.org.uk/pipermail/underscore/2007-April/060030.html",
    heldOut: true,
    batch: 13,
  },
  {
    reply:
      "Mailbox unavailable. The server response was- Access denied - Invalid HELO name (See RFC2821 4.1.1.1)",
    reason: "blocked",
    provider: "other",
    source: "https://taourl.com/read-2185253.html",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "SMTP ERROR 450 <...>: Helo command rejected: Host not found.",
    reason: "blocked",
    provider: "postfix",
    source: "http://www.mailmaxdirect.com/cs_smtp450.htm",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "501 syntactically invalid HELO argument(s)",
    reason: "syntaxError",
    command: "EHLO",
    provider: "exim",
    source: "https://library.thedatadungeon.com/msdn-2000-04/kbexchg/source/exchange/q241892.content.htm",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "550 Sorry, no access for this ip",
    reason: "blocked",
    command: "MAIL",
    provider: "other",
    source: "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "553 <recipient's-address>\n... unauthorized relay traffic prohibited",
    reason: "relayDenied",
    provider: "other",
    source: "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "553 Header Error",
    reason: "contentError",
    command: "DATA",
    provider: "other",
    source: "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "550 Message rejected due to sender IP reputation ([xx.xx.xx.xx])",
    reason: "badReputation",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/161393/rejection-errors-when-delivering-to-3rd.html",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "550 5.7.1 Rejecting mail, <originating IP address> is blacklisted",
    reason: "blocked",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/161393/rejection-errors-when-delivering-to-3rd.html",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "421: Too many concurrent connections from this client (G2)",
    reason: "tooManyConnections",
    provider: "other",
    source:
      "https://support.rocketspark.com/hc/en-us/articles/115010278407-Why-did-my-email-bounce-Email-Bounce-messages-explained",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "4.4.1: The recipient's server was temporarily unavailable to accept your message (G6)",
    reason: "networkError",
    provider: "other",
    source:
      "https://support.rocketspark.com/hc/en-us/articles/115010278407-Why-did-my-email-bounce-Email-Bounce-messages-explained",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)",
    reason: "mailboxFull",
    provider: "forpsi",
    source:
      "https://support.forpsi.com/kb/a3302/incoming-emails-limitiation-on-the-mailserver-mxavas_forpsi_com.aspx",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "550 5.1.1 <xxx> sender is blocklisted",
    reason: "filtered",
    provider: "forpsi",
    source:
      "https://support.forpsi.com/kb/a3302/incoming-emails-limitiation-on-the-mailserver-mxavas_forpsi_com.aspx",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF",
    reason: "authFailure",
    provider: "forpsi",
    source:
      "https://support.forpsi.com/kb/a3302/incoming-emails-limitiation-on-the-mailserver-mxavas_forpsi_com.aspx",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "552 bizsmtp 0bqv1i0054rvCQt01 DMARC validation failed",
    reason: "authFailure",
    provider: "forpsi",
    source:
      "https://support.forpsi.com/kb/a3302/incoming-emails-limitiation-on-the-mailserver-mxavas_forpsi_com.aspx",
    heldOut: true,
    batch: 13,
  },
  {
    reply: "552 5.2.0 0biL1i00V1cmcpM01biL4w spam detected",
    reason: "spamDetected",
    provider: "forpsi",
    source:
      "https://support.forpsi.com/kb/a3302/incoming-emails-limitiation-on-the-mailserver-mxavas_forpsi_com.aspx",
    heldOut: true,
    batch: 13,
  },
  // --- batch 13 ends ---
  // --- batch 14 begins ---
  // Held out, batch 14: the first 25 from issue and pull-request threads, the rest from web pages
  // (hosts' and providers' help pages, Q&A threads, forums, blog posts), each an exact quote read
  // on its page in the session that added it, labelled by hand before the classifier was run.
  {
    reply:
      "5.0.0 Error: transaction failed, blame it on the weather: cannot send message: [2511] Recipient could not be found",
    reason: "userUnknown",
    provider: "protonmail",
    source: "https://github.com/emersion/hydroxide/issues/208",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "550 5.7.27 <noreply@example.com>: Sender address rejected: Domain example.com does not accept mail (nullMX)",
    reason: "senderRejected",
    provider: "postfix",
    source: "https://github.com/radekhulan/myinvoice/issues/139",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "554 (#5.3.0) Nie przyjmiemy tej wiadomosci poniewaz jest to spam - zobacz strone: https://pomoc.wp.pl/polityka-antyspamowa / We can't accept this message because it is spam - see: https://pomoc.wp.pl/polityka-antyspamowa [127]",
    reason: "spamDetected",
    provider: "wp",
    source: "https://github.com/geokrety/geokrety-website/issues/1047",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "451 4.3.2 Internal server error (in reply to RCPT TO command)",
    reason: "systemError",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/juanluisbaptiste/docker-postfix/issues/43",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "Fatal error: 500 5.0.0 Line too long",
    reason: "contentError",
    provider: "opensmtpd",
    source: "https://github.com/diladele/websafety/issues/2319",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "Diagnostic-Code: SMTP; 501 Syntax error - line too long",
    reason: "contentError",
    provider: "gmx-webde",
    source: "https://github.com/Kitura/Swift-SMTP/issues/106",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "550-Line length in message or single header exceeds 8192",
    reason: "contentError",
    provider: "other",
    source: "https://github.com/dx-tooling/platform-problem-monitoring-core/pull/1",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "501 Connection rejected by policy [7.7]",
    reason: "blocked",
    provider: "symantec",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/534",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements",
    reason: "senderRejected",
    provider: "sendgrid",
    source: "https://github.com/chatwoot/chatwoot/issues/2541",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "SMTP ERROR: DATA END command failed: 550-From header sender domain not verified.550-On your Settings > Sender Domains page550 verify the sender domain to be allowed to send.",
    reason: "senderRejected",
    command: "DATA",
    provider: "smtp2go",
    source: "https://github.com/PHPMailer/PHPMailer/issues/2683",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "Mail command failed: 553 Envolope sender mismatch with login user",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/toeverything/AFFiNE/issues/13820",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "421, b'Domain sandbox[XXXXX].mailgun.org is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.",
    reason: "senderRejected",
    provider: "mailgun",
    source: "https://github.com/Monstarrrr/rebutify/issues/162",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "Net::SMTPFatalError: 550 5.7.1 Unconfigured Sending Domain <mapzen.com>",
    reason: "senderRejected",
    provider: "sparkpost",
    source: "https://github.com/transitland/transitland-datastore/issues/1231",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      'Expected response code "250/251/252" but got code "521", with message "521 5.1.2 Domain does not exist: \'xxx.de\'".',
    reason: "hostUnknown",
    provider: "other",
    source: "https://github.com/contao/contao/issues/4572",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "535 5.7.8 Sorry. *** No authentication type succeeded",
    reason: "authRequired",
    provider: "sparkpost",
    source: "https://github.com/SparkPost/support-docs/pull/190",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "Mail command failed: 503 EHLO/HELO first please",
    reason: "protocolError",
    command: "MAIL",
    provider: "postal",
    source: "https://github.com/Mailtrain-org/mailtrain/issues/248",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "503 Error: send HELO first",
    reason: "protocolError",
    provider: "aiosmtpd",
    source: "https://github.com/aio-libs/aiosmtpd/issues/406",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "503 wrong state for HELO command",
    reason: "protocolError",
    command: "EHLO",
    provider: "alice",
    source: "https://github.com/patsanch/email_veracity_checker/pull/2",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "SMTP ERROR: MAIL FROM command failed: 503 Error: need EHLO and AUTH first !",
    reason: "authRequired",
    command: "MAIL",
    provider: "qq",
    source: "https://github.com/ltb-project/self-service-password/issues/436",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "Nov 22 08:45:10 node2 postfix/smtp[63116]: certificate verification failed for mail.XXXX.XX[113.169.17.115]:25: self-signed certificate.",
    reason: "securityError",
    provider: "postfix",
    source: "https://github.com/whyscream/postfix-grok-patterns/pull/133",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "2024-12-25 15:43:28 H=xxx.xxxxxx.com [123.123.123.123] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no F=<XXX@XXXXXX.com> temporarily rejected RCPT <email@realaddress.com>",
    reason: "greylisted",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/MailCleaner/MailCleaner/issues/645",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "2019-01-19 16:47:59 H=([10.11.10.11]) [123.45.56.67] X=TLS1.2:ECDHE_RSA_AES_128_GCM_SHA256:128 CV=no F=<my@email.com> A=dovecot_plain:my@email.com temporarily rejected RCPT <email1@externalhost.com>: greylisted host 123.45.56.67",
    reason: "greylisted",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/schweikert/postgrey/issues/70",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "mailbox unavailable 550 Sender address is not allowed. (in reply to MAIL FROM command)",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/loganmarchione/docker-postfixrelay/issues/46",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "recipient <testmailing1@area13.com> rejected: 550 5.1.1 <testbadrcpt@remote.com>: Recipient address rejected: User unknown in relay recipient table",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://github.com/haraka/Haraka/issues/2793",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "Sender address rejected: User not allowed to relay via this host",
    reason: "relayDenied",
    provider: "other",
    source: "https://github.com/nmanousos/email-existence/pull/16",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "550 From: Domain is invalid. Please provide a valid From: IB506",
    reason: "senderRejected",
    provider: "godaddy",
    source: "http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "550 Invalid SPF record. Please inspect your SPF settings, and try again. IB508",
    reason: "authFailure",
    provider: "godaddy",
    source: "http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "421 Temporarily rejected. Reverse DNS for this IP failed. IB108",
    reason: "requirePTR",
    provider: "godaddy",
    source: "http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "452 This message contains too many recipients Please reduce the number of recipients and retry. IB605",
    reason: "exceedLimit",
    provider: "godaddy",
    source: "http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "421 Server temporarily unavailable. Try again later. IB101",
    reason: "systemError",
    provider: "godaddy",
    source: "http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "451 Sorry, I wasn’t able to establish an SMTP connection. I’m not going to try again; this message has been in the queue too long.",
    reason: "expired",
    provider: "qmail",
    source: "http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "This message is looping: it already has my Delivered-To line. (#5.4.6)",
    reason: "networkError",
    provider: "qmail",
    source: "https://itegy.com/en/help-list/office-365-from/what-does-my-email-bounceback-mean",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "550 5.7.1 : Recipient address rejected: User email address is marked as invalid.",
    reason: "userUnknown",
    provider: "spambrella",
    source: "https://www.spambrella.com/faq/email-delivery-error-codes/",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "551 5.7.1 Not authorised to send from this header address",
    reason: "senderRejected",
    provider: "fastmail",
    source: "https://fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "554 5.7.1 <mail-pg1-f174.google.com[]>: Client host rejected: Address locked or deactivated; see http://mail.messagingengine.com/docs/locked.html",
    reason: "mailboxDisabled",
    provider: "fastmail",
    source: "https://brianjohnson.co.za/posts/avoid-fastmail/",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "Bad address mailbox syntax",
    reason: "userUnknown",
    provider: "yandex",
    source: "https://www.yandex.com/support/mail/bounces/yandex.html",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "Connected to x.x.x.x but sender was rejected.\nRemote host said: x.x.x.x Defined SPAM source: bl.spamcop.net",
    reason: "blocked",
    provider: "telstra",
    source: "http://www.themssforum.com/smallbiz/Email-blocked/",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "558 5.7.1 Message content rejected due to suspected spam. IB704x",
    reason: "spamDetected",
    provider: "telstra",
    source:
      "https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-emails-to-bigpond-bouncing-or-being-marked-as-spam",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "The mail server sent an incorrect greeting: nschwcmgw08p BigPond Outbound [OB105. Connection refused. (ip:address) is listed on the Exploits Block List (XBL). Please visit for more information.",
    reason: "blocked",
    provider: "telstra",
    source:
      "https://crowdsupport.telstra.com.au:443/t5/broadband-nbn/why-is-my-email-being-blacklisted/ta-p/76234",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "550 [suspend] Mailbox currently suspended--Please contact correspondent directly.",
    reason: "mailboxDisabled",
    provider: "att",
    source: "http://worldnet.att.net/general-info/bls_info/block_enduser.html",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "550 [permfail] bellsouth.net requires valid sender domain",
    reason: "senderRejected",
    provider: "att",
    source: "http://worldnet.att.net/general-info/bls_info/block_enduser.html",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "550 unauthorized interface for <0.0.0.0.>",
    reason: "blocked",
    provider: "att",
    source: "http://worldnet.att.net/general-info/bls_info/block_enduser.html",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "554 cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXBL",
    reason: "blocked",
    provider: "cox",
    source:
      "https://forums.cox.com/discussions/internet/emails-to-me-from-rice-edu-being-rejected-aupcxbl-error-554-5-0-0/122275",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "554 5.2.0 Spam content found",
    reason: "spamDetected",
    provider: "virginmedia",
    source: "https://community.virginmedia.com/t5/Email/Email-Spam-Content-Found-error-550-554/td-p/3229831",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "550 You are registered as spammer (by user's reject list)",
    reason: "filtered",
    provider: "other",
    source: "https://puffinknight.tistory.com/102",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "554 5.0.0 Service unavailable (userid: mail is denied, by spam filter)",
    reason: "filtered",
    provider: "other",
    source: "https://puffinknight.tistory.com/102",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "550 5.7.1 <userid@domain.com>... Error.your access was denied.? Since you sent too many e-mails,you are not allowed to send more e-mails within 24 hours.After 24 hours,you can send e-mails as usual.If you did not send any e-mails,which is considered as a spam,you'd better register",
    reason: "rateLimited",
    provider: "other",
    source: "https://puffinknight.tistory.com/102",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "550-'Transaction failed. (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com)'",
    reason: "blocked",
    provider: "paran",
    source: "https://puffinknight.tistory.com/102",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "421 4.3.1 You send too many messages.",
    reason: "rateLimited",
    provider: "other",
    source: "https://puffinknight.tistory.com/102",
    heldOut: true,
    batch: 14,
  },
  {
    reply:
      "421 4.3.2 Your IP(218.236.206.104) is filtered and this connection will be closed. You must register your IP to spammaster@hanafos.com By SpaceLee, the Lord of mail server.",
    reason: "blocked",
    provider: "hanafos",
    source: "http://blog.jinbo.net/007/archive/20051107",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "451 4.4.2 Bad connection (io timeout)",
    reason: "networkError",
    provider: "other",
    source: "http://blog.jinbo.net/007/archive/20051107",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "452 4.4.5 Insufficient disk space; try again later",
    reason: "systemFull",
    provider: "other",
    source: "http://blog.jinbo.net/007/archive/20051107",
    heldOut: true,
    batch: 14,
  },
  {
    reply: "421 4.4.5 CCRT IP ADDRESS: Connection refused. Server is busy(RT)",
    reason: "blocked",
    provider: "other",
    source: "https://oliveit.tistory.com/39",
    heldOut: true,
    batch: 14,
  },
  // --- batch 14 ends ---
  // --- batch 15 begins: the long tail from issue threads and web pages (Q&A, forums, blogs),
  // each an exact quote read in the session that added it, labelled before it was measured ---
  {
    reply:
      "554 impin004.msg.chrl.nc.charter.net cmsmtp blocked. Please see\n\n\n   for more information. AUP#In-1020",
    reason: "badReputation",
    provider: "charter",
    source:
      "https://community.spectrum.net/discussion/172891/i-manage-a-domain-stovebolt-com-that-is-having-emails-to-spectum-users-blocked",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "smtp;554 dnvrco-cmimta15 esmtp ESMTP server not available AUP#I-1010",
    reason: "blocked",
    provider: "charter",
    source:
      "https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-troubleshoot-email-delivery-issues-with-chartertwc-spectrumroadrunner-customers-including",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      "PERM_FAILURE: SMTP Error (state 8): 550 550 Dynamic/zombied/spam IPs blocked. Write [email protected]",
    reason: "blocked",
    provider: "earthlink",
    source: "https://www.rackaid.com/blog/how-to-remove-your-email-server-ip-from-earthlinks-blacklist/",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      "Message not delivered. Reason: host destination-1834.routing.emailservice.io[12.172.74.114] said: 421 4.4.2 Message submission rate for this client has exceeded the configured limit (in reply to MAIL FROM command)",
    reason: "rateLimited",
    command: "MAIL FROM",
    provider: "postfix",
    source: "https://support.mailprotector.com/hc/en-us/articles/360048244891-Common-Email-Bouncebacks",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "********@etu.univ-lyon1.fr: Network error on destination MXs",
    reason: "networkError",
    provider: "opensmtpd",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/687",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "amandine.escalier@etu.univ-lyon1.fr: Envelope expired",
    reason: "expired",
    provider: "opensmtpd",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/687",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "delivery 245: failure: Unable_to_run_qmail-remote./",
    reason: "systemError",
    provider: "qmail",
    source: "https://github.com/notqmail/notqmail/issues/244",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "451 From:domain must resolve",
    reason: "senderRejected",
    provider: "other",
    source: "http://helpdesk.umd.edu/documents/3/3025/",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "procmail: Mailbox limit exceeded while appending message",
    reason: "mailboxFull",
    provider: "procmail",
    source: "http://pobox.com/bounce-common.mhtml",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "550 <user@codetel.net.do>... Can't create output",
    reason: "mailboxFull",
    provider: "sendmail",
    source: "http://pobox.com/bounce-common.mhtml",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "Server does not support sending internationalized header data",
    reason: "contentError",
    provider: "horde",
    source: "https://github.com/nextcloud/mail/issues/8165",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      "554 Message rejected, policy (3.2.1.1) – Your message looks like SPAM or has been reported as SPAM please read…",
    reason: "spamDetected",
    provider: "bt",
    source: "http://blog.frankleonhardt.com/tag/bt-internet/",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "Deferred: 421 Too many messages (1.5.6.1) from xxx.xxx.xxx.xxx",
    reason: "rateLimited",
    provider: "bt",
    source: "http://blog.frankleonhardt.com/tag/bt-internet/",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "451 System policy engine error",
    reason: "systemError",
    provider: "bt",
    source: "https://hcidata.info/BT-not-accepting-emails.htm",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      "Mar 29 20:45:12 p2-lvmail11 lsb1-99-208-250/smtp[22251]: A88DFC2DBE9: to=<redacted@aol.com>, relay=mailin-01.mx.aol.com[64. 12.91.195]:25, delay=0.18, delays=0.01/0/0.14/0.03, dsn=5.1.1, status=bounced (host mailin-01.mx.aol.com[64.12.91. 195] said: 550 5.1.1 <redacted@aol.com>: Recipient address rejected: aol.com (in reply to RCPT TO command))",
    reason: "userUnknown",
    command: "RCPT TO",
    provider: "yahoo-aol",
    source: "https://www.wordtothewise.com/2017/03/aol-accidentally-hard-bounces-valid-mail",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "521 5.2.1 : (CON:B1) http://postmaster.info.aol.com/errors/554conb1.html",
    reason: "badReputation",
    provider: "yahoo-aol",
    source: "https://knownhost.com/kb/?p=5771",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "TLS error on connection (recv): The TLS connection was non-properly terminated.",
    reason: "securityError",
    provider: "exim",
    source: "https://github.com/hestiacp/hestiacp/issues/3781",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "TLS negotiation failed with error InvalidToken",
    reason: "securityError",
    provider: "exchange",
    source: "https://github.com/postalserver/postal/issues/829",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      "Ongoing connection failed to 128.100.132.12:25 : Error: 140665633523680:error:14082174:SSL routines:SSL3_CHECK_CERT_AND_ALGORITHM:dh key too small:s3_clnt.c:3331:",
    reason: "securityError",
    provider: "haraka",
    source: "https://github.com/haraka/Haraka/issues/1054",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      "TLS session failure: delivering unencrypted to 172.18.0.6 [172.18.0.6] (not in hosts_require_tls)",
    reason: "securityError",
    provider: "exim",
    source: "https://github.com/maildev/maildev/issues/153",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      "== mymail@mydomain.com R=smarthost T=remote_smtp_smarthost defer (-53): retry time not reached for any host for 'mydomain.com'",
    reason: "networkError",
    provider: "exim",
    source: "https://github.com/ix-ai/smtp/issues/8",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "451 qq temporary problem (#4.3.0)",
    reason: "systemError",
    provider: "qmail",
    source: "https://major.io/tags/clamd/",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "421 Too Many Connections (8) From This IP",
    reason: "tooManyConnections",
    provider: "other",
    source: "https://era.host/en/blog/421-too-many-connections-complete-guide.php",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "550 5.1.1 Inactive mbox",
    reason: "mailboxDisabled",
    provider: "other",
    source: "https://puffinknight.tistory.com/102",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "550 5.1.1 Suspended user",
    reason: "mailboxDisabled",
    provider: "other",
    source: "https://puffinknight.tistory.com/102",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "451 mta113.mail.krs.yahoo.com Resources temporarily unavailable",
    reason: "systemError",
    provider: "yahoo-aol",
    source: "https://puffinknight.tistory.com/102",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "441 4.4.1 No answer from host",
    reason: "networkError",
    provider: "other",
    source: "http://blog.jinbo.net/007/archive/20051107",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "451 4.4.0 DNS resolving error",
    reason: "networkError",
    provider: "other",
    source: "http://blog.jinbo.net/007/archive/20051107",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "451 4.3.0 Temporary system failure. Please try again later.",
    reason: "systemError",
    provider: "other",
    source: "http://blog.jinbo.net/007/archive/20051107",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "554 5.7.1 DAS51 2***.***.***.***: Your mail is blocked automatically by anti-spam system. (E06)",
    reason: "blocked",
    provider: "daum",
    source: "https://auctionpro.co.kr/?p=2544",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "502 Unrecognized command, 4 retry(ies) remaining.",
    reason: "syntaxError",
    command: "DATA",
    provider: "other",
    source: "https://github.com/mkitchingh/Smtp-Relay/issues/4",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      "<windoffer-johannes@web.de>: host mx-ha03.web.de[212.227.15.17] refused to talk\n    to me: 554-web.de (mxweb012) Nemesis ESMTP Service not available 554-No\n    SMTP service 554 invalid DNS PTR resource record, IP=178.32.123.20",
    reason: "requirePTR",
    provider: "gmx-webde",
    source: "https://github.com/mailcow/mailcow/issues/915",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "MAIL FROM <user@example.com> failed: '503 bad sequence of commands'",
    reason: "protocolError",
    command: "MAIL FROM",
    provider: "aliyun",
    source: "https://github.com/mludvig/smtp-cli/issues/24",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      'Expected response code 354 but got code "503", with message "503 Bad sequence of commands [@sm190202]"',
    reason: "protocolError",
    provider: "other",
    source: "https://github.com/swiftmailer/swiftmailer/issues/966",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "Error 550 (too many emails per second)",
    reason: "rateLimited",
    provider: "mailtrap",
    source: "https://github.com/izmjs/izmjs/issues/26",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "send spam mail rejected: exceeded hour limit",
    reason: "rateLimited",
    provider: "other",
    source: "https://github.com/gophish/gophish/issues/3231",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      "Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.",
    reason: "senderRejected",
    provider: "mailgun",
    source: "https://github.com/sebsylvester/parse-server-mailgun/issues/14",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      "The xy.com domain is not verified. Please, add and verify your domain on https://resend.com/domains",
    reason: "senderRejected",
    provider: "resend",
    source: "https://github.com/resend/resend-node/issues/455",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "Mail command failed: 550 This domain is not associated with your account",
    reason: "senderRejected",
    command: "MAIL FROM",
    provider: "plunk",
    source: "https://github.com/useplunk/plunk/issues/164",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "Your account is temporarily under review. Please contact Support to regain access.",
    reason: "senderRejected",
    provider: "sendgrid",
    source: "https://github.com/sendgrid/docs/issues/5985",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      'Expected response code "250" but got code "554", with message "554 5.7.1 Message cannot be accepted, \'blocked file type "*.*"\'".',
    reason: "policyViolation",
    provider: "other",
    source: "https://github.com/holger-dev/nextledger/issues/21",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      "550-Callback setup failed while verifying xxx@xxx.xxx\n550-(result of an earlier callout reused). \n550-The initial connection, or a HELO or MAIL FROM:<> command was \n550-rejected. Refusing MAIL FROM:<> does not help fight spam, disregards \n550-RFC requirements, and stops you from receiving standard bounce \n550-messages. This host does not accept mail from domains whose servers \n550-refuse bounces.",
    reason: "senderRejected",
    provider: "exim",
    source: "https://github.com/andris9/simplesmtp/pull/77",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      "Remote-MTA: dns; mx01.mail.icloud.com Diagnostic-Code: smtp; 550 5.7.1Relay not permitted for user.",
    reason: "relayDenied",
    provider: "apple",
    source: "https://tamingdns.com/bounce-decoder/apple",
    heldOut: true,
    batch: 15,
  },
  {
    reply: 'SMTP Dropping message, unknown host for recipient: <<"foo@bar.se">>',
    reason: "hostUnknown",
    provider: "zotonic",
    source: "https://github.com/zotonic/zotonic/issues/565",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "550 Authentication required",
    reason: "authRequired",
    provider: "haraka",
    source: "https://github.com/haraka/Haraka/issues/885",
    heldOut: true,
    batch: 15,
  },
  {
    reply: 'Expected response code 250 but got code "530", with message "530 5.7.0 User not authenticated',
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/elkarbackup/elkarbackup/issues/702",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "535 5.7.8 Error: authentication failed: Invalid authentication mechanism",
    reason: "authRequired",
    provider: "postfix",
    source: "https://github.com/knadh/listmonk/issues/1750",
    heldOut: true,
    batch: 15,
  },
  {
    reply:
      "Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address",
    reason: "userUnknown",
    provider: "amazon-ses",
    source: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "smtp; 553 5.1.2 Unknown mail server. Could not find a mail server for [some domain]",
    reason: "hostUnknown",
    provider: "other",
    source: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    heldOut: true,
    batch: 15,
  },
  {
    reply: "smtp; 550 5.4.4 Invalid domain",
    reason: "hostUnknown",
    provider: "other",
    source: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    heldOut: true,
    batch: 15,
  },
  // --- batch 15 ends ---
  // --- batch 16: a sample, collected as the fixed queries listed under `heldOut` returned them ---
  // query 1: 550 5.1.1 bounce nodemailer
  {
    reply:
      "postfix/smtp[1432]: 0CA4412040B: to=<wwwwwww@an34er.com>, relay=none, delay=0.44, delays=0.1/0.01/0.33/0, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=an34er.com type=AAAA: Host not found)",
    reason: "hostUnknown",
    provider: "postfix",
    source: "https://github.com/nodemailer/nodemailer/issues/602",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "Sep  8 15:15:18 blahblah postfix/smtp[29796]: D67D5221F8: to=<james@net.com>, relay=none, delay=1.9, delays=1.7/0.02/0.18/0, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=net.com type=AAAA: Host found but no data record of requested type)",
    reason: "hostUnknown",
    provider: "postfix",
    source: "https://github.com/nodemailer/nodemailer/issues/487",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "550 5.7.1 - This message has been blocked because the sender's IP address is blacklisted",
    reason: "blocked",
    provider: "other",
    source: "https://intohost.in/kb/common-email-bounce-back-errors",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "421 4.2.0 - Server busy, please try again later",
    reason: "rateLimited",
    provider: "other",
    source: "https://intohost.in/kb/common-email-bounce-back-errors",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "550 5.1.10 - Recipient domain not found",
    reason: "hostUnknown",
    provider: "other",
    source: "https://intohost.in/kb/common-email-bounce-back-errors",
    heldOut: true,
    batch: 16,
  },
  // query 2: SMTP 421 error postfix
  {
    reply:
      "[WARN  filtermail::transport] Message rejected by mail server mx00.emig.gmx.net: Unable to send email, Error during RSET on reused connection, server said: 421 gmx.net Service closing transmission channel - command timeout",
    reason: "networkError",
    provider: "gmx-webde",
    source: "https://github.com/chatmail/filtermail/issues/143",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "421 4.7.0 Try again later",
    reason: "greylisted",
    provider: "other",
    source: "https://statuscodefyi.com/ar/scenarios/smtp/421-smtp-connection-refused",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "host mail.example.com[1.2.3.4] said: 421 Too many concurrent connections",
    reason: "tooManyConnections",
    provider: "other",
    source: "https://statuscodefyi.com/ar/scenarios/smtp/421-smtp-connection-refused",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "Service not available, closing transmission channel. The server response was: 421 4.7.0 [TSS04] Messages from X.X.X.X temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.verizonmedia.com/error-codes",
    reason: "badReputation",
    provider: "yahoo-aol",
    source: "https://github.com/postalserver/postal/issues/1415",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "421 4.7.0 [x.x.x.x] Our system has detected an unusual rate of mail",
    reason: "rateLimited",
    provider: "other",
    source: "https://postigo.net/en/smtp-errors/421/",
    heldOut: true,
    batch: 16,
  },
  // query 3: 554 5.7.1 rejected
  {
    reply: '554 <"the recipients email addy here">: Recipient address rejected: Relay access denied',
    reason: "relayDenied",
    command: "RCPT",
    provider: "postfix",
    source: "https://www.antionline.com/showthread.php?mode=threaded&p=692064",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "554 5.7.0 Message Size Violation",
    reason: "messageTooBig",
    provider: "other",
    source: "https://www.hostx.eu/members/index.php?rp=%2Fknowledgebase%2F789%2FEmail-error-554.html",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "554 5.7.1 Message blocked due to spam content in the message",
    reason: "spamDetected",
    provider: "other",
    source: "https://www.hostx.eu/members/index.php?rp=%2Fknowledgebase%2F789%2FEmail-error-554.html",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "554 5.7.1 [P4Message blocked due to spam content in the message.- ]",
    reason: "spamDetected",
    provider: "other",
    source: "https://www.hostx.eu/members/index.php?rp=%2Fknowledgebase%2F789%2FEmail-error-554.html",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "554 RLY:B1",
    // Relabelled after measuring: AOL's own page on RLY:B1 says a block placed when members'
    // complaints pass a threshold, which the README files under badReputation.
    reason: "badReputation",
    provider: "yahoo-aol",
    source: "https://www.hostx.eu/members/index.php?rp=%2Fknowledgebase%2F789%2FEmail-error-554.html",
    heldOut: true,
    batch: 16,
  },
  // query 4: 452 4.2.2 mailbox full
  {
    reply: "452 4.2.2 Mailbox full",
    reason: "mailboxFull",
    command: "RCPT",
    provider: "other",
    source: "https://www.errcodes.dev/smtp/5-2-2-mailbox-full",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuota",
    reason: "mailboxFull",
    provider: "gmail",
    source: "https://tamingdns.com/bounce-decoder/452-4-2-2-mailbox-full-temporary",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "Diagnostic-Code:550 5.2.5 Folder full",
    reason: "mailboxFull",
    provider: "other",
    source: "https://github.com/voku/PHPMailer-BMH/issues/23",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "May 11 11:33:24 mail postfix/lmtp[1050]: A23D128724C: to=<quotauser@otherdomain.tld>, relay=mail.my-domain.com[/var/run/dovecot/lmtp], delay=0.01, delays=0.01/0/0/0, dsn=5.2.2, status=bounced (host mail.my-domain.com[/var/run/dovecot/lmtp] said: 552 5.2.2 <quotauser@otherdomain.tld> Quota exceeded (mailbox for user is full) (in reply to end of DATA command))",
    reason: "mailboxFull",
    command: "DATA",
    provider: "dovecot",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1508",
    heldOut: true,
    batch: 16,
  },
  // query 5: mail delivery failed 553
  {
    reply:
      "SMTP error from remote mail server after RCPT TO:<recipient@RemoteDomain.com>:\nhost RemoteDomain.com [123.123.123.123]:\n553 5.7.1 Not an open relay, so get lost",
    reason: "relayDenied",
    command: "RCPT",
    provider: "exim",
    source: "http://www.inmotionhosting.com/support/email/email-troubleshooting/email-error-553",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "Error: Message failed: 554 6.6.0 Error sending message for delivery.",
    reason: "undefined",
    provider: "yahoo-aol",
    source: "https://github.com/nodemailer/nodemailer/issues/1515",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "550-5.7.1 [5.182.17.60 12] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked.",
    reason: "spamDetected",
    provider: "gmail",
    source: "https://github.com/postalserver/docs/issues/17",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "553 5.7.2 [TSS09] All messages from IP will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes",
    reason: "blocked",
    provider: "yahoo-aol",
    source: "https://github.com/postalserver/docs/issues/17",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "<example@aol.com>: host mx-aol.mail.gm0.yahoodns.net[ip] said:\n    550 Action not taken (in reply to end of DATA command)",
    reason: "undefined",
    command: "DATA",
    provider: "yahoo-aol",
    source: "https://github.com/modoboa/modoboa-webmail/issues/213",
    heldOut: true,
    batch: 16,
  },
  // query 6: smtp error 535 authentication failed
  {
    reply: "SMTP Error (535): Authentication failed",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/roundcube/roundcubemail/issues/6826",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "Erreur SMTP (535) : authentication failed",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/roundcube/roundcubemail/issues/6794",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "535 Incorrect authentication data",
    reason: "authRequired",
    provider: "exim",
    source: "https://1grid.co.za/knowledge/smtp-error-535-authentication-failed-how-to-fix-it",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "535 5.7.8 Username and Password not accepted",
    reason: "authRequired",
    provider: "gmail",
    source: "https://1grid.co.za/knowledge/smtp-error-535-authentication-failed-how-to-fix-it",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "Error: Invalid login: 535 Error: authentication failed",
    reason: "authRequired",
    command: "AUTH",
    provider: "qq",
    source: "https://github.com/xuess/puppeteer-sign/issues/2",
    heldOut: true,
    batch: 16,
  },
  // query 7: 450 4.7.1 greylisted try again later
  {
    reply:
      "temporary SMTP delivery error when sending to ===========(xx.xxx.xx)\n\n451 4.7.1 Try again later",
    reason: "greylisted",
    provider: "other",
    source: "https://github.com/postalserver/postal/issues/576",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "451 4.7.1 <[email protected]>: Recipient address rejected: Greylisted, try again in 300 seconds",
    reason: "greylisted",
    command: "RCPT",
    provider: "postfix",
    source: "https://www.simplefastwebsites.com/errors/email/smtp-451-4-7-1-greylisting-try-again-later/",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "Server mailu said: 451 4.7.1 Try again later",
    reason: "greylisted",
    provider: "rspamd",
    source: "https://github.com/Mailu/Mailu/issues/1742",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "450 4.1.1 <recipient@Server_Name.Top_Level_Domain>: Recipient address rejected: unverified address: verification in progress",
    reason: "greylisted",
    command: "RCPT",
    provider: "postfix",
    source: "https://hoststud.com/resources/email-error-450-and-it%E2%80%99s-solution.317/updates",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      '450 4.1.1 <recipient@Server_Name.Top_Level_Domain>: Recipient address rejected: unverified address: unknown user: "recipient@Server_Name.Top_Level_Domain"',
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://hoststud.com/resources/email-error-450-and-it%E2%80%99s-solution.317/updates",
    heldOut: true,
    batch: 16,
  },
  // query 8: 550 relay not permitted exim
  {
    reply:
      "H=(localhost) [172.22.0.1] F=<no-reply@saocloud.com> rejected RCPT <admin11@test.com>: relay not permitted",
    reason: "relayDenied",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/appwrite/docker-smtp/issues/9",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "503 AUTH COMMAND USED WHEN NOT ADVERTISED",
    reason: "protocolError",
    command: "AUTH",
    provider: "exim",
    source: "https://github.com/totaljs/framework/issues/297",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "550 PERMITTED TO RELAY THROUGH THIS SERVER WITHOUT AUTHENTICATION",
    // Relabelled after measuring, to the boundary written down then (README: relayDenied /
    // authRequired): a refusal to relay that names logging in as the way in is authRequired.
    reason: "authRequired",
    provider: "exim",
    source: "https://github.com/totaljs/framework/issues/297",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "503 SENDER NOT YET GIVEN",
    reason: "protocolError",
    provider: "exim",
    source: "https://github.com/totaljs/framework/issues/297",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "F=<testlist-bounces@lists.mydomain.hu> rejected RCPT <myexternaladdress@domain.tld>: relay not permitted",
    reason: "relayDenied",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/Angatar/mailman2/issues/1",
    heldOut: true,
    batch: 16,
  },
  // query 9: 552 message size exceeds limit
  {
    reply: 'Expected response code 250 but got code "552", with message "552 message line is too long "',
    reason: "contentError",
    provider: "other",
    source: "https://github.com/swiftmailer/swiftmailer/issues/989",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      'got code "552", with message "552-5.2.3 Your message exceeded Google\'s message size limits. Please visit 552-5.2.3  https://support.google.com/mail/?p=MaxSizeError to view our size 552 5.2.3 guidelines.',
    reason: "messageTooBig",
    provider: "gmail",
    source: "https://github.com/swiftmailer/swiftmailer/issues/989",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "552 5.3.4 Message size exceeds fixed maximum",
    reason: "messageTooBig",
    provider: "other",
    source: "https://1grid.co.za/knowledge/?p=34649",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "MapiExceptionMaxSubmissionExceeded; Message size exceeds maximum size limit.; \nSTOREDRV.Submission.Exception:MessageSubmissionExceededException.MapiExceptionMaxSubmissionExceeded; \nFailed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot save changes made to an item to store.",
    reason: "messageTooBig",
    provider: "microsoft",
    source: "https://github.com/pankleks/pm2-health/issues/52",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "552 5.3.4 Message too large",
    reason: "messageTooBig",
    command: "DATA",
    provider: "other",
    source: "https://errcodes.dev/smtp/5-3-4-message-too-big-for-system",
    heldOut: true,
    batch: 16,
  },
  // query 10: 550 blocked spamhaus smtp
  {
    reply: "550 5.7.1 Service unavailable; Client host [x.x.x.x] blocked using Spamhaus",
    reason: "blocked",
    provider: "spamhaus",
    source: "https://errorcanon.top/errors/communication/smtp-550-spamhaus-blocked/",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "Mailbox: got data 550 5.7.1 Service unavailable, Client host [xx.xx.xx.xx] blocked using Spamhaus. To request removal from this list see ...",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/devmehq/email-validator-js/issues/100",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "Mailbox: got data 550 5.7.1 Mail from IP xx.xx.xx.xx was rejected due to listing in Spamhaus SBL. For details please see ...",
    reason: "blocked",
    provider: "apple",
    source: "https://github.com/devmehq/email-validator-js/issues/100",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "553 5.7.1 [TSS07] Connections will not be accepted from 206.189.235.121, because the ip is in Spamhaus's list; see https://postmaster.verizonmedia.com/error-codes",
    reason: "blocked",
    command: "MAIL",
    provider: "yahoo-aol",
    source: "https://github.com/chenjj/espoofer/issues/15",
    heldOut: true,
    batch: 16,
  },
  // query 11: 421 4.7.0 too many connections
  {
    reply: "421 4.7.0 Too many concurrent connections",
    reason: "tooManyConnections",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/280430/smtp-code-421-470-too-many-concurrent-co.html",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "421 Too many concurrent SMTP connections",
    reason: "tooManyConnections",
    provider: "exim",
    source: "https://github.com/in2code-de/luxletter/issues/247",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "S: 421 4.7.0 is-comm2.is-ol.de Error: too many connections from [my_server_ip]",
    reason: "tooManyConnections",
    command: "CONNECT",
    provider: "postfix",
    source: "https://github.com/testssl/testssl.sh/issues/2089",
    heldOut: true,
    batch: 16,
  },
  // query 12: 550 5.7.26 gmail dmarc bounce
  {
    reply:
      "550-5.7.26 Unauthenticated email from [your-domain.com] is not accepted due to domain's DMARC policy.",
    reason: "authFailure",
    provider: "gmail",
    source: "https://app.dmarcit.io/help/550-5-7-26",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "550-5.7.26 Your email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.",
    reason: "authFailure",
    provider: "gmail",
    source: "https://app.dmarcit.io/help/550-5-7-26",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "550 5.7.26 Unauthenticated email from [yourdomain.com] is not accepted due to the domain's DMARC policy",
    reason: "authFailure",
    provider: "gmail",
    source: "https://emailwarmup.com/blog/550-5-7-26-5-7-1-unauthenticated-email-not-accepted",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\nGmail requires all senders to authenticate with either SPF or DKIM.",
    reason: "authFailure",
    provider: "gmail",
    source: "https://mxio.io/learn/errors/gmail-dmarc-reject-5-7-26",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "550-5.7.26 Unauthenticated email from [domain] is not accepted due to\ndomain's DMARC policy. Please contact the administrator of [domain].",
    reason: "authFailure",
    provider: "gmail",
    source: "https://mxio.io/learn/errors/gmail-dmarc-reject-5-7-26",
    heldOut: true,
    batch: 16,
  },
  // query 13: 530 5.7.0 must issue STARTTLS
  {
    reply: "Expected response code(s) [250] but got response [530 5.7.0 Must issue a STARTTLS command first]",
    reason: "requireTLS",
    command: "RSET",
    provider: "other",
    source: "https://github.com/formtools/core/issues/757",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "530 Must issue a STARTTLS command first",
    reason: "requireTLS",
    provider: "other",
    source: "https://falconyte.com/help/smtp-errors/530-starttls-required",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "/usr/lib/ruby/gems/1.8/gems/tlsmail-0.0.1/lib/net/smtp.rb:679:in `auth_plain': 530 5.7.0 Must issue a STARTTLS command first. w29sm21914057vcr.2 (Net::SMTPAuthenticationError)",
    reason: "requireTLS",
    command: "AUTH",
    provider: "gmail",
    source: "https://github.com/dcparker/ruby-gmail/issues/22",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "SMTP Error: 530 5.7.0 Must issue a STARTTLS command first. m129sm2162575qkc.2 - gsmtp",
    reason: "requireTLS",
    provider: "gmail",
    source: "https://github.com/passbolt/passbolt_docker/issues/25",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "Must issue a STARTTLS command first",
    reason: "requireTLS",
    provider: "other",
    source: "https://github.com/swiftmailer/swiftmailer/issues/1232",
    heldOut: true,
    batch: 16,
  },
  // query 14: phpmailer SMTP error 550
  {
    reply: "SMTP error from remote mail server after end of data:\n550 Action not taken",
    reason: "undefined",
    command: "DATA",
    provider: "exim",
    source: "https://github.com/PHPMailer/PHPMailer/issues/1614",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: 5.7.60 SMTP; Client does not have permissions to send as this sender\n SMTP code: 550",
    reason: "senderRejected",
    command: "DATA",
    provider: "microsoft",
    source: "https://github.com/Sterc/FormIt/issues/66",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "S: 550-Requested action not taken: mailbox unavailable\nS: 550 Failure sending mail. Try again later",
    reason: "undefined",
    command: "RCPT",
    provider: "gmx-webde",
    source: "https://github.com/jstedfast/MailKit/issues/968",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      'Expected response code 250 but got code "550", with message "550 5.7.60 SMTP; Client does not have permissions to send as this sender"',
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://github.com/swiftmailer/swiftmailer/issues/1258",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "550 Please turn on SMTP Authentication in your mail client..... is not permitted to relay through this server without authentication.",
    // Relabelled after measuring, to the README's relayDenied / authRequired boundary.
    reason: "authRequired",
    provider: "exim",
    source:
      "https://www.crazydomains.sydney/help/article/email-sending-error-550-please-turn-on-smtp-authentication",
    heldOut: true,
    batch: 16,
  },
  // query 15: office365 550 5.7.708 ndr
  {
    reply:
      "Reported error: 530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM [AM6PR0732BE0065.eurprd07.prod.outlook.com]",
    reason: "authRequired",
    command: "MAIL",
    provider: "microsoft",
    source: "https://www.easy365manager.com/office-365-ndr-error-codes/",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "554 5.7.1 Service unavailable; Client host [] blocked",
    reason: "blocked",
    provider: "other",
    source:
      "https://support.nhs.net/2024/01/microsoft-365-alert-service-degradation-exchange-online-some-users-may-be-unable-to-send-or-receive-email-messages-and-receive-a-non-delivery-report-ndr/",
    heldOut: true,
    batch: 16,
  },
  // query 16: sendmail 451 4.4.1 deferred
  {
    reply:
      "exmx1 : Dec 14 05:28:39 exmx1 sendmail[31574]: mBDIYhEa031574:\nto=<customer at example.com>, delay=00:00:00, xde\nlay=00:00:00, mailer=esmtp, pri=41874, relay=mail.example.com.,\ndsn=4.0.0, stat=Deferred",
    reason: "undefined",
    provider: "sendmail",
    source: "https://lists.centos.org/pipermail/centos/2008-December/069432.html",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "message deferred due to failure: {'': (501, b'5.1.3 Invalid address')}",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/pinax/django-mailer/issues/24",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "421 'Server shutting down'",
    reason: "systemError",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/forwardemail.net/issues/547",
    heldOut: true,
    batch: 16,
  },
  {
    reply:
      "421 Message delivered to xxxx; Message delivery was temporarily interrupted, please try again later.",
    reason: "systemError",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/forwardemail.net/issues/547",
    heldOut: true,
    batch: 16,
  },
  {
    reply: "421 4.7.0 Service not available, try again later",
    reason: "systemError",
    provider: "other",
    source: "https://blog.themailx.com/article/smtp-error-421-451",
    heldOut: true,
    batch: 16,
  },
  // --- batch 16 ends ---
  // --- batch 17: a sample from issue threads, collected as the fixed queries listed under `heldOut` returned them ---
  // query 1: nodemailer 421 error
  {
    reply: "421 4.7.0 Try again later, closing connection. (EHLO) xxx-xxxxxxxxxxxxxxxxxxxxxxxxxx - gsmtp",
    reason: "rateLimited",
    command: "EHLO",
    provider: "gmail",
    source: "https://github.com/invoiceninja/dockerfiles/issues/492",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "Error: Invalid greeting from server:\n421 Cannot connect to SMTP server MY-IP-NUMBER (MY-IP-NUMBER:25), connect error 10060: 421 Cannot connect to SMTP server MY-IP-NUMBER (MY-IP-NUMBER:25), connect error 10060",
    reason: "networkError",
    command: "CONNECT",
    provider: "other",
    source: "https://github.com/nodemailer/nodemailer/issues/855",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "Error: Invalid greeting from server:\n451 Request action aborted on MFE proxy, SMTP server is not available.: 451 Request action aborted on MFE proxy, SMTP server is not available.",
    reason: "systemError",
    command: "CONNECT",
    provider: "other",
    source: "https://github.com/nodemailer/nodemailer/issues/952",
    heldOut: true,
    batch: 17,
  },
  // query 2: 550 5.7.1 office 365 rejected
  {
    reply:
      "550 5.7.60 SMTP; Client does not have permissions to send as this sender [MW2PR1901MB2155.namprd19.prod.outlook.com]",
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://github.com/swiftmailer/swiftmailer/issues/1030",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "550 Command Rejected",
    reason: "undefined",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/substack/node-smtp-protocol/issues/50",
    heldOut: true,
    batch: 17,
  },
  // query 3: postfix said 554
  {
    reply:
      "mta: 0xea6710: <<< 554-gmx.net (mxgmx008) Nemesis ESMTP Service not available\nmta: 0xea6710: <<< 554-No SMTP service\nmta: 0xea6710: <<< 554-Bad DNS PTR resource record.\nmta: 0xea6710: <<< 554 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=88.189.231.41&c=rdns",
    reason: "requirePTR",
    command: "CONNECT",
    provider: "gmx-webde",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/446",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      'Expected response code 354 but got code "554", with message "554 5.5.1 Error: no valid recipients "',
    reason: "protocolError",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/swiftmailer/swiftmailer/issues/1182",
    heldOut: true,
    batch: 17,
  },
  // query 4: exim SMTP error from remote mail server after RCPT
  {
    reply: "reject=451 4.2.1 Mailbox busy, try again later",
    reason: "systemError",
    provider: "other",
    source: "https://github.com/roundcube/roundcubemail/issues/7448",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "1hhvrT-0006kr-BK == email@domain.com R=send_via_vask T=vask_smtp defer (-53): retry time not reached for any host for 'domain.com'",
    reason: "networkError",
    provider: "exim",
    source: "https://github.com/postalserver/postal/issues/841",
    heldOut: true,
    batch: 17,
  },
  // query 5: django smtp 550
  {
    reply: "smtplib.SMTPDataError: (550, b'5.7.1 Unconfigured Sending Domain <asu.edu>')",
    reason: "senderRejected",
    provider: "sparkpost",
    source: "https://github.com/comses/comses.net/issues/220",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "SMTPRecipientsRefused at /auth/signup/\n{'some_guy@gmail.com': (550, '5.7.1 Unable to relay')}",
    reason: "relayDenied",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/Ecotrust/forestplanner/issues/220",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "Error code: 550\nError: b'not local sender over smtp'",
    reason: "senderRejected",
    provider: "other",
    source: "https://github.com/nitinsh06/Django-Verify-Email/issues/35",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "(554, 'Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.')",
    reason: "senderRejected",
    provider: "mailgun",
    source: "https://github.com/domino14/Webolith/issues/219",
    heldOut: true,
    batch: 17,
  },
  // query 6: laravel 553 (its results held no SMTP reply)
  // query 7: mailgun 550 bounce
  {
    reply:
      "550-5.7.1 [145.239.80.210 12] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. Please visit 550-5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError 550 5.7.1 for more information. w28si1688632wra.157 - gsmtp",
    reason: "spamDetected",
    provider: "gmail",
    source: "https://github.com/postalserver/postal/issues/266",
    heldOut: true,
    batch: 17,
  },
  {
    reply: '550 "User unknown in virtual mailbox table"',
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/goposta/posta/pull/86",
    heldOut: true,
    batch: 17,
  },
  // query 8: 452 too many recipients (every reply it gave is already in this list)
  // query 9: 550 5.4.1 recipient address rejected access denied (every reply it gave is already in this list)
  // query 10: 553 5.7.1 sender address rejected (every reply it gave is already in this list)
  // query 11: yahoo 421 4.7.0 (every reply it gave is already in this list)
  // query 12: icloud 554 5.7.1 (every reply it gave is already in this list)
  // query 13: sendgrid 550 bounce reason (every reply it gave is already in this list)
  // query 14: amazon ses 554 message rejected
  {
    reply:
      "010f018f1d1b543c-97a38cd9-5649-481a-88cf-c7a00dbaee14-000000@ses.voip.ms at remote mailserver feedback-smtp.us-east-2.amazonses.com. (3.21.184.30): SMTPSendFailedException: 554 DSN is not RFC 3464 compliant. MSGID: (eoKd7ZfKntFbf8fXto0i-1): The DSN MUST be addressed (in both the message header and the transport envelope) to the return address from the transport envelope which accompanied the original message for which the DSN was generated. https://tools.ietf.org/html/rfc3464\n (554)",
    reason: "contentError",
    provider: "amazon-ses",
    source: "https://github.com/Purelymail/purelymail-issues/issues/216",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: yoyo <yoyo@domain.com>, yoyo@domain.com",
    reason: "senderRejected",
    provider: "amazon-ses",
    source: "https://github.com/mageplaza/magento-2-smtp/issues/152",
    heldOut: true,
    batch: 17,
  },
  // query 15: 550 5.2.1 mailbox unavailable
  {
    reply: "550 Request failed; Mailbox unavailable",
    reason: "undefined",
    provider: "yahoo-aol",
    source: "https://github.com/PHPMailer/PHPMailer/issues/2685",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "550-Requested action not taken: mailbox unavailable",
    reason: "undefined",
    provider: "ionos",
    source: "https://github.com/zammad/zammad/issues/477",
    heldOut: true,
    batch: 17,
  },
  // query 16: hotmail 550 rejected (every reply it gave is already in this list)
  // query 17: python smtplib SMTPRecipientsRefused
  {
    reply:
      "SMTPRecipientsRefused: {u'admin@example.com': (501, '5.1.5 Recipient address reserved by RFC 2606')}",
    reason: "hostUnknown",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/frappe/frappe/pull/8514",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "smtplib.SMTPRecipientsRefused: {'a1nquan@meili-inc.com': (550, 'Mailbox not found or access denied')}",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/FeeiCN/Cobra/issues/377",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "smtplib.SMTPRecipientsRefused: {'bryanb@psych360.org': (550, b'relay access denied - please authenticate')}",
    reason: "relayDenied",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/mikechabot/smtp-email-spoofer-py/issues/18",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "{u'5435435435@45435.4534': (501, '5.1.3 Bad recipient address syntax')}",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/dotkom/onlineweb4/issues/732",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "{'email': (553, b'5.1.3 The recipient address <email> is not a valid RFC-5321 address. Learn\\n5.1.3 more at\\n5.1.3  https://support.google.com/mail/answer/6596 g1sm1186255pfu.73 - gsmtp')}",
    reason: "userUnknown",
    command: "RCPT",
    provider: "gmail",
    source: "https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/283",
    heldOut: true,
    batch: 17,
  },
  // query 18: javamail 554 transaction failed
  {
    reply: "Transaction failed. Please report this error to your system administrator (223E)",
    reason: "undefined",
    provider: "other",
    source: "https://github.com/thunderbird/thunderbird-android/issues/5839",
    heldOut: true,
    batch: 17,
  },
  // query 19: mailkit SmtpCommandException 550
  {
    reply: "5.7.1 <my@email.com>: Recipient address rejected: Access denied",
    reason: "policyViolation",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/jstedfast/MailKit/issues/822",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "502 5.5.2 Error: command not recognized",
    reason: "syntaxError",
    provider: "postfix",
    source: "https://github.com/jstedfast/MailKit/issues/1221",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "5.7.1 Unable to relay",
    reason: "relayDenied",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/jstedfast/MailKit/issues/873",
    heldOut: true,
    batch: 17,
  },
  // query 20: phpmailer RCPT TO command failed
  {
    reply: "SMTP ERROR: RCPT TO command failed: 451 Temporary local problem - please try later",
    reason: "systemError",
    provider: "exim",
    source: "https://github.com/PHPMailer/PHPMailer/issues/254",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      'Expected response code 354 but got code "503", with message "503 5.5.2 Need rcpt command [mail.server.com]',
    reason: "protocolError",
    command: "DATA",
    provider: "other",
    source: "https://github.com/swiftmailer/swiftmailer/issues/1181",
    heldOut: true,
    batch: 17,
  },
  // query 21: ruby Net::SMTPFatalError 550
  {
    reply: "Net::SMTPFatalError (555 5.5.2 Syntax error. nb15sm15097998qcb.26\n):",
    reason: "syntaxError",
    provider: "gmail",
    source: "https://github.com/oneclickorgs/one-click-orgs/issues/150",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "Net::SMTPFatalError - 550 5.1.1 <asdasdasd>: Recipient address rejected: User unknown in local recipient table",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://github.com/mlandauer/cuttlefish/issues/191",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "Net::SMTPFatalError: 550 5.1.3 Invalid address",
    reason: "userUnknown",
    provider: "other",
    source: "https://github.com/pivorakmeetup/pivorak-web-app/issues/320",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "Net::SMTPFatalError: 555 5.5.2 Syntax error. 4sm74508868qak.11 - gsmtp",
    reason: "syntaxError",
    provider: "gmail",
    source: "https://github.com/ophrescue/RescueRails/issues/260",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "Net::SMTPFatalError (553 authentication is required,126 smtp1,C8mowADnHOa6K15YNQFmAw--.10596S3 1482566588",
    reason: "authRequired",
    provider: "netease",
    source: "https://github.com/sj26/mailcatcher/issues/73",
    heldOut: true,
    batch: 17,
  },
  // query 22: go smtp 554 error
  {
    reply: "550 that IP address is not allowed to send",
    reason: "blocked",
    provider: "smtp2go",
    source: "https://github.com/gophish/gophish/issues/1701",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "555 5.5.2 Syntax error. j10-20020ac874ca000000b0035d432f5ba3sm9240143qtr.17 - gsmtp",
    reason: "syntaxError",
    provider: "gmail",
    source: "https://github.com/gophish/gophish/issues/2662",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "555 5.5.2 Syntax error, cannot decode response. For more information, go to 5.5.2 https://support.google.com/a/answer/3221692 and review RFC 5321 5.5.2 specifications. b5-20020ac247e5000000b005101b72b1ffsm1062897lfp.117 - gsmtp",
    reason: "syntaxError",
    provider: "gmail",
    source: "https://github.com/gophish/gophish/issues/2662",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "504 Unrecognized authentication type",
    reason: "authRequired",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/superseriousbusiness/gotosocial/issues/3812",
    heldOut: true,
    batch: 17,
  },
  // query 23: thunderbird sending failed 550
  {
    reply:
      "NOQUEUE: reject: RCPT from unknown[47.8.32.206]: 451 4.3.5 <pandeyaaditya59@gmail.com>: Recipient address rejected: Server configuration problem; from=<systemadmin@blueappleonline.com> to=<pandeyaaditya59@gmail.com> proto=ESMTP helo=<[192.168.43.87]>",
    reason: "systemError",
    provider: "postfix",
    source: "https://github.com/modoboa/modoboa/issues/2307",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "4.3.5 <test@blueappleonline.com>: Recipient address rejected: Server configuration problem.",
    reason: "systemError",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/modoboa/modoboa-installer/issues/380",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "Negative SMTP reply: 550 5.5.0 Emetteur invalide. Invalid Sender. LPN104_415",
    reason: "senderRejected",
    provider: "laposte",
    source: "https://github.com/thunderbird/thunderbird-android/issues/938",
    heldOut: true,
    batch: 17,
  },
  // query 24: roundcube SMTP error 550
  {
    reply:
      "1pfdJV-004eVE-9X == zeus@zeusteam.dev R=dnslookup T=remote_smtp defer (113): No route to host H=mail.zeusteam.dev [50.20.205.93]: mail.zeusteam.dev [50.20.205.93]",
    reason: "networkError",
    provider: "exim",
    source: "https://github.com/hestiacp/hestiacp/issues/3381",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      'SMTP Error (451): Failed to add recipient "email@example.com" (Temporary local problem - please try later).',
    reason: "systemError",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/outroll/vesta/issues/2028",
    heldOut: true,
    batch: 17,
  },
  // query 25: haraka outbound 550 bounce
  {
    reply: "500 5.5.2 unrecognized command",
    reason: "syntaxError",
    command: "EHLO",
    provider: "other",
    source: "https://github.com/haraka/Haraka/issues/2296",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "recipient <chnacllckelcialecteq@gmail.com> rejected: 550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at http://support.google.com/mail/bin/answer.py?answer=6596 de9si27369759pdb.176 - gsmtp",
    reason: "userUnknown",
    command: "RCPT",
    provider: "gmail",
    source: "https://github.com/haraka/Haraka/issues/936",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "recipient domain <bell.net> rejected: 521 Service not available",
    reason: "notAccept",
    provider: "other",
    source: "https://github.com/haraka/Haraka/issues/2944",
    heldOut: true,
    batch: 17,
  },
  // queries 26 to 32: written down when the first 25 had given 47, before any of them was run
  // query 26: SMTP error 451 4.7.1 try again later
  {
    reply: "451 Temporary local problem - please try later",
    reason: "systemError",
    provider: "exim",
    source: "https://github.com/postalserver/postal/issues/546",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "454 4.3.0 Try again later (Net::SMTPServerBusy)",
    reason: "greylisted",
    provider: "other",
    source: "https://github.com/hitobito/hitobito/issues/3795",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "Server terminates connection. response=421 4.7.0 Try again later, closing connection. (EHLO) v6-20020a50c406000000b00461d375b0a5sm78344edf.43 - gsmtp: 421 4.7.0 Try again later, closing connection. (EHLO) v6-20020a50c406000000b00461d375b0a5sm78344edf.43 - gsmtp",
    reason: "rateLimited",
    command: "EHLO",
    provider: "gmail",
    source: "https://github.com/calcom/cal.diy/issues/5254",
    heldOut: true,
    batch: 17,
  },
  // query 27: smtp 550 5.7.1 spam rejected
  {
    reply: "Diagnostic-Code: smtp; 554 5.7.1 Spam message rejected",
    reason: "spamDetected",
    provider: "other",
    source: "https://github.com/Cloud9Developer/Jellyfin-Newsletter-Plugin/issues/71",
    heldOut: true,
    batch: 17,
  },
  // query 28: 550 sender rejected spf fail
  {
    reply: "Milter: from=<sktlcctkv@email.quickerpickerupper.com>, reject=550 5.7.1 Command rejected",
    reason: "undefined",
    provider: "sendmail",
    source: "https://github.com/jcbf/smf-spf/issues/33",
    heldOut: true,
    batch: 17,
  },
  {
    reply:
      "<martin@[...]> (expanded from <webmaster@[...]>): host\nmx.zoho.com[204.141.32.121] said: 550 5.7.23 Sender's SPF Policy Failure\n(in reply to RCPT TO command)",
    reason: "authFailure",
    provider: "zoho",
    source: "https://github.com/mate-desktop/mate-desktop.org/issues/88",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "530 From/Sender name is not valid",
    reason: "senderRejected",
    provider: "postal",
    source: "https://github.com/postalserver/postal/issues/2088",
    heldOut: true,
    batch: 17,
  },
  // query 29: nextcloud mail SMTP error 554
  {
    reply:
      'Expected response code 220 but got code "421", with message "421 smtp.strato.de : No SMTP service (MBL-B) "',
    reason: "blocked",
    command: "CONNECT",
    provider: "strato",
    source: "https://github.com/evertramos/docker-nextcloud-letsencrypt/issues/20",
    heldOut: true,
    batch: 17,
  },
  // query 30: mastodon Net::SMTPFatalError
  {
    reply:
      "Net::SMTPAuthenticationError: 454 4.7.0 Temporary authentication failure: generic failure (Net::SMTPAuthenticationError)",
    reason: "systemError",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/mastodon/mastodon/issues/33073",
    heldOut: true,
    batch: 17,
  },
  // query 31: wordpress wp mail smtp 550
  {
    reply: "Error: 554 5.7.1 <you@me.com>: Relay access denied",
    reason: "relayDenied",
    command: "RCPT",
    provider: "sophos",
    source: "https://github.com/mike-koch/Mods-for-HESK/issues/116",
    heldOut: true,
    batch: 17,
  },
  // query 32: zoho smtp 553 relaying disallowed
  {
    reply: '(553, b\'Relaying disallowed as "email add")',
    reason: "senderRejected",
    provider: "zoho",
    source: "https://github.com/frappe/erpnext/issues/19057",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "SendMail: Failed to close connection to SMTP server, 553 Relaying disallowed as @",
    reason: "senderRejected",
    command: "DATA",
    provider: "zoho",
    source: "https://github.com/mattermost/mattermost/issues/13224",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "(553, 'Relaying disallowed')",
    reason: "relayDenied",
    provider: "other",
    source: "https://github.com/odoo/odoo/issues/1493",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "Relay access denied",
    reason: "relayDenied",
    command: "RCPT",
    provider: "zimbra",
    source: "https://github.com/Chocapikk/CVE-2024-45519/issues/1",
    heldOut: true,
    batch: 17,
  },
  {
    reply: "Error: no valid recipients",
    reason: "protocolError",
    command: "DATA",
    provider: "zimbra",
    source: "https://github.com/Chocapikk/CVE-2024-45519/issues/1",
    heldOut: true,
    batch: 17,
  },
  // --- batch 17 ends ---
  // --- batch 18: a sample from web pages, collected as the fixed queries listed under `heldOut` returned them ---
  // query 1: bounce message 550 mailbox unavailable
  {
    reply: "421 [GL01] Message from (X.X.X.X) temporarily deferred",
    reason: "badReputation",
    provider: "yahoo-aol",
    source: "http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages",
    heldOut: true,
    batch: 18,
  },
  {
    reply:
      "450 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered.",
    reason: "rateLimited",
    provider: "gmail",
    source: "http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "451 Temporary local problem - please try later",
    reason: "systemError",
    provider: "other",
    source: "http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "452 Over Quota",
    reason: "mailboxFull",
    provider: "other",
    source: "http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "550 [email] User unknown",
    reason: "userUnknown",
    provider: "other",
    source: "http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages",
    heldOut: true,
    batch: 18,
  },
  // query 2: outlook 550 5.7.1 unable to relay
  {
    reply: "550 5.7.1 Unable to relay",
    reason: "relayDenied",
    provider: "exchange",
    source: "https://www.simplefastwebsites.com/errors/email/smtp-550-5-7-1-unable-to-relay/",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "The server response was: 550 5.7.1 Unable to relay for [email protected]",
    reason: "relayDenied",
    provider: "exchange",
    source: "https://www.simplefastwebsites.com/errors/email/smtp-550-5-7-1-unable-to-relay/",
    heldOut: true,
    batch: 18,
  },
  {
    reply:
      "The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was ''. Subject: '', Account: '', Server: '', Protocol: SMTP, Server Response: '550 ... Relaying Denied', Port: 25, Secure (SSL): No, Server Error: 550, Error Number: 0x800CCC79.",
    reason: "relayDenied",
    command: "RCPT",
    provider: "sendmail",
    source:
      "https://econs.net/bcms/index.php?rp=%2Fknowledgebase%2F59%2FTroubleshoot-550-553-and-relay-prohibited-errors--Outlook-.html",
    heldOut: true,
    batch: 18,
  },
  {
    reply:
      "The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was ''. Subject '', Account: '', Server: '', Protocol: SMTP, Server Response: '553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)', Port: 25, Secure(SSL): No, Server Error: 553, Error Number: 0x800CCC79.",
    reason: "relayDenied",
    command: "RCPT",
    provider: "qmail",
    source:
      "https://econs.net/bcms/index.php?rp=%2Fknowledgebase%2F59%2FTroubleshoot-550-553-and-relay-prohibited-errors--Outlook-.html",
    heldOut: true,
    batch: 18,
  },
  // query 3: gmail 421 4.7.28
  {
    reply:
      "421-4.7.28 [203.0.113.42] Our system has detected an unusual rate of\n421-4.7.28 unsolicited mail originating from your IP address. To protect our\n421-4.7.28 users from spam, mail sent from your IP address has been temporarily\n421 4.7.28 rate limited. Please visit\n421 4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError to\n421 4.7.28 review our Bulk Email Senders Guidelines. - gsmtp",
    reason: "badReputation",
    provider: "gmail",
    source: "https://mythicintel.com/blog/421-from-gmail",
    heldOut: true,
    batch: 18,
  },
  {
    reply:
      "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address.",
    reason: "badReputation",
    provider: "gmail",
    source: "https://tamingdns.com/bounce-decoder/421-4-7-28-blocked-high-complaint-rate",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "421 4.7.28 Gmail has detected an unusual rate of mail",
    reason: "rateLimited",
    provider: "gmail",
    source:
      "https://www.suped.com/knowledge/email-deliverability/sender-reputation/why-is-gmail-deferring-mail-with-421-4728-unusual-rate-of-mail-and-sending-it-to-spam",
    heldOut: true,
    batch: 18,
  },
  // query 4: yahoo 553 5.7.1
  {
    reply: "553 5.7.1 Suspected spam; message rejected",
    reason: "spamDetected",
    provider: "yahoo-aol",
    source: "https://mailflowauthority.com/troubleshooting/yahoo-553-5-7-1-fix",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "553 5.7.1 Connections will not be accepted from 1.2.3.4,",
    reason: "blocked",
    provider: "yahoo-aol",
    source: "http://germamojo.blogg.se/2022/may/how-to-block-emails-on-yahoo-on-iphone.html",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "421 4.7.0 Messages from temporarily deferred due to user complaints",
    reason: "badReputation",
    provider: "yahoo-aol",
    source: "http://germamojo.blogg.se/2022/may/how-to-block-emails-on-yahoo-on-iphone.html",
    heldOut: true,
    batch: 18,
  },
  // query 5: undeliverable 554 5.7.1 spam
  {
    reply: "554 5.7.1 spamdefang score exceeds maximum",
    reason: "spamDetected",
    provider: "alaska-communications",
    source:
      "http://www.alaskacommunications.com/Online-Care/Support-Center/FAQs/Explanation-of-error-554.aspx",
    heldOut: true,
    batch: 18,
  },
  // query 6: wordpress smtp error 535
  {
    reply:
      "SMTP Error: Could not authenticate.\nSMTP server response: 535 5.7.8 Username and Password not accepted.\nLearn more at https://support.google.com/mail/?p=BadCredentials",
    reason: "authRequired",
    command: "AUTH",
    provider: "gmail",
    source: "https://www.fixwikihub.com/articles/wp-mail-smtp-authentication-failed-delivery",
    heldOut: true,
    batch: 18,
  },
  // query 7: cpanel 550 sender verify failed
  {
    reply: "550 Sender verify failed",
    reason: "senderRejected",
    provider: "exim",
    source: "https://oshibaetsya.ru/smtp-oshibka-550-sender-verify-failed",
    heldOut: true,
    batch: 18,
  },
  {
    reply:
      "TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after end of data: 550 5.7.1 This sender is not authorized to send from example_domain.com.",
    reason: "senderRejected",
    command: "DATA",
    provider: "mailchannels",
    source:
      "https://mydashboard.webhostingm.com/knowledgebase/641/Domain-Lockdown-and-SMTP-Error-550-5.7.1-Sender-Not-Authorized.html",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "550 5.7.1 [ESA] Sender blocked",
    reason: "blocked",
    provider: "hostmedia",
    source:
      "https://portal.hostmedia.uk/knowledgebase/201204295/My-emails-are-being-rejected-or-not-arriving-at-their-destination.html",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "550 5.1.2 Sender Domain Not Found",
    reason: "senderRejected",
    provider: "other",
    source:
      "https://portal.hostmedia.uk/knowledgebase/201204295/My-emails-are-being-rejected-or-not-arriving-at-their-destination.html",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "550 5.7.1 DMARC policy",
    reason: "authFailure",
    provider: "other",
    source:
      "https://portal.hostmedia.uk/knowledgebase/201204295/My-emails-are-being-rejected-or-not-arriving-at-their-destination.html",
    heldOut: true,
    batch: 18,
  },
  // query 9: 451 4.7.1 please try again later
  {
    reply: "451 Internal resource temporarily unavailable - [Link]",
    reason: "systemError",
    provider: "other",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/451-error",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "451 Try again later.",
    reason: "greylisted",
    provider: "other",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/451-error",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "451 4.7.1 Greylisted, try again after some time.",
    reason: "greylisted",
    provider: "other",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/451-error",
    heldOut: true,
    batch: 18,
  },
  {
    reply:
      "451 4.7.1 <[recipient email]>: Recipient address rejected: Intentional policy rejection, please try again later.",
    reason: "greylisted",
    command: "RCPT",
    provider: "postfix",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/451-error",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "451 4.7.500 Server busy. Please try again later from [IP address].",
    reason: "rateLimited",
    provider: "microsoft",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/451-error",
    heldOut: true,
    batch: 18,
  },
  // query 10: 550 5.1.0 address rejected
  {
    reply: "550 5.1.0 Address rejected",
    reason: "userUnknown",
    provider: "other",
    source: "https://tamingdns.com/bounce-decoder/550-5-1-0-other-address-status",
    heldOut: true,
    batch: 18,
  },
  // query 12: 553 relaying disallowed
  {
    reply: "550 Relaying denied",
    reason: "relayDenied",
    provider: "other",
    source: "https://www.gammadyne.com/relaying_denied.htm",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "550 Relaying not allowed",
    reason: "relayDenied",
    provider: "other",
    source: "https://www.gammadyne.com/relaying_denied.htm",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "550 5.7.1 <john@example.com>... Relaying denied",
    reason: "relayDenied",
    provider: "sendmail",
    source: "https://www.gammadyne.com/relaying_denied.htm",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "553 SMTP Relaying Denied",
    reason: "relayDenied",
    provider: "other",
    source: "https://www.gammadyne.com/relaying_denied.htm",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "554 <john@example.com>: Relay access denied",
    reason: "relayDenied",
    provider: "postfix",
    source: "https://www.gammadyne.com/relaying_denied.htm",
    heldOut: true,
    batch: 18,
  },
  // query 13: hotmail bounce 550 5.7.1 blocked
  {
    reply: "550 5.7.1 Service unavailable",
    reason: "blocked",
    provider: "microsoft",
    source: "http://56.228.29.241/bloom-prairie/sable-cedar-slope/blocked-emails-hotmail",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "550 5.7.1 High probability of spam",
    reason: "spamDetected",
    provider: "microsoft",
    source: "http://56.228.29.241/bloom-prairie/sable-cedar-slope/blocked-emails-hotmail",
    heldOut: true,
    batch: 18,
  },
  {
    reply:
      "host eur.olc.protection.outlook.com[]\nsaid: 550 5.7.1 Unfortunately, messages from [**.**.**.**] weren't sent.\nPlease contact your Internet service provider since part of their network\nis on our block list (S3150). You can also refer your provider to\n[DB3EUR04FT007.eop-eur04.prod.protection.outlook.com] (in reply to MAIL\nFROM command)",
    reason: "blocked",
    command: "MAIL",
    provider: "microsoft",
    source: "https://sevencreative.co.uk/how-to-remove-yourself-from-the-hotmail-block-list/",
    heldOut: true,
    batch: 18,
  },
  {
    reply:
      "550 SC-001 (BAY004-MC4F49) Unfortunately, messages from\nweren't sent. Please contact your Internet service provider since part of\ntheir network is on our block list. You can also refer your provider to",
    reason: "blocked",
    provider: "microsoft",
    source:
      "https://support.binarylane.com.au/support/solutions/articles/11000047583-emails-to-hotmail-and-outlook-are-blocked",
    heldOut: true,
    batch: 18,
  },
  {
    reply:
      "550 5.7.1 Unfortunately, messages from [11.22.33.44] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DM6NAM12FT056.eop-nam12.prod.protection.outlook.com]",
    reason: "blocked",
    provider: "microsoft",
    source:
      "https://virtbiz.com/client/index.php?rp=%2Fknowledgebase%2F71%2FOutlook-or-Hotmail-or-Microsoft-has-blocked-my-email.html",
    heldOut: true,
    batch: 18,
  },
  // query 14: icloud mail bounce 554 5.7.1
  {
    reply: "550 5.1.1 <(person)@icloud.com>: user lookup success but no user record found",
    reason: "userUnknown",
    provider: "apple",
    source:
      "https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-emails-bouncing-to-apple-domains-like-icloudcom-mecom-and-maccom",
    heldOut: true,
    batch: 18,
  },
  // query 15: exchange 452 4.3.1 insufficient system resources
  {
    reply: "Event ID: 452 4.3.1, Insufficient system resources",
    reason: "systemFull",
    provider: "exchange",
    source: "https://www.systoolsgroup.com/updates/452-4-3-1-insufficient-system-resources-exchange-error/",
    heldOut: true,
    batch: 18,
  },
  // query 16: 554 transaction failed smtp bounce
  {
    reply:
      "Message not delivered. Reason: host *Host*[*IP ADDRESS*] said: 450 4.2.0 <*SERVER*>: Recipient address rejected: Greylisted, see *Helpful Website*(in reply to RCPT TO command)",
    reason: "greylisted",
    command: "RCPT",
    provider: "postgrey",
    source: "https://support.mailprotector.com/hc/en-us/articles/360048244891-Common-Email-Bouncebacks",
    heldOut: true,
    batch: 18,
  },
  {
    reply:
      "SMTP error from remote mail server after RCPT TO:<recipient@example.com>:\n550 5.1.1 RESOLVER.ADR.RecipNotFound; not a valid recipient",
    reason: "userUnknown",
    command: "RCPT",
    provider: "microsoft",
    source: "https://www.aeserver.com/support/common-email-bounce-errors-and-how-to-fix-them",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "550 5.1.1 RECIPIENT NOT FOUND",
    reason: "userUnknown",
    provider: "microsoft",
    source: "https://www.aeserver.com/support/common-email-bounce-errors-and-how-to-fix-them",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "554 5.7.1 [P4] Message blocked due to spam content in the message.",
    reason: "spamDetected",
    provider: "other",
    source:
      "https://www.domainindia.org/login/knowledgebase/175/Email-error-554-Why-does-Email-bounce-bounceback-or-error.html?language=spanish",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "554 5.7.1 <>: Relay access denied",
    reason: "relayDenied",
    provider: "postfix",
    source:
      "https://www.domainindia.org/login/knowledgebase/175/Email-error-554-Why-does-Email-bounce-bounceback-or-error.html?language=spanish",
    heldOut: true,
    batch: 18,
  },
  // query 17: delivery status notification failure 550 5.1.1
  {
    reply: "Remote host said: 550 Requested action not taken: mailbox unavailable",
    reason: "userUnknown",
    provider: "other",
    source: "http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "Remote host said: 552 Requested action not taken: exceeded storage allocation",
    reason: "mailboxFull",
    provider: "other",
    source: "http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "Remote host said: 553 sorry, that domain isn't in my list of allowed rcpthosts",
    reason: "relayDenied",
    provider: "qmail",
    source: "http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "550 5.0 recipient or address rejected",
    reason: "undefined",
    provider: "other",
    source:
      "https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-emails-not-being-delivered",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "550 5.1.1 recipient rejected. Recipient does not exist",
    reason: "userUnknown",
    provider: "other",
    source:
      "https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-emails-not-being-delivered",
    heldOut: true,
    batch: 18,
  },
  // query 18: postfix status=bounced said 550
  {
    reply: "550 <recipient's-address>... User unknown",
    reason: "userUnknown",
    command: "RCPT",
    provider: "sendmail",
    source: "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73&lang=en",
    heldOut: true,
    batch: 18,
  },
  {
    reply:
      "550 <recipient's-address>...\n   Host unknown (Name server:\n   recipient's-host:   host not found)",
    reason: "hostUnknown",
    provider: "sendmail",
    source: "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73&lang=en",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "550 Access denied",
    reason: "undefined",
    command: "MAIL",
    provider: "other",
    source: "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73&lang=en",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "550 Sorry, no access for this domain",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73&lang=en",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "550 Sorry, no access for this user",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73&lang=en",
    heldOut: true,
    batch: 18,
  },
  // query 20: 552 5.2.2 mailbox full over quota bounce
  {
    reply: "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
    reason: "mailboxFull",
    provider: "other",
    source: "https://email-knowledge.com/bouncecodes/5-2-2",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "Diagnostic-Code: smtp; 552 5.2.2 Quota exceeded",
    reason: "mailboxFull",
    provider: "other",
    source: "https://email-knowledge.com/bouncecodes/5-2-2",
    heldOut: true,
    batch: 18,
  },
  {
    reply:
      "host example.com[192.0.2.55] said: 552 5.2.2 <user@example.com>: Recipient address rejected: Mailbox full (in reply to RCPT TO command)",
    reason: "mailboxFull",
    command: "RCPT",
    provider: "postfix",
    source: "https://senderreputation.org/bounce-codes/5-2-2",
    heldOut: true,
    batch: 18,
  },
  {
    reply:
      "552 5.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.example.com/quota",
    reason: "mailboxFull",
    provider: "other",
    source: "https://www.simplefastwebsites.com/errors/email/smtp-552-5-2-2-mailbox-full-quota-exceeded/",
    heldOut: true,
    batch: 18,
  },
  {
    reply: "552 5.2.2 Requested mail action aborted: exceeded storage allocation",
    reason: "mailboxFull",
    provider: "other",
    source: "https://www.simplefastwebsites.com/errors/email/smtp-552-5-2-2-mailbox-full-quota-exceeded/",
    heldOut: true,
    batch: 18,
  },
  // --- batch 18 ends ---
  // --- batch 19: a sample from issue threads, collected as the fixed queries listed under `heldOut` returned them ---
  // query 1: smtp error 554 5.7.1 docker mailserver
  {
    reply:
      "NOQUEUE: reject: RCPT from unknown[172.17.0.1]: 554 5.7.1 <xxx@qq.com>: Relay access denied; from=<postmaster@xxx.cn> to=<xxx@qq.com> proto=ESMTP helo=<windows10.microdone.cn>",
    reason: "relayDenied",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/iredmail/dockerized/issues/32",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "Connection unsuccessful: Failed to add to email address - 554 5.7.1 <unknown[IP-ADDRESS]>: Client host rejected: Access denied",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/mattermost/mattermost/issues/1012",
    heldOut: true,
    batch: 19,
  },
  // query 2: SMTPDataError 550
  {
    reply: "SMTP DATA error (503 5.5.1 RCPT first)",
    reason: "protocolError",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/xreef/EMailSender/issues/42",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "smtplib.SMTPDataError: (554, 'DT:SPM 126 smtp10,NuRpCgC3LP0tp3VdPt4LMQ--.5577S2 1567991603,please see http://mail.163.com/help/help_spam_16.htm?ip=118.26.161.186&hostid=smtp10&time=1567991603')",
    reason: "spamDetected",
    command: "DATA",
    provider: "netease",
    source: "https://github.com/kootenpv/yagmail/issues/144",
    heldOut: true,
    batch: 19,
  },
  // query 3: mailcow 450 rejected
  {
    reply:
      "NOQUEUE: reject: RCPT from mx01.kthx.at[212.129.56.246]: 554 5.7.1 <mx01.kthx.at[212.129.56.246]>: Client host rejected: Access denied; from=<****@kthx.at> to=<*****@neuland.tech> proto=ESMTP helo=<mx01.kthx.at>",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/985",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "Postfix returned SMTP code 554 5.7.1 : Client host rejected: Access denied , expected 250",
    reason: "blocked",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/3431",
    heldOut: true,
    batch: 19,
  },
  // query 5: listmonk smtp 554
  {
    reply: "503 5.5.1 Error: nested MAIL command",
    reason: "protocolError",
    command: "MAIL",
    provider: "postfix",
    source: "https://github.com/knadh/listmonk/issues/1239",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "Error sending test: 550 I cannot deliver mail for someRealEmail.",
    reason: "relayDenied",
    provider: "haraka",
    source: "https://github.com/knadh/listmonk/issues/32",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "535 Authentication failure[0] [@ud010201]",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/knadh/listmonk/issues/2181",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "2023/08/13 01:01:05 settings.go:288: error sending SMTP test (Test connection): 535 5.7.8 Error: authentication failed: authentication failed",
    reason: "authRequired",
    provider: "protonmail",
    source: "https://github.com/knadh/listmonk/issues/1450",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "said: 550-5.1.1 The email account that you tried to reach does not exist.",
    reason: "userUnknown",
    provider: "gmail",
    source: "https://github.com/knadh/listmonk/issues/2623",
    heldOut: true,
    batch: 19,
  },
  // query 7: keycloak smtp 535
  {
    reply: "com.sun.mail.smtp.SMTPSendFailedException: 530 5.7.1 Authentication required",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/keycloak/keycloak/issues/12175",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "org.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 I cannot deliver mail for <xoboleh977@mcuma.com>",
    reason: "relayDenied",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/keycloak/keycloak/issues/27456",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "KC-SERVICES0029: Failed to send email: javax.mail.AuthenticationFailedException: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6",
    reason: "authRequired",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/mesutpiskin/keycloak-2fa-email-authenticator/issues/23",
    heldOut: true,
    batch: 19,
  },
  // query 8: gitlab smtp 550 5.7.1
  {
    reply:
      "TID-1pnm1s WARN: Net::SMTPFatalError: 550 5.7.1 Client does not have permissions to send as this sender",
    reason: "senderRejected",
    provider: "qq",
    source: "https://github.com/sameersbn/docker-gitlab/issues/1581",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "vps postfix/smtp[5327]: E72EF24640FF: to=<-------@gmail.com>, relay=gmail-smtp-in.l.google.com[2607:f8b0:400e:c02::1a]:25, delay=1.3, delays=0/0/0.36/0.92, dsn=5.7.1, status=bounced (host gmail-smtp-in.l.google.com[2607:f8b0:400e:c02::1a] said: 550-5.7.1 [2604:180:1::2609:edb3      12] Our system has detected that this 550-5.7.1 message is likely unsolicited mail. To reduce the amount of spam sent 550-5.7.1 to Gmail, this message has been blocked. Please visit 550-5.7.1 http://support.google.com/mail/bin/answer.py?hl=en&answer=188131 for 550 5.7.1 more information. zh4si5810344pac.179 - gsmtp (in reply to end of DATA command))",
    reason: "spamDetected",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/gitlabhq/gitlabhq/issues/8839",
    heldOut: true,
    batch: 19,
  },
  // query 10: odoo mail delivery failed 550
  {
    reply:
      "SMTPSenderRefused: 550\\n5.7.1Unauthorized shipping - Check your domain's MX and/or SPF\\nbounce+12-res.users-2@loja.xxx.br",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/odoo/odoo/issues/75032",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "SMTPRecipientsRefused: {'agallaf@sam-it.biz': (550, 'Verification failed for bounce-34-res.users-9@192.168.1.14\\nThe mail server could not deliver mail to bounce-34-res.users-9@192.168.1.14. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.\\nSender verify failed')}",
    reason: "senderRejected",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/odoo/odoo/issues/6005",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "SMTPRecipientsRefused: {'target@domain.tl': (553, '5.7.1 <bounce-51@domain.tl>: Sender address rejected: not owned by user postfix_user@domain.tl",
    reason: "senderRejected",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/odoo/odoo/issues/10833",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "ob1.odoo.com[46.105.111.221] said: 550 Mailbox unavailable (in reply to end of DATA command)",
    reason: "undefined",
    command: "DATA",
    provider: "other",
    source: "https://github.com/odoo/odoo/issues/17199",
    heldOut: true,
    batch: 19,
  },
  // query 12: home assistant smtp 535
  {
    reply: "reply: b'553 5.7.1 <smart@box.li>: Sender address rejected: not logged in\\r\\n'",
    reason: "authRequired",
    command: "RCPT",
    provider: "protonmail",
    source: "https://github.com/home-assistant/core/issues/154774",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "503 5.5.1 Error: authentication not enabled",
    reason: "protocolError",
    provider: "postfix",
    source: "https://github.com/mail-in-a-box/mailinabox/issues/2284",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "(535, b'5.7.8 Username and Password not accepted. For more information, go to\\n5.7.8  https://support.google.com/mail/?p=BadCredentials 5a478bee46e88-31429f9d44fsm8882266eec.1 - gsmtp')",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/home-assistant/core/issues/176732",
    heldOut: true,
    batch: 19,
  },
  // query 14: postfix relay 454 4.7.1
  {
    reply: "454 4.7.1 Relay access denied",
    reason: "relayDenied",
    provider: "postfix",
    source: "https://github.com/anonaddy/anonaddy/issues/607",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "454 4.7.1 : Relay access denied",
    reason: "relayDenied",
    provider: "postfix",
    source: "https://github.com/gophish/gophish/issues/1123",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "554 5.7.1 xxxxx@163.com: Relay access denied",
    reason: "relayDenied",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/19",
    heldOut: true,
    batch: 19,
  },
  // query 17: mautic bounce 550 5.1.1
  {
    reply: "Diagnostic-Code: smtp;550 5.4.317 Message expired, cannot connect to remote server",
    reason: "expired",
    provider: "microsoft",
    source: "https://github.com/mautic/mautic/pull/3154",
    heldOut: true,
    batch: 19,
  },
  // query 18: grafana smtp 535 authentication
  {
    reply: "535 Denied",
    reason: "authRequired",
    provider: "postal",
    source: "https://github.com/grafana/grafana/issues/14973",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "Failed to send alert.: failed to send notification to email addresses: <organization emaild>: 535 Authentication failed",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/grafana/grafana/issues/72261",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "Async sent email 0 succeed, not send emails: riccardo.russo@mycompany.it err: 530 5.7.1 Client was not authenticated%!(EXTRA []interface {}=[])",
    reason: "authRequired",
    provider: "exchange",
    source: "https://github.com/grafana/grafana/issues/6425",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "535 authentication Failed: Bad Username / Password",
    reason: "authRequired",
    provider: "sendgrid",
    source: "https://github.com/grafana/helm-charts/issues/3062",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "Failed to send notification to email address: bhargav@gmail.com: 535 Authentication failed: No such account.",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/grafana/grafana/issues/18745",
    heldOut: true,
    batch: 19,
  },
  // query 20: maddy smtp 451
  {
    reply: "451 4.4.5 High load, try again later",
    reason: "rateLimited",
    provider: "maddy",
    source: "https://github.com/foxcpp/maddy/issues/348",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      'smtp: RCPT error\t{"effective_rcpt":"xxx@gmail.com","msg_id":"5462730f","reason":"reject directive used","smtp_code":501,"smtp_enchcode":"5.1.8","smtp_msg":"Use Submission for outgoing SMTP","to":"xxx@gmail.com"}',
    reason: "relayDenied",
    command: "RCPT",
    provider: "maddy",
    source: "https://github.com/foxcpp/maddy/issues/517",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "554 5.0.0 Internal server error (msg ID = 8647979a)",
    reason: "systemError",
    command: "DATA",
    provider: "maddy",
    source: "https://github.com/foxcpp/maddy/issues/535",
    heldOut: true,
    batch: 19,
  },
  // query 21: iredmail 554 5.7.1
  {
    reply:
      "Sep  2 14:20:09 redmail postfix/smtp[1093692]: 4Wy9rQ2dx2dz8vdt: to=<mail@gmail.com>, relay=aspmx.l.google.com[1.123.123.123]:25, delay=3.3, delays=0.13/0.08/1.6/1.5, dsn=5.7.1, status=bounced (host aspmx.l.google.com[71.123.123.123] said: 550-5.7.1 [1.123.123.123] The IP you're using to send mail is not authorized to 550-5.7.1 send email directly to our servers. Please use the SMTP relay at your 550-5.7.1 service provider instead. For more information, go to 550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError d2e1a72fcca58-715e57a0f50si1104d2710b3a.328 - gsmtp (in reply to end of DATA command))",
    reason: "blocked",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/iredmail/iRedMail/issues/264",
    heldOut: true,
    batch: 19,
  },
  // query 22: postfix 450 4.1.8 sender address rejected
  {
    reply:
      "May 15 11:16:53 mail postfix/smtpd[1053]: NOQUEUE: reject: RCPT from unknown[0.0.0.0]: 553 5.7.1 <sender@example.com>: Sender address rejected: not owned by user sender@example.com; from=<sender@example.com> to=<user@example.com> proto=ESMTP helo=<[0.0.0.0]>",
    reason: "senderRejected",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1168",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "501 5.1.7 Bad sender address syntax",
    reason: "senderRejected",
    provider: "postfix",
    source: "https://github.com/zammad/zammad/issues/873",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "[2016-12-04 20:15:57] DEBUG: [efMUTGvo7PPd] S: 503 Error: need MAIL command",
    reason: "protocolError",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/nodemailer/smtp-server/issues/75",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "[2016-12-04 20:15:57] DEBUG: [efMUTGvo7PPd] S: 503 Error: need RCPT command",
    reason: "protocolError",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/nodemailer/smtp-server/issues/75",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "2017-08-26T23:40:05.311420+00:00 mail postfix/smtpd[18622]: NOQUEUE: reject: RCPT from unknown[172.18.0.5]: 553 5.7.1 <admin@domain.tld>: Sender address rejected: not logged in; from=<admin@domain.tld> to=<newuser@domain.tld> proto=ESMTP helo=<mail.domain.tld>",
    reason: "authRequired",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/hardware/mailserver/issues/148",
    heldOut: true,
    batch: 19,
  },
  // query 23: rspamd 554 5.7.1 spam message rejected
  {
    reply: '838802156d1f67f0 smtp failed-command command="DATA" result="451 Try again later"',
    reason: "greylisted",
    command: "DATA",
    provider: "rspamd",
    source: "https://github.com/poolpOrg/filter-rspamd/pull/5",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      '8388021d9ad1853b smtp failed-command command="DATA" result="550 Rejected due to bad file extension in attachment"',
    reason: "policyViolation",
    command: "DATA",
    provider: "rspamd",
    source: "https://github.com/poolpOrg/filter-rspamd/pull/5",
    heldOut: true,
    batch: 19,
  },
  // query 24: outlook 451 4.7.500 server busy
  {
    reply:
      "Oct 11 03:58:22 box postfix/smtp[1885]: 7356ABD12E: to=<emailaddress@hotmail.com>, relay=hotmail-com.olc.protection.outlook.com[104.47.2.33]:25, delay=21537, delays=21536/0.08/0.72/0, dsn=4.7.4, status=deferred (TLS is required, but was not offered by host hotmail-com.olc.protection.outlook.com[104.47.2.33])",
    reason: "securityError",
    provider: "postfix",
    source: "https://github.com/ddavness/power-mailinabox/issues/34",
    heldOut: true,
    batch: 19,
  },
  // query 25: gmail 550 5.7.25 PTR reverse dns
  {
    reply:
      "The IP address sending this message does not have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not 550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages 550-5.7.25 from IPs with missing PTR records. Please visit 550-5.7.25  https://support.google.com/mail/answer/81126#ip-practices",
    reason: "requirePTR",
    provider: "gmail",
    source: "https://github.com/jeboehm/docker-mailserver/issues/234",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "The IP address sending this 550-5.7.25 message does not have a PTR record setup, or the corresponding 550-5.7.25 forward DNS entry does not point to the sending IP. As a policy, 550-5.7.25 Gmail does not accept messages from IPs with missing PTR records.",
    reason: "requirePTR",
    provider: "gmail",
    source: "https://github.com/LukeSmithxyz/emailwiz/issues/236",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "gmail-smtp-in.l.google.com[2a00:1450:4013:c07::1b] said: 550-5.7.25\n    [MY_IPV6] The IP address sending this message does not\n    550-5.7.25 have a PTR record setup. As a policy, Gmail does not accept\n    messages 550-5.7.25 from IPs with missing PTR records. Please visit\n    550-5.7.25  support.google.com/mail/answer/81126#authentication for\n    more 550 5.7.25 information. s12si10692358edy.381 - gsmtp (in reply to end\n    of DATA command)",
    reason: "requirePTR",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/mail-in-a-box/mailinabox/issues/1746",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "host mx-ha03.web.de[212.227.15.17] refused to talk to me: 554-web.de (mxweb010) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit https://web.de/email/senderguidelines?ip=136.244.93.80&c=rdns",
    reason: "requirePTR",
    command: "CONNECT",
    provider: "gmx-webde",
    source: "https://github.com/LukeSmithxyz/emailwiz/issues/128",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "[6.20.7.244] The IP address sending this message does not have a\n550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\n550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages\n550-5.7.25 from IPs with missing PTR records. Please visit\n550-5.7.25  https://support.google.com/mail/answer/81126#ip-practices for more\n550 5.7.25 information. uo38-20020a170907cc2600b0087bda90a805si8503852ejc.488 - gsmtp",
    reason: "requirePTR",
    provider: "gmail",
    source: "https://github.com/chenjj/espoofer/issues/43",
    heldOut: true,
    batch: 19,
  },
  // query 26: mailjet 550 blocked
  {
    reply: "Error: 550 Mail Content denied.",
    reason: "spamDetected",
    provider: "qq",
    source: "https://github.com/PattenUniversityOnlineEducation/TasksManagement/issues/18",
    heldOut: true,
    batch: 19,
  },
  // query 27: brevo sendinblue smtp 550
  {
    reply: "smtplib.SMTPSenderRefused: (502, b'5.7.0 Please authenticate first', 'Xx xxx <xx@xxx.com>')",
    reason: "authRequired",
    command: "MAIL",
    provider: "brevo",
    source: "https://github.com/frappe/frappe/issues/38806",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "501 5.5.4 Invalid domain name",
    reason: "syntaxError",
    command: "EHLO",
    provider: "brevo",
    source: "https://github.com/productdevbook/unemail/issues/8",
    heldOut: true,
    batch: 19,
  },
  // query 28: jenkins email 550 relay
  {
    reply: "Sender address rejected: not owned by auth user",
    reason: "senderRejected",
    provider: "postfix",
    source: "https://github.com/jenkinsci/docker/issues/1395",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "SMTP error from remote mail server after RCPT TO:<face-cake-86@inboxkitten.com>:\n    host mxa.mailgun.org [34.149.236.64]: 550 5.7.1 Relaying denied",
    reason: "relayDenied",
    command: "RCPT",
    provider: "mailgun",
    source: "https://github.com/uilicious/inboxkitten/issues/82",
    heldOut: true,
    batch: 19,
  },
  // query 29: vaultwarden smtp 535
  {
    reply:
      "[2025-07-07 19:40:48.918][vaultwarden::mail][ERROR] SMTP 5xx error: permanent error (535): 5.7.8 Username and Password not accepted. For more information, go to5.7.8  https://support.google.com/mail/?p=BadCredentials ffacd0b85a97d-3b47030bd4dsm10815241f8f.7 - gsmtp - Authentication credentials invalid",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/dani-garcia/vaultwarden/issues/6038",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "[2024-05-23 07:28:30.393][vaultwarden::mail][ERROR] SMTP 5xx error: permanent error (535): 5.7.8 Error: authentication failed:  - Authentication credentials invalid",
    reason: "authRequired",
    provider: "postfix",
    source: "https://github.com/NixOS/infra/issues/430",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "SMTP 4xx error: transient error (451): 4.3.5 Server configuration error",
    reason: "systemError",
    provider: "postfix",
    source: "https://github.com/dani-garcia/vaultwarden/issues/6805",
    heldOut: true,
    batch: 19,
  },
  {
    reply:
      "Error sending SMTP test email\nSMTP 5xx error: permanent error (553): 5.7.1 <vaultwarden-rs@**domain.tld**>: Sender address rejected: not owned by user\nvaultwarden",
    reason: "senderRejected",
    provider: "postfix",
    source: "https://github.com/YunoHost-Apps/vaultwarden_ynh/issues/262",
    heldOut: true,
    batch: 19,
  },
  // query 30: authentik email smtp 554
  {
    reply: "Got: 535 5.7.8 Error: authentication failed: Invalid authentication mechanism",
    reason: "authRequired",
    command: "AUTH",
    provider: "protonmail",
    source: "https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/65",
    heldOut: true,
    batch: 19,
  },
  {
    reply: "Failed to send the test email. Raw error: \n535 Authentication Failed.",
    reason: "authRequired",
    provider: "amazon-ses",
    source: "https://github.com/pocketbase/pocketbase/issues/584",
    heldOut: true,
    batch: 19,
  },
  // --- batch 19 ends ---
  // --- batch 20: a sample from web pages, collected as the fixed queries listed under `heldOut` returned them ---
  // query 1: returned mail see transcript for details 550 (no reply: pages on returned postal mail)
  // query 2: undelivered mail returned to sender said 550
  {
    reply: "550 invalid DNS MX or A/AAAA resource record",
    reason: "senderRejected",
    provider: "ionos",
    source:
      "http://m.help.1and1.co.uk/mail-c65093/1and1-mail-basic-c40987/troubleshooting-c41023/mail-delivery-failed-message-550-error-a792908.html",
    heldOut: true,
    batch: 20,
  },
  // query 3: mail delivery failed returning message to sender 550
  {
    reply: "<blogtest@iphouse.com>: permission denied. Command output: maildrop: maildir\n    over quota.",
    reason: "mailboxFull",
    provider: "postfix",
    source: "http://blogs.iphouse.net/2010/01/19/undeliverable-mail/",
    heldOut: true,
    batch: 20,
  },
  // query 4: 554 5.7.1 service unavailable client host blocked
  {
    reply: "421 Your IP is temporarily blocked, please try again later",
    reason: "blocked",
    provider: "other",
    source: "https://logsat.com/spamfilter/forums/printer_friendly_posts.asp?TID=6127",
    heldOut: true,
    batch: 20,
  },
  // query 5: 550 5.7.606 access denied banned sending ip
  {
    reply:
      "550 5.7.606 Access denied, banned sending IP [X.X.X.X]. To request removal from this list please visit https://sender.office.com/ and follow the directions.",
    reason: "blocked",
    provider: "microsoft",
    source: "https://mailflowauthority.com/troubleshooting/outlook-550-5-7-606-fix",
    heldOut: true,
    batch: 20,
  },
  {
    reply:
      "Remote host said: 550 5.1.0 xx.xx.xx.xx is not allowed to send from  per it's SPF Record. Please inspect your SPF settings, and try again.",
    reason: "authFailure",
    provider: "other",
    source: "https://errorsmaster.ru/oshibka-is-not-allowed-to-send-mail-from",
    heldOut: true,
    batch: 20,
  },
  {
    reply:
      "SMTP error from remote server for RCPT TO command, host: recipient-mx.com (yy.yy.yy.yy) reason: 550 : SPF: xx.xx.xx.xx is not allowed to send mail from sender@domain1.com",
    reason: "authFailure",
    command: "RCPT",
    provider: "exim",
    source: "https://errorsmaster.ru/oshibka-is-not-allowed-to-send-mail-from",
    heldOut: true,
    batch: 20,
  },
  {
    reply:
      "sender@domain1.com: SMTP error from remote server for RCPT TO command, host: recipient-mx.com (yy.yy.yy.yy) reason: 550 xx.xx.xx.xx is not allowed to send mail from domain1.com",
    reason: "authFailure",
    command: "RCPT",
    provider: "exim",
    source: "https://errorsmaster.ru/oshibka-is-not-allowed-to-send-mail-from",
    heldOut: true,
    batch: 20,
  },
  // query 6: 452 4.2.2 quota exceeded (every reply it gave is already in this list)
  // query 7: 421 too many messages from your ip (every reply it gave is already in this list, or two replies run together)
  // query 8: 550 sender address rejected domain not found
  {
    reply: "450 4.1.8 Sender address rejected: Domain not found",
    reason: "senderRejected",
    provider: "postfix",
    source:
      "https://www.suped.com/knowledge/email-deliverability/technical/what-dns-records-are-required-to-solve-450-418-sender-address-rejected-domain-not-found-errors",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "451 4.1.8 Domain of sender address does not resolve.",
    reason: "senderRejected",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/214073/451-418-domain-of-sender-address-does-no.html",
    heldOut: true,
    batch: 20,
  },
  // query 9: 554 message rejected email address is not verified
  {
    reply: "550 Could not complete sender verify callout",
    reason: "senderRejected",
    provider: "exim",
    source: "https://portal.hostmach.com/knowledgebase.php?action=displayarticle&id=42",
    heldOut: true,
    batch: 20,
  },
  // query 10: zustellung fehlgeschlagen 550 (no reply: German pages on postal and legal delivery)
  // query 11: retour courrier 550 adresse (no reply: French pages on returned postal mail)
  // query 12: 550 5.1.1 user unknown in virtual mailbox table
  {
    reply: "550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table",
    reason: "userUnknown",
    provider: "postfix",
    source:
      "https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-550-511-recipient-address-rejected-user-unknown-email-bounce-errors",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "550 argument is not a valid user",
    reason: "userUnknown",
    command: "VRFY",
    provider: "other",
    source:
      "https://admincamp.de/customer/notesini.nsf/9fa909b7805d6afdc1256c530048a08b/6638379000d39968c1256e9e004532fd",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "553 argument is not unique",
    reason: "userUnknown",
    command: "VRFY",
    provider: "other",
    source:
      "https://admincamp.de/customer/notesini.nsf/9fa909b7805d6afdc1256c530048a08b/6638379000d39968c1256e9e004532fd",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "550 argument is a group not a user",
    reason: "userUnknown",
    command: "VRFY",
    provider: "other",
    source:
      "https://admincamp.de/customer/notesini.nsf/9fa909b7805d6afdc1256c530048a08b/6638379000d39968c1256e9e004532fd",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "550 MPC is not a valid user",
    reason: "userUnknown",
    command: "VRFY",
    provider: "other",
    source:
      "https://admincamp.de/customer/notesini.nsf/9fa909b7805d6afdc1256c530048a08b/6638379000d39968c1256e9e004532fd",
    heldOut: true,
    batch: 20,
  },
  // query 13: 451 temporary local problem please try later (no reply: pages on HTTP 451)
  // query 14: 550 high probability of spam
  {
    reply: "550 5.7.1 Message rejected due to high probability of spam.",
    reason: "spamDetected",
    provider: "other",
    source: "https://www.warmy.io/blog/email-error-550-high-probability-of-spam-causes-and-solutions/",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "550 High spam score detected; message blocked.",
    reason: "spamDetected",
    provider: "other",
    source: "https://www.warmy.io/blog/email-error-550-high-probability-of-spam-causes-and-solutions/",
    heldOut: true,
    batch: 20,
  },
  // query 15: telstra bigpond 554 bounce (no reply: pages on BigPond's billing and broadband)
  // query 16: outlook.com 550 5.7.1 S3150 blocked
  {
    reply:
      "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (OU-002).\nYou can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx",
    reason: "blocked",
    provider: "microsoft",
    source:
      "https://www.simplefastwebsites.com/errors/email/outlook-550-5-7-1-bl-sending-ip-blocklisted-ou-002/",
    heldOut: true,
    batch: 20,
  },
  // query 17: comcast 554 refused bounce
  {
    reply:
      "0572C2801E1: host mx.example.net refused to talk to me: 554 IP=IP_ADDRESS - A problem occurred. (Ask your postmaster for help or to contact [email protected] to clarify.) (BL)",
    reason: "blocked",
    provider: "t-online",
    source:
      "https://www.plesk.com/kb/support/unable-to-send-mail-in-plesk-error-554-host-refused-to-talk-to-me/",
    heldOut: true,
    batch: 20,
  },
  {
    reply:
      "E37F6A0AF5: to=<[email protected]>, relay=none, delay=371, delays=371/0.02/0.02/0, dsn=4.4.1, status=deferred (connect to example.com[203.0.113.2]:25: Connection refused)",
    reason: "networkError",
    provider: "postfix",
    source:
      "https://www.plesk.com/kb/support/unable-to-send-mail-in-plesk-error-554-host-refused-to-talk-to-me/",
    heldOut: true,
    batch: 20,
  },
  {
    reply:
      "3B0F8A08BF: host example.com[203.0.113.2] refused to talk to me: 554 5.7.1 You are not allowed to connect.",
    reason: "blocked",
    provider: "postfix",
    source:
      "https://www.plesk.com/kb/support/unable-to-send-mail-in-plesk-error-554-host-refused-to-talk-to-me/",
    heldOut: true,
    batch: 20,
  },
  {
    reply:
      "host example.com[203.0.113.2] refused to talk to me: 554 example.com eaxmple.com 203.0.113.2 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
    reason: "blocked",
    provider: "comcast",
    source:
      "https://www.plesk.com/kb/support/unable-to-send-mail-in-plesk-error-554-host-refused-to-talk-to-me/",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "<user@yahoo.com>: User is over the quota. You can try again later.",
    reason: "mailboxFull",
    provider: "yahoo-aol",
    source: "http://pobox.com/bounce-common.mhtml",
    heldOut: true,
    batch: 20,
  },
  // query 18: mailchimp bounce 550 reason
  {
    reply: "550 5 2 1 mail from refused spam site",
    reason: "blocked",
    provider: "other",
    source: "http://kb.blackbaud.com/articles/Article/71569",
    heldOut: true,
    batch: 20,
  },
  // query 19: 530 5.7.1 authentication required
  {
    reply: "530 5.7.1 Authentication required",
    reason: "authRequired",
    provider: "other",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/530-error",
    heldOut: true,
    batch: 20,
  },
  {
    reply:
      "530 5.5.1 Authentication Required. For more information, visit Can't sign in to your Google Account.",
    reason: "authRequired",
    provider: "gmail",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/530-error",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "530 5.7.1 Client was not authenticated",
    reason: "authRequired",
    provider: "exchange",
    source: "https://postigo.net/en/smtp-errors/530",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "Server error: ‘530 5.7.1 Authentication required”",
    reason: "authRequired",
    provider: "other",
    source: "https://blog.warmy.io/blog/how-to-fix-smtp-email-error-530-5-7-1-solved",
    heldOut: true,
    batch: 20,
  },
  // query 20: exchange 550 5.1.10 recipient not found
  {
    reply: "550 5.1.10 RESOLVER.ADR.RecipientNotFound",
    reason: "userUnknown",
    provider: "microsoft",
    source: "https://stellarinfo.com/blog/fix-email-delivery-ndr-issues-error-550-exchange-server",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "550 5.1.10 Recipient not found",
    reason: "userUnknown",
    provider: "microsoft",
    source:
      "https://verifyrhq.com/blog/troubleshooting-550-5110-recipient-not-found-after-office-365-migration",
    heldOut: true,
    batch: 20,
  },
  // query 21: correo devuelto error 550
  {
    reply: "550 Invalid Recipient Address: The email address you entered does not exist.",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.nomasrebotes.com/blog/como-arreglo-el-error-550-en-mi-correo-electronico",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "550 5.4.1 Relay Access Denied",
    reason: "relayDenied",
    provider: "other",
    source: "https://www.nomasrebotes.com/blog/como-arreglo-el-error-550-en-mi-correo-electronico",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "550 permanent failure for one or more recipients",
    reason: "undefined",
    provider: "other",
    source: "https://axarnet.es/blog/error-550-permanent-failure",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "421 Service not available, closing transmission channel",
    reason: "systemError",
    provider: "other",
    source:
      "https://eomatica.gal/gl/component/content/article/14-blogue/271-erros-frecuentes-nos-envios-de-email.html",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "421 Your address has been graylisted. Try again later.",
    reason: "greylisted",
    provider: "other",
    source:
      "https://eomatica.gal/gl/component/content/article/14-blogue/271-erros-frecuentes-nos-envios-de-email.html",
    heldOut: true,
    batch: 20,
  },
  // query 22: smtp 503 bad sequence of commands
  {
    reply: "503 Bad sequence of commands",
    reason: "protocolError",
    provider: "other",
    source:
      "https://reviewmyemails.com/emailalmanac/bounces-and-errors/smtp-error-codes-meanings/what-does-smtp-503-mean",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "503 Need MAIL command",
    reason: "protocolError",
    provider: "other",
    source:
      "https://reviewmyemails.com/emailalmanac/bounces-and-errors/smtp-error-codes-meanings/what-does-smtp-503-mean",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "503 RCPT first",
    reason: "protocolError",
    provider: "other",
    source:
      "https://reviewmyemails.com/emailalmanac/bounces-and-errors/smtp-error-codes-meanings/what-does-smtp-503-mean",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "503 5.5.1 Error: authentication required",
    reason: "authRequired",
    provider: "postfix",
    source: "https://postigo.net/en/smtp-errors/503",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "503 Bad Sequence, polite people say HELO first",
    reason: "protocolError",
    provider: "sendmail",
    source: "http://wired4destruction.blogspot.com/2007/06/",
    heldOut: true,
    batch: 20,
  },
  // query 23: 550 5.7.1 in reply to RCPT TO command bounce
  {
    reply:
      "550 /directory-path/.forward: line 1:\n(contents of line 1) ... Can't create output:\nPermission denied",
    reason: "systemError",
    provider: "sendmail",
    source: "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "553 user address required",
    reason: "contentError",
    command: "DATA",
    provider: "sendmail",
    source: "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "554 sendall: too many hops 19 (17 max)",
    reason: "networkError",
    provider: "sendmail",
    source: "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "553 Header Error 2",
    reason: "contentError",
    command: "DATA",
    provider: "other",
    source: "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73",
    heldOut: true,
    batch: 20,
  },
  // query 24: 554 5.7.0 message contains a virus rejected
  {
    reply:
      "<xxxxxx@xxx.zzzzz.co.jp>: host\nxxx.zzzzz.co.jp.aaaaa.psmtp.com[nnn.nnn.nnn.nnn] said: 571 Virus detected -\npsmtp (in reply to end of DATA command)",
    reason: "virusDetected",
    command: "DATA",
    provider: "other",
    source: "https://www.ipentec.com/document/internet-mail-delivered-error-in-571-virus-detected",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "Diagnostic-Code: smtp; 571 Virus detected - psmtp",
    reason: "virusDetected",
    provider: "other",
    source: "https://www.ipentec.com/document/internet-mail-delivered-error-in-571-virus-detected",
    heldOut: true,
    batch: 20,
  },
  {
    reply:
      "Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 554. The message was rejected because it contains prohibited virus or spam content (state 18).",
    reason: "spamDetected",
    provider: "other",
    source: "http://filetonic.com/blog/2008/08/25/gmail-bounce/",
    heldOut: true,
    batch: 20,
  },
  // query 25: 552 5.3.4 message size exceeds fixed limit bounce
  {
    reply: "552 5.2.3 Message size exceeds fixed maximum message size",
    reason: "messageTooBig",
    provider: "other",
    source: "https://errcodes.dev/smtp/5-2-3-message-length-exceeds-limit",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "552 5.3.4 message size exceeds fixed maximum message size",
    reason: "messageTooBig",
    provider: "other",
    source: "http://www.symantec.com/business/support/index?page=content&id=TECH152572",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "552 – ‘5.3.4 Message size exceeds fixed maximum message size’",
    reason: "messageTooBig",
    provider: "exchange",
    source: "https://bobcares.com/blog/error-552/",
    heldOut: true,
    batch: 20,
  },
  // query 26: 550 5.7.25 reverse DNS PTR record bounce
  {
    reply: "550 5.7.25 Reverse DNS validation failed for IP",
    reason: "requirePTR",
    provider: "other",
    source: "https://tamingdns.com/bounce-decoder/550-5-7-25-reverse-dns-validation-failed",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "550 5.7.25 [x.x.x.x] does not have a proper PTR record",
    reason: "requirePTR",
    provider: "other",
    source: "https://tamingdns.com/bounce-decoder/550-5-7-25-reverse-dns-validation-failed",
    heldOut: true,
    batch: 20,
  },
  {
    reply:
      "550 5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records.",
    reason: "requirePTR",
    provider: "gmail",
    source: "https://senderreputation.org/bounce-codes/5-7-25",
    heldOut: true,
    batch: 20,
  },
  {
    reply:
      "Diagnostic-Code: smtp; 550-5.7.25 [f293:a083:1c13:b38d:d8bb:8073:a0a7:cb15] The IP\n    address sending this 550-5.7.25 message does not have a PTR record setup,\n    or the corresponding 550-5.7.25 forward DNS entry does not point to the\n    sending IP.",
    reason: "requirePTR",
    provider: "gmail",
    source: "https://kaanlabs.com/resolve-undelivered-mail-returned-to-sender-with-ptr-records/",
    heldOut: true,
    batch: 20,
  },
  // query 27: 421 4.7.0 rate limit exceeded messages per hour (no reply: pages on HTTP 429 rate limits)
  // query 28: message expired undeliverable 4.4.7 bounce
  {
    reply:
      "Could not deliver the message in the time limit specified. Please\nretry or contact your administrator.\n<FQDN_Of_Sending_Server#4.4.7>",
    reason: "expired",
    provider: "exchange",
    source: "http://www.madvigsolutions.com/helpdesk/Non-Delivery.htm",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "Diagnostic-Code: smtp; 450 4.4.7 Message expired after X delivery attempts",
    reason: "expired",
    provider: "other",
    source: "https://www.errcodes.dev/smtp/4-4-7-delivery-time-expired",
    heldOut: true,
    batch: 20,
  },
  {
    reply:
      "Diagnostic-Code: smtp; 451 4.4.7 Queue.Expired; message expired, the server was unable to deliver the message before the retry period ended",
    reason: "expired",
    provider: "microsoft",
    source: "https://senderreputation.org/bounce-codes/4-4-7",
    heldOut: true,
    batch: 20,
  },
  // query 29: 550 5.7.509 access denied DMARC reject
  {
    reply:
      "550 5.7.509: Access denied, sending domain does not pass DMARC verification and has a DMARC policy of reject",
    reason: "authFailure",
    provider: "microsoft",
    source: "https://ourcloudnetwork.com/how-to-fix-error-550-5-7-509-access-denied-in-exchange-online/",
    heldOut: true,
    batch: 20,
  },
  {
    reply:
      "550 5.7.509 Access denied, sending domain does not pass DMARC\nverification and has a DMARC policy of reject.",
    reason: "authFailure",
    provider: "microsoft",
    source: "https://www.simplefastwebsites.com/errors/email/smtp-550-5-7-509-m365-does-not-pass-dmarc/",
    heldOut: true,
    batch: 20,
  },
  {
    reply:
      "550 5.7.509 Access denied, sending domain [example.com] does not\npass DMARC verification and has a DMARC policy of reject.",
    reason: "authFailure",
    provider: "microsoft",
    source: "https://trustyourinbox.com/kb/troubleshooting/550-5-7-1-dmarc-policy",
    heldOut: true,
    batch: 20,
  },
  // query 30: 454 4.7.0 TLS not available
  {
    reply: "454 5.7.3 TLS not available",
    reason: "securityError",
    provider: "other",
    source: "https://falconyte.com/help/smtp-errors/454-tls-not-available",
    heldOut: true,
    batch: 20,
  },
  {
    reply: "454 4.7.5 TLS certificate not found",
    reason: "securityError",
    provider: "other",
    source: "https://winenfood.com/preventing-future-454-4-7-5-tls-certificate-errors",
    heldOut: true,
    batch: 20,
  },
  // --- batch 20 ends ---
  // --- batch 21: a sample from issue threads, collected as the fixed queries listed under `heldOut` returned them ---
  // query 1: mastodon sidekiq 550 (its results held no SMTP failure reply)
  // query 2: superset smtp 535
  {
    reply: "SMTPAuthenticationError(535, b'5.7.3 Authentication unsuccessful')",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/apache/superset/issues/18044",
    heldOut: true,
    batch: 21,
  },
  {
    reply: "535, b'5.7.0 authentication failed'",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/apache/superset/issues/14623",
    heldOut: true,
    batch: 21,
  },
  // query 3: bugzilla sendmail 553 (its results held no SMTP failure reply)
  // query 4: moodle smtp 550 (its results held no SMTP failure reply)
  // query 5: matrix synapse smtp 554
  {
    reply:
      "Apr 25 06:41:25 leki smtpd[29104]: smtp-out: Error on session 69738a26af1c7fa5: Connection closed unexpectedly",
    reason: "networkError",
    provider: "opensmtpd",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/446",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      'smtpd[92414]: 58f6e850befa63c6 smtp failed-command command="MAIL FROM:<0107017ab4212363-25147239-3601-4882-8a6d-4de9ce00760f-000000@ses.notifs.matrix.org>" result="530 5.5.1 Invalid command: Must issue a STARTTLS command first"',
    reason: "requireTLS",
    command: "MAIL",
    provider: "opensmtpd",
    source: "https://github.com/element-hq/element-web/issues/18039",
    heldOut: true,
    batch: 21,
  },
  // query 6: n8n smtp 550
  {
    reply:
      "2025-09-10 13:24:22 fixed_login authenticator failed for ([127.0.0.1]) [20.218.238.122]:\n535 Incorrect authentication data (set_id=contacto@primedicsalud.com.ar)",
    reason: "authRequired",
    command: "AUTH",
    provider: "exim",
    source: "https://github.com/n8n-io/n8n/issues/19390",
    heldOut: true,
    batch: 21,
  },
  {
    reply: "Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied",
    reason: "relayDenied",
    command: "RCPT",
    provider: "mailgun",
    source: "https://github.com/n8n-io/n8n/issues/13269",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      "Can't send mail - all recipients were rejected: 501-5.7.0 Authentication required. Please authenticate with CRAM MD5 or AUTH Login.\n501 5.7.0 see http://support.socketlabs.com/kb/81 for more information.",
    reason: "authRequired",
    command: "RCPT",
    provider: "socketlabs",
    source: "https://github.com/n8n-io/n8n/issues/13269",
    heldOut: true,
    batch: 21,
  },
  {
    reply: "501 <email2@example.com]]>: malformed address: ]]> may not follow <email2@example.com",
    reason: "syntaxError",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/n8n-io/n8n/issues/35827",
    heldOut: true,
    batch: 21,
  },
  {
    reply: "Invalid login: 535 Incorrect authentication data",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/n8n-io/n8n/issues/34376",
    heldOut: true,
    batch: 21,
  },
  // query 7: paperless smtp 535
  {
    reply:
      "<onesoftlab@gmail.com>: host\n    email-smtp.ap-southeast-1.amazonaws.com[18.138.111.200] said: 530\n    Authentication required (in reply to MAIL FROM command)",
    reason: "authRequired",
    command: "MAIL",
    provider: "amazon-ses",
    source: "https://github.com/Billionmail/BillionMail/issues/156",
    heldOut: true,
    batch: 21,
  },
  {
    reply: "500 5.5.1 Command unrecognized",
    reason: "syntaxError",
    provider: "other",
    source: "https://github.com/Foundry376/Mailspring/issues/1252",
    heldOut: true,
    batch: 21,
  },
  // query 8: redmine 550 5.7.1 (its results held no SMTP failure reply)
  // query 9: sentry smtp 554 (every reply it gave is already in this list)
  // query 10: zammad 550 bounce (its results held no SMTP failure reply)
  // query 11: phplist 550 (every reply it gave is already in this list)
  // query 12: mailtrain 421 (its results held no SMTP failure reply)
  // query 13: opensmtpd 550
  {
    reply:
      'smtpd[24227]: 1e722991167e2b80 mda delivery evpid=f9293a5cb336a379\nfrom=<me@runxiyu.org> to=<powxy/-/repos/powxy@forge.lindenii.runxiyu.org>\nrcpt=<powxy/-/repos/powxy@forge.lindenii.runxiyu.org> user=forge delay=40s result=TempFail \nstat=Error (temporary failure: "mail.lmtp: LMTP server error: 550 5.7.1 <powxy/-/repos/powxy@forge.lindenii.runxiyu.org> Permanent failure: unrecognized patch header format")',
    reason: "contentError",
    command: "DATA",
    provider: "opensmtpd",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/1276",
    heldOut: true,
    batch: 21,
  },
  // query 14: chasquid 550 (its results held no SMTP failure reply)
  // query 15: dovecot lmtp 552 (every reply it gave is already in this list)
  // query 16: exchange 4.4.316 connection refused (its results held no SMTP failure reply)
  // query 17: office365 5.7.57 client not authenticated
  {
    reply: "5.7.57 SMTP; Client was not authenticated to send anonymous mail",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://github.com/vilega/O365Troubleshooters/issues/153",
    heldOut: true,
    batch: 21,
  },
  {
    reply: "5.7.3 Authentication unsuccessful [DB6P18901CA0015.EURP189.PROD.OUTLOOK.COM]",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://github.com/mageplaza/magento-2-smtp/issues/108",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      "The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/3124",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      "MailKit.Security.AuthenticationException: AuthenticationInvalidCredentials: 5.7.3 Authentication unsuccessful [BN3PR03CA0067.namprd03.prod.outlook.com]",
    reason: "authRequired",
    command: "AUTH",
    provider: "microsoft",
    source: "https://github.com/jstedfast/MailKit/issues/700",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      "email: FATAL: Smtp error: 504 5.7.4 Unrecognized authentication type [SN1NAM02FT025.eop-nam02.prod.protection.outlook.com]",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://github.com/deanproxy/eMail/issues/44",
    heldOut: true,
    batch: 21,
  },
  // query 18: gmail 421 4.7.0 unsolicited
  {
    reply:
      "host gmail-smtp-in.l.google.com[74.125.206.27] said:\n    550-5.7.1 [62.210.82.129      12] Our system has detected that this message\n    is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to\n    Gmail, 550-5.7.1 this message has been blocked. Please visit 550-5.7.1\n    https://support.google.com/mail/?p=UnsolicitedMessageError 550 5.7.1  for\n    more information. 125si7057894wmk.237 - gsmtp (in reply to end of DATA\n    command)",
    reason: "spamDetected",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/root-io/vmail/issues/89",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      "data: (550, b'5.7.1 [ip      7] Gmail has detected that this message is\\n5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\\n5.7.1 this message has been blocked. For more information, go to\\n5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError 41be03b00d2f7-7fc9c37aa3dsi13433956a12.671 - gsmtp')",
    reason: "spamDetected",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/The-Login/SMTP-Smuggling-Tools/issues/11",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      "Dec 24 00:28:22 mail postfix/smtp[1308]: 91B66C12E4: to=<mygmail@gmail.com>, relay=gmail-smtp-in.l.google.com[66.102.1.27]:25, delay=6.7, delays=6.2/0.03/0.23/0.21, dsn=5.7.1, status=bounced (host gmail-smtp-in.l.google.com[66.102.1.27] said: 550-5.7.1 [my-ip      12] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. Please visit 550-5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError 550 5.7.1  for more information. s7-20020adfeb07000000b002417f6fda89si2347597wrn.605 - gsmtp (in reply to end of DATA command))",
    reason: "spamDetected",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/2953",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      "SMTPSendFailedException: 550-5.7.1 [34.202.193.197      12] Our system has detected that this message is\n550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n550-5.7.1 this message has been blocked. Please visit\n550-5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError\n550 5.7.1  for more information. h20si8431108qth.591 - gsmtp",
    reason: "spamDetected",
    provider: "gmail",
    source: "https://github.com/Purelymail/purelymail-issues/issues/94",
    heldOut: true,
    batch: 21,
  },
  // query 19: gitea mailer 550
  {
    reply:
      "failed to issue MAIL command: 555 5.5.2 Syntax error, cannot decode response. For more information, go to 5.5.2 https://support.google.com/a/answer/3221692 and review RFC 5321 5.5.2 specifications. 4fb4d7f45d1cf-64068f74a56sm1990428a12.15 - gsmtp",
    reason: "syntaxError",
    command: "MAIL",
    provider: "gmail",
    source: "https://github.com/go-gitea/gitea/issues/35794",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      "2017/11/16 10:38:35 [...les/mailer/mailer.go:201 processMailQueue()] [E] Fail to send emails [xxx@xxx.com xxx@xxx.com xxx@xx.com]: Subject: [xxx] 增添 xxx 字段 (#538), issue comment - gomail: could not send email 1: Rcpt: 550 Mailbox not found or access denied",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/gogs/gogs/issues/4871",
    heldOut: true,
    batch: 21,
  },
  // query 20: erpnext smtp 554
  {
    reply:
      "(551, 'Sender address is not valid for your login. Check your email program settings.', u'Administrator <admin@example.com>')",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/frappe/erpnext/issues/7056",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      "smtplib.SMTPDataError: (550, b’5.7.60 SMTP; Client does not have permissions to send as this sender",
    reason: "senderRejected",
    command: "DATA",
    provider: "microsoft",
    source: "https://github.com/frappe/frappe/issues/21283",
    heldOut: true,
    batch: 21,
  },
  // query 21: bookstack smtp 550
  {
    reply:
      'Error while sending test email: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied"',
    reason: "relayDenied",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/solidnerd/docker-bookstack/issues/618",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      'Error thrown when sending a test email: Expected response code 354 but got code "503", with message "503 RCPT command expected "',
    reason: "protocolError",
    command: "DATA",
    provider: "other",
    source: "https://github.com/BookStackApp/BookStack/issues/3877",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      'Error thrown when sending a test email: Expected response code "250" but got code "530", with message "530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM".',
    reason: "authRequired",
    command: "MAIL",
    provider: "microsoft",
    source: "https://github.com/BookStackApp/BookStack/issues/4423",
    heldOut: true,
    batch: 21,
  },
  // query 22: symfony mailer 550 5.7.1
  {
    reply:
      'Expected response code "250" but got code "550", with message "550 MIME message is missing \'From\' header".',
    reason: "contentError",
    provider: "sendgrid",
    source: "https://github.com/symfony/symfony/issues/48643",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      'Expected response code "250" but got code "550", with message "550 "envelope sender not allowed xyz@yahoo.com"".',
    reason: "senderRejected",
    provider: "other",
    source: "https://github.com/symfony/symfony/issues/49173",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      'Symfony\\Component\\Mailer\\Exception\\TransportException: \nExpected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".',
    reason: "relayDenied",
    command: "RCPT",
    provider: "mailgun",
    source: "https://github.com/symfony/symfony/issues/32987",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      '550, Expected response code "250/251/252" but got code "550", with message \n"\n550-The mail server could not deliver mail to info@non-existing-domain.org.  The \n550-account or domain may not exist, they may be blacklisted, or missing the\n550 proper dns entries.',
    reason: "userUnknown",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/in2code-de/luxletter/issues/137",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      'Expected response code "250/251/252" but got code "553", with message "553 5.7.1 <support+bounce_692a43e8e4bcd@REDACTED>: Sender address rejected: not owned by user support@REDACTED".',
    reason: "senderRejected",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/mautic/mautic/issues/15673",
    heldOut: true,
    batch: 21,
  },
  // query 23: lettre smtp 554 (every reply it gave is already in this list)
  // query 24: rails actionmailer 421 (its results held no SMTP failure reply)
  // query 25: yandex smtp 554 5.7.1
  {
    reply:
      '{"code":"EAUTH","response":"502 5.5.2 Syntax error, command unrecognized.","responseCode":502,"command":"AUTH PLAIN"}',
    reason: "syntaxError",
    command: "AUTH",
    provider: "yandex",
    source: "https://github.com/sandstorm-io/sandstorm/issues/2876",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      "SMTP -> ERROR: AUTH not accepted from server: 530 5.7.7 Email sending without SSL/TLS encryption is not allowed. Please see: http://help.yandex.ru/mail/mail-clients/ssl.xml",
    reason: "requireTLS",
    command: "AUTH",
    provider: "yandex",
    source: "https://github.com/PHPMailer/PHPMailer/issues/283",
    heldOut: true,
    batch: 21,
  },
  // query 26: mail.ru 550 spam
  {
    reply: "host mxs.mail.ru[94.100.180.31] said: 550 tutanota\nis blocked (in reply to end of DATA command)",
    reason: "blocked",
    command: "DATA",
    provider: "mailru",
    source: "https://github.com/tutao/tutanota/issues/2299",
    heldOut: true,
    batch: 21,
  },
  // query 27: hmailserver 550
  {
    reply:
      '<"user.name@domain.de"@forwarding> (expanded from\n    <user.name@domain.de>): host domain.de[123.123.123.123] said: 554\n    Your message was received but it could not be saved. Please retry later.\n    (in reply to end of DATA command)',
    reason: "systemError",
    command: "DATA",
    provider: "hmailserver",
    source: "https://github.com/hmailserver/hmailserver/issues/92",
    heldOut: true,
    batch: 21,
  },
  {
    reply: "550 Unsupported ESMTP extension",
    reason: "syntaxError",
    command: "MAIL",
    provider: "hmailserver",
    source: "https://github.com/hmailserver/hmailserver/issues/164",
    heldOut: true,
    batch: 21,
  },
  // query 28: amavis 554 5.7.0 banned (its results held no SMTP failure reply)
  // query 29: qmail 553 sorry (every reply it gave is already in this list)
  // query 30: t-online smtp 554
  {
    reply:
      '554 Error: Post "https://api.telegram.org/bot***/sendMessage?disable_web_page_preview=true": dial tcp: lookup api.telegram.org on 192.168.1.1:53: read udp 172.17.0.5:42391->192.168.1.1:53: i/o timeout',
    reason: "systemError",
    provider: "other",
    source: "https://github.com/KostyaEsmukov/smtp_to_telegram/issues/50",
    heldOut: true,
    batch: 21,
  },
  // query 31: gophish smtp 554
  {
    reply:
      'time="2021-09-24T17:27:57Z" level=warning msg="550 5.1.1 The email account that you tried to reach does not exist. Please try\\n5.1.1 double-checking the recipient\'s email address for typos or\\n5.1.1 unnecessary spaces. Learn more at\\n5.1.1  https://support.google.com/mail/?p=NoSuchUser 17si5697335qks.415 - gsmtp" code=550 email="\\"xxxx xxxx\\" <xxxxx@xxxxx>"',
    reason: "userUnknown",
    provider: "gmail",
    source: "https://github.com/gophish/gophish/issues/2313",
    heldOut: true,
    batch: 21,
  },
  {
    reply: "Max connection attempts exceeded - 454 4.7.0 auth service unavailable",
    reason: "systemError",
    provider: "gmail",
    source: "https://github.com/gophish/gophish/issues/1815",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      "Max connection attempts exceeded - 534 5.7.14 Please log in via 5.7.14 your web browser and then try again. 5.7.14 Learn more at 5.7.14 https://support.google.com/mail/answer/78754 v10-v6sm14000215wrq.4 - gsmtp",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/gophish/gophish/issues/1269",
    heldOut: true,
    batch: 21,
  },
  // query 32: uptime kuma smtp 550
  {
    reply: "response: '550 5.2.0 Spam message rejected'",
    reason: "spamDetected",
    provider: "other",
    source: "https://github.com/louislam/uptime-kuma/issues/242",
    heldOut: true,
    batch: 21,
  },
  // query 33: peertube smtp 535
  {
    reply: "Send Error: Invalid login: 535 5.7.8 Permission denied",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/Chocobozzz/PeerTube/issues/7658",
    heldOut: true,
    batch: 21,
  },
  {
    reply: "Error: Invalid login: 503 5.5.1 Error: authentication not enabled",
    reason: "protocolError",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/Chocobozzz/PeerTube/pull/1710",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      "Error: Can't send mail - all recipients were rejected: 451 4.3.0 <webmaster@peertube.maindomain.tld>: Temporary lookup failure",
    reason: "systemError",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/YunoHost-Apps/peertube_ynh/issues/323",
    heldOut: true,
    batch: 21,
  },
  {
    reply: "Error: Invalid login: 535 5.7.8 Authentication failed",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/Chocobozzz/PeerTube/issues/3457",
    heldOut: true,
    batch: 21,
  },
  // query 34: sendmail stat=Deferred 421
  {
    reply: "stat=Deferred: Connection refused by [redacted]",
    reason: "networkError",
    provider: "sendmail",
    source: "https://github.com/trustedsec/social-engineer-toolkit/issues/355",
    heldOut: true,
    batch: 21,
  },
  {
    reply: "stat=Deferred: Connection timed out with alt4.gmail-smtp-in.l.google.com",
    reason: "networkError",
    provider: "sendmail",
    source: "https://github.com/trustedsec/social-engineer-toolkit/issues/355",
    heldOut: true,
    batch: 21,
  },
  // query 35: zimbra 554 5.7.1 rejected
  {
    reply:
      "<…@umail.ucc.ie>:\n64.233.184.27 failed after I sent the message.\nRemote host said: 550-5.7.1 Unauthenticated email from example.no is not accepted due to\n550-5.7.1 domain's DMARC policy. Please contact the administrator of\n550-5.7.1 example.no domain if this was a legitimate mail. Please visit\n550-5.7.1  https://support.google.com/mail/answer/2451690 to learn about the\n550 5.7.1 DMARC initiative. r75si5694561wmf.156 - gsmtp",
    reason: "authFailure",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/bruceg/ezmlm-idx/issues/11",
    heldOut: true,
    batch: 21,
  },
  // query 36: smartermail 550 (every reply it gave is already in this list)
  // query 37: exim retry timeout exceeded (every reply it gave is already in this list)
  // query 38: immich smtp 535
  {
    reply: "(535 Incorrect authentication data)",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/afterlogic/webmail-lite-8/issues/77",
    heldOut: true,
    batch: 21,
  },
  {
    reply:
      'Failed to authenticate on SMTP server with username "contact@mydomain.com" using 2 possible authenticators. Authenticator LOGIN returned Swift_TransportException: Expected response code 235 but got code "535", with message "535 Authentication credentials invalid',
    reason: "authRequired",
    command: "AUTH",
    provider: "ionos",
    source: "https://github.com/freescout-help-desk/freescout/issues/1489",
    heldOut: true,
    batch: 21,
  },
  {
    reply: "flutter: [2021-11-01 19:28:46.776149 | Connection | FINE] < 535 Incorrect authentication data",
    reason: "authRequired",
    command: "AUTH",
    provider: "exim",
    source: "https://github.com/jhomlala/catcher/issues/198",
    heldOut: true,
    batch: 21,
  },
  // query 39: yahoo 554 5.7.9 policy reasons (every reply it gave is already in this list)
  // query 40: aol 521 5.2.1
  {
    reply:
      "X=TLSv1:DHE-RSA-AES256-SHA:256: SMTP error from remote mail server after end of data: 521 5.2.1 :  AOL will not accept delivery of this message.",
    reason: "undefined",
    command: "DATA",
    provider: "yahoo-aol",
    source: "https://github.com/nlemoine/wp-better-emails/issues/5",
    heldOut: true,
    batch: 21,
  },
  // --- batch 21 ends ---
  // --- batch 22: a sample from web pages, collected as the fixed queries listed under `heldOut` returned them ---
  // query 1: bounce 550 5.7.1 message rejected as spam by content filtering
  {
    reply: '550 "5.7.0" Mail relay denied',
    reason: "relayDenied",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "550 Connection refused",
    reason: "blocked",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "550 Message contained unsafe content (Heuristics.Phishing.Email.SpoofedDomain)",
    reason: "virusDetected",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "550 Permission denied",
    reason: "undefined",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "551 Sender is on domain's blacklist",
    reason: "filtered",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html",
    heldOut: true,
    batch: 22,
  },
  // query 2: godaddy bounce 554 refused
  {
    reply: '554 <"the recipients email addy here">: Recipient address rejected: Relay access denied',
    reason: "relayDenied",
    command: "RCPT TO",
    provider: "postfix",
    source: "https://www.antionline.com/showthread.php?mode=threaded&p=692064",
    heldOut: true,
    batch: 22,
  },
  // query 4: bluehost sender verify failed
  {
    reply: "554 Message not allowed",
    reason: "policyViolation",
    provider: "yahoo-aol",
    source:
      "https://portal.hostmedia.uk/knowledgebase/201204295/My-emails-are-being-rejected-or-not-arriving-at-their-destination.html",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "421 Too many connections",
    reason: "tooManyConnections",
    provider: "other",
    source:
      "https://portal.hostmedia.uk/knowledgebase/201204295/My-emails-are-being-rejected-or-not-arriving-at-their-destination.html",
    heldOut: true,
    batch: 22,
  },
  // query 8: outlook 451 4.4.0 primary target ip
  {
    reply:
      "451 4.7.651 The mail server [xx.xx.xx.xx] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3114)",
    reason: "badReputation",
    provider: "microsoft",
    source:
      "https://www.suped.com/email-deliverability/answers/what-causes-temporary-rate-limiting-due-to-ip-reputation-with-microsoft-email-servers",
    heldOut: true,
    batch: 22,
  },
  // query 10: gmail 550 5.7.28 unusual rate
  {
    reply:
      "450-4.2.1 The Gmail user you are trying to contact is receiving\n450-4.2.1 mail at a rate that prevents additional messages from\n450-4.2.1 being delivered. Please resend your message at a later\n450-4.2.1 time; if the user is able to receive mail at that time,\n450 4.2.1 your message will be delivered. itt-jön-a-queue-id",
    reason: "rateLimited",
    provider: "gmail",
    source: "http://digitus.itk.ppke.hu/~cstamas/blog/2008/02/04/gmail-rate-contol/",
    heldOut: true,
    batch: 22,
  },
  {
    reply:
      "550-5.7.1 [IP] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked.",
    reason: "badReputation",
    provider: "gmail",
    source: "https://www.coldrelay.com/smtp-errors/550-5-7-1-unusual-rate-unsolicited-mail",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP",
    reason: "badReputation",
    provider: "gmail",
    source:
      "https://gohighlevelassist.freshdesk.com/support/solutions/articles/155000007275-gmail-error-4-7-28-unusual-rate-of-unsolicited-mail-detected",
    heldOut: true,
    batch: 22,
  },
  // query 11: web.de 554 transaction failed
  {
    reply: "550 sorry, no mailbox here by that name",
    reason: "userUnknown",
    provider: "qmail",
    source: "https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "550 mail@example.com: Recipient address rejected: User unknown (in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT TO",
    provider: "postfix",
    source: "https://goneo.de/hilfe/email/fehlermeldungen",
    heldOut: true,
    batch: 22,
  },
  // query 12: mail.ru 550 spam message rejected
  {
    reply:
      '550-5.7.1 Unauthenticated email from mail.ru is not accepted due to domain"s 550-5.7.1 DMARC policy. Please contact administrator of mail.ru domain if this 550-5.7.1 was a legitimate mail. Please visit 550 -5.7.1 https://support.google.com/mail/answer/2451690 to learn about DMARC',
    reason: "authFailure",
    provider: "gmail",
    source: "https://viws.ru/en/poterya-pochtovyh-soobshchenii-oshibki-pochtovoi-sistemy.html",
    heldOut: true,
    batch: 22,
  },
  // query 13: zoho 554 5.1.8 email outgoing blocked
  {
    reply: "SMTP -> ERROR: Password not accepted from server: 554 5.1.8 Sender Address Blocked",
    reason: "senderRejected",
    provider: "zoho",
    source: "https://help.zoho.com/portal/en/community/topic/554-5-1-8-sender-address-blocked-10-8-2016",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "500 mx.zohomail.com Syntax error, command unrecognized: RECEIVED: (500)",
    reason: "syntaxError",
    provider: "zoho",
    source:
      "https://help.zoho.com/portal/en/community/topic/500-mx-zohomail-com-syntax-error-command-unrecognized-received-500",
    heldOut: true,
    batch: 22,
  },
  // query 19: qq 550 mailbox not found
  {
    reply:
      "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
    reason: "rateLimited",
    provider: "qq",
    source: "https://www.computersolutions.cn/blog/wp-json/wp/v2/pages/1620",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
    reason: "userUnknown",
    provider: "qq",
    source: "https://www.dbmailserver.com/tui-xin-address-not-exist.htm",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "550 5.1.1 Mailbox does not exist",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.dbmailserver.com/tui-xin-address-not-exist.htm",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "550 User not found: 12345@163.com",
    reason: "userUnknown",
    provider: "netease",
    source: "https://www.dbmailserver.com/tui-xin-address-not-exist.htm",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "550 RC:LD The email account that you tried to reach does no exists.",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.dbmailserver.com/tui-xin-address-not-exist.htm",
    heldOut: true,
    batch: 22,
  },
  // query 23: rackspace bounce 550 5.7.1
  {
    reply: "554 5.7.1 ACL dns_rbl",
    reason: "blocked",
    provider: "rackspace",
    source:
      "https://helpingmerchants.com/microsoft-outlook-emails-bouncing-heres-why-rackspace-is-rejecting-them-and-how-to-fix-it",
    heldOut: true,
    batch: 22,
  },
  // query 25: hmailserver 550 bounce
  {
    reply: "550 No Such User Here",
    reason: "userUnknown",
    provider: "other",
    source: "http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "5.1.0 – Unknown address error 550-‘MAILBOX NOT FOUND’",
    reason: "userUnknown",
    provider: "exchange",
    source: "http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "550 5.1.1 [e-mail]: Recipient address rejected: User unknown in relay recipient table",
    reason: "userUnknown",
    provider: "postfix",
    source: "http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "554 delivery error: This user doesn’t have a [name of the service] account",
    reason: "userUnknown",
    provider: "yahoo-aol",
    source: "http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages",
    heldOut: true,
    batch: 22,
  },
  {
    reply:
      "554 delivery error: Sorry your message to [email] cannot be delivered. This account has been disabled or discontinued",
    reason: "mailboxDisabled",
    provider: "yahoo-aol",
    source: "http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages",
    heldOut: true,
    batch: 22,
  },
  // query 27: undeliverable mail remote server returned 550 5.7.1
  {
    reply:
      "SMTP error from remote mail server after end of data - <host ip-address> : 550 Error: Message content rejected",
    reason: "spamDetected",
    command: "DATA",
    provider: "exim",
    source:
      "https://arietiform.com/application/nph-tsq.cgi/en/20/https/www.scribd.com/document/36160456/SMTP-Server-Status-Codes-and-SMTP-Error-Codes",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "SMTP error from remote mail server after RCPT TO <email-address>, 550 5.1.1 User unknown",
    reason: "userUnknown",
    command: "RCPT TO",
    provider: "exim",
    source:
      "https://arietiform.com/application/nph-tsq.cgi/en/20/https/www.scribd.com/document/36160456/SMTP-Server-Status-Codes-and-SMTP-Error-Codes",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "550 unknown user",
    reason: "userUnknown",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/161393/rejection-errors-when-delivering-to-3rd.html",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "521 access denied",
    reason: "blocked",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/161393/rejection-errors-when-delivering-to-3rd.html",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "553 Relay denied",
    reason: "relayDenied",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/161393/rejection-errors-when-delivering-to-3rd.html",
    heldOut: true,
    batch: 22,
  },
  // query 30: sendmail dsn=5.0.0 stat=Service unavailable
  {
    reply: "554 <recipient's-address>... Service unavailable",
    reason: "systemError",
    provider: "sendmail",
    source: "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73",
    heldOut: true,
    batch: 22,
  },
  // query 31: outlook error 0x800CCC78 550
  {
    reply:
      "Sending reported error (0x800ccc78): Cannot send the message. Verify the e-mail address in your account properties. The server responded: 550 Access Denied",
    reason: "undefined",
    provider: "other",
    source: "https://www.cloudprojectsoftware.com/error-codes/outlook-0x800ccc78",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "550 5.1.1 User unknown",
    reason: "userUnknown",
    provider: "other",
    source: "https://murdok.org/wiki/fix-outlook-error-550",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "550 5.7.1 Mailbox unavailable",
    reason: "undefined",
    provider: "other",
    source: "https://murdok.org/wiki/fix-outlook-error-550",
    heldOut: true,
    batch: 22,
  },
  // query 32: thunderbird 554 5.7.1 sending of the message failed
  {
    reply:
      "5.7.1 END-OF-MESSAGE: End-of-data rejected: user not permitted to relay. Please check the message and try again.",
    reason: "relayDenied",
    command: "DATA",
    provider: "other",
    source:
      "https://support.postbox-inc.com/hc/en-us/articles/218574818-5-7-1-END-OF-MESSAGE-End-of-data-rejected-Error",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "551 5.9.9 Spam message discarded. If you feel we mistreat you, do contact us: [email protected]",
    reason: "spamDetected",
    provider: "other",
    source:
      "https://freeport-outlet.ru/en/oshibki-otpravki-i-varianty-ih-ustraneniya-ne-udaetsya-otpravit-ili-poluchit.html",
    heldOut: true,
    batch: 22,
  },
  {
    reply:
      "535-5.7.1 Please log in with your web browser and then try again. Learn more at535 5.7.1 https://support.google.com/mail/bin/answer.py?answer=78754 p2sm808096lbj.4Disconnected.",
    reason: "authRequired",
    provider: "gmail",
    source:
      "https://freeport-outlet.ru/en/oshibki-otpravki-i-varianty-ih-ustraneniya-ne-udaetsya-otpravit-ili-poluchit.html",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "535 Incorrect authentication data Disconnected.",
    reason: "authRequired",
    provider: "exim",
    source:
      "https://freeport-outlet.ru/en/oshibki-otpravki-i-varianty-ih-ustraneniya-ne-udaetsya-otpravit-ili-poluchit.html",
    heldOut: true,
    batch: 22,
  },
  {
    reply:
      "535 5.7.1 http://support.google.com/mail/bin/answer.py?answer=14257o5sm1396905lbg.5\nDisconnected.",
    reason: "authRequired",
    provider: "gmail",
    source:
      "https://freeport-outlet.ru/en/oshibki-otpravki-i-varianty-ih-ustraneniya-ne-udaetsya-otpravit-ili-poluchit.html",
    heldOut: true,
    batch: 22,
  },
  // query 33: mail returned 554 5.7.1 rejected spamhaus
  {
    reply: "450 <>: Recipient address rejected: Domain not found",
    reason: "hostUnknown",
    provider: "postfix",
    source:
      "https://teamwork.jacobs-university.de/display/ircit/2007/06/12/Description+of+anti-spam+measures+at+Jacobs+University+mail+servers",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "450 <>: Sender address rejected: Domain not found",
    reason: "senderRejected",
    provider: "postfix",
    source:
      "https://teamwork.jacobs-university.de/display/ircit/2007/06/12/Description+of+anti-spam+measures+at+Jacobs+University+mail+servers",
    heldOut: true,
    batch: 22,
  },
  {
    reply: "504 <Scanner>: Sender address rejected: need fully-qualified address",
    reason: "senderRejected",
    provider: "postfix",
    source:
      "https://teamwork.jacobs-university.de/display/ircit/2007/06/12/Description+of+anti-spam+measures+at+Jacobs+University+mail+servers",
    heldOut: true,
    batch: 22,
  },
  // query 34: exchange 550 5.7.1 client does not have permissions to send as this sender
  {
    reply: "550 5.7.1 Client does not have permission to send as this sender",
    reason: "senderRejected",
    provider: "exchange",
    source: "https://irohastack.com/en/exchange-550-5-7-1-en/",
    heldOut: true,
    batch: 22,
  },
  // query 36: icloud 550 5.7.0 blocked
  {
    reply: "Diagnostic-Code: smtp; 554 5.7.1 [HM08] Message rejected due to local policy.",
    reason: "policyViolation",
    provider: "apple",
    source: "https://mactechnews.de/news/article/iCloud-Mail-ausgefallen-185276.html",
    heldOut: true,
    batch: 22,
  },
  // query 38: t-online 554 ip rejected
  {
    reply:
      "554: Dialup/transient IP not allowed. \nUse a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)",
    reason: "blocked",
    provider: "t-online",
    source: "https://help.creoline.com/de/doc/t-online-554-dialuptransient-ip-not-allowed-zVwMz4z866",
    heldOut: true,
    batch: 22,
  },
  {
    reply:
      "554 IP=[YOUR IP ADDRESS] - A problem occurred. (Ask your postmaster for help or to contact to clarify.) (BL)",
    reason: "blocked",
    provider: "t-online",
    source: "https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html",
    heldOut: true,
    batch: 22,
  },
  {
    reply:
      "host mx02.t-online.de[194.25.134.9] refused to talk to me: \n554 IP=xx.xx.xx.xx - A problem occurred. (Ask your postmaster\nfor help or to contact tosa@rx.t-online.de to clarify.) (BL)",
    reason: "blocked",
    provider: "t-online",
    source: "https://serverdevworker.com/40043d71d",
    heldOut: true,
    batch: 22,
  },
  {
    reply:
      "554 IP=<Ihre.IP.Adresse> - None/bad reputation. Ask your postmaster for help or to contact <postmaster@rx.t-online.de> for reset. (NOWL)",
    reason: "badReputation",
    provider: "t-online",
    source: "https://timmehosting.de/leitfaden-wenn-t-online-e-mails-blockiert-ursachen-und-loesungen",
    heldOut: true,
    batch: 22,
  },
  // query 39: apple mail 550 5.7.0 from address is not one of your addresses
  {
    reply:
      "550 5.7.1 [AB01] Your mail from 139.177.197.240 was rejected.\nFor details see https://support.apple.com/en-us/HT204137",
    reason: "blocked",
    provider: "apple",
    source: "https://mailtested.com/blog/apple-mail-rejection-error",
    heldOut: true,
    batch: 22,
  },
  // --- batch 22 ends ---
  // --- batch 24: a sample from web pages, as the fixed queries listed under `heldOut` returned them ---
  // query 1: serverfault postfix 554 5.7.1 relay access denied log
  {
    reply:
      "NOQUEUE: reject: RCPT from company.university.edu[111.111.11.11]:\n554 5.7.1 : Relay access denied",
    reason: "relayDenied",
    command: "RCPT",
    provider: "postfix",
    source: "https://serverdevworker.com/734faf74",
    heldOut: true,
    batch: 24,
  },
  // query 3: stackoverflow smtp 421 4.7.0
  {
    reply: "421 Server too busy.",
    reason: "rateLimited",
    provider: "other",
    source: "http://kbit.tistory.com/tag/reply%20error%20message",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "refused to talk to me: 421 4.7.0 Not allowed",
    reason: "blocked",
    provider: "other",
    source:
      "https://suped.com/email-deliverability/answers/what-does-smtp-deferred-message-refused-to-talk-to-me-421-470-not-allowed-mean",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "421 [hostname]: Too much load; please try again later.",
    reason: "rateLimited",
    provider: "other",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/421-error",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "421 [hostname]: Too many concurrent SMTP connections; please try again later.",
    reason: "tooManyConnections",
    provider: "other",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/421-error",
    heldOut: true,
    batch: 24,
  },
  {
    reply:
      "421 4.7.1 Messages to [recipient domain] deferred due to excessive volume. Try again later - [Link]",
    reason: "rateLimited",
    provider: "other",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/421-error",
    heldOut: true,
    batch: 24,
  },
  // query 6: postfix maillog status=deferred said 450
  {
    reply: "TSS04 - temporarily deferred due to user complaints",
    reason: "badReputation",
    provider: "yahoo-aol",
    source: "https://itecnotes.com/server/linux-postfix-status-deferred",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "connect to mx.recipient.com[1.2.3.4]:25: Connection timed out",
    reason: "networkError",
    provider: "postfix",
    source: "https://www.fixwikihub.com/articles/email-queue-stuck-mailq-deferred-relay-messages",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "Host or domain name not found. Name service error",
    reason: "hostUnknown",
    provider: "postfix",
    source: "https://www.fixwikihub.com/articles/email-queue-stuck-mailq-deferred-relay-messages",
    heldOut: true,
    batch: 24,
  },
  // query 7: email bounced 554 5.7.1 spam content
  {
    reply: "554 5.7.1 Content rejected - suspected spam",
    reason: "spamDetected",
    command: "RCPT",
    provider: "other",
    source: "https://verifyrhq.com/blog/debugging-554-571-content-rejected-suspected-spam-for-verification",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "551 Denied for Spam",
    reason: "spamDetected",
    provider: "other",
    source: "https://blog.mxtoolbox.com/2011/09/",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "554 Service unavailable; Client host [<hostname>] blocked using Barracuda Reputation",
    reason: "blocked",
    provider: "barracuda",
    source: "https://blog.mxtoolbox.com/2011/09/",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "554 Your access to this mail system has been rejected due to the sending MTA’s poor reputation",
    reason: "badReputation",
    provider: "cisco",
    source: "https://blog.mxtoolbox.com/2011/09/",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "554 Denied (Mode: normal)",
    reason: "undefined",
    provider: "other",
    source: "https://blog.mxtoolbox.com/2011/09/",
    heldOut: true,
    batch: 24,
  },
  // query 8: mail returned 550 no such user
  {
    reply: "550 User Unknown",
    reason: "userUnknown",
    provider: "other",
    source: "https://1grid.co.za/knowledge/?p=34551",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "550 Mailbox Unavailable",
    reason: "undefined",
    provider: "other",
    source: "https://1grid.co.za/knowledge/?p=34551",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "550 Recipient Not Found",
    reason: "userUnknown",
    provider: "other",
    source: "https://1grid.co.za/knowledge/?p=34551",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "550 5.1.1 The email account does not exist",
    reason: "userUnknown",
    provider: "other",
    source: "https://protocolcodes.com/scenarios/smtp/550-mailbox-not-found",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "RCPT TO:<[email protected]> 550 No such user here",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "https://protocolcodes.com/scenarios/smtp/550-mailbox-not-found",
    heldOut: true,
    batch: 24,
  },
  // query 9: delivery failure 552 mailbox full
  {
    reply: "552 Message size exceeds the allowed size for this account (10485760)",
    reason: "messageTooBig",
    provider: "other",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/552-error",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "552 5.2.2 <[recipient email]> Quota exceeded (mailbox for user is full)",
    reason: "mailboxFull",
    provider: "dovecot",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/552-error",
    heldOut: true,
    batch: 24,
  },
  // query 11: bounce 421 4.7.26 unauthenticated
  {
    reply: "550 5.1.1 The email account that you tried to reach does not exist",
    reason: "userUnknown",
    provider: "gmail",
    source: "https://deliverabilitychecker.com/resources/email-bounce-codes",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "550 5.7.1 Message rejected per DMARC policy",
    reason: "authFailure",
    provider: "other",
    source: "https://deliverabilitychecker.com/resources/email-bounce-codes",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "550 SPF check failed: IP not authorized",
    reason: "authFailure",
    provider: "other",
    source: "https://deliverabilitychecker.com/resources/email-bounce-codes",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "550 5.7.26 This message does not have authentication information",
    reason: "authFailure",
    provider: "gmail",
    source: "https://deliverabilitychecker.com/resources/email-bounce-codes",
    heldOut: true,
    batch: 24,
  },
  // query 26: cox.net 554 bounce
  {
    reply:
      "The server response was: <> message rejected. Refer to Error Codes section at for more information. AUP#CXSNDR",
    reason: "authFailure",
    provider: "cox",
    source: "https://forums.cox.com/discussions/internet/cox-censorship-reopened/142720",
    heldOut: true,
    batch: 24,
  },
  // query 28: sbcglobal 553 bounce
  {
    reply:
      "delivery temporarily suspended: host\nf.mx.mail.yahoo.com[68.142.202.247] refused to talk to me: 421 4.7.0\n[TS01]\nMessages from 152.46.7.112 temporarily deferred due to user complaints -\n4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html",
    reason: "badReputation",
    provider: "yahoo-aol",
    source: "https://pacificbulbsociety.org/pbslist/2008-February/f9mbtrprt87b2n39husj3884o6.html",
    heldOut: true,
    batch: 24,
  },
  // query 30: 550 5.7.23 spf bounce
  {
    reply:
      "550 5.7.23 The message was rejected because SPF was configured incorrectly, or because SPF validation failed. Please contact the administrator of the domain.",
    reason: "authFailure",
    provider: "microsoft",
    source: "https://spfwise.com/en/article/550-5-7-23-spf-validation-failed",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "550 5.7.23 The message was rejected because of SPF validation failure",
    reason: "authFailure",
    provider: "other",
    source: "https://tamingdns.com/bounce-decoder/550-5-7-23-spf-validation-failed",
    heldOut: true,
    batch: 24,
  },
  {
    reply:
      "550-5.7.27 This message was blocked because it didn't pass SPF\nauthentication. Gmail requires bulk email senders to authenticate\ntheir email with SPF. Authentication results: SPF with [ip-address]\n= did not pass",
    reason: "authFailure",
    provider: "gmail",
    source: "https://trustyourinbox.com/kb/troubleshooting/550-5-7-23-spf-fail",
    heldOut: true,
    batch: 24,
  },
  {
    reply:
      "421-4.7.27 Your email has been rate limited because SPF authentication\ndidn't pass for this message. Gmail requires all bulk email senders\nto authenticate their email with SPF.",
    reason: "authFailure",
    provider: "gmail",
    source: "https://trustyourinbox.com/kb/troubleshooting/550-5-7-23-spf-fail",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "550 5.7.23 The message wasn't delivered because the sender's domain doesn't pass SPF.",
    reason: "authFailure",
    provider: "microsoft",
    source: "https://www.simplefastwebsites.com/errors/email/smtp-550-5-7-23-spf-validation-failed/",
    heldOut: true,
    batch: 24,
  },
  // query 31: courier mail server 550 bounce
  {
    reply: "550 #5.1.0 Address rejected [email]",
    reason: "userUnknown",
    provider: "other",
    source: "http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages",
    heldOut: true,
    batch: 24,
  },
  // query 34: proofpoint 554 5.7.1 bounce
  {
    reply: "553 #5.1.8 Domain of sender address <address@exmaple.com> does not exist",
    reason: "senderRejected",
    provider: "other",
    source:
      "https://support.knowbe4.com/hc/en-us/articles/4409463946387-Common-Phishing-Bounce-Codes-and-Resolutions",
    heldOut: true,
    batch: 24,
  },
  {
    reply:
      "550 Verification failed for email@example.com The mail server could not deliver mail to email@example.com. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries. Sender verify failed",
    reason: "senderRejected",
    provider: "exim",
    source:
      "https://support.knowbe4.com/hc/en-us/articles/4409463946387-Common-Phishing-Bounce-Codes-and-Resolutions",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "The SMTP address has no mailbox associated with it",
    reason: "userUnknown",
    provider: "exchange",
    source:
      "https://support.knowbe4.com/hc/en-us/articles/4409463946387-Common-Phishing-Bounce-Codes-and-Resolutions",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "550 5.7.1 Failed to send User email address marked as invalid",
    reason: "userUnknown",
    provider: "other",
    source:
      "https://support.knowbe4.com/hc/en-us/articles/4409463946387-Common-Phishing-Bounce-Codes-and-Resolutions",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "550 5.1.1 Recipient address rejected: User unknown in virtual alias table",
    reason: "userUnknown",
    provider: "postfix",
    source:
      "https://support.knowbe4.com/hc/en-us/articles/4409463946387-Common-Phishing-Bounce-Codes-and-Resolutions",
    heldOut: true,
    batch: 24,
  },
  // query 35: postfix lost connection with said 421
  {
    reply: "timeout writing message to postfix.com: Broken\npipe user@abcd.com... Deferred",
    reason: "networkError",
    provider: "sendmail",
    source: "https://bobcares.com/blog/postfix-421-4-4-2-error-timeout-exceeded",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "lost connection with mail.example.com[192.0.2.1] while sending DATA",
    reason: "networkError",
    command: "DATA",
    provider: "postfix",
    source: "https://www.errcodes.dev/smtp/4-4-2-bad-connection",
    heldOut: true,
    batch: 24,
  },
  // query 36: mail delivery failed 550 administrative prohibition
  {
    reply: "550 5.7.1 Administrative prohibition. Message not accepted due to policy.",
    reason: "policyViolation",
    provider: "other",
    source: "https://www.mailwarm.com/blog/smtp-error-550-fix",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "550 Administrative prohibition – envelope blocked for this recipient.",
    reason: "filtered",
    provider: "other",
    source: "https://www.mailwarm.com/blog/smtp-error-550-fix",
    heldOut: true,
    batch: 24,
  },
  // query 37: bounce 554 5.7.1 sender address rejected access denied
  {
    reply: "Reason: 554 Too many Received: headers",
    reason: "networkError",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/161393/rejection-errors-when-delivering-to-3rd.html",
    heldOut: true,
    batch: 24,
  },
  // query 39: smtp error 550 5.7.0 bounce
  {
    reply: "550 5.1.1 The email account you tried to reach does not exist",
    reason: "userUnknown",
    provider: "gmail",
    source: "https://www.smtp2go.com/blog/email-delivery-errors-me",
    heldOut: true,
    batch: 24,
  },
  // query 40: delivery has failed 554 5.6.0 bounce
  {
    reply: "smtp; 511 sorry, no mailbox here by that name (#5.1.1 - chkuser)",
    reason: "userUnknown",
    provider: "qmail",
    source: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "smtp; 550 4.4.7 Message expired: unable to deliver in 840 minutes",
    reason: "expired",
    provider: "other",
    source: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "smtp; 550 5.4.1 Recipient address rejected: Access denied.",
    reason: "userUnknown",
    provider: "microsoft",
    source: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "smtp; 550 5.5.0 Requested action not taken: mailbox unavailable",
    reason: "undefined",
    provider: "other",
    source: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    heldOut: true,
    batch: 24,
  },
  {
    reply: "smtp; 550 5.7.1 Service refuse. Veuillez essayer plus tard. service refused, please try later.",
    reason: "undefined",
    provider: "orange",
    source: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    heldOut: true,
    batch: 24,
  },
  // --- batch 24 ends ---
  // --- batch 23: a sample from issue threads, collected as the fixed queries listed under `heldOut` returned them ---
  // query 1: mailu postfix said 550
  {
    reply:
      "<target-Mailserver-ip> said: 550-<Mailserver-ip-address> is not allowed to\n   send mail from <sender-domain>. Help at/Hilfe unter 550 www.mfaq.info (in reply to\n   RCPT TO command)",
    reason: "authFailure",
    command: "RCPT",
    provider: "gmx-webde",
    source: "https://github.com/Mailu/Mailu/issues/1234",
    heldOut: true,
    batch: 23,
  },
  // query 2: modoboa 554
  {
    reply: "451 4.3.5 <rcpt@gmail.com>: Recipient address rejected: Server configuration problem",
    reason: "systemError",
    provider: "postfix",
    source: "https://github.com/modoboa/modoboa/issues/2516",
    heldOut: true,
    batch: 23,
  },
  // query 4: poste.io 550
  {
    reply: 'SMTP Error (550): Failed to add recipient "ex.google@mydomain.com" (Error: No such user).',
    reason: "userUnknown",
    command: "RCPT",
    provider: "haraka",
    source: "https://github.com/dirtsimple/poste.io/issues/26",
    heldOut: true,
    batch: 23,
  },
  // query 8: postal server 554
  {
    reply:
      "No SMTP servers were available for pacificbluejeans.com. Tried pacificbluejeans-com.mail.protection.outlook.com.\nexecution expired",
    reason: "networkError",
    provider: "postal",
    source: "https://github.com/postalserver/postal/issues/3444",
    heldOut: true,
    batch: 23,
  },
  // query 12: smtplib SMTPDataError 554
  {
    reply:
      "smtplib.SMTPDataError: (450, b'4.7.1 <END-OF-MESSAGE>: End-of-data rejected: Sorry, too many requests per time unit')",
    reason: "rateLimited",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/goauthentik/authentik/issues/10720",
    heldOut: true,
    batch: 23,
  },
  {
    reply: "smtplib.SMTPDataError: (550, b'2efb645ddd8af6f-15f8b Mail rejected')",
    reason: "undefined",
    command: "DATA",
    provider: "qq",
    source: "https://github.com/kootenpv/yagmail/issues/267",
    heldOut: true,
    batch: 23,
  },
  {
    reply: "(554, b'Message rejected: Email address is not verified'",
    reason: "senderRejected",
    command: "DATA",
    provider: "amazon-ses",
    source: "https://github.com/samitsolutions/fop/issues/21",
    heldOut: true,
    batch: 23,
  },
  {
    reply:
      "smtplib.SMTPDataError: (554, b'DT:SPM 163 smtp10,DsCowAA3D+JApVpd78gMKg--.16104S2 1566221632,please see http://mail.163.com/help/help_spam_16.htm?ip=59.42.123.65&hostid=smtp10&time=1566221632')",
    reason: "spamDetected",
    command: "DATA",
    provider: "netease",
    source: "https://github.com/selfteaching/selfteaching-python-camp/issues/5556",
    heldOut: true,
    batch: 23,
  },
  {
    reply: "SMTPAuthenticationError: (535, 'Incorrect authentication data')",
    reason: "authRequired",
    command: "AUTH",
    provider: "exim",
    source: "https://github.com/fgeek/pyfiscan/issues/5",
    heldOut: true,
    batch: 23,
  },
  // query 13: phpmailer 554 5.7.1
  {
    reply: 'Expected response code 250 but got code "550", with message "550 5.7.1 Relaying denied\n"',
    reason: "relayDenied",
    provider: "other",
    source: "https://github.com/jan-vince/smallcontactform/issues/95",
    heldOut: true,
    batch: 23,
  },
  // query 15: javax.mail SendFailedException 550
  {
    reply:
      "Can’t send mail - all recipients were rejected: 550-Requested action not taken: mailbox unavailable 550 Failure sending mail. Try again later.",
    reason: "undefined",
    command: "RCPT",
    provider: "gmx-webde",
    source: "https://github.com/nodemailer/nodemailer/issues/1555",
    heldOut: true,
    batch: 23,
  },
  // query 17: aws ses 554 throttling
  {
    reply: "454 Throttling failure: Maximum sending rate exceeded",
    reason: "rateLimited",
    provider: "amazon-ses",
    source: "https://github.com/nodemailer/nodemailer/issues/436",
    heldOut: true,
    batch: 23,
  },
  {
    reply:
      "Dec 17 06:22:42 ip-10-80-227-43 postfix/smtp[21752]: connect to email-smtp.us-east-1.amazonaws.com[54.243.71.143]:25: Connection timed out",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/mozilla/fxa-auth-server/issues/445",
    heldOut: true,
    batch: 23,
  },
  // query 21: mailgun 421 throttled
  {
    reply: "421 #4.4.5 Too many connections from your host.",
    reason: "tooManyConnections",
    provider: "mailgun",
    source: "https://github.com/slco-2016/clientcomm/issues/380",
    heldOut: true,
    batch: 23,
  },
  // query 22: sparkpost 554
  {
    reply: "501 5.5.2 RCPT TO syntax error",
    reason: "syntaxError",
    command: "RCPT",
    provider: "sparkpost",
    source: "https://github.com/helpyio/helpy/issues/347",
    heldOut: true,
    batch: 23,
  },
  {
    reply: "501 5.5.2 syntax error MAIL FROM",
    reason: "syntaxError",
    command: "MAIL",
    provider: "sparkpost",
    source: "https://github.com/UserApplePie/UserApplePie-v4/issues/47",
    heldOut: true,
    batch: 23,
  },
  {
    reply:
      'Expected response code 250 but got code "530", with message "530 5.7.1 Authentication required\n"',
    reason: "authRequired",
    provider: "sparkpost",
    source: "https://github.com/clarification/sparkpost-laravel-driver/issues/10",
    heldOut: true,
    batch: 23,
  },
  // query 26: protonmail smtp 554
  {
    reply:
      "[NLP]: [2025-06-14] :: [20:23:22] - [ERR] An error has occured: System.Net.Mail.SmtpFailedRecipientException: Mailbox name not allowed. The server response was: 5.7.1 <example@example.com>: Sender address rejected: not logged in",
    reason: "authRequired",
    command: "RCPT",
    provider: "protonmail",
    source: "https://github.com/Cloud9Developer/Jellyfin-Newsletter-Plugin/issues/130",
    heldOut: true,
    batch: 23,
  },
  {
    reply:
      "Error sending email Error: Invalid login: 535 5.7.8 Error: authentication failed: authentication failed",
    reason: "authRequired",
    command: "AUTH",
    provider: "protonmail",
    source: "https://github.com/lukevella/rallly-selfhosted/issues/14",
    heldOut: true,
    batch: 23,
  },
  {
    reply:
      "SMTP session failed: 554 5.0.0 Error: transaction failed, blame it on the weather: sending was canceled by user",
    reason: "systemError",
    provider: "protonmail",
    source: "https://github.com/neomutt/neomutt/issues/2784",
    heldOut: true,
    batch: 23,
  },
  // query 27: gmx 550 5.7.0
  {
    reply: "554 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=68.183.73.199&c=rdns",
    reason: "requirePTR",
    provider: "gmx-webde",
    source: "https://github.com/3s3s/opentrade/issues/213",
    heldOut: true,
    batch: 23,
  },
  // query 28: comcast 554 5.7.1 blocked
  {
    reply:
      "550 5.7.1 Unfortunately, messages from weren't sent. Please contact your Internet service provider since part of their network is on our block list (AS3150)",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/834",
    heldOut: true,
    batch: 23,
  },
  // query 33: swiftmailer 550
  {
    reply: 'Expected response code 250 but got code "550", with message "550 \n5.7.1 Command rejected',
    reason: "undefined",
    provider: "other",
    source: "https://github.com/swiftmailer/swiftmailer/issues/849",
    heldOut: true,
    batch: 23,
  },
  {
    reply:
      'Expected response code 220 but got code "451", with message "451-The server has reached its limit for processing requests from your host. 451 Please try again later. "',
    reason: "rateLimited",
    provider: "godaddy",
    source: "https://github.com/swiftmailer/swiftmailer/issues/658",
    heldOut: true,
    batch: 23,
  },
  {
    reply: 'Expected response code 250 but got code "500", with message "500 unrecognized command "',
    reason: "syntaxError",
    command: "RSET",
    provider: "other",
    source: "https://github.com/swiftmailer/swiftmailer/issues/793",
    heldOut: true,
    batch: 23,
  },
  {
    reply: 'Expected response code 250 but got code "554", with message "554 Too many nonmail commands\n"',
    reason: "protocolError",
    provider: "other",
    source: "https://github.com/symfony/swiftmailer-bundle/issues/21",
    heldOut: true,
    batch: 23,
  },
  // query 37: dotnet SmtpClient 5.7.3
  {
    reply: "The server response was: 5.7.0 Authentication Required",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/dotnet/runtime/issues/49200",
    heldOut: true,
    batch: 23,
  },
  // query 39: ruby net smtp 452
  {
    reply: "Net::SMTPAuthenticationError: 435 4.7.8 Error: authentication failed:",
    reason: "authRequired",
    command: "AUTH",
    provider: "mailjet",
    source: "https://github.com/mailjet/mailjet-gem/issues/14",
    heldOut: true,
    batch: 23,
  },
  // query 41: flask-mail 550
  {
    reply: "reply: '503 Error: need EHLO and AUTH first !\\r\\n'",
    reason: "authRequired",
    command: "MAIL",
    provider: "qq",
    source: "https://github.com/greyli/helloflask/issues/184",
    heldOut: true,
    batch: 23,
  },
  // query 42: actionmailer Net::SMTPSyntaxError
  {
    reply:
      "Net::SMTPSyntaxError in ActionMailer::MailDeliveryJob@mailers\n501 Invalid RCPT TO address provided",
    reason: "syntaxError",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/exercism/website/issues/7525",
    heldOut: true,
    batch: 23,
  },
  {
    reply: "Net::SMTPSyntaxError: 501 Syntax error in parameters",
    reason: "syntaxError",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/decidim/decidim/issues/4266",
    heldOut: true,
    batch: 23,
  },
  {
    reply: "501 Recipient syntax error",
    reason: "syntaxError",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/evercam/evercam-dashboard/issues/1270",
    heldOut: true,
    batch: 23,
  },
  {
    reply: "Net::SMTPSyntaxError (501 Bad address syntax\n):",
    reason: "syntaxError",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/seven1m/onebody/issues/7",
    heldOut: true,
    batch: 23,
  },
  // query 44: postfix 554 5.7.1 client host rejected
  {
    reply:
      "Sep 23 06:31:40 farm11 postfix/smtpd[27085]: NOQUEUE: reject: RCPT from unknown[186.86.32.126]: 554 5.7.1 Client host rejected: cannot find your hostname, [186.86.32.126]; from=<akzumeca@gmailsdfd.net> to=<foo@domain.com> proto=ESMTP helo=<dynamic-ip-1868632126.cable.net.co>",
    reason: "requirePTR",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/fail2ban/fail2ban/issues/2832",
    heldOut: true,
    batch: 23,
  },
  // query 46: ionos smtp 550
  {
    reply:
      '["554-Transaction failed", "554-Reject due to policy restrictions.", "554 For explanation visit https://www.ionos.com/help/index.php?id=2425&ip=141.64.50.178&c=hd", ""]',
    reason: "policyViolation",
    provider: "ionos",
    source: "https://github.com/homematic-community/hm_email/issues/13",
    heldOut: true,
    batch: 23,
  },
  {
    reply: "Error 501 Syntax error in parameters or arguments",
    reason: "syntaxError",
    provider: "ionos",
    source: "https://github.com/iobroker-community-adapters/ioBroker.email/issues/218",
    heldOut: true,
    batch: 23,
  },
  // query 47: outlook.com 550 5.7.520
  {
    reply:
      'Expected response code 250 but got code "550", with message "550 5.7.60 SMTP; Client does not have permissions to send as this sender [MW2PR1901MB2155.namprd19.prod.outlook.com]',
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://github.com/swiftmailer/swiftmailer/issues/1030",
    heldOut: true,
    batch: 23,
  },
  // query 54: strapi email 550
  {
    reply:
      '"SMTP code:553 msg:553 5.7.2 [TSS09] All messages from 104.34.59.95 will be permanently deferred; Retrying will NOT succeed. See [https://postmaster.yahooinc.com/error-codes\\r\\n](https://postmaster.yahooinc.com/error-codes%5Cr%5Cn)".',
    reason: "blocked",
    provider: "yahoo-aol",
    source: "https://github.com/strapi/strapi/issues/14707",
    heldOut: true,
    batch: 23,
  },
  {
    reply:
      "[2021-11-08 16:21:38.513] error: SMTP code:550 msg:550-5.7.26 Unauthenticated email from strapi.io is not accepted due to domain's\n550-5.7.26 DMARC policy. Please contact the administrator of strapi.io domain\n550-5.7.26 if this was a legitimate mail. Please visit\n550-5.7.26  https://support.google.com/mail/answer/2451690 to learn about the\n550 5.7.26 DMARC initiative. c3si32164521wmb.151 - gsmtp",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/strapi/strapi/issues/11506",
    heldOut: true,
    batch: 23,
  },
  {
    reply:
      '"message": "Message failed: 550 <> Sender Rejected - MAILFROM must be a valid domain. Ensure the mailfrom domain: \\"\\" has a valid MX or A record."',
    reason: "senderRejected",
    command: "MAIL",
    provider: "godaddy",
    source: "https://github.com/strapi/strapi/issues/8125",
    heldOut: true,
    batch: 23,
  },
  // query 55: supabase smtp 550
  {
    reply:
      "gomail: could not send email 1: 554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-2: john@doe.com",
    reason: "senderRejected",
    provider: "amazon-ses",
    source: "https://github.com/supabase/supabase/issues/34106",
    heldOut: true,
    batch: 23,
  },
  // query 57: django SMTPRecipientsRefused 550
  {
    reply:
      "SMTPRecipientsRefused: {'ludovic.farine@utbm.fr': (550, b'5.1.1 <ludovic.farine@utbm.fr>: Recipient address rejected: User unknown in local recipient table')}",
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/ae-utbm/sith/issues/91",
    heldOut: true,
    batch: 23,
  },
  {
    reply: "SMTPRecipientsRefused: {u'support@/d.js': (501, 'Recipient syntax error')}",
    reason: "syntaxError",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/OWASP-BLT/BLT/issues/62",
    heldOut: true,
    batch: 23,
  },
  {
    reply: "{'': (501, 'Recipient syntax error')}",
    reason: "syntaxError",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/djangocon/2016.djangocon.us-archived/issues/33",
    heldOut: true,
    batch: 23,
  },
  // query 58: outlook 421 4.3.2
  {
    reply:
      "host    outlook-com.olc.protection.outlook.com[104.47.22.161] said: 550 5.7.1\n    Unfortunately, messages from [3.21.133.245] weren't sent. Please contact\n    your Internet service provider since part of their network is on our block\n    list (S3140). You can also refer your provider to\n    http://mail.live.com/mail/troubleshooting.aspx#errors.\n    [DB8EUR06FT039.eop-eur06.prod.protection.outlook.com] (in reply to MAIL\n    FROM command)",
    reason: "blocked",
    command: "MAIL",
    provider: "microsoft",
    source: "https://github.com/regnull/ubikom/issues/26",
    heldOut: true,
    batch: 23,
  },
  // query 60: exim 550 sender verify failed
  {
    reply: "550 Invalid forward-email TXT record.",
    reason: "hostUnknown",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/120",
    heldOut: true,
    batch: 23,
  },
  {
    reply: "failed to set the to address: 550 Sender verify failed",
    reason: "senderRejected",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/mattermost/docker/issues/111",
    heldOut: true,
    batch: 23,
  },
  {
    reply: "Error in sending email.\nError code: 550\nError: b'not local sender over smtp'",
    reason: "senderRejected",
    provider: "other",
    source: "https://github.com/nitinsh06/Django-Verify-Email/issues/35",
    heldOut: true,
    batch: 23,
  },
  // --- batch 23 ends ---
  // --- batch 25: a sample from issue threads, as the fixed queries listed under `heldOut` returned them ---
  // query 2: zammad smtp 550
  {
    reply:
      "550 5.1.1 host gmail-smtp-in.l.google.com [66.102.1.27] said: The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser az39-20020a05600c602700b003f196de07e6si9893008wmb.29 - gsmtp (H-BADRCPT)",
    reason: "userUnknown",
    provider: "gmail",
    source: "https://github.com/zammad/zammad/issues/4645",
    heldOut: true,
    batch: 25,
  },
  // query 5: gitlab smtp 554 5.7.1
  {
    reply: "421 XXX.XXX.XXX lost input connection",
    reason: "networkError",
    provider: "exim",
    source: "https://github.com/sameersbn/docker-gitlab/issues/179",
    heldOut: true,
    batch: 25,
  },
  // query 8: listmonk smtp 550
  {
    reply:
      "May 12 09:07:01 ubuntu postfix/smtp[264964]: connect to gmail-smtp-in.l.google.com[2a00:1450:400c:c0c::1b]:25: Network is unreachable",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/knadh/listmonk/issues/1863",
    heldOut: true,
    batch: 25,
  },
  {
    reply: 'Got: 550-"[ACD14] List software not permitted',
    reason: "policyViolation",
    provider: "other",
    source: "https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/48",
    heldOut: true,
    batch: 25,
  },
  // query 10: magento smtp 554
  {
    reply: "Exception message was: 5.7.1 refused by local policy (MBL-R)",
    reason: "policyViolation",
    provider: "other",
    source: "https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/92",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      "Exception message was: 5.7.14 Please log in via your web browser and 5.7.14 then try again. 5.7.14 Learn more at 5.7.14 https://support.google.com/mail/bin/answer.py?answer=78754 v3sm309845wix.8 - gsmtp",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/92",
    heldOut: true,
    batch: 25,
  },
  {
    reply: "unimplemented (#5.5.1)",
    reason: "protocolError",
    provider: "qmail",
    source: "https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/151",
    heldOut: true,
    batch: 25,
  },
  {
    reply: "main.CRITICAL: 5.5.4 Syntax: RCPT To:<address>",
    reason: "syntaxError",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/mageplaza/magento-2-smtp/issues/213",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      "Oct 20 15:07:22 ubuntu postfix/smtp[1725]: E082B10334F: to=<test@gmail.com>, relay=alt4.gmail-smtp-in.l.google.com[173.194.219.26]:25, delay=4155, delays=3726/0.61/428/0, dsn=4.4.2, status=deferred (lost connection with alt4.gmail-smtp-in.l.google.com[173.194.219.26] while receiving the initial server greeting)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/mageplaza/magento-2-smtp/issues/12",
    heldOut: true,
    batch: 25,
  },
  // query 15: mox smtp 550
  {
    reply: "550 Unauthenticated mail not allowed from this range",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/mjl-/mox/issues/352",
    heldOut: true,
    batch: 25,
  },
  // query 17: System.Net.Mail SmtpException 554
  {
    reply:
      'Expected response code 220 but got code "554", with message "554 5.7.1 <unknown[49.213.40.11]:52491>: Client host rejected: Access denied',
    reason: "blocked",
    provider: "postfix",
    source: "https://github.com/bestmomo/laravel5-example/issues/62",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required. For more information, go to",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/dotnet/dotnet-api-docs/issues/11287",
    heldOut: true,
    batch: 25,
  },
  // query 19: golang net/smtp 550 5.7.0
  {
    reply: "535 Error: terminal limit",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/golang/go/issues/34805",
    heldOut: true,
    batch: 25,
  },
  // query 26: freescout smtp 550
  {
    reply: "421 4.4.2 ksmg.*******.ru Error: timeout exceeded",
    reason: "networkError",
    provider: "other",
    source: "https://github.com/freescout-help-desk/freescout/issues/3626",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      '!! Expected response code 235 but got code "535", with message "535 Incorrect authentication data\n" (code: 535)',
    reason: "authRequired",
    command: "AUTH",
    provider: "exim",
    source: "https://github.com/freescout-help-desk/freescout/issues/4231",
    heldOut: true,
    batch: 25,
  },
  // query 27: osticket smtp 550
  {
    reply:
      "Unable to email via SMTP:192.168.xxx.72:25 [osticket] Failed to add recipient: osticket@xxx.de [SMTP: Invalid response code received from server (code: 550, response: Invalid HELO string (localhost))",
    reason: "blocked",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/CampbellSoftwareSolutions/docker-osticket/issues/65",
    heldOut: true,
    batch: 25,
  },
  {
    reply: "PHP Warning:  mail(): SMTP server response: 530 Authentication required to send mail from server",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/osTicket/osTicket/issues/636",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      "Impossible d'envoyer un email via SMTP: 192.168.2.3525 [] Failed to add recipient: CENSORED@CENSORED [SMTP: Invalid response code received from server (code: 550, response: 5.7.1 Unable to relay for CENSORED@CENSORED)]",
    reason: "relayDenied",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/osTicket/osTicket/issues/3809",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      "authentication failure [SMTP: Invalid response code received from server (code: 535, response: Incorrect authentication data)]",
    reason: "authRequired",
    command: "AUTH",
    provider: "exim",
    source: "https://github.com/osTicket/osTicket/issues/4062",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      "Failed to add recipient: @localhost [SMTP: Invalid response code received from server (code: 501, response: : no local part)]",
    reason: "syntaxError",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/osTicket/osTicket/issues/4757",
    heldOut: true,
    batch: 25,
  },
  // query 28: mattermost smtp 554
  {
    reply: "SMTP, 550 Incorrect sender header (Check your FROM) #1",
    reason: "senderRejected",
    provider: "other",
    source: "https://github.com/mattermost/mattermost/issues/13648",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      'Connection unsuccessful: Connection unsuccessful: failed to close connection to the SMTP server: 550 <> Sender Rejected - MAILFROM must be a valid domain. Ensure the mailfrom domain: "" has a valid MX or A record.',
    reason: "senderRejected",
    provider: "godaddy",
    source: "https://github.com/mattermost/mattermost/issues/19125",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      "Connection unsuccessful: Failed to close connection to SMTP server - 554 Access denied: User `arn:aws:iam::521493210219:user/ses-smtp-user.ci-servers' is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:us-east-1:521493210219:identity/mattermost.com'",
    reason: "senderRejected",
    provider: "amazon-ses",
    source: "https://github.com/mattermost/mattermost/pull/6464",
    heldOut: true,
    batch: 25,
  },
  // query 31: healthchecks smtp 550
  {
    reply: "###@hc-ping.com; Failed; 5.4.0 (other or undefined network or routing status)",
    reason: "networkError",
    provider: "other",
    source: "https://github.com/healthchecks/healthchecks/issues/892",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [healthchecks.example.com. <REDACTED IP ADDRESS>: FAILED_PRECONDITION: connect error (111): Connection refused]",
    reason: "networkError",
    provider: "gmail",
    source: "https://github.com/healthchecks/healthchecks/issues/867",
    heldOut: true,
    batch: 25,
  },
  // query 32: redmine smtp 554
  {
    reply:
      "Net::SMTPFatalError (554 DT:SPM 163 smtp9,DcCowABX9uzX1zxY2lOKCg--.45921S3 1480382423,please see http://mail.163.com/help/help_spam_16.htm?ip=8.8.8.8&hostid=smtp9&time=1480382423\n):",
    reason: "spamDetected",
    provider: "netease",
    source: "https://github.com/sameersbn/docker-redmine/issues/133",
    heldOut: true,
    batch: 25,
  },
  {
    reply: "Net::SMTPFatalError (550 Invalid User 63b8d878-4c6e-4e00-9b23-bd1b785e3d81\n):",
    reason: "userUnknown",
    provider: "netease",
    source: "https://github.com/sameersbn/docker-redmine/issues/89",
    heldOut: true,
    batch: 25,
  },
  {
    reply: "Email delivery error: 501 mail from address must be same as authorization user",
    reason: "senderRejected",
    provider: "qq",
    source: "https://github.com/bitnami/bitnami-docker-redmine/issues/100",
    heldOut: true,
    batch: 25,
  },
  // query 34: prestashop smtp 550
  {
    reply:
      'Expected response code 250 but got code "501", with message "501 mail from address must be same as authorization user "',
    reason: "senderRejected",
    provider: "qq",
    source: "https://github.com/PrestaShop/PrestaShop/issues/14319",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      'Expected response code 250 but got code "550", with message "550 5.7.1 Username info@xxxxxxx-xxxxxx.com and sender blxxxxx2xx8@gmail.com doesn\'t match "',
    reason: "senderRejected",
    provider: "other",
    source: "https://github.com/PrestaShop/PrestaShop/issues/14566",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      'Expected response code 250 but got code "550", with message "550 Bad HELO - Host impersonating domain name [DOMAIN.COM]".',
    reason: "blocked",
    provider: "other",
    source: "https://github.com/PrestaShop/PrestaShop/issues/30247",
    heldOut: true,
    batch: 25,
  },
  // query 38: opendmarc reject 550 5.7.1
  {
    reply:
      "Feb 21 23:01:48 mail postfix/cleanup[279726]: 62B3E583B1D: milter-reject: END-OF-MESSAGE from mail12.suw91.mcdlv.net[198.2.184.12]: 5.7.1 rejected by DMARC policy for danielmiessler.com; from=<bounce-mc.us8_31276059.2676496-a2a85a8a2f@mail12.suw91.mcdlv.net> to=<MYEMAILADDRESS> proto=ESMTP helo=<mail12.suw91.mcdlv.net>",
    reason: "authFailure",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/3130",
    heldOut: true,
    batch: 25,
  },
  // query 42: emailjs smtp 550
  {
    reply: "message: 'Server responded with 550 esmtp: protocol deviation\\r\\n'",
    reason: "protocolError",
    provider: "other",
    source: "https://github.com/Marak/node_mailer/issues/59",
    heldOut: true,
    batch: 25,
  },
  // query 43: fastapi-mail 535
  {
    reply:
      "fastapi_mail.errors.ConnectionErrors: Exception raised (535, '5.7.8 Error: authentication failed: UGFzc3dvcmQ6'), check your credentials or email service configuration",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/sabuhish/fastapi-mail/issues/212",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      '"message": "Exception raised (535, \'Incorrect authentication data\'), check your credentials or email service configuration"',
    reason: "authRequired",
    provider: "exim",
    source: "https://github.com/sabuhish/fastapi-mail/issues/145",
    heldOut: true,
    batch: 25,
  },
  {
    reply:
      "fastapi_mail.errors.ConnectionErrors: Exception raised (535, '5.7.8 Username and Password not accepted. Learn more at\\n5.7.8  https://support.google.com/mail/?p=BadCredentials l33-20020a0568302b2100b005cdad9100desm5879477otv.40 - gsmtp'), check your credentials or email service configuration",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/sabuhish/fastapi-mail/issues/113",
    heldOut: true,
    batch: 25,
  },
  // query 44: neomutt smtp 550
  {
    reply: "SMTP session failed: 554 5.7.1 <user@outside.tld>: Relay access denied",
    reason: "relayDenied",
    provider: "postfix",
    source: "https://github.com/LukeSmithxyz/emailwiz/issues/232",
    heldOut: true,
    batch: 25,
  },
  // query 47: directus email 550
  {
    reply:
      '"message": "Expected response code 250 but got code \\"550\\", with message \\"550 Unauthenticated senders not allowed\\r\\n\\""',
    reason: "authRequired",
    provider: "sendgrid",
    source: "https://github.com/directus/v8-archive/issues/1283",
    heldOut: true,
    batch: 25,
  },
  // query 49: invoice ninja smtp 550
  {
    reply:
      "2015-05-15 07:47:53 [7436] 1YtF1t-0001vw-M8 H=(2dogsllc.com) [127.0.0.1]:56076 I=[127.0.0.1]:587 F=<no-reply@2dogsllc.com> rejected after DATA: SITEGROUND: Missing Xinternal data in the header. Message discarded.",
    reason: "contentError",
    command: "DATA",
    provider: "exim",
    source: "https://github.com/invoiceninja/invoiceninja/issues/311",
    heldOut: true,
    batch: 25,
  },
  // query 50: pretix smtp 550
  {
    reply: "Sep 16 13:18:23 mail Qsmtpd[1775]: >e 503 5.5.1 Bad sequence of commands",
    reason: "protocolError",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/pretix/pretix/issues/1021",
    heldOut: true,
    batch: 25,
  },
  // --- batch 25 ends ---
  // --- batch 26: a sample from web pages, as the fixed queries listed under `heldOut` returned them ---
  // query 1: plesk mail bounce 550 forum
  {
    reply:
      "PLESK_INFO: 550 SC-001\n(SNT004-MC4F35) Unfortunately, messages from 203.0.113.2 weren’t sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
    reason: "blocked",
    provider: "microsoft",
    source:
      "https://www.plesk.com/kb/support/an-ip-address-of-a-plesk-mail-server-got-blacklisted-how-to-troubleshoot/",
    heldOut: true,
    batch: 26,
  },
  {
    reply:
      "PLESK_INFO: [203.0.113.2] The IP you’re using to send mail is not authorized to 550-5.7.1 send email directly to our servers. Please use the SMTP relay at your 550-5.7.1 service provider instead. Learn more at 550 5.7.1 https://support.google.com/mail/?p=NotAuthorizedError h1si7104782plt.44 – gsmtp (in reply to end of DATA command))",
    reason: "blocked",
    command: "DATA",
    provider: "gmail",
    source:
      "https://www.plesk.com/kb/support/an-ip-address-of-a-plesk-mail-server-got-blacklisted-how-to-troubleshoot/",
    heldOut: true,
    batch: 26,
  },
  {
    reply:
      "PLESK_INFO: 5.7.1 Service unavailable; client [203.0.113.2] blocked using\nprs.proofpoint.com (in reply to RCPT TO command)",
    reason: "blocked",
    command: "RCPT",
    provider: "proofpoint",
    source:
      "https://www.plesk.com/kb/support/an-ip-address-of-a-plesk-mail-server-got-blacklisted-how-to-troubleshoot/",
    heldOut: true,
    batch: 26,
  },
  {
    reply:
      "PLESK_INFO: 421 4.7.0 [TSS04] Messages from 203.0.113.2 temporarily deferred due to user complaints – 4.16.55.1; see https://help.yahoo.com/kb/postmaster/SLN3434.html",
    reason: "badReputation",
    provider: "yahoo-aol",
    source:
      "https://www.plesk.com/kb/support/an-ip-address-of-a-plesk-mail-server-got-blacklisted-how-to-troubleshoot/",
    heldOut: true,
    batch: 26,
  },
  // query 2: directadmin exim 550 rejected
  {
    reply: "550 No such recipient here",
    reason: "userUnknown",
    provider: "exim",
    source: "https://cloudhousetechnologies.com/blog/directadmin-smtp-550-error-fix-email-delivery",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "550 User over quota",
    reason: "mailboxFull",
    provider: "exim",
    source: "https://cloudhousetechnologies.com/blog/directadmin-smtp-550-error-fix-email-delivery",
    heldOut: true,
    batch: 26,
  },
  // query 7: mdaemon 554 bounce
  {
    reply: "554 delivery error: dd This user doesn't have a account",
    reason: "userUnknown",
    provider: "yahoo-aol",
    source:
      "https://www.domainindia.org/login/knowledgebase/175/Email-error-554-Why-does-Email-bounce-bounceback-or-error.html?language=spanish",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "554 Invalid recipient",
    reason: "userUnknown",
    provider: "other",
    source:
      "https://www.domainindia.org/login/knowledgebase/175/Email-error-554-Why-does-Email-bounce-bounceback-or-error.html?language=spanish",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "554 Malformed mail denied!",
    reason: "contentError",
    provider: "other",
    source:
      "https://www.domainindia.org/login/knowledgebase/175/Email-error-554-Why-does-Email-bounce-bounceback-or-error.html?language=spanish",
    heldOut: true,
    batch: 26,
  },
  {
    reply: '554 Message is not RFC compliant; missing "Date" header',
    reason: "contentError",
    provider: "other",
    source:
      "https://www.domainindia.org/login/knowledgebase/175/Email-error-554-Why-does-Email-bounce-bounceback-or-error.html?language=spanish",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit [120]",
    reason: "policyViolation",
    provider: "yahoo-aol",
    source:
      "https://www.domainindia.org/login/knowledgebase/175/Email-error-554-Why-does-Email-bounce-bounceback-or-error.html?language=spanish",
    heldOut: true,
    batch: 26,
  },
  // query 10: qmail 553 sorry bounce
  {
    reply: "<user@ibm.net>: host in7.ibm.net said:\n552 <user@ibm.net>... Mailbox is full",
    reason: "mailboxFull",
    provider: "other",
    source: "http://pobox.com/bounce-common.mhtml",
    heldOut: true,
    batch: 26,
  },
  {
    reply:
      "<user1@home.com>: host mx-rr.home.com said:\n552 Message size exceeds fixed maximum message size (5000000)",
    reason: "messageTooBig",
    provider: "other",
    source: "http://pobox.com/bounce-common.mhtml",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "<user@yahoo.com>: host mx2.mail.yahoo.com said:\n552 message size exceeds maximum message size",
    reason: "messageTooBig",
    provider: "yahoo-aol",
    source: "http://pobox.com/bounce-common.mhtml",
    heldOut: true,
    batch: 26,
  },
  {
    reply:
      "<user@bellsouth.net>: host mx01.mail.bellsouth.net said:\n552 Message size exceeds fixed maximum message size: 5242880 bytes",
    reason: "messageTooBig",
    provider: "other",
    source: "http://pobox.com/bounce-common.mhtml",
    heldOut: true,
    batch: 26,
  },
  // query 13: correo rebotado 550 error
  {
    reply: "550 5.7.1 rejected",
    reason: "undefined",
    provider: "other",
    source: "https://cr0x.net/es/550-rejected-que-significa-como-desbloquear",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "450 Requested mail action not taken: mailbox unavailable",
    reason: "undefined",
    provider: "other",
    source:
      "https://eomatica.gal/gl/component/content/article/14-blogue/271-erros-frecuentes-nos-envios-de-email.html",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "452 Requested action not taken: insufficient system storage",
    reason: "systemFull",
    provider: "other",
    source:
      "https://eomatica.gal/gl/component/content/article/14-blogue/271-erros-frecuentes-nos-envios-de-email.html",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "452 Too many recipients",
    reason: "exceedLimit",
    provider: "other",
    source:
      "https://eomatica.gal/gl/component/content/article/14-blogue/271-erros-frecuentes-nos-envios-de-email.html",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "550 Requested action not taken: mailbox unavailable or is not local",
    reason: "relayDenied",
    provider: "other",
    source:
      "https://eomatica.gal/gl/component/content/article/14-blogue/271-erros-frecuentes-nos-envios-de-email.html",
    heldOut: true,
    batch: 26,
  },
  // query 14: e-mail unzustellbar 550 5.1.1
  {
    reply: "550 5.1.1 ... User is unknown",
    reason: "userUnknown",
    provider: "gmx-webde",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "550 5.2.1 ... User is inactive",
    reason: "mailboxDisabled",
    provider: "gmx-webde",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "550 Benutzer nicht bekannt/User unknown",
    reason: "userUnknown",
    provider: "gmx-webde",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "554 delivery error: dd This user doesn't have a yahoo.de account",
    reason: "userUnknown",
    provider: "yahoo-aol",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 26,
  },
  {
    reply:
      "554 delivery error: dd Sorry your message to %email@domain.tld% cannot be delivered. This account has been disabled or discontinued",
    reason: "mailboxDisabled",
    provider: "yahoo-aol",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 26,
  },
  // query 15: mail non remis 550 5.7.1
  {
    reply: "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table",
    reason: "userUnknown",
    provider: "postfix",
    source:
      "https://www.emailacademy.fr/pt2/Blog/Les-erreurs-de-non-remise-des-emails-et-leurs-significations",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "552 5.2.2 Mailbox full",
    reason: "mailboxFull",
    provider: "other",
    source:
      "https://www.emailacademy.fr/pt2/Blog/Les-erreurs-de-non-remise-des-emails-et-leurs-significations",
    heldOut: true,
    batch: 26,
  },
  // query 17: メール 550 エラー バウンス
  {
    reply: "can not open new email file errno=122 file=/path/to/file",
    reason: "systemError",
    provider: "other",
    source: "https://blog.smtps.jp/entry/2022/03/03/173922",
    heldOut: true,
    batch: 26,
  },
  // query 20: mailing list archive bounce 550 5.7.1 message rejected
  {
    reply:
      "5.7.0 (COL004-MC1F52) Unfortunately, messages from (82.195.75.100) on behalf of (yahoo.com) could not be delivered due to domain owner policy restrictions.",
    reason: "authFailure",
    provider: "microsoft",
    source: "https://mid.mail-archive.com/debian-user@lists.debian.org/msg683187.html",
    heldOut: true,
    batch: 26,
  },
  {
    reply:
      "<****@yonsei.ac.kr>: host aspmx.l.google.com[2404:6800:4008:c03::1b] said: 550-5.7.1 [2001:320:11:248:546f:4bff:fef8:c9] Gmail has detected that this 550-5.7.1 message does not meet IPv6 sending guidelines regarding PTR records 550-5.7.1 and authentication. For more information, go to 550 5.7.1 https://support.google.com/mail/?p=IPv6AuthError 41be03b00d2f7-78e41c8cf4dsi11013936a12.313 - gsmtp (in reply to end of DATA command)",
    reason: "requirePTR",
    command: "DATA",
    provider: "gmail",
    source: "https://wiki.kreonet.net/plugins/viewsource/viewpagesrc.action?pageId=198181008",
    heldOut: true,
    batch: 26,
  },
  // query 21: mailman bounce 554 delivery
  {
    reply: "550 5.1.2 <JDOE@HOME.COM>... Host unknown (Name server:\nmail.MAILSERVER.com: host not found)",
    reason: "hostUnknown",
    provider: "sendmail",
    source: "http://help.wwbcity.com/pages/mail-errors.php",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "451 <xxxxxx@wam.umd.edu>... open\ntimeout on /mail/xxxxxx/.forward",
    reason: "systemError",
    provider: "sendmail",
    source: "http://www.helpdesk.umd.edu/topics/troubleshooting/email/3024/",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "Deferred: Connection timed out with recipient's\nhost",
    reason: "networkError",
    provider: "sendmail",
    source: "http://www.helpdesk.umd.edu/topics/troubleshooting/email/3024/",
    heldOut: true,
    batch: 26,
  },
  // query 25: verizon forum mail bounce 550
  {
    reply: "421-: (DYN:T1)\nhttp://postmaster.info.aol.com/errors/421dynt1.html\n421 SERVICE NOT AVAILABLE",
    reason: "blocked",
    provider: "yahoo-aol",
    source: "http://www.webpan.com/Customers/bounces.htm",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "554 delivery error: [email] is no longer valid. [-20]",
    reason: "userUnknown",
    provider: "yahoo-aol",
    source:
      "https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-554-delivery-errors-from-verizon-and-related-domains",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "554 delivery error: dd xx@verizon.net is no longer valid",
    reason: "userUnknown",
    provider: "yahoo-aol",
    source:
      "https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-554-delivery-errors-from-verizon-and-related-domains",
    heldOut: true,
    batch: 26,
  },
  // query 29: mail.com bounce 554
  {
    reply: "554 Message permanently rejected",
    reason: "undefined",
    provider: "other",
    source:
      "https://www.domainindia.org/login/knowledgebase/175/Email-error-554-Why-does-Email-bounce-bounceback-or-error.html?language=spanish",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "554 Message refused",
    reason: "undefined",
    provider: "other",
    source:
      "https://www.domainindia.org/login/knowledgebase/175/Email-error-554-Why-does-Email-bounce-bounceback-or-error.html?language=spanish",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "554 no valid recipients, bye",
    reason: "protocolError",
    provider: "other",
    source:
      "https://www.domainindia.org/login/knowledgebase/175/Email-error-554-Why-does-Email-bounce-bounceback-or-error.html?language=spanish",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "554 rejected due to spam content",
    reason: "spamDetected",
    provider: "other",
    source:
      "https://www.domainindia.org/login/knowledgebase/175/Email-error-554-Why-does-Email-bounce-bounceback-or-error.html?language=spanish",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "554 rejected due to virus",
    reason: "virusDetected",
    provider: "other",
    source:
      "https://www.domainindia.org/login/knowledgebase/175/Email-error-554-Why-does-Email-bounce-bounceback-or-error.html?language=spanish",
    heldOut: true,
    batch: 26,
  },
  // query 30: web.de 550 bounce forum
  {
    reply: "550 5.1.1 ... Mailbox not found",
    reason: "userUnknown",
    provider: "other",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "550 : Recipient address rejected: User unknown in local recipient table",
    reason: "userUnknown",
    provider: "postfix",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "550 : Recipient address rejected: Account Closed",
    reason: "mailboxDisabled",
    provider: "postfix",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "550 : invalid address",
    reason: "userUnknown",
    provider: "other",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 26,
  },
  {
    reply: "550 RCPT TO: User unknown",
    reason: "userUnknown",
    provider: "other",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 26,
  },
  // --- batch 26 ends ---
  // --- batch 27: a sample from issue threads, as the fixed queries listed under `heldOut` returned them ---
  {
    reply:
      'Failed to authenticate on SMTP server with username "chronohart@gmail.com" using 1 possible authenticators. Authenticator LOGIN returned Expected response code 235 but got code "535", with message "535-5.7.8 Username and Password not accepted. Learn more at\r\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials kh16-20020a056214515000b006236eda0299sm2038010qvb.109 - gsmtp\r\n".',
    reason: "authRequired",
    command: "AUTH",
    provider: "gmail",
    source: "https://github.com/nextcloud/nextcloudpi/issues/1781",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      'Failed to authenticate on SMTP server with username "xxx@xxx.com" using 1 possible authenticators. Authenticator LOGIN returned Swift_TransportException: Expected response code 235 but got code "535", with message "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6 "',
    reason: "authRequired",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/nextcloud/server/issues/14604",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Next MailSo\\Smtp\\Exceptions\\LoginBadCredentialsException: 535 5.7.8 Error: authentication failed: authentication failure",
    reason: "authRequired",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/RainLoop/rainloop-webmail/issues/1629",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      'Expected response code "250" but got code "530", with message "530-5.7.0 Authentication Required. For more information, go to\r\n530 5.7.0  https://support.google.com/mail/?p=WantAuthError 5b1f17b1804b1-4247d0beb08sm961475e9.17 - gsmtp".',
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/nextcloud/docker/issues/2245",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      'Authenticator LOGIN returned Expected response code 235 but got code "535", with message "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6 ".',
    reason: "authRequired",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/nextcloud/helm/issues/254",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "WARN: Net::SMTPAuthenticationError: 503 5.5.1 Error: authentication not enabled",
    reason: "protocolError",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/mastodon/mastodon/issues/772",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "...ers/web/auth/auth.go:218:SignInPost() [I] Failed authentication attempt for xxxx@xxx.com from 127.0.0.1:39512: (code: 526, msg: Authentication failure[0])",
    reason: "authRequired",
    provider: "aliyun",
    source: "https://github.com/go-gitea/gitea/issues/27043",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Exception while invoking method 'sendSMTPTestEmail' AuthError: Invalid login - 503 5.5.1 Error: authentication not enabled",
    reason: "protocolError",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/RocketChat/Rocket.Chat/issues/2517",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Exception while invoking method 'sendForgotPasswordEmail' SenderError: Mail from command failed - 555 5.5.2 Syntax error. 84sm29732749ioh.3 - gsmtp",
    reason: "syntaxError",
    command: "MAIL",
    provider: "gmail",
    source: "https://github.com/RocketChat/Rocket.Chat/issues/1808",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Exception while invoking method 'sendInvitationEmail' AuthError: Invalid login - 503 5.5.1 Error: authentication not enabled",
    reason: "protocolError",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/RocketChat/Rocket.Chat/issues/1902",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Exception while invoking method sendConfirmationEmail Error: Error trying to send email: Mail command failed: 555 5.5.2 Syntax error. n9sm2114054ilj.74 - gsmtp [error-email-send-failed]",
    reason: "syntaxError",
    command: "MAIL",
    provider: "gmail",
    source: "https://github.com/RocketChat/Rocket.Chat/issues/19272",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Failed to send mails: {'umer.farooq@technonies.com': (550, b'Verification failed for <noreply@chat.technonies.com>\\nNo Such User Here\\nSender verify failed')}",
    reason: "senderRejected",
    provider: "exim",
    source: "https://github.com/zulip/zulip/issues/23990",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Nov 21 14:43:07 server postfix/smtpd[19927]: NOQUEUE: reject: RCPT from terminal.insw.cz[83.167.247.29]: 553 5.7.1 <ops@insw.cz>: Sender address rejected: not owned by user zulip@insw.cz; from=<ops@insw.cz> to=<bena@insw.cz> proto=ESMTP helo=<zulip.lan.insw.cz>",
    reason: "senderRejected",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/zulip/zulip/issues/10879",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "The mail system <OMISSIS>: host  <OMISSIS>[<OMISSIS>] said: 554 5.7.1\n <OMISSIS>: Relay access denied (in reply to RCPT TO command)",
    reason: "relayDenied",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/zulip/zulip/issues/22417",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "The mail system  <OMISSIS>: host  <OMISSIS>[<OMISSIS>] said: 550 5.1.1\n  <OMISSIS>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/zulip/zulip/issues/22417",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Error sending digest email to ['Alex Fisher <alex@example.com>']: {'Alex Fisher <alex@example.com>': (550, b'5.1.1 <alex@example.com>: Recipient address rejected: User unknown')}",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://github.com/zulip/zulip/issues/21814",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "<<< 504 5.5.2 <Users@server>: Sender address rejected: need fully-qualified address",
    reason: "senderRejected",
    provider: "postfix",
    source: "https://github.com/matrix-org/synapse/issues/10670",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      'Swift_TransportException: Expected response code 250 but got code "530", with message "530 5.7.0 Must issue a STARTTLS command first\n\n"',
    reason: "requireTLS",
    provider: "postfix",
    source: "https://github.com/mondediefr/docker-flarum/issues/134",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "Can't send mail - all recipients were rejected: 501 5.5.2 RCPT TO syntax error",
    reason: "syntaxError",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/NodeBB/NodeBB/issues/7441",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "Message failed: 450 The from.email field is required. The from.email field is required.",
    reason: "contentError",
    command: "DATA",
    provider: "other",
    source: "https://github.com/misskey-dev/misskey/issues/11467",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "2023-07-02T14:13:38.381790+00:00 88752f9cf6c6 postfix/smtp[139]: 3ED9EBD216: to=<xxxx@gmail.com>, relay=none, delay=60, delays=0.06/0.02/60/0, dsn=4.4.1, status=deferred (connect to alt2.gmail-smtp-in.l.google.com[2607:f8b0:4001:c56::1a]:25: Cannot assign requested address)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/LemmyNet/lemmy-ansible/issues/117",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "2023-07-02T14:12:38.334818+00:00 88752f9cf6c6 postfix/smtp[139]: connect to gmail-smtp-in.l.google.com[2607:f8b0:4023:c0d::1a]:25: Cannot assign requested address",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/LemmyNet/lemmy-ansible/issues/117",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "2023-07-02T14:13:08.342871+00:00 88752f9cf6c6 postfix/smtp[139]: connect to gmail-smtp-in.l.google.com[142.250.141.26]:25: Connection timed out",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/LemmyNet/lemmy-ansible/issues/117",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "2023-03-24 10:02:24 1pfdJV-004eVE-9X == zeus@zeusteam.dev R=dnslookup T=remote_smtp defer (113): No route to host H=mail.zeusteam.dev [50.20.205.93]: mail.zeusteam.dev [50.20.205.93]",
    reason: "networkError",
    provider: "exim",
    source: "https://github.com/hestiacp/hestiacp/issues/3381",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "email/email[0]: notify retry canceled after 5 attempts: *smtp.plainAuth auth: 535 Authentication Credentials Invalid",
    reason: "authRequired",
    command: "AUTH",
    provider: "amazon-ses",
    source: "https://github.com/prometheus/alertmanager/issues/2389",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Wasn't able to connect to mailserver. Reason: (535, b'5.7.8 Username and Password not accepted. Learn more at\\n5.7.8  https://support.google.com/mail/?p=BadCredentials x9sm32892551pfd.100 - gsmtp')",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/alertmanager/alert_manager/issues/290",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Notify attempt 1 failed: sending mail from: 530 5.7.0 Must issue a STARTTLS command first. h133sm8484711wmg.23 - gsmtp",
    reason: "requireTLS",
    command: "MAIL",
    provider: "gmail",
    source: "https://github.com/prometheus/alertmanager/issues/540",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "notification error: 550 User has no permission",
    reason: "senderRejected",
    provider: "other",
    source: "https://github.com/argoproj/argo-rollouts/issues/2012",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Failed to notify recipient email:xxxxxx.gmail.com defined in app argocd/test-app: 535 Authentication Credentials Invalid",
    reason: "authRequired",
    provider: "amazon-ses",
    source: "https://github.com/argoproj-labs/argocd-notifications/issues/114",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "Invalid login: 535 5.7.8 Error: authentication failed: authentication failed",
    reason: "authRequired",
    command: "AUTH",
    provider: "protonmail",
    source: "https://github.com/dawidd6/action-send-mail/issues/208",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "Error: Invalid login: 535-5.7.8 Username and Password not accepted. Learn more at",
    reason: "authRequired",
    command: "AUTH",
    provider: "gmail",
    source: "https://github.com/dawidd6/action-send-mail/issues/120",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "No matching clause: 535 Authentication failed: Bad username / password\\n",
    reason: "authRequired",
    provider: "sendgrid",
    source: "https://github.com/metabase/metabase/issues/12532",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "554 Message rejected: Email address is not verified. The following identities failed the check in region EU-CENTRAL-1: metabase@ip-[ip-value].[aws-region].compute.internal",
    reason: "senderRejected",
    provider: "amazon-ses",
    source: "https://github.com/metabase/metabase/issues/65954",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "Message rejected. See https://support.google.com/mail/answer/69585 for more information.",
    reason: "spamDetected",
    provider: "gmail",
    source: "https://github.com/bitwarden/server/issues/2949",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "SMTP Error: 550 5.7.1  Reject for policy reason RULE3_2. See http://postmaster.gandi.net",
    reason: "spamDetected",
    provider: "gandi",
    source: "https://github.com/passbolt/passbolt_api/issues/283",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      'Expected response code "250/251/252" but got code "554", with message "554 5.7.1 Relaying denied".',
    reason: "relayDenied",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/grokability/snipe-it/issues/15407",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "501 5.5.4 Invalid domain name [BL1PR13CA0360.namprd13.prod.outlook.com]",
    reason: "syntaxError",
    provider: "microsoft",
    source: "https://github.com/linuxserver/docker-snipe-it/issues/44",
    heldOut: true,
    batch: 27,
  },
  {
    reply: 'Expected response code 354 but got code "503", with message "503 MAIL first (#5.5.1)\n"',
    reason: "protocolError",
    command: "DATA",
    provider: "qmail",
    source: "https://github.com/grokability/snipe-it/issues/7345",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "Unable to relay recipient in non-accepted domain",
    reason: "relayDenied",
    provider: "microsoft",
    source: "https://github.com/glpi-project/glpi/issues/9143",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      'Failed to authenticate on SMTP server with username "ict.support@cosoete.be" using the following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 5.7.0 Invalid login or password".". Authenticator "PLAIN" returned "Expected response code "235" but got code "535", with message "535 5.7.0 Invalid login or password".".',
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/glpi-project/glpi/issues/21728",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Failed to send test email: GoError: 535 5.7.8 Username and Password not accepted. For more information, go to 5.7.8 https://support.google.com/mail/?p=BadCredentials ffacd0b85a97d-45d9ec344536t8f.12 - gsmtp.",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/danielalves96/zublo/issues/11",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Net::SMTPFatalError (555 5.5.2 Syntax error. s5-20020a63f045000000b005038291e5cbsm9534660pgj.35 - gsmtp\n):",
    reason: "syntaxError",
    provider: "gmail",
    source: "https://github.com/chatwoot/chatwoot/issues/6709",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "WARN: Net::SMTPFatalError: 550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements",
    reason: "senderRejected",
    provider: "sendgrid",
    source: "https://github.com/chatwoot/chatwoot/issues/2371",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "Net::SMTPAuthenticationError: 535 5.7.0 authentication failed",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/chatwoot/chatwoot/issues/5238",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Mar 13 14:59:22 mailtrain node[1096]: ERR! Mail Error: Mail command failed: 442 connect ECONNREFUSED 127.0.0.1:80",
    reason: "systemError",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/Mailtrain-org/mailtrain/issues/396",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Nov 14 17:28:46 test node[20825]: ERR! Mail Error: Mail command failed: 442 Invalid status code 404",
    reason: "systemError",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/Mailtrain-org/mailtrain/issues/782",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "smtplib.SMTPSenderRefused: (553, '5.5.4 ... Domain name required for sender address oliverh', 'oliverh')",
    reason: "senderRejected",
    command: "MAIL",
    provider: "sendmail",
    source: "https://github.com/metomi/rose/issues/946",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "smtplib.SMTPAuthenticationError: (535, b'Error: authentication failed')",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/selfteaching/selfteaching-python-camp/issues/1066",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "smtplib.SMTPAuthenticationError: (502, b'5.5.1 Unrecognized command. s189sm27502265wmf.16 - gsmtp')",
    reason: "syntaxError",
    command: "AUTH",
    provider: "gmail",
    source: "https://github.com/kootenpv/yagmail/issues/26",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "Error: Invalid login: 535 5.7.0 (#AUTH005) Too many bad auth attempts.",
    reason: "authRequired",
    command: "AUTH",
    provider: "yahoo-aol",
    source: "https://github.com/nodemailer/nodemailer/issues/1112",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "MailKit.Net.Smtp.SmtpCommandException: 5.7.3 Authentication unsuccessful",
    reason: "authRequired",
    command: "AUTH",
    provider: "microsoft",
    source: "https://github.com/jstedfast/MailKit/issues/1532",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      'Failed to authenticate on SMTP server with username "mail@example.com" using the following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "Symfony\\Component\\Mailer\\Exception\\TransportException: Expected response code "235" but got code "535", with message "535 Incorrect authentication data".',
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/symfony/symfony/issues/36755",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "421 4.7.0 Try again later, closing connection. (EHLO) n18sm285960wrm.12 - gsmtp",
    reason: "rateLimited",
    command: "EHLO",
    provider: "gmail",
    source: "https://github.com/symfony/symfony/issues/40414",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      'Expected response code "250" but got code "535", with message\n"535-5.7.8 Username and Password not accepted. Learn more at 535 5.7.8\nhttps://support.google.com/mail/?p=BadCredentials c17sm2019832wrn.59 - gsmtp"',
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/symfony/symfony/issues/36878",
    heldOut: true,
    batch: 27,
  },
  {
    reply: 'Expected response code 250 but got code "530", with message "530 5.7.1 Authentication required',
    reason: "authRequired",
    provider: "mailjet",
    source: "https://github.com/mailjet/mailjet-apiv3-php/issues/93",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      'Expected response code 250 but got code "555", with message "555 5.5.2 Syntax error. 60sm7783050qth.14 - gsmtp',
    reason: "syntaxError",
    provider: "gmail",
    source: "https://github.com/laravel/framework/issues/35925",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      'Swift_TransportException: Expected response code 354 but got code "554", with message "554 5.5.1 Error: no valid recipients',
    reason: "protocolError",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/eaudeweb/edw.docker.mailtrap/issues/6",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "Nov  6 05:17:50 f158ffe8889a postfix/smtpd[281]: NOQUEUE: reject: RCPT from unknown[192.168.0.99]: 454 4.7.1 <gabriel.rshaid@mail.org>: Relay access denied; from=<LearnerBot@mail.co> to=<mail@mail.org> proto=ESMTP helo=<[127.0.0.1]>",
    reason: "relayDenied",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/eaudeweb/edw.docker.mailtrap/issues/6",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "org.springframework.mail.MailSendException: Failed messages: com.sun.mail.smtp.SMTPSendFailedException: 530 5.7.0 Must issue a STARTTLS command first. c6sm918278edx.20 - gsmtp",
    reason: "requireTLS",
    provider: "gmail",
    source: "https://github.com/urlaubsverwaltung/urlaubsverwaltung/issues/786",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "o.s.m.MailAuthenticationException: Authentication failed; nested exception is javax.mail.AuthenticationFailedException: 535 AUTH failed",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/Baeldung/spring-security-registration/issues/45",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "javax.mail.AuthenticationFailedException: 535 Error: authentication failed",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/jeecgboot/JeecgBoot/issues/5917",
    heldOut: true,
    batch: 27,
  },
  {
    reply:
      "org.springframework.mail.MailAuthenticationException: Authentication failed; nested exception is javax.mail.AuthenticationFailedException: 535-5.7.8 Username and Password not accepted. Learn more at\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials j5sm3207422pgn.82 - gsmtp",
    reason: "authRequired",
    command: "AUTH",
    provider: "gmail",
    source: "https://github.com/eugenp/tutorials/issues/3234",
    heldOut: true,
    batch: 27,
  },
  {
    reply: "caused by: j.m.AuthenticationFailedException: 535 AUTH failed",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/Baeldung/spring-security-registration/issues/39",
    heldOut: true,
    batch: 27,
  },
  // --- batch 27 ends ---
  // --- batch 28: a sample from web pages by Q&A-site and forum queries, as the fixed queries listed under `heldOut` returned them ---
  // query 2: stack overflow smtp 554 5.7.0 message rejected
  {
    reply: "553 5.7.1 < [email protected]>: Sender address rejected: not owned by user [email protected]",
    reason: "senderRejected",
    provider: "postfix",
    source:
      "https://freeport-outlet.ru/en/oshibki-otpravki-i-varianty-ih-ustraneniya-ne-udaetsya-otpravit-ili-poluchit.html",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "SMTP Error 450 5.2.3 Msg Size greater than allowed by Remote Host",
    reason: "messageTooBig",
    provider: "other",
    source: "http://dualathlonserver.com/error-codes/smtp-error-codes-wiki.php",
    heldOut: true,
    batch: 28,
  },
  // query 3: super user email bounced 550 5.4.1
  {
    reply:
      "host mx.example.com [192.0.2.10]\n    SMTP error from remote mail server after RCPT TO:<[email protected]>:\n    550 5.1.1 <[email protected]>: Recipient address rejected: User unknown",
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source:
      "https://canspace.ca/clients/knowledgebase/56/Understanding-email-bounce-messages.html?language=german",
    heldOut: true,
    batch: 28,
  },
  // query 5: unix stackexchange sendmail deferred 421
  {
    reply:
      "421 4.3.2 Your IP(211.xxx.xxx.xxx) is filtered and this connection will be closed. You must register your IP to spammaster at domain.com By SpaceLee, the Lord of mail server.",
    reason: "blocked",
    provider: "hanafos",
    source: "http://kbit.tistory.com/tag/reply%20error%20message",
    heldOut: true,
    batch: 28,
  },
  // query 6: microsoft q&a 550 5.7.708 access denied
  {
    reply:
      "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to https://go.microsoft.com/fwlink/?LinkID=526655 AS(7171)",
    reason: "blocked",
    provider: "microsoft",
    source:
      "https://www.simplefastwebsites.com/errors/email/smtp-550-5-7-708-m365-traffic-not-accepted-from-ip/",
    heldOut: true,
    batch: 28,
  },
  // query 8: microsoft community email not delivered 550 5.7.520
  {
    reply: "452 4.2.2 The email account that you tried to reach is over quota",
    reason: "mailboxFull",
    provider: "gmail",
    source:
      "https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-emails-not-being-delivered",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "550 5.2.1 recipient rejected. Mailbox suspended",
    reason: "mailboxDisabled",
    provider: "other",
    source:
      "https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-emails-not-being-delivered",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "550.5.7.0 Message Size Violation",
    reason: "messageTooBig",
    provider: "other",
    source:
      "https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-emails-not-being-delivered",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "550 5.7.1 Connection refused",
    reason: "blocked",
    provider: "other",
    source:
      "https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-emails-not-being-delivered",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "550 5.7.1 DDNS says spammer, 20191030-1 dodgyfrom",
    reason: "spamDetected",
    provider: "other",
    source:
      "https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-emails-not-being-delivered",
    heldOut: true,
    batch: 28,
  },
  // query 12: apple discussions mail rejected 550 5.7.0
  {
    reply: "550 5.1.0 sender rejected",
    reason: "senderRejected",
    provider: "other",
    source: "https://www.spambrella.com/faq/email-delivery-error-codes/",
    heldOut: true,
    batch: 28,
  },
  // query 14: google workspace community 421 4.7.28 rate limited
  {
    reply:
      "421-4.7.28 [203.0.113.10] Our system has detected that this message exceeded\n421-4.7.28 the rate that the sending domain is allowed to send. Please slow down.\n421 4.7.28 gsmtp",
    reason: "rateLimited",
    provider: "gmail",
    source: "https://www.simplefastwebsites.com/errors/email/gmail-421-4-7-28-ip-rate-limited/",
    heldOut: true,
    batch: 28,
  },
  // query 15: google support forum 550 5.7.26 unauthenticated
  {
    reply:
      "gmail-smtp-in.l.google.COM: 550-5.7.26 This mail has been blocked because the sender is unauthenticated.",
    reason: "authFailure",
    provider: "gmail",
    source: "https://powerdmarc.com/ja/fix-this-mail-is-unauthenticated-gmail-error",
    heldOut: true,
    batch: 28,
  },
  {
    reply:
      "This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.",
    reason: "authFailure",
    provider: "gmail",
    source: "https://powerdmarc.com/ja/fix-this-mail-is-unauthenticated-gmail-error",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "550 5.7.26 This mail is unauthenticated",
    reason: "authFailure",
    provider: "gmail",
    source: "https://www.dmarcs.com/how-to-fix-error-550-5-7-26-in-google-workspace/",
    heldOut: true,
    batch: 28,
  },
  // query 19: webhostingtalk email bounce 550 blocked
  {
    reply:
      "The mail system : host smtp.recipient.coml[XXX.211.XXX.31] said: 550 Email blocked by hostkarma.junkemailfilter.com (in reply to RCPT TO command)",
    reason: "blocked",
    command: "RCPT",
    provider: "other",
    source: "https://bobcares.com/blog/550-email-blocked",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "550-Requested action not taken: mailbox unavailable 550-Reject due to policy restrictions.",
    reason: "policyViolation",
    provider: "gmx-webde",
    source: "https://help.dreamhost.com/hc/en-us/articles/115005095667-Blocked-email",
    heldOut: true,
    batch: 28,
  },
  {
    reply:
      "Message temporarily deferred The user you are trying to contact is receiving mail at a rate that 450-4.2.1 prevents additional messages from being delivered. Please resend your 450-4.2.1 message at a later time.",
    reason: "rateLimited",
    provider: "gmail",
    source: "https://help.dreamhost.com/hc/en-us/articles/115005095667-Blocked-email",
    heldOut: true,
    batch: 28,
  },
  {
    reply:
      "Remote host said: 554 5.7.1 Rejected - your IP address was found in a blacklist for sending spam. Please visit:\nhttp://spamcop.net/bl.shtml?69.89.25.95",
    reason: "blocked",
    provider: "other",
    source: "https://blog.inframes.com/2013/08",
    heldOut: true,
    batch: 28,
  },
  // query 24: cloudflare community email routing 550 5.7.1
  {
    reply:
      "transient error (451): 4.7.650 The mail server [104.30.8.112] has been temporarily rate limited due to IP reputation.",
    reason: "badReputation",
    provider: "microsoft",
    source: "https://dariusz.wieckiewicz.org/en/when-things-start-to-fail-cloudflare-email-routing/",
    heldOut: true,
    batch: 28,
  },
  // query 25: namecheap community private email 550 rejected
  {
    reply:
      "550 5.7.26 This message does not have authentication information or fails to pass authentication checks.",
    reason: "authFailure",
    provider: "gmail",
    source: "https://coldfusion-example.blogspot.com/2026/02/how-to-configure-dmarc-spf-dkim-on.html?m=0",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "550 - Verification failed",
    reason: "undefined",
    provider: "other",
    source:
      "https://www.clients.paymonthlyhosting.co.uk/knowledgebase/120/I-cannot-send-or-receive-emails.html",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "550 - Relay not permitted!",
    reason: "relayDenied",
    provider: "exim",
    source:
      "https://www.clients.paymonthlyhosting.co.uk/knowledgebase/120/I-cannot-send-or-receive-emails.html",
    heldOut: true,
    batch: 28,
  },
  // query 27: zoho community mail delivery failed 554 5.7.1
  {
    reply: "554 5.2.3 MailPolicy violation Error delivering to mailboxes",
    reason: "policyViolation",
    provider: "zoho",
    source:
      "https://help.zoho.com/portal/en/community/topic/554-5-2-3-mailpolicy-violation-error-delivering-to-mailboxes-27-7-2017",
    heldOut: true,
    batch: 28,
  },
  {
    reply:
      "The response from the remote server was:\n\n554 5.2.3 MailPolicy violation Error delivering to mailboxes",
    reason: "policyViolation",
    provider: "zoho",
    source:
      "https://help.zoho.com/portal/zh/community/topic/554-5-2-3-mailpolicy-violation-error-delivering-to-mailboxes-3-11-2022",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "ERROR CODE :554 - 5.2.1 Too many failures for the recipient",
    reason: "mailboxDisabled",
    provider: "zoho",
    source:
      "https://help.zoho.com/portal/en/community/topic/error-code-554-5-2-1-too-many-failures-for-the-recipient-5-12-2022",
    heldOut: true,
    batch: 28,
  },
  // query 29: reddit sysadmin 550 5.7.1 bounce
  {
    reply:
      "smtp; 550 5.7.1 Messages from [23.251.255.157] weren't sent. Part of their network is on our block list (S3150).",
    reason: "blocked",
    provider: "microsoft",
    source:
      "https://www.suped.com/learn/email-deliverability/what-do-bounce-error-messages-550-571-and-554-mean-and-how-to-resolve-them",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "smtp; 554 Email rejected due to security policies.",
    reason: "policyViolation",
    provider: "mimecast",
    source:
      "https://www.suped.com/learn/email-deliverability/what-do-bounce-error-messages-550-571-and-554-mean-and-how-to-resolve-them",
    heldOut: true,
    batch: 28,
  },
  // query 30: reddit email deliverability 421 4.7.0 deferred
  {
    reply: "451 Resources temporarily unavailable. Please try again later",
    reason: "systemError",
    provider: "yahoo-aol",
    source: "https://www.spamresource.com/2025/07/understanding-4xx-deferrals.html",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "451 4.7.500 Server busy. Please try again later",
    reason: "rateLimited",
    provider: "microsoft",
    source: "https://www.spamresource.com/2025/07/understanding-4xx-deferrals.html",
    heldOut: true,
    batch: 28,
  },
  {
    reply:
      "421 RP-001 (COL0-MC3-F15) Unfortunately, some messages from xx.xxx.xxx.xx weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    reason: "rateLimited",
    provider: "microsoft",
    source:
      "https://knowledge.validity.com/hc/en-us/articles/220561887-Troubleshooting-reputation-based-deferrals",
    heldOut: true,
    batch: 28,
  },
  // query 32: spiceworks 554 5.7.1 rejected bounce
  {
    reply: "#< #5.0.0 X-Spam-&-Virus-Firewall; []: Name or service not known> #SMTP#",
    reason: "hostUnknown",
    provider: "barracuda",
    source: "https://td.wku.edu/TDClient/34/Portal/KB/ArticleDet?ID=911",
    heldOut: true,
    batch: 28,
  },
  {
    reply:
      "#< #5.0.0 X-Spam-&-Virus-Firewall; host[] said: 550 5.1.1 User unknown (in reply to RCPT TO command)> #SMTP#",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "https://td.wku.edu/TDClient/34/Portal/KB/ArticleDet?ID=911",
    heldOut: true,
    batch: 28,
  },
  {
    reply:
      "Remote Server returned '554 5.0.0 X #5.0.0 smtp; X - X This message has been rejected due to content judged to be spam by the internet community IB212 - If you feel this is in error, please submit a request using the following page X.>'",
    reason: "spamDetected",
    provider: "godaddy",
    source: "https://www.3ait.co.uk/blog/howto-find-out-why-your-email-bounced",
    heldOut: true,
    batch: 28,
  },
  // query 33: experts exchange 550 5.7.1 unable to relay
  {
    reply: "5.7.1 smtp; 550 5.7.1 Unable to relay",
    reason: "relayDenied",
    provider: "exchange",
    source:
      "https://knowledge.broadcom.com/external/article/175921/relay-errors-when-exchange-or-messaging.html",
    heldOut: true,
    batch: 28,
  },
  // query 35: synology community mail server 550 rejected
  {
    reply:
      "<XXXXXXX@gmail.com>: host gmail-smtp-in.l.google.com[74.125.204.26] said:\n550-5.7.26 Your email has been blocked because the sender is\nunauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with\neither SPF or DKIM. 550-5.7.26 550-5.7.26 Authentication results:\n550-5.7.26 DKIM = did not pass 550-5.7.26 SPF [quantoyo.com] with ip:\n[106.104.168.235] = did not pass 550-5.7.26 550-5.7.26 For instructions\non setting up authentication, go to 550 5.7.26\nhttps://support.google.com/mail/answer/81126#authentication\n41be03b00d2f7-b47640a4e1esi3960484a12.545 - gsmtp (in reply to end of DATA\ncommand)",
    reason: "authFailure",
    command: "DATA",
    provider: "gmail",
    source: "https://blog.quantoyo.com/?p=3277",
    heldOut: true,
    batch: 28,
  },
  // query 40: linuxquestions sendmail 553 5.1.8 domain of sender
  {
    reply: "501 5.1.8 <you@nosuch.host>... Sender domain must exist",
    reason: "senderRejected",
    command: "MAIL",
    provider: "sendmail",
    source:
      "http://ebook.pldworld.com/%5FeBook/%5FOReilly%5F/133.Books/Network/Sendmail%5F3rd/1565928393_ch04-77072.html",
    heldOut: true,
    batch: 28,
  },
  // query 47: server fault 554 5.4.6 hop count exceeded
  {
    reply:
      "(reason: 554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [BL2NAM02FT014.eop-nam02.prod.protection.outlook.com])",
    reason: "networkError",
    command: "DATA",
    provider: "microsoft",
    source: "https://gfi-supportdesk.kayako.com/article/110249-resolving-hop-count-exceeded-error",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "554 5.0.0 Service unavailable",
    reason: "undefined",
    provider: "sendmail",
    source: "https://gfi-supportdesk.kayako.com/article/110249-resolving-hop-count-exceeded-error",
    heldOut: true,
    batch: 28,
  },
  {
    reply:
      "host xxx.xxx.xxx.xxx[yyy.yyy.yyy.yyy] said: 554 5.4.0 id=03742-03-6 - Rejected by next-hop MTA on relaying, from MTA(smtp:[zzz.zzz.zzz.zzzz]:31142): 554 5.4.0 Error: too many hops (in reply to end of DATA command)",
    reason: "networkError",
    command: "DATA",
    provider: "other",
    source: "https://bobcares.com/blog/email-error-554-5-4-0",
    heldOut: true,
    batch: 28,
  },
  // query 48: microsoft q&a 550 5.1.8 access denied bad outbound sender
  {
    reply: "Remote Server returned '550 5.1.8 Access denied, bad outbound sender AS(42004)'",
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://support.uidaho.edu/TDClient/40/Portal/KB/ArticleDet?ID=2233",
    heldOut: true,
    batch: 28,
  },
  // query 49: forum 550 5.7.350 remote server returned message detected as spam
  {
    reply: "5.7.1 Recipient not authorized, your IP has been found on a block list",
    reason: "blocked",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "5.7.1 Message Rejected as spam by Content Filter",
    reason: "spamDetected",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "554 Rejected due to banned content",
    reason: "policyViolation",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html",
    heldOut: true,
    batch: 28,
  },
  // query 51: forum deferred 450 4.2.1 mailbox temporarily disabled
  {
    reply: "450 4.2.1 Mailbox temporarily disabled",
    reason: "mailboxDisabled",
    provider: "other",
    source: "https://postigo.net/en/smtp-errors/450/",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "450 4.7.1 Greylisted, please retry in 5 minutes",
    reason: "greylisted",
    provider: "other",
    source: "https://postigo.net/en/smtp-errors/450/",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "450 Mailbox temporarily unavailable",
    reason: "undefined",
    provider: "other",
    source: "https://1grid.co.za/knowledge/?p=34694",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "450 4.1.1 Recipient address rejected",
    reason: "userUnknown",
    provider: "other",
    source: "https://1grid.co.za/knowledge/?p=34694",
    heldOut: true,
    batch: 28,
  },
  {
    reply: "450 4.2.0 Greylisted",
    reason: "greylisted",
    provider: "other",
    source: "https://1grid.co.za/knowledge/?p=34694",
    heldOut: true,
    batch: 28,
  },
  // --- batch 28 ends ---
  // --- batch 29: a sample from issue threads on mail servers and infrastructure, as the fixed queries listed under `heldOut` returned them ---
  // query 1: postfix smtpd reject 554 5.7.1 helo
  {
    reply:
      "Aug 21 09:15:15 anonaddy postfix/smtpd[1902]: NOQUEUE: reject: RCPT from mx2-eu2.digital.nuance.com[13.79.20.91]: 450 4.7.1 <smtp.digital.nuance.com>: Helo command rejected: Host not found; from=<no_reply@currys.co.uk> to=<CURRYS@MYDOMAIN.COM> proto=ESMTP helo=<smtp.digital.nuance.com>",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/anonaddy/docker/issues/167",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "2024-08-26T01:33:38.572449+00:00 laurencejones postfix/smtpd[60203]: NOQUEUE: reject: RCPT from unknown[94.141.120.122]: 504 5.5.2 <WIN-9QL4SDRB93L>: Helo command rejected: need fully-qualified hostname; from=<spameri@tiscali.it> to=<spameri@tiscali.it> proto=ESMTP helo=<WIN-9QL4SDRB93L>",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/crowdsecurity/hub/issues/1100",
    heldOut: true,
    batch: 29,
  },
  // query 3: haraka plugin deny 550 5.7.1
  {
    reply: "<** 550 DENIED",
    reason: "blocked",
    command: "EHLO",
    provider: "haraka",
    source: "https://github.com/haraka/Haraka/issues/3269",
    heldOut: true,
    batch: 29,
  },
  {
    reply: "<** 450 plugin timeout",
    reason: "systemError",
    provider: "haraka",
    source: "https://github.com/haraka/Haraka/issues/882",
    heldOut: true,
    batch: 29,
  },
  // query 5: stalwart mail server 550 5.1.1
  {
    reply: "550 Mailbox does not exist!",
    reason: "userUnknown",
    provider: "stalwart",
    source: "https://github.com/stalwartlabs/stalwart/issues/2169",
    heldOut: true,
    batch: 29,
  },
  // query 6: maddy smtp 554 5.7.0
  {
    reply: "Was expecting RCPT arg syntax of TO:<address>",
    reason: "syntaxError",
    command: "RCPT",
    provider: "maddy",
    source: "https://github.com/foxcpp/maddy/issues/714",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      'submission: DATA error\t{"addr":"(\'Test UserFullName\', \'test@example.com\')","modifier":"submission_prepare","msg_id":"e0762daa","reason":"mail: no angle-addr","smtp_code":554,"smtp_enchcode":"5.6.0","smtp_msg":"Invalid address in To"}',
    reason: "contentError",
    command: "DATA",
    provider: "maddy",
    source: "https://github.com/foxcpp/maddy/issues/714",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      'Sep 10 00:20:43 maddy[919190]: smtp: DATA error        {"msg_id":"8647979a","reason":"Requested action not taken: mailbox unavailable","target":"target.lmtp"}',
    reason: "undefined",
    command: "DATA",
    provider: "maddy",
    source: "https://github.com/foxcpp/maddy/issues/535",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      '2022-05-03T11:21:20.874Z smtp: DATA error\t{"check":"check.spf","msg_id":"5b63fbdb","reason":"too many MX records","smtp_code":550,"smtp_enchcode":"5.7.23","smtp_msg":"SPF authentication failed with a permanent error"}',
    reason: "authFailure",
    command: "DATA",
    provider: "maddy",
    source: "https://github.com/foxcpp/maddy/issues/485",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      '2022-05-03T12:27:28.630Z smtp: DATA error\t{"check":"check.spf","msg_id":"ba875450","reason":"multiple matching DNS records","smtp_code":550,"smtp_enchcode":"5.7.23","smtp_msg":"SPF authentication failed with a permanent error"}',
    reason: "authFailure",
    command: "DATA",
    provider: "maddy",
    source: "https://github.com/foxcpp/maddy/issues/485",
    heldOut: true,
    batch: 29,
  },
  // query 9: mailcow postfix 550 5.7.1 relay
  {
    reply: "550 Relay denied for <domain_that_added_to_mailcow>",
    reason: "relayDenied",
    provider: "mailcow",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/2095",
    heldOut: true,
    batch: 29,
  },
  {
    reply: "Sender address rejected: User unknown in virtual mailbox table;",
    reason: "senderRejected",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/pull/6704",
    heldOut: true,
    batch: 29,
  },
  // query 10: mailu rspamd 554 5.7.1 spam
  {
    reply:
      "May  7 23:04:43 mx postfix/cleanup[717285]: 0437429007C5: milter-reject: END-OF-MESSAGE from unknown[64.147.123.154]: 5.7.1 Spam message rejected; from=<hello@hello.asciinema.org> to=<my@email> proto=ESMTP helo=<wfhigh3-smtp.messagingengine.com>",
    reason: "spamDetected",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/4007",
    heldOut: true,
    batch: 29,
  },
  // query 11: docker-mailserver 550 5.1.1 user unknown
  {
    reply:
      "<test@example.com>: host mail.example.com[/var/run/dovecot/lmtp] said: 550\n    5.1.1 <test@example.com> User doesn't exist: test@example.com (in reply\n    to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "dovecot",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/2323",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "Nov 23 12:34:13 mail postfix/lmtp[1346]: 8DAEA5285E77: to=<adrien@domain.com>, relay=mail.domain.com[/var/run/dovecot/lmtp], delay=4.1, delays=3.3/0.01/0.03/0.7, dsn=5.1.1, status=bounced (host mail.domain.com[/var/run/dovecot/lmtp] said: 550 5.1.1 <adrien@domain.com> User doesn't exist: adrien@domain.com (in reply to RCPT TO command))",
    reason: "userUnknown",
    command: "RCPT",
    provider: "dovecot",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/387",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "postfix/smtpd[3328]: NOQUEUE: reject: RCPT from mail-ed1-f46.google.com[209.85.208.46]: 550 5.1.1 <contact@***.fr>: Recipient address rejected: User unknown in local recipient table; from=<***@gmail.com> to=<contact@***.fr> proto=ESMTP helo=<mail-ed1-f46.google.com>",
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1310",
    heldOut: true,
    batch: 29,
  },
  // query 13: modoboa 550 rejected
  {
    reply:
      "NOQUEUE: reject: RCPT from [HOME_IP_ADDRESS]:61079: 550 5.7.1 Service unavailable; client [HOME_IP_ADDRESS] blocked using zen.spamhaus.org",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/modoboa/modoboa-installer/issues/237",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "Jul 4 10:18:32 mail postfix/submission/smtpd[2960795]: NOQUEUE: reject: RCPT from unknown[47.15.240.42]: 554 5.7.1 <unknown[47.15.240.42]>: Client host rejected: Access denied; from=<> to=<> proto=ESMTP helo=<[192.168.43.87]>",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/modoboa/modoboa/issues/2311",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      'Fehler beim Senden der Nachricht: Der Mail-Server antwortete: \n451 4.3.5 <empfänger email>: Recipient address rejected: Server configuration problem.\n Bitte überprüfen Sie die E-Mail-Adresse des Empfängers "empfänger email" und wiederholen Sie den Vorgang.',
    reason: "systemError",
    provider: "postfix",
    source: "https://github.com/modoboa/modoboa-installer/issues/352",
    heldOut: true,
    batch: 29,
  },
  {
    reply: "Name service error for name=iwho.xyz type=MX: Host not found",
    reason: "hostUnknown",
    provider: "postfix",
    source: "https://github.com/modoboa/modoboa/issues/811",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "host mail.iwho.xyz[111.200.55.28] said: 550 5.7.1 Service unavailable; client [183.60.60.180] blocked using zen.spamhaus.org (in reply to RCPT TO command).",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/modoboa/modoboa/issues/811",
    heldOut: true,
    batch: 29,
  },
  // query 14: mail-in-a-box 554 5.7.1
  {
    reply: "smtp; 550 5.7.1 Relaying denied",
    reason: "relayDenied",
    provider: "other",
    source: "https://github.com/uilicious/inboxkitten/issues/97",
    heldOut: true,
    batch: 29,
  },
  {
    reply: "The remote server's response was:\n550 5.7.1 Retransmission denied",
    reason: "relayDenied",
    provider: "other",
    source: "https://github.com/uilicious/inboxkitten/issues/97",
    heldOut: true,
    batch: 29,
  },
  {
    reply: "Diagnostic-Code: smtp; 550 5.7.1 Relaying denied",
    reason: "relayDenied",
    provider: "other",
    source: "https://github.com/uilicious/inboxkitten/issues/102",
    heldOut: true,
    batch: 29,
  },
  // query 16: rspamd milter 451 4.7.1 try again later
  {
    reply: "4.7.1 Service unavailable - try again later",
    reason: "systemError",
    provider: "postfix",
    source: "https://github.com/rspamd/rspamd/issues/1268",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "milter-reject: END-OF-MESSAGE from unknown[239.224.6.66]: 4.7.1 Service unavailable - try again later",
    reason: "systemError",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/rspamd/rspamd/issues/424",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "postfix/cleanup[66014]: B8A44169A1C: milter-reject: END-OF-MESSAGE from unknown[1.2.3.4]: 4.7.1 Try again later; from=<user@domain.com>",
    reason: "greylisted",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/rspamd/rspamd/issues/1776",
    heldOut: true,
    batch: 29,
  },
  // query 18: spamassassin milter 550 5.7.1
  {
    reply:
      "Nov  3 04:07:19 ws1-fra sm-mta[23903]: vA347GJM023903: Milter: from=<sktlcctkv@email.quickerpickerupper.com>, reject=550 5.7.1 Command rejected",
    reason: "undefined",
    provider: "sendmail",
    source: "https://github.com/jcbf/smf-spf/issues/33",
    heldOut: true,
    batch: 29,
  },
  // query 21: opendmarc 550 5.7.1 dmarc rejected
  {
    reply:
      "mail_1        | Feb  9 10:13:11 redacted-hostname postfix/cleanup[1354]: 7E4E32D85919: milter-reject: END-OF-MESSAGE from client.external.tld[172.16.20.68]: 5.7.1 rejected by DMARC policy for external.tld; from=<abcdefg+123456-1234-h.i.j=k@external.tld> to=<test@testing.com> proto=ESMTP helo=<client.external.tld>",
    reason: "authFailure",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/3078",
    heldOut: true,
    batch: 29,
  },
  // query 23: dovecot lmtp 550 5.1.1
  {
    reply:
      "2019-04-11T19:41:56.554496+00:00 09ad1b99d14b postfix/lmtp[238]: 87F043F2BE: to=<info@domain.de>, relay=none, delay=2370, delays=2370/0.07/0/0, dsn=4.4.1, status=deferred (connect to 172.20.0.6[172.20.0.6]:2525: Connection refused)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/1it/docker-mail/issues/2",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "Apr 24 06:52:32 mail postfix/lmtp[9228]: AAF3C301D8E: to=<sunzhuo@bupt.edu.cn>, relay=none, delay=556, delays=556/0.01/0/0, dsn=4.4.1, status=deferred (connect to mail.bupt.edu.cn[/var/run/dovecot/lmtp]: No such file or directory)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/961",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "imap.example.com [192.168.1.120] did not like our RCPT TO:\n550 5.1.1 <foo@example.com> User doesn't exist: foo@example.com",
    reason: "userUnknown",
    command: "RCPT",
    provider: "dovecot",
    source: "https://github.com/corecode/dma/pull/152",
    heldOut: true,
    batch: 29,
  },
  // query 24: cyrus imap lmtp 550
  {
    reply:
      "Aug 23 01:24:18 roger exim[2510260]: 1upakk-0000000AVbG-1QCM ** xxxxxxxx@xxxxxxxxxx <xxxxxxxxxxxx> ...: SMTP error from remote mail server after RCPT TO:<xxxxxxxxxxxx@xxxxxxxxxxxx>: 550-Mailbox unknown.  Either there is no mailbox associated with this\\n550-name or you do not have authorization to see it.\\n550 5.1.1 User unknown DT=0s",
    reason: "userUnknown",
    command: "RCPT",
    provider: "cyrus",
    source: "https://github.com/cyrusimap/cyrus-imapd/issues/5593",
    heldOut: true,
    batch: 29,
  },
  // query 25: postsrsd srs 550 5.7.1
  {
    reply:
      "Jun  5 08:57:26 mx1 postfix/smtp[154341]: 37B4DC28E6: to=<user1@hotmail.com>, relay=hotmail-com.olc.protection.outlook.com[52.101.11.8]:25, delay=0.64, delays=0.02/0/0.56/0.06, dsn=5.1.7, status=bounced (host hotmail-com.olc.protection.outlook.com[52.101.11.8] said: 501 5.1.7 Invalid address [SN1PEPF00026369.namprd02.prod.outlook.com 2025-06-05T08:57:26.830Z 08DDA33D9029AF75] (in reply to MAIL FROM command))",
    reason: "senderRejected",
    command: "MAIL",
    provider: "microsoft",
    source: "https://github.com/roehling/postsrsd/issues/192",
    heldOut: true,
    batch: 29,
  },
  // query 28: forwardemail 550
  {
    reply: '550 [209.85.222.182] is not a fully qualified domain name ("FQDN")',
    reason: "blocked",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/175",
    heldOut: true,
    batch: 29,
  },
  {
    reply: "550 queryTxt ESERVFAIL benwoo.info",
    reason: "networkError",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/168",
    heldOut: true,
    batch: 29,
  },
  {
    reply: "550 Invalid greeting from server:",
    reason: "protocolError",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/37",
    heldOut: true,
    batch: 29,
  },
  // query 29: wildduck zonemta 550 5.1.1
  {
    reply:
      "Jan 21 08:05:04 ***** zone-mta[98371]: ERR! Sender/default/98371[4] 17723d5528f00026b5.001 CONNFAIL domain=gmail.com local=mail.*****.io[0.0.0.0] remote=74.125.28.26:25 error=Network error when connecting to MX server alt3.gmail-smtp-in.l.google.com[74.125.28.26] for gmail.com: Connection timed out",
    reason: "networkError",
    provider: "zonemta",
    source: "https://github.com/zone-eu/wildduck/issues/309",
    heldOut: true,
    batch: 29,
  },
  // query 30: postal 554 5.7.1 relay
  {
    reply:
      "Erro de Servidor: 454\nResposta do Servidor: 454 4.7.1 <*@cnpd.pt>: Relay access denied\nServidor: 'vmail.me'\nID de Erro do Windows Live Mail: 0x800CCC79\nProtocolo: SMTP\nPorta: 465\nSecure(SSL): Sim",
    reason: "relayDenied",
    provider: "postfix",
    source: "https://github.com/root-io/vmail/issues/68",
    heldOut: true,
    batch: 29,
  },
  // query 32: qmail smtpd 553 sorry that domain isn't in my list
  {
    reply:
      "Remote Server returned '554 5.1.0 < #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ecma-testdl@my-safe-cloud.ch not found by SMTP address lookup>'",
    reason: "userUnknown",
    provider: "microsoft",
    source: "https://github.com/sympa-community/sympa/issues/1164",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "Oct 10 06:41:03 Allstar smtpd[1920451]: smtp-out: Failed to resolve MX for [relay:AllStar,smtp]: Domain does not exist",
    reason: "hostUnknown",
    provider: "opensmtpd",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/1263",
    heldOut: true,
    batch: 29,
  },
  {
    reply: "Out: 451 4.3.0 Error: queue file write error",
    reason: "systemError",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/Mailu/Mailu/issues/4053",
    heldOut: true,
    batch: 29,
  },
  // query 36: smtp relay 454 4.7.1 relay access denied
  {
    reply: "Diagnostic-Code: smtp; 554 5.7.1 <lfreites@cesticom.com>: Relay access denied",
    reason: "relayDenied",
    provider: "postfix",
    source: "https://github.com/hardware/mailserver/issues/246",
    heldOut: true,
    batch: 29,
  },
  {
    reply: "Transaction failed. The server response was: 5.7.1 Relay access denied",
    reason: "relayDenied",
    provider: "other",
    source: "https://github.com/CopernicaMarketingSoftware/Documentation/issues/186",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "Client does not have permission to submit mail to this server. The server response was: 4.7.1: Relay access denied",
    reason: "relayDenied",
    provider: "postfix",
    source: "https://github.com/jeboehm/docker-mailserver/issues/139",
    heldOut: true,
    batch: 29,
  },
  // query 38: nullmailer 554
  {
    reply: "Diagnostic-Code: SMTP; 501 5.1.3 Bad recipient address syntax",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://github.com/bruceg/nullmailer/issues/69",
    heldOut: true,
    batch: 29,
  },
  // query 40: exim smarthost 535 authentication
  {
    reply: "Message failed: 503 AUTH command used when not advertised",
    reason: "protocolError",
    command: "AUTH",
    provider: "exim",
    source: "https://github.com/nodemailer/nodemailer/issues/18",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "2024-04-05 13:40:58 1rsnYa-000IcI-ON ** user@email.com R=smarthost T=remote_smtp_smarthost H=10.10.10.108 [10.10.10.108]: SMTP error from remote mail server after pipelined sending data block: 530-5.7.0 Authentication Required. For more information, go to\\n530 5.7.0  https://support.google.com/mail/?p=WantAuthError 31-20020a056122071f00b004d8b1d56416sm262545vki.49 - gsmtp",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/simonrob/email-oauth2-proxy/issues/241",
    heldOut: true,
    batch: 29,
  },
  // query 41: postfix sasl 535 5.7.8 relayhost
  {
    reply: "535 5.7.8 Error: authentication failed: authentication failure",
    reason: "authRequired",
    command: "AUTH",
    provider: "postfix",
    source: "https://github.com/wader/postfix-relay/issues/79",
    heldOut: true,
    batch: 29,
  },
  // query 42: smtp proxy 421 4.7.0
  {
    reply: "421 You talk too soon",
    reason: "protocolError",
    provider: "zonemta",
    source: "https://github.com/nodemailer/smtp-server/issues/118",
    heldOut: true,
    batch: 29,
  },
  {
    reply: "500 5.5.1 Invalid command.",
    reason: "syntaxError",
    provider: "stalwart",
    source: "https://github.com/stalwartlabs/stalwart/issues/774",
    heldOut: true,
    batch: 29,
  },
  // query 45: aws ses smtp relay 554 5.7.1
  {
    reply: "Diagnostic-Code: smtp; 530 Authentication required",
    reason: "authRequired",
    provider: "amazon-ses",
    source: "https://github.com/Billionmail/BillionMail/issues/156",
    heldOut: true,
    batch: 29,
  },
  {
    reply: "Error: Net::SMTPAuthenticationError (530 Must issue a STARTTLS command first\n)",
    reason: "requireTLS",
    provider: "amazon-ses",
    source: "https://github.com/postalserver/postal/issues/48",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "Jul 23 09:11:00 mail postfix/smtp[54905]: 2C0A14087210: to=<xxxx@xxxxx.es>, relay=email-smtp.eu-west-1.amazonaws.com[52.18.165.220]:587, delay=0.53, delays=0.02/0.06/0.43/0.03, dsn=5.0.0, status=bounced (host email-smtp.eu-west-1.amazonaws.com[52.18.165.220] said: 530 Authentication required (in reply to MAIL FROM command))",
    reason: "authRequired",
    command: "MAIL",
    provider: "amazon-ses",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/4130",
    heldOut: true,
    batch: 29,
  },
  {
    reply: "SMTP error: error closing connection: 554 Transaction failed: Duplicate header 'DKIM-Signature'.",
    reason: "contentError",
    command: "DATA",
    provider: "amazon-ses",
    source: "https://github.com/axllent/mailpit/issues/642",
    heldOut: true,
    batch: 29,
  },
  // query 46: mailjet 550 5.7.1 relay
  {
    reply:
      'Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".',
    reason: "relayDenied",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/fleetbase/fleetbase/issues/439",
    heldOut: true,
    batch: 29,
  },
  // query 47: dkim signing 550 5.7.26 postfix
  {
    reply: "550 5.7.1 This message was not accepted due to domain owner DMARC policy",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/Pro/dkim-exchange/issues/171",
    heldOut: true,
    batch: 29,
  },
  // query 51: postfix 450 4.1.2 recipient domain not found
  {
    reply:
      "Jun 17 17:39:37 apache03 postfix/smtpd[1488118]: NOQUEUE: reject: RCPT from smtp-backup.dca.wordpress.com[192.0.97.107]: 450 4.1.2 <avd-newsletter@mydomain.com>: Recipient address rejected: Domain not found; from=<avd-newsletter=mydomain.com@b.wordpress.com> to=<avd-newsletter@mydomain.com> proto=ESMTP helo=<smtp-backup.dca.wordpress.com>",
    reason: "hostUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/simple-login/app/issues/510",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "(host mail.[xx.xx.xx.xx] said: 450 4.1.8 <user@blub.tld>: Sender address rejected: Domain not found (in reply to RCPT TO command))",
    reason: "senderRejected",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/1359",
    heldOut: true,
    batch: 29,
  },
  {
    reply:
      "Dec  3 00:22:27 myserv postfix/smtpd[1521]: NOQUEUE: reject: RCPT from a27-190.smtp-out.us-west-2.amazonses.com[54.240.27.190]: 450 4.1.8 <0101018-618fb3eb024d-000000@email.mydomain.com>: Sender address rejected: Domain not found; from=<0101018-618fb3eb024d-000000@email.mydomain.com> to=<email@mydomain.com> proto=ESMTP helo=<a27-190.smtp-out.us-west-2.amazonses.com>",
    reason: "senderRejected",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/2921",
    heldOut: true,
    batch: 29,
  },
  // --- batch 29 ends ---
  // --- held-out batch 30: a sample from web pages not in English and regional ISPs' and hosts'
  // help and community pages, collected and labelled blind (see `heldOut` above) ---------------
  // query 1: Unzustellbar 554 5.7.1 Nachricht abgelehnt
  {
    reply: "554 Sorry, no mailbox here by that name. (#5.1.1)",
    reason: "userUnknown",
    provider: "qmail",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "User %alias@domain.tld% not listed in Domino Directory",
    reason: "userUnknown",
    provider: "other",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "550 5.1.1 : Recipient address rejected: User unknown in virtual alias table",
    reason: "userUnknown",
    provider: "postfix",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
    reason: "networkError",
    provider: "qmail",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "552 5.2.2 Over STORAGE quota",
    reason: "mailboxFull",
    provider: "t-online",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 30,
  },
  // query 2: Mail Delivery System 550 Empfänger unbekannt Forum
  {
    reply: "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.",
    reason: "mailboxFull",
    provider: "gmx-webde",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.",
    reason: "mailboxFull",
    provider: "gmx-webde",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "mailbox full - quota exceeded",
    reason: "mailboxFull",
    provider: "other",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "552 5.2.2 Over quota",
    reason: "mailboxFull",
    provider: "other",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "500 5.0.0 Depot returns error: <552 5.2.2 Over quota>",
    reason: "mailboxFull",
    provider: "other",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 30,
  },
  // query 3: T-Online Mail abgewiesen 554 IP
  {
    reply:
      "Dec  8 15:53:52 SERVERNAME postfix/smtp[5880]: B1B141406: host mx03.t-online.de[194.25.134.73] refused to talk to me: 554 IP=SERVERIP - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
    reason: "blocked",
    provider: "t-online",
    source: "https://stefanblaimer.de/?s=b6c46250b5de7e8f7c54bb0731372d2c&c=3fce42a23e3173f152d2e3a48fa35a87",
    heldOut: true,
    batch: 30,
  },
  // query 6: all-inkl Mail abgelehnt 550
  {
    reply:
      "host 0815.maildomain.de[vvv.xxx.yyy.zzz] said: 550 #5.1.0 Address rejected. (in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "https://coviserver.de/e-mail-geblockt",
    heldOut: true,
    batch: 30,
  },
  {
    reply:
      "host 1234.mailserver.de[zzz.yyy.xxx.vvv] said: 451 4.7.1 Service unavailable - try again later (in reply to DATA command)",
    reason: "greylisted",
    command: "DATA",
    provider: "other",
    source: "https://coviserver.de/e-mail-geblockt",
    heldOut: true,
    batch: 30,
  },
  {
    reply:
      "Diagnostic-Code: smtp; 550 5.7.1 Unfortunately, messages from [aaa.bbb.ccc.ddd] weren't sent. Please contact your Internet service provider since part of their network is on our block list (AS3140).",
    reason: "blocked",
    provider: "microsoft",
    source: "https://coviserver.de/e-mail-geblockt",
    heldOut: true,
    batch: 30,
  },
  {
    reply:
      "host 1234.mailserver.de[zzz.yyy.xxx.vvv] refused to talk to me: 450 4.7.1 [EAB] 554 IP=aaa.bbb.ccc.ddd - A problem occurred.",
    reason: "blocked",
    provider: "other",
    source: "https://coviserver.de/e-mail-geblockt",
    heldOut: true,
    batch: 30,
  },
  {
    reply:
      "host 0815.maildomain.de[vvv.xxx.yyy.zzz] said: 450 4.7.1 <adresse@domain.de>: Recipient address rejected: Service temporarily unavailable, please try later (in reply to RCPT TO command)",
    reason: "systemError",
    command: "RCPT",
    provider: "postfix",
    source: "https://coviserver.de/e-mail-geblockt",
    heldOut: true,
    batch: 30,
  },
  // query 9: message non délivré 550 5.1.1 destinataire inconnu
  {
    reply: "551 5.1.1 recipient is not exist",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.dbmailserver.com/tui-xin-address-not-exist.htm",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "501 Bad address syntax. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000730",
    reason: "syntaxError",
    provider: "qq",
    source: "https://www.dbmailserver.com/tui-xin-address-not-exist.htm",
    heldOut: true,
    batch: 30,
  },
  {
    reply:
      '550 5.1.1 1111@ss.com: Recipient address rejected: undeliverable address: unknown user: "1111@ss.com"',
    reason: "userUnknown",
    provider: "postfix",
    source: "https://www.dbmailserver.com/tui-xin-address-not-exist.htm",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "550 abcd:user not exist",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.dbmailserver.com/tui-xin-address-not-exist.htm",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "550 5.1.1 Bad destination mailbox address",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.dbmailserver.com/tui-xin-address-not-exist.htm",
    heldOut: true,
    batch: 30,
  },
  // query 10: erreur 554 5.7.1 refusé mail orange
  {
    reply: '554 <"the recipients email addy here">: Recipient address rejected: Relay access denied',
    reason: "relayDenied",
    command: "RCPT",
    provider: "postfix",
    source: "https://www.antionline.com/showthread.php?mode=threaded&p=692064",
    heldOut: true,
    batch: 30,
  },
  // query 13: courriel rejeté 421 4.7.0 essai ultérieur
  {
    reply: "bidochon@nidamour.fr… user unknown",
    reason: "userUnknown",
    provider: "sendmail",
    source: "https://www.arobase.org:443/ecole/erreurs.htm",
    heldOut: true,
    batch: 30,
  },
  // query 16: mensaje no entregado 552 buzón lleno
  {
    reply: '452 "Mailbox disk quota exceeded"',
    reason: "mailboxFull",
    provider: "other",
    source: "https://riudoms.xarxa-omnia.org/email/annex/msg_err.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: '451 "Message still undelivered"',
    reason: "undefined",
    provider: "other",
    source: "https://riudoms.xarxa-omnia.org/email/annex/msg_err.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: '552 "Message body is too big"',
    reason: "messageTooBig",
    provider: "other",
    source: "https://riudoms.xarxa-omnia.org/email/annex/msg_err.html",
    heldOut: true,
    batch: 30,
  },
  // query 19: uol email erro 553 retornado
  {
    reply: "Recipient address rejected: User unknown in virtual mailbox table",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://bs2internet.com/mensagens-de-erro-ao-enviar-e-mails",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "Requested action not taken: mailbox unavailable",
    reason: "undefined",
    provider: "other",
    source: "https://bs2internet.com/mensagens-de-erro-ao-enviar-e-mails",
    heldOut: true,
    batch: 30,
  },
  // query 21: aruba mail errore 554 rifiutato forum
  {
    reply:
      "“Impossibile inviare il messaggio. Uno dei destinatari non è stato accettato dal server. L’indirizzo di posta elettronica non accettato è “[email protected]”. Oggetto ‘oggetto’, Account: ‘nome account’, Server: ‘smtp.email.it’, Protocollo: SMTP, Risposta del server: ’553 5.7.1 <casella@email.it>: Sender address rejected: not logged in‘, Porta: 25, Protezione (SSL): No, Errore del server: 553, Numero di errore: 0x800CCC79”",
    reason: "authRequired",
    provider: "other",
    source: "https://marinomichele.it/?p=155",
    heldOut: true,
    batch: 30,
  },
  // query 23: mail onbestelbaar 550 5.1.1
  {
    reply: "Unrouteable address",
    reason: "hostUnknown",
    provider: "exim",
    source:
      "https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply:
      "SMTP error from remote mail server after RCPT TO:<email@adres.nl>  host mail.adres.nl [xxx.xx.x.xx]: 550 5.1.0 Recipient rejected.",
    reason: "userUnknown",
    command: "RCPT",
    provider: "exim",
    source:
      "https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply:
      "SMTP error from remote mail server after RCPT TO 550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table",
    reason: "userUnknown",
    command: "RCPT",
    provider: "exim",
    source:
      "https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "Retry time not reached for any host after a long failure period",
    reason: "expired",
    provider: "exim",
    source:
      "https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "Diagnostic-Code: smtp; 550 5.1.1.  No such user",
    reason: "userUnknown",
    provider: "other",
    source:
      "http://support.active8.nl/e-mail/veel-gestelde-vragen/gedetailleerde-lijst-met-statuscodes-mogelijke-oorzaken-en-oplossingen/",
    heldOut: true,
    batch: 30,
  },
  // query 25: kpn mail bounce 554 foutmelding
  {
    reply: "Sorry, no mailbox here by that name.",
    reason: "userUnknown",
    provider: "qmail",
    source: "http://nl.help.carerix.com/nl/articles/2245905-e-mail-bounce",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "554 Invalid recipient (in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "http://nl.help.carerix.com/nl/articles/2245905-e-mail-bounce",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "mailbox unavailable (in reply to RCPT TO command)",
    reason: "undefined",
    command: "RCPT",
    provider: "other",
    source: "http://nl.help.carerix.com/nl/articles/2245905-e-mail-bounce",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "#5.1.0 Address rejected emailadres@domein.nl (in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "http://nl.help.carerix.com/nl/articles/2245905-e-mail-bounce",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "Recipient address rejected: User unknown in virtual alias table",
    reason: "userUnknown",
    provider: "postfix",
    source: "http://nl.help.carerix.com/nl/articles/2245905-e-mail-bounce",
    heldOut: true,
    batch: 30,
  },
  // query 26: błąd 550 poczta odrzucona serwer
  {
    reply:
      "failure: 192.168.41.48_does_not_like_recipient./Remote_host_said:_/\n_Zdalny_host_odpowiedzial:_500_No_such_user/Giving_up_on_192.168.41.48.",
    reason: "userUnknown",
    provider: "qmail",
    source: "https://www.kei.pl/pomoc/wiadmosc-zwrotna/",
    heldOut: true,
    batch: 30,
  },
  {
    reply: 'Remote host said: / Zdalny host odpowiedzial: 550 No Such User Here"',
    reason: "userUnknown",
    provider: "qmail",
    source: "https://www.kei.pl/pomoc/wiadmosc-zwrotna/",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "Błąd serwera: '550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://www.kei.pl/pomoc/wiadmosc-zwrotna/",
    heldOut: true,
    batch: 30,
  },
  // query 27: wiadomość nie dostarczona 554 5.7.1
  {
    reply:
      "SMTP error from remote mail server after initial connection: 554 5.7.1 You are not allowed to connect.",
    reason: "blocked",
    command: "CONNECT",
    provider: "exim",
    source: "https://domenomania.pl/centrum-wiedzy/blad-554-5-7-1-you-not-allowed-to-connect",
    heldOut: true,
    batch: 30,
  },
  // query 28: chyba 550 e-mail nedoručitelná
  {
    reply: "554 Transaction failed",
    reason: "undefined",
    provider: "other",
    source:
      "https://www.mydreams.cz/cz/wiki/9924-seznam-chybovych-hlasek-z-nedodanych-emailu-a-jejich-vysvetleni.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "[x.x.x.x]: 550 5.1.1 Sorry, no mailbox here by that name.",
    reason: "userUnknown",
    provider: "qmail",
    source: "https://faq.c4.cz/odeslany-e-mail-se-vraci-zpet-s-chybou",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "[SPF] 1.2.3.4 is not allowed to send mail from nazev-vasi-domeny.cz.",
    reason: "authFailure",
    provider: "other",
    source: "https://faq.c4.cz/odeslany-e-mail-se-vraci-zpet-s-chybou",
    heldOut: true,
    batch: 30,
  },
  // query 29: seznam email vrácen 554
  {
    reply: "421 4.7.1 http://postmaster.info.aol.com/errors/421dynt1.html (throttled)",
    reason: "blocked",
    provider: "yahoo-aol",
    source: "https://www.quanda.cz/blog/email-marketing/duvody-nedorucenych-e-mailu",
    heldOut: true,
    batch: 30,
  },
  // query 33: e-posta iletilemedi 550 hata
  {
    reply: "550 No such person at this address",
    reason: "userUnknown",
    provider: "other",
    source: "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "550 Recipient does not exist here",
    reason: "userUnknown",
    provider: "other",
    source: "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "550 Recipient Rejected: No account by that name here",
    reason: "userUnknown",
    provider: "other",
    source: "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "550 aliciadres@alanadi.com…User unknown",
    reason: "userUnknown",
    provider: "sendmail",
    source: "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "550 Rejected",
    reason: "undefined",
    provider: "other",
    source: "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari",
    heldOut: true,
    batch: 30,
  },
  // query 35: письмо не доставлено 554 5.7.1 отказ
  {
    reply: "Mon 2008-10-20 16:11:37: --> 554 Message does not conform to standards",
    reason: "contentError",
    command: "DATA",
    provider: "mdaemon",
    source: "https://oshibaetsya.ru/chto-takoe-oshibka-554",
    heldOut: true,
    batch: 30,
  },
  // query 37: exim 550 отклонено форум
  {
    reply: "550 spam reject;",
    reason: "spamDetected",
    provider: "other",
    source: "https://myeditor.ru/system_administration/exim-mailing-to-remote-domains-not-supported.html",
    heldOut: true,
    batch: 30,
  },
  // query 38: メール 配信不能 554 5.7.1
  {
    reply: "Sorry, no mailbox here by that name. (#5.1.1)",
    reason: "userUnknown",
    provider: "qmail",
    source: "http://help.g-wip.com/cat-285/550550.html",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "リモート サーバーからの応答:\n554 5.7.1 : Recipient address rejected: Access denied",
    reason: "policyViolation",
    provider: "postfix",
    source: "https://t3a.jp/blog/infrastructure/mail-access-denied-554",
    heldOut: true,
    batch: 30,
  },
  {
    reply:
      ": host abc.co.jp[111.111.245.000] said: 550 5.7.1\n... Relaying denied (in reply to RCPT TO command)",
    reason: "relayDenied",
    command: "RCPT",
    provider: "sendmail",
    source: "https://mediarium.hatenadiary.org/entry/20070906",
    heldOut: true,
    batch: 30,
  },
  // query 41: 退信 550 邮件 被拒绝
  {
    reply:
      "<winmaildemo@gmail.com>, remote server said: 550-5.7.1 [111.140.xxx.xxx  12] Our system has detected that this message is\n550-5.7.1_likely_unsolicited mail. To reduce the amount of spam sent to Gmail,\n550-5.7.1 this message has been blocked. Please visit\n550-5.7.1 http://support.google.com/mail/bin/answer.py?hl=en&answer=188131 for\n550 5.7.1 more information. mu18si1139639pab.287 - gsmtp/",
    reason: "spamDetected",
    provider: "gmail",
    source: "http://magicwinmail.com/docs/errormail/gmail.php",
    heldOut: true,
    batch: 30,
  },
  {
    reply:
      "552-5.7.0 This message was blocked because its content presents a potential\n552-5.7.0 security issue. Please visit http://support.google.com/mail/bin/answe\n552-5.7.0 r.py?answer=6590 to review our message content and attachment content\n552 5.7.0 guidelines. tk9si9998068pac.416 - gsmtp",
    reason: "virusDetected",
    provider: "gmail",
    source: "http://magicwinmail.com/docs/errormail/gmail.php",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "delivery failure: the message matches up to the filter rule(level: system, name:xxx)",
    reason: "policyViolation",
    provider: "other",
    source: "https://www.tengxunqiyeyou.com/forum/forum.php?extra=page%3D2&mod=viewthread&tid=993",
    heldOut: true,
    batch: 30,
  },
  {
    reply:
      "****@SINA.COM : Failure reply of RCPT to *****@SINA.COM from 202.106.182.168, 445 服务器拒绝 - server rejected (#4.4.4)",
    reason: "undefined",
    command: "RCPT",
    provider: "other",
    source: "https://www.tengxunqiyeyou.com/forum/forum.php?extra=page%3D2&mod=viewthread&tid=993",
    heldOut: true,
    batch: 30,
  },
  {
    reply: "***@kodak.com, 550 5.5.0 Mail refused",
    reason: "undefined",
    provider: "other",
    source: "https://www.tengxunqiyeyou.com/forum/forum.php?extra=page%3D2&mod=viewthread&tid=993",
    heldOut: true,
    batch: 30,
  },
  // --- batch 30 ends ---
  {
    reply:
      "Apr 21 20:40:10 umbriel postfix/smtp[259316]: 5A720658C: to=<final@jfly.example.com>, orig_to=<test-list@nixos.org>, relay=final-mailserver.example.com[MAILSERVER_IP]:25, delay=3.3, delays=0.47/0/2.5/0.36, dsn=5.7.1, status=bounced (host final-mailserver.example.com[MAILSERVER_IP] said: 554 5.7.1 <SRS0=VhP0=XH=gmail.com=sender@nixos.org>: Sender address rejected: Access denied (in reply to RCPT TO command))",
    reason: "senderRejected",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/NixOS/infra/issues/650",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "delivery temporarily suspended: lost connection with alt4.gmail-smtp-in.l.google.com[64.233.177.26] while receiving the initial server greeting",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/2400",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Jul 28 12:59:52 zonemta[4133539]: info Sender/default/4133539[6] id=svd5unyzzguhz22p 1984e8a65b30004db0.001 DEFERRED[network] from=bookings@example.com to=to@example.net src={MYSERVERIP} mx=example.net id=<bec241b7-94e5-419a-af9b-c6308d12ec1d@example.com> (554 Blocked - see https://ipcheck.proofpoint.com/?ip={MYSERVERIP})",
    reason: "blocked",
    provider: "proofpoint",
    source: "https://github.com/zone-eu/zone-mta/issues/447",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Diagnostic-Code: smtp; 550-5.7.1 [50.223.129.194      12] Our system has\n    detected that this message is 550-5.7.1 likely unsolicited mail. To reduce\n    the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked.\n    Please visit 550-5.7.1\n    https://support.google.com/mail/?p=UnsolicitedMessageError 550 5.7.1  for\n    more information. 36-20020a630c64000000b003f641a6fe83si27968384pgm.277 -\n    gsmtp",
    reason: "spamDetected",
    provider: "gmail",
    source: "https://github.com/ietf-tools/datatracker/issues/4068",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "501 5.5.4 Unrecognized parameter [DM3NAM03FT051.eop-NAM03.prod.protection.outlook.com]",
    reason: "syntaxError",
    command: "MAIL",
    provider: "microsoft",
    source: "https://github.com/aad-for-linux/pam_aad/issues/15",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "<???@???.???>: host\n    ???-???.mail.protection.outlook.com[213.199.154.202] said: 550 5.7.606\n    Access denied, banned sending IP [****]. To request removal from\n    this list please visit https://sender.office.com/ and follow the\n    directions. For more information please go to\n    http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609) (in reply to\n    RCPT TO command)",
    reason: "blocked",
    command: "RCPT",
    provider: "microsoft",
    source: "https://github.com/JamBrain/JamBrain/issues/271",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Sep 10 15:53:16 smtp1 postfix/smtp[8295]: 79EEF3472294: to=<***@hotmail.com>, relay=mx1.hotmail.com[65.55.37.120]:25, delay=1.3, delays=0.02/0/0.76/0.56, dsn=5.7.0, status=bounced (host mx1.hotmail.com[65.55.37.120] said: 550 5.7.0 (COL004-MC4F14) Message could not be delivered. Please ensure the message is RFC 5322 compliant. (in reply to end of DATA command))",
    reason: "contentError",
    command: "DATA",
    provider: "microsoft",
    source: "https://github.com/haiwen/seafile/issues/842",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      'Remote server returned an error -> 550 Message was sent successfully to XXXX@mailsire.com, Error for hotmail.com of "This message has been retried the maximum of (10) times and has permanently failed."',
    reason: "expired",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/243",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "<kamel.xxxx@yahoo.com>: host mta6.am0.yahoodns.net[74.6.137.64] said: 553 5.7.2\n    [TSS06] All messages from 62.210.211.239 will be permanently deferred;\n    Retrying will NOT succeed. See\n    https://help.yahoo.com/kb/postmaster/SLN3436.html (in reply to MAIL FROM\n    command)",
    reason: "blocked",
    command: "MAIL",
    provider: "yahoo-aol",
    source: "https://github.com/hardware/mailserver/issues/202",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Apr 21 08:45:22 mail postfix/smtp[1283]: F024DAA029B: to=<jfm79@aol.com>, relay=mx-aol.mail.gm0.yahoodns.net[98.136.96.92]:25, delay=59235, delays=59232/0.06/2.3/0.13, dsn=4.7.0, status=deferred (host mx-aol.mail.gm0.yahoodns.net[98.136.96.92] said: 421 4.7.0 [TSS04] Messages from 78.225.183.108 temporarily deferred due to user complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster/SLN3434.html (in reply to MAIL FROM command))",
    reason: "badReputation",
    command: "MAIL",
    provider: "yahoo-aol",
    source: "https://github.com/Mailu/Mailu/issues/1458",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Apr 21 08:45:22 mail postfix/smtp[1295]: BC495AA0516: lost connection with mta7.am0.yahoodns.net[67.195.228.110] while sending RCPT TO",
    reason: "networkError",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/Mailu/Mailu/issues/1458",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "421 4.7.0 [XXX] Messages from x.x.x.x temporarily deferred due to user complaints - 4.16.55.1",
    reason: "badReputation",
    provider: "yahoo-aol",
    source: "https://github.com/sendgrid/sendgrid-python/issues/933",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "(reason: 554 READ THIS: : IMPORTANT ACTION REQUIRED: Delivery will ONLY occur if you click on this link https://mail2.macace.net/cgi/user.cgi?cmd=r&f=11332596)",
    reason: "filtered",
    provider: "other",
    source: "https://github.com/mysociety/writetothem/issues/190",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "[Status: Error, Address: <redacted@domain.com>, Malformed answer from server]",
    reason: "protocolError",
    provider: "zoho",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/121",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "May 18 09:39:54 host=smtp.web.de tls=on auth=on user=XXXXXX from=XXXXXX@web.de recipients=me@TLD,other@TLD smtpstatus=554 smtpmsg='554-Transaction failed\\n554-Reject due to policy restrictions.\\n554 For explanation visit https://postmaster.web.de/error-messages?ip=87.158.232.147&c=hi' errormsg='the server did not accept the mail' exitcode=EX_UNAVAILABLE",
    reason: "contentError",
    provider: "gmx-webde",
    source: "https://github.com/homematic-community/hm_email/issues/14",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Error: Message failed: 554 DT:SPM 126 smtp2,DMmowAAnNDQz4zxdCk6LIw--.52838S2 1564271411,please see http://mail.163.com/help/help_spam_16.htm?ip=219.143.176.2&hostid=smtp2&time=1564271411",
    reason: "spamDetected",
    provider: "netease",
    source: "https://github.com/Vincedream/NodeMail/issues/20",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "<[klein.stephane@gmail.com](mailto:klein.stephane@gmail.com)>: host [gmail-smtp-in.l.google.com](http://gmail-smtp-in.l.google.com/)[66.102.1.26] said:\n\n    550-5.7.26 This message does not pass authentication checks (SPF and DKIM\n\n    both 550-5.7.26 do not pass). SPF check for [[orange.fr](http://orange.fr/)] does not pass with\n\n    ip: 550-5.7.26 [217.70.183.194].To best protect our users from spam, the\n\n    message 550-5.7.26 has been blocked. Please visit 550-5.7.26\n\n    https://support.google.com/mail/answer/81126#authentication for more 550\n\n    5.7.26 information. s17-20020adfea91000000b002c552f5db89si6436405wrm.137 -\n\n    gsmtp (in reply to end of DATA command)",
    reason: "authFailure",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/stephane-klein/backlog/issues/149",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "554 5.7.1 Service unavailable; Client host [a.b.c.d] blocked using {base64}",
    reason: "blocked",
    provider: "other",
    source: "https://github.com/crobinson42/therms-public/issues/66",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "5.7.1 Unfortunately, messages from [104.130.122.30] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [HE1EUR04FT035.eop-eur04.prod.protection.outlook.com]",
    reason: "blocked",
    provider: "microsoft",
    source: "https://github.com/MicrosoftDocs/OfficeDocs-O365ITPro/issues/661",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "550 5.7.1 Command rejected",
    reason: "undefined",
    provider: "opendmarc",
    source: "https://github.com/trusteddomainproject/OpenDMARC/pull/203",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "Response: 550 5.5.1 Protocol error",
    reason: "protocolError",
    command: "RCPT",
    provider: "laposte",
    source: "https://github.com/hbattat/verifyEmail/issues/43",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Sep 06 15:51:08 smtp postfix/smtp[8260]: 2755E408D6: host mx03.t-online.de[194.25.134.73] refused to talk to me: 554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
    reason: "blocked",
    provider: "t-online",
    source: "https://github.com/Mailu/Mailu/issues/1614",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "550: #5.1.0 Address rejected",
    reason: "userUnknown",
    provider: "other",
    source: "https://github.com/lsils/benchmarks/issues/5",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "Error: Mail command failed: 530 5.5.1 Authentication Required.",
    reason: "authRequired",
    command: "MAIL",
    provider: "zoho",
    source: "https://github.com/nodemailer/nodemailer/issues/1083",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "<info@rustdesk.com>: host mx.yandex.net[77.88.21.249] said: 554 5.7.1 Message\n    rejected under suspicion of SPAM; https://ya.cc/1IrBc",
    reason: "spamDetected",
    provider: "yandex",
    source: "https://github.com/rustdesk/rustdesk/issues/3716",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "<**這裡我的郵件地址**>：未找到主機或網域名稱。域名服務錯誤\n對於 name=**這裡我的網域位址** type=A：已找到主機，但沒有請求類型的資料記錄",
    reason: "hostUnknown",
    provider: "protonmail",
    source: "https://github.com/maillab/cloud-mail/issues/43",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "421 4.7.0 [TSS04] Messages from 157.245.96.95 temporarily deferred due to user complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster/SLN3434.html",
    reason: "badReputation",
    provider: "yahoo-aol",
    source: "https://github.com/postalserver/postal/issues/881",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://postmaster.yahooinc.com/error-codes",
    reason: "senderRejected",
    provider: "yahoo-aol",
    source: "https://github.com/mail-in-a-box/mailinabox/issues/2327",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "550 5.2.1 RACT 103.157.21.21: Mailbox is inactive: <real_email@hanmail.net><CRLF>",
    reason: "mailboxDisabled",
    provider: "daum",
    source: "https://github.com/reacherhq/check-if-email-exists/issues/1216",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      " Reason: Remote SMTP server has rejected address\n Diagnostic code: smtp;550-5.1.1 The email account that you tried to reach does not exist. Please try the recipient's email address for typos or spaces. Learn more at https://support.google.com/mail/answer/6596 t8si11697642ywb.299 - gs",
    reason: "userUnknown",
    provider: "gmail",
    source: "https://github.com/netneutrality/savetheinternet.in/issues/166",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "The error that the other server returned was:\n550 #5.1.0 Address rejected.",
    reason: "userUnknown",
    provider: "other",
    source: "https://github.com/netneutrality/savetheinternet.in/issues/119",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "host gmail-smtp-in.l.google.com[108.177.15.27] said:\n    550-5.7.25 [144.76.109.34] The IP address sending this message does not\n    have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry\n    does not 550-5.7.25 point to the sending IP. As a policy, Gmail does not\n    accept messages 550-5.7.25 from IPs with missing PTR records. Please visit\n    550-5.7.25  https://support.google.com/mail/answer/81126#ip-practices for\n    more 550 5.7.25 information.\n    o7-20020a05600002c700b002423d081bc9si7786936wry.828 - gsmtp (in reply to\n    end of DATA command)",
    reason: "requirePTR",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/2991",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "<USER@gmail.com> (expanded from <USER@THEIR-DOMAIN>):\n    host gmail-smtp-in.l.google.com[2a00:1450:400c:c07::1a] said: 550-5.7.1\n    [2001:41c8:1:5649::71] Our system has detected that this message does\n    550-5.7.1 not meet IPv6 sending guidelines regarding PTR records and\n    550-5.7.1 authentication. Please review 550-5.7.1\n    https://support.google.com/mail/?p=ipv6_authentication_error for more 550\n    5.7.1 information. y4si17310019wme.87 - gsmtp (in reply to end of DATA\n    command)",
    reason: "requirePTR",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/cyclestreets/cyclescape/issues/553",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Remote server returned '552 5.2.1 <phz5gwmw@anonaddy.com>: Recipient address rejected: User disabled'",
    reason: "mailboxDisabled",
    provider: "anonaddy",
    source: "https://github.com/anonaddy/anonaddy/issues/757",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "552 5.2.1 <xxxxx@anonaddy.me>: Recipient address rejected: User disabled",
    reason: "mailboxDisabled",
    provider: "anonaddy",
    source: "https://github.com/anonaddy/anonaddy/issues/796",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Jul 28 09:45:03 lovelace.box.pydis.wtf postfix/smtpd[698622]: NOQUEUE: reject: RCPT from mail-qv1-xf49.google.com[2607:f8b0:4864:20::f49]: 550 5.1.1 <dmarc@pydis.wtf>: Recipient address rejected: User unknown in local recipient table; from=<noreply-dmarc-support@google.com> to=<dmarc@pydis.wtf> proto=ESMTP helo=<mail-qv1-xf49.google.com>",
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/python-discord/infra/issues/432",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Access denied, sending domain [[PFADIBETTLACH.CH](http://pfadibettlach.ch/)] does not pass DMARC\n    verification and has a DMARC policy of reject.\n    [[DBBP189MB1369.EURP189.PROD.OUTLOOK.COM](http://dbbp189mb1369.eurp189.prod.outlook.com/) 2023-06-25T21:52:29.770Z\n    08DB7465E73D2969] [[BN0PR02CA0022.namprd02.prod.outlook.com](http://bn0pr02ca0022.namprd02.prod.outlook.com/)\n    2023-06-25T21:52:29.809Z 08DB75523BC72ECD]\n    [[BN8NAM04FT009.eop-NAM04.prod.protection.outlook.com](http://bn8nam04ft009.eop-nam04.prod.protection.outlook.com/)\n    2023-06-25T21:52:29.812Z 08DB757A56FD905D] (in reply to end of DATA\n    command)",
    reason: "authFailure",
    command: "DATA",
    provider: "microsoft",
    source: "https://github.com/hitobito/hitobito/issues/2149",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "3019218337A: to=<myemail@gmail.com>, relay=gmail-smtp-in.l.google.com[108.177.122.27]:25, delay=2.9, delays=0.18/0.05/2.4/0.28, dsn=5.7.1, status=bounced (host gmail-smtp-in.l.google.com[108.177.122.27] said: 550-5.7.1 Unauthenticated email from forestproperties.com is not accepted due to 550-5.7.1 domain's DMARC policy. Please contact the administrator of 550-5.7.1 forestproperties.com domain if this was a legitimate mail. Please 550-5.7.1 visit 550-5.7.1 https://support.google.com/mail/answer/2451690 to learn about the 550 5.7.1 DMARC initiative. b7-v6si3511933ywl.391 - gsmtp (in reply to end of DATA command)).",
    reason: "authFailure",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/1662",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Unauthenticated email from google.com is not accepted due to domain's DMARC policy. Please contact the administrator of google.com domain if this was a legitimate mail. Please visit https://support.google.com/mail/answer/2451690 to learn about the DMARC initiative.",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/dongri/mailgun-rs/issues/1",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.",
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://github.com/gophish/gophish/issues/2670",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      'Error: Exception calling "Send" with "1" argument(s): "Transaction failed. The server response was: 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.',
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://github.com/EvotecIT/PSPasswordExpiryNotifications/issues/3",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "Error: Invalid greeting. response=554 Local Policy Violation: 554 Local Policy Violation",
    reason: "policyViolation",
    provider: "other",
    source: "https://github.com/nodemailer/nodemailer/issues/1257",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "[...] delivery via smtp.ionos.de[213.165.67.113]:587: host\n    smtp.ionos.de[213.165.67.113] said: 554-Transaction failed 554-Reject due\n    to policy restrictions. 554 For explanation visit\n    https://postmaster.1und1.de/de/case?c=hi&i=ip&v=[...] (in reply to\n    end of DATA command)",
    reason: "contentError",
    command: "DATA",
    provider: "ionos",
    source: "https://github.com/homematic-community/hm_email/issues/13",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "data: unexpected EOF, transient",
    reason: "networkError",
    provider: "mox",
    source: "https://github.com/mjl-/mox/issues/198",
    heldOut: true,
    batch: 31,
  },
  {
    reply: 'Ratelimit \\"user\\" exceeded',
    reason: "rateLimited",
    provider: "rspamd",
    source: "https://github.com/hardware/mailserver/issues/152",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "<xxxxx@verizon.net>: connect to mailin-04.mx.aol.com[152.163.0.100]:25:\n    Connection timed out",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/mail-in-a-box/mailinabox/issues/1226",
    heldOut: true,
    batch: 31,
  },
  {
    reply: "com.sun.mail.smtp.SMTPAddressFailedException: 550  previously hard-bounced",
    reason: "userUnknown",
    provider: "other",
    source: "https://github.com/yegor256/netbout/issues/736",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Apr 21 08:45:18 mail postfix/error[1311]: 5028AAA0203: to=<jaramirezl@pep.pemex.com>, relay=none, delay=61344, delays=61344/0.26/0/0.01, dsn=4.4.1, status=deferred (delivery temporarily suspended: connect to pep.pemex.com[200.23.91.68]:25: Operation timed out)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/Mailu/Mailu/issues/1458",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Apr 21 08:45:18 mail postfix/smtp[1297]: 6DB83AA0073: to=<is3041@att.com>, relay=mx0a-00191d01.pphosted.com[67.231.149.140]:25, delay=63227, delays=63226/0.17/1.3/0, dsn=4.0.0, status=deferred (host mx0a-00191d01.pphosted.com[67.231.149.140] refused to talk to me: 554 Blocked - see https://ipcheck.proofpoint.com/?ip=78.225.183.108)",
    reason: "blocked",
    provider: "proofpoint",
    source: "https://github.com/Mailu/Mailu/issues/1458",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "Apr 21 08:45:18 mail postfix/smtp[1266]: 64952AA051D: host mx02.mail.icloud.com[17.56.9.19] refused to talk to me: 550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=78.225.183.108",
    reason: "blocked",
    provider: "apple",
    source: "https://github.com/Mailu/Mailu/issues/1458",
    heldOut: true,
    batch: 31,
  },
  {
    reply:
      "<emailaddress@yahoo.co.uk>: host mx-eu.mail.am0.yahoodns.net[77.238.184.241]\n    said: 554 delivery error: dd This user doesn't have a yahoo.co.uk account\n    (emailaddress@yahoo.co.uk) [0] - mta1005.mail.ukl.yahoo.com (in reply to\n    end of DATA command)",
    reason: "userUnknown",
    command: "DATA",
    provider: "yahoo-aol",
    source: "https://github.com/justingit/dada-mail/issues/318",
    heldOut: true,
    batch: 31,
  },
  // --- batch 31 ends ---
  {
    reply: "451 4.7.1 Service unavailable - try again later.",
    reason: "greylisted",
    provider: "other",
    source:
      "https://reviewmyemails.com/emailalmanac/bounces-and-errors/provider-specific-bounce-codes/what-is-451-471-throttling",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "451 4.7.1 Temporarily rejected due to policy.",
    reason: "policyViolation",
    provider: "other",
    source:
      "https://reviewmyemails.com/emailalmanac/bounces-and-errors/provider-specific-bounce-codes/what-is-451-471-throttling",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "451 4.7.1 Please try again.",
    reason: "greylisted",
    provider: "other",
    source:
      "https://reviewmyemails.com/emailalmanac/bounces-and-errors/provider-specific-bounce-codes/what-is-451-471-throttling",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "421 4.3.2 Service temporarily unavailable",
    reason: "systemError",
    provider: "other",
    source: "https://tamingdns.com/bounce-decoder/421-4-3-2-system-not-accepting-mail",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "421 4.3.2 All server ports are busy",
    reason: "tooManyConnections",
    provider: "other",
    source: "https://tamingdns.com/bounce-decoder/421-4-3-2-system-not-accepting-mail",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "421 4.4.2 Bad connection",
    reason: "networkError",
    provider: "other",
    source: "https://tamingdns.com/bounce-decoder/421-4-4-2-bad-connection",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "421 4.4.2 Connection dropped by remote host",
    reason: "networkError",
    provider: "other",
    source: "https://tamingdns.com/bounce-decoder/421-4-4-2-bad-connection",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "450 4.20 Mailbox Temporary Unavailable",
    reason: "undefined",
    provider: "other",
    source: "https://www.warmy.io/blog/smtp-error-450-4-2-0",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "450 4.2.1 Mailbox temporarily unavailable",
    reason: "mailboxDisabled",
    command: "RCPT",
    provider: "other",
    source: "https://www.errcodes.dev/smtp/450-mailbox-unavailable-temporary",
    heldOut: true,
    batch: 32,
  },
  {
    reply:
      "450, “4.2.1” The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered.",
    reason: "rateLimited",
    provider: "gmail",
    source: "https://www.warmy.io/blog/smtp-error-450-4-2-1",
    heldOut: true,
    batch: 32,
  },
  {
    reply:
      "450, “4.2.1”, The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered.",
    reason: "rateLimited",
    provider: "gmail",
    source: "https://www.warmy.io/blog/smtp-error-450-4-2-1",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "450, “4.2.1”, Peak SMTP relay limit exceeded for customers. This is a temporary error.",
    reason: "rateLimited",
    provider: "gmail",
    source: "https://www.warmy.io/blog/smtp-error-450-4-2-1",
    heldOut: true,
    batch: 32,
  },
  {
    reply:
      "Remote Server returned '451 4.4.0 DNS query failed.\nThe error was: DNS query failed with error ErrorDnsQueryFailed'",
    reason: "networkError",
    provider: "exchange",
    source: "https://medhacloud.com/blog/error-451-440-dns-query-failed",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
    reason: "hostUnknown",
    provider: "exchange",
    source: "https://exchangemaster.wordpress.com/2014/04/",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "452 Too many recipients received this hour",
    reason: "rateLimited",
    provider: "proofpoint",
    source:
      "https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-filtering-provider-uses-the-bounce-message-452-too-many-recipients-received-this-hour-and-h",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "SMTP error (452): Failed to add recipient\n(4.5.3 Error: too many recipients)",
    reason: "exceedLimit",
    command: "RCPT",
    provider: "postfix",
    source: "https://errors24.ru/2023/06/25/oshibka-servera-452-too-many-recipients",
    heldOut: true,
    batch: 32,
  },
  {
    reply: 'S: 500 5.5.1 Command unrecognized: "HLEO"',
    reason: "syntaxError",
    provider: "other",
    source: "https://dnschkr.com/smtp-errors/500",
    heldOut: true,
    batch: 32,
  },
  {
    reply: '500 5.5.1 Command unrecognized: "XAUTH2 login"',
    reason: "syntaxError",
    provider: "other",
    source: "https://senderreputation.org/bounce-codes/500",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "500 Syntax error, command unrecognized",
    reason: "syntaxError",
    provider: "other",
    source: "https://postigo.net/en/smtp-errors/500",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "500 Error: bad syntax",
    reason: "syntaxError",
    provider: "other",
    source: "https://postigo.net/en/smtp-errors/500",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "500 Unrecognized command",
    reason: "syntaxError",
    provider: "other",
    source:
      "https://reviewmyemails.com/emailalmanac/bounces-and-errors/smtp-error-codes-meanings/what-does-smtp-500-mean",
    heldOut: true,
    batch: 32,
  },
  {
    reply: '500 5.5.1 Command unrecognized: "XUNKNOWNCMD"',
    reason: "syntaxError",
    provider: "other",
    source: "https://www.errcodes.dev/smtp/5-5-1-invalid-command",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "501 5.1.3 Invalid address format",
    reason: "userUnknown",
    provider: "other",
    source: "https://captainverify.com/blog/error-smtp-501.html",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "501 test@DomainTest.com... Sender domain must exist",
    reason: "senderRejected",
    command: "MAIL",
    provider: "sendmail",
    source: "https://www.infania.net/misc/kbarchive/kb/280/Q280118/index.html",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "501 5.1.3 Invalid address",
    reason: "userUnknown",
    provider: "other",
    source: "https://glockapps.com/blog/effective-tips-to-resolving-smtp-501-error",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "501 5.1.3 Bad recipient address syntax",
    reason: "userUnknown",
    provider: "other",
    source: "https://glockapps.com/blog/effective-tips-to-resolving-smtp-501-error",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "501 5.1.8 Bad sender's system address",
    reason: "senderRejected",
    provider: "other",
    source: "https://tamingdns.com/bounce-decoder/501-5-1-8-bad-sender-address",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "530 Authentication Required (VM401)",
    reason: "authRequired",
    command: "MAIL",
    provider: "virginmedia",
    source: "https://community.virginmedia.com/t5/Email/Ravenstar-s-Email-FAQ-s/m-p/2690691",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "535 5.7.0 – Too many authentication failures",
    reason: "authRequired",
    provider: "other",
    source: "https://www.warmy.io/blog/?p=35789",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "535 5.7.0 – Authentication failed",
    reason: "authRequired",
    provider: "other",
    source: "https://www.warmy.io/blog/?p=35789",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "Error 535 5.7.3 Authentication unsuccessful",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://www.warmy.io/blog/how-to-fix-smtp-email-error-535-5-7-3-solved/",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "550 5.4.5 Daily user sending limit exceeded.",
    reason: "rateLimited",
    provider: "gmail",
    source:
      "https://www.simplefastwebsites.com/errors/email/smtp-550-5-4-5-daily-sending-quota-exceeded-gmail/",
    heldOut: true,
    batch: 32,
  },
  {
    reply:
      "550-5.4.5 Daily user sending quota exceeded.\n550 5.4.5 https://support.google.com/mail/?p=DailyLimitExceeded",
    reason: "rateLimited",
    provider: "gmail",
    source:
      "https://www.simplefastwebsites.com/errors/email/smtp-550-5-4-5-daily-sending-quota-exceeded-gmail/",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "550: High probability of spam",
    reason: "spamDetected",
    provider: "other",
    source:
      "http://articlesandblogs.jigsy.com/entries/general/what-is-the-550-spam-error-and-how-do-i-fix-it-",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "550 5.4.7 Message expired - unable to deliver",
    reason: "expired",
    provider: "other",
    source: "https://tamingdns.com/bounce-decoder/550-5-4-7-delivery-time-expired",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "550 5.1.2 Bad destination mailbox address",
    reason: "userUnknown",
    provider: "other",
    source: "https://tamingdns.com/bounce-decoder/550-5-1-2-bad-destination-domain",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "550 5.1.2 <[email protected]>: Recipient address rejected: Domain not found",
    reason: "hostUnknown",
    provider: "postfix",
    source: "https://tamingdns.com/bounce-decoder/550-5-1-2-bad-destination-domain",
    heldOut: true,
    batch: 32,
  },
  {
    reply:
      "<Email-address-you’re-sending-to> :\n<remote-mail-server-ip> does not like recipient. Remote\nhost said: 553 5.3.0 <Email-address-you’re-sending-to>.\nAddressee unknown. Giving up.",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "http://www.sqlserverf1.com/smtp-status-codes-and-error-messages-from-error-553/",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "553 sorry, relaying denied from your location",
    reason: "relayDenied",
    provider: "other",
    source: "http://www.sqlserverf1.com/smtp-status-codes-and-error-messages-from-error-553/",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "554 RLY:B1",
    reason: "blocked",
    provider: "yahoo-aol",
    source: "https://www.hostx.eu/members/index.php?rp=%2Fknowledgebase%2F789%2FEmail-error-554.html",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "554 Message not allowed - [PH01] Email not accepted for policy reasons.",
    reason: "policyViolation",
    provider: "yahoo-aol",
    source: "https://www.hostx.eu/members/index.php?rp=%2Fknowledgebase%2F789%2FEmail-error-554.html",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "554 Sorry, no mailbox here by that name.",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.hostx.eu/members/index.php?rp=%2Fknowledgebase%2F789%2FEmail-error-554.html",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "554 Spam detected",
    reason: "spamDetected",
    provider: "other",
    source: "https://www.hostx.eu/members/index.php?rp=%2Fknowledgebase%2F789%2FEmail-error-554.html",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "smtp;554 Invalid data in message",
    reason: "contentError",
    provider: "other",
    source: "http://h41379.www4.hpe.com/wizard/wiz_5952.html",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "554 5.7.5 Permanent Error Evaluating DMARC Policy",
    reason: "authFailure",
    provider: "other",
    source: "https://autospf.com/blog/554-5-7-5-permanent-error-in-dmarc-and-how-to-fix-it.md",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "S: 554 5.1.1 <[email address]>: bounced address: could not resolve address [email address]",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/554-error",
    heldOut: true,
    batch: 32,
  },
  {
    reply:
      "S: 554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour. For more information go to [Link]. [Server details]",
    reason: "rateLimited",
    provider: "microsoft",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/554-error",
    heldOut: true,
    batch: 32,
  },
  {
    reply:
      "S: 554 30 Sorry, your message to [email address] cannot be delivered. This mailbox is disabled (554.30).",
    reason: "mailboxDisabled",
    provider: "yahoo-aol",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/554-error",
    heldOut: true,
    batch: 32,
  },
  {
    reply: "S: 554 5.7.1 Your email was rejected due to Spam filtering.",
    reason: "spamDetected",
    provider: "other",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/554-error",
    heldOut: true,
    batch: 32,
  },
  {
    reply:
      "421-4.7.0 [203.0.113.10] Our system has detected that this message is suspicious due to the very low reputation of the sending IP address. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. - gsmtp",
    reason: "badReputation",
    provider: "gmail",
    source: "https://senderreputation.org/bounce-codes/4-7-0",
    heldOut: true,
    batch: 32,
  },
  {
    reply:
      "Remote Server returned '554 5.3.0 < #5.3.0 smtp; 550 Rejected by header based Anti-Spoofing policy: Accreditation@footballclubfc.com - https://community.mimecast.com/docs/DOC-1369#550 [VUJUo2t1Pr-x_8v9fCw5Og.uk90]>'",
    reason: "policyViolation",
    provider: "mimecast",
    source:
      "https://accredit-solutions.zendesk.com/hc/en-gb/articles/360017721797-550-Rejected-by-header-based-Anti-Spoofing-policy",
    heldOut: true,
    batch: 32,
  },
  // --- batch 32 ends ---
  // batch 33, query 1: mailman 550 5.7.1 list post rejected
  {
    reply:
      "postfix/smtp[137]: 73EBC8B09: to=<some-random-address@yahoo.com.tw>, relay=mx-tw.mail.gm0.yahoodns.net[180.222.103.9]:25, delay=29, delays=17/0.03/12/0.24, dsn=4.7.0, status=deferred (host mx-tw.mail.gm0.yahoodns.net[180.222.103.9] said: 421 4.7.0 [TSS04] Messages from 94.142.240.35 temporarily deferred due to user complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster/SLN3434.html (in reply to MAIL FROM command))",
    reason: "badReputation",
    command: "MAIL",
    provider: "yahoo-aol",
    source: "https://github.com/Mailu/Mailu/issues/583",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      "Server response: 550 550 rejected because 198.61.254.12 is in a black list at ix.dnsbl.manitu.net Your e-mail service was detected by spam.over.port25.me (NiX Spam) as spamming at Mon, 27 Mar 2017 14:52:05 +0200. Your admin should visit http://www.dnsbl.manitu.net/lookup.php?value=198.61.254.12",
    reason: "blocked",
    provider: "other",
    source: "https://github.com/mitodl/micromasters/issues/2958",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      'Server response: 550 550 "JunkMail rejected - so254-12.mailgun.net [198.61.254.12]:16742 is in an RBL, see Known spammer, see https://directnic.com/knowledge#/knowledge/article/321"',
    reason: "blocked",
    provider: "other",
    source: "https://github.com/mitodl/micromasters/issues/2958",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 5: sympa smtp 554 rejected
  {
    reply:
      "milter-reject: END-OF-MESSAGE from baz.example.com[10.0.0.0]: 5.7.1 Spam message rejected; from=<foo-owner@lists.example.org> to=<foo@example.org> proto=ESMTP helo=<mail.example.org>",
    reason: "spamDetected",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/sympa-community/sympa/issues/809",
    heldOut: true,
    batch: 33,
  },
  {
    reply: "Diagnostic-Code: smtp; 550 5.7.1 Policy reason",
    reason: "policyViolation",
    provider: "other",
    source: "https://github.com/sympa-community/sympa/issues/1166",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 9: mautic email 554 5.7.1
  {
    reply:
      'Swift_TransportException: Expected response code 250 but got code "554", with message "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message. STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.',
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://github.com/mautic/mautic/issues/7384",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      'Expected response code 250/251/252 but got code "554", with message "554 5.7.1 : Recipient address rejected: policy rejection: mark@srvapor.eco.br: recipient is known to bounce; see https://www.hostnet.com.br/info/recipient-is-known-to-bounce/ "',
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/mautic/mautic/issues/10162",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      'Expected response code 250 but got code "503", with message "503 5.5.1 Error: nested MAIL command "',
    reason: "protocolError",
    command: "MAIL",
    provider: "postfix",
    source: "https://github.com/mautic/mautic/issues/10162",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      "NOQUEUE: reject: RCPT from unknown[x.x.x.x]: 550 5.1.0 <crm+bounce_676d04bc83217995476425@domain.name>: Sender address rejected: domain.name; from=<crm+bounce_676d04bc83217995476425@domain.name> to=<test@domain.name> proto=ESMTP helo=<[127.0.0.1]>",
    reason: "senderRejected",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/mautic/mautic/issues/14410",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      'Expected response code 250/251/252 but got code "550", with message "550-The mail server could not deliver mail to [EMAIL]. 550-The account or domain may not exist, they may be blacklisted, or missing 550 the proper dns entries. "',
    reason: "userUnknown",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/mautic/mautic/issues/9822",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 10: mautic smtp 421
  {
    reply:
      'Expected response code 250/251/252 but got code "451", with message "451 Temporary local problem - please try later "',
    reason: "systemError",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/mautic/mautic/issues/9822",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 12: phplist bounce processing 550 5.1.1
  {
    reply:
      "smtp;550 5.1.1 The email account that you tried to reach does not exist.   Please try double-checking the recipient's email address for typos or   unnecessary spaces. Learn more at   https://support.google.com/mail/?p=NoSuchUser b187si4579608oia.339 - gsmtp",
    reason: "userUnknown",
    provider: "gmail",
    source: "https://github.com/magicdude4eva/port25-bouncehandler/issues/11",
    heldOut: true,
    batch: 33,
  },
  {
    reply: "smtp;550 No such person at this address.",
    reason: "userUnknown",
    provider: "other",
    source: "https://github.com/magicdude4eva/port25-bouncehandler/issues/11",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 13: keila newsletter smtp 550
  {
    reply:
      '** (Swoosh.DeliveryError) delivery error: {:send, {:permanent_failure, ~c"52.96.121.230", "530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.3 Authentication unsuccessful [SN7PR04CA0203.namprd04.prod.outlook.com 2025-11-08T20:26:59.784Z 08DE1ED84C91CBD6]\\r\\n"}}',
    reason: "authRequired",
    provider: "microsoft",
    source: "https://github.com/pentacent/keila/issues/470",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      '** (Swoosh.DeliveryError) delivery error: {:send, {:permanent_failure, ~c"123.123.123.123", "553 5.7.1 <keila@localhost>: Sender address rejected: not owned by user lists@my.domain.\\r\\n"}}',
    reason: "senderRejected",
    provider: "postfix",
    source: "https://github.com/pentacent/keila/issues/293",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 18: suitecrm smtp 550
  {
    reply:
      "MAIL FROM command failed,Access denied - Invalid HELO name (See RFC2821 4.1.3) ,550,SMTP server error: MAIL FROM command failed Detail: Access denied - Invalid HELO name (See RFC2821 4.1.3) SMTP code: 550SMTP server error: MAIL FROM command failed Detail: Access denied - Invalid HELO name (See RFC2821 4.1.3) SMTP code: 550",
    reason: "blocked",
    command: "MAIL",
    provider: "exim",
    source: "https://github.com/SuiteCRM/SuiteCRM/issues/9065",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 19: espocrm smtp 550
  {
    reply: "[2023-11-11 13:28:06] ERROR: Email sending error: I cannot deliver mail for <...>",
    reason: "relayDenied",
    provider: "haraka",
    source: "https://github.com/espocrm/espocrm/issues/2897",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      '[2026-09-09 13:01:09] ERROR: (550) Email sending error: Expected response code "250" but got code "550", with message "550 5.6.0 Email must contain either an HTML or text body".',
    reason: "contentError",
    provider: "other",
    source: "https://github.com/espocrm/espocrm/issues/3785",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 21: dolibarr smtp 550
  {
    reply:
      "Error [120]: Ran into problems sending Mail. Response: 501 5.5.2 : Helo command rejected: Invalid name",
    reason: "blocked",
    provider: "postfix",
    source: "https://github.com/Dolibarr/dolibarr/issues/10695",
    heldOut: true,
    batch: 33,
  },
  {
    reply: "Error [120]: Ran into problems sending Mail. Response: 554 5.5.1 Error: no valid recipients",
    reason: "protocolError",
    provider: "postfix",
    source: "https://github.com/Dolibarr/dolibarr/issues/10695",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      "Error [120]: Ran into problems sending Mail. Response: 501 5.5.4 Invalid domain name [AM6PR03CA0010.eurprd03.prod.outlook.com]",
    reason: "syntaxError",
    provider: "microsoft",
    source: "https://github.com/Dolibarr/dolibarr/issues/10695",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      "SMTP error from remote server for TEXT command, host: mx1.free.fr (212.27.48.7) reason: 550 mail dropped, bare LF found",
    reason: "contentError",
    command: "DATA",
    provider: "free",
    source: "https://github.com/Dolibarr/dolibarr/issues/33871",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 22: odoo smtp 554 5.7.1
  {
    reply:
      "SMTPRecipientsRefused: {'\"test@test.com\"': (554, '5.7.1 <localhost.localdomain>: Helo command rejected: Get lost!'), 'test@test.com': (554, '5.7.1 <localhost.localdomain>: Helo command rejected: Get lost!')}",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/odoo/odoo/issues/6181",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      "smtplib.SMTPDataError: (550, b'5.7.60 SMTP; Client does not have permissions to send as this sender')",
    reason: "senderRejected",
    command: "DATA",
    provider: "microsoft",
    source: "https://github.com/odoo/odoo/issues/162909",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 26: magento 2 email 550 5.7.1
  {
    reply:
      "Invalid rcptto [@sm070102] at DATA State(Connection IP address:x.x.x.x) ANTISPAM_BAT[01201311R116c, rsid06449]: invaddr reject",
    reason: "userUnknown",
    provider: "aliyun",
    source: "https://github.com/magento/magento2/issues/31653",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 36: indico email smtp 550
  {
    reply:
      "2020-10-30 05:48:23,718  0000000000000000  indico.emails - ERROR emails.py:52 -- Could not send email \"[Indico] Registration for AI-driven discovery in Biophysics\" (attempt 10/10); giving up [(550, '5.7.1 <noreply@cmu.edu>... Sender rejected', u'noreply@cmu.edu')]; stored data in /opt/indico/tmp/failed-email-2020-10-30-m_jzS_",
    reason: "senderRejected",
    command: "MAIL",
    provider: "sendmail",
    source: "https://github.com/indico/indico/issues/4690",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 37: hi.events smtp 550
  {
    reply:
      'Failed to authenticate on SMTP server with username "d8f68db9-c499-4112-b009-4ef769477440" using the following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "Expected response code "235" but got code "501", with message "501 Username used for auth is not valid email address".". Authenticator "PLAIN" returned "Expected response code "235" but got empty code.".',
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/HiEventsDev/Hi.Events/issues/88",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 39: email verification smtp rcpt 550 5.1.1 check
  {
    reply:
      "<** 577 5.1.1 <dmarc_agg@xing.com>: Recipient address rejected: undeliverable address: host barracuda-2.mail.ams1.xing.com[10.12.16.55] said: 550 No such user (dmarc_agg@xing.com) (in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/hardenize/hardenize-public/issues/23",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      "SMTP Last Response Code: 450\nSMTP Last Response: 4.1.2 <email@invalid.com>: Recipient address rejected: Domain not found",
    reason: "hostUnknown",
    provider: "postfix",
    source: "https://github.com/MailCore/mailcore2/issues/1960",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 42: truemail smtp 550
  {
    reply: "554 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=35.227.168.149",
    reason: "blocked",
    command: "RCPT",
    provider: "proofpoint",
    source: "https://github.com/truemail-rb/truemail/issues/298",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 48: sparkpost bounce 554 5.7.1
  {
    reply:
      "554 5.4.7 [internal] message timeout (exceeded max time, last transfail: 421 4.4.0 [internal] no mail servers for this domain could be reached at this time)",
    reason: "expired",
    provider: "sparkpost",
    source: "https://github.com/cividesk/com.cividesk.email.sparkpost/pull/98",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 53: wp mail smtp 535 5.7.139
  {
    reply:
      'MailService: Failed to authenticate on SMTP server with username "ALIAS mail" using 3 possible authenticators. Authenticator LOGIN returned Expected response code 235 but got code "535", with message "535-5.7.8 Username and Password not accepted. Learn more at 535 5.7.8 https://support.google.com/mail/?p=BadCredentials n17sm441500wmc.34 - gsmtp ". Authenticator PLAIN returned Expected response code 235 but got code "535", with message "535-5.7.8 Username and Password not accepted. Learn more at 535 5.7.8 https://support.google.com/mail/?p=BadCredentials n17sm441500wmc.34 - gsmtp ". Authenticator XOAUTH2 returned Expected response code 250 but got code "535", with message "535-5.7.8 Username and Password not accepted. Learn more at 535 5.7.8 https://support.google.com/mail/?p=BadCredentials n17sm441500wmc.34 - gsmtp ".',
    reason: "authRequired",
    command: "AUTH",
    provider: "gmail",
    source: "https://github.com/fisharebest/webtrees/issues/2718",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 58: frappe email queue 554
  {
    reply: "SMTPDataError: (550, '5.6.0 Required headers not found (see RFC2822 section 3.6)')",
    reason: "contentError",
    command: "DATA",
    provider: "other",
    source: "https://github.com/frappe/erpnext/issues/10296",
    heldOut: true,
    batch: 33,
  },
  {
    reply: "451 Queuing declined or disabled, try later",
    reason: "systemError",
    provider: "haraka",
    source: "https://github.com/haraka/Haraka/issues/68",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      "SMTPSenderRefused: (553, '5.7.1 Sender address rejected: not owned by auth user.', u'Notifications <admin@example.com>')",
    reason: "senderRejected",
    command: "MAIL",
    provider: "postfix",
    source: "https://github.com/frappe/frappe/issues/7021",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 60: akaunting mail 550
  {
    reply:
      "HTTP ERROR 500 javax.servlet.ServletException: jakarta.mail.AuthenticationFailedException: 451 Internal server error",
    reason: "systemError",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/jenkins-infra/helpdesk/issues/4796",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 61: mailman3 postfix 550 5.1.1 list
  {
    reply: '<"lmtp:[172.19.199.2]:8024"@<my domain>>: unknown user:\n    "lmtp:[172.19.199.2]:8024"',
    reason: "userUnknown",
    provider: "postfix",
    source: "https://github.com/maxking/docker-mailman/issues/165",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      "<mailman@chif.fr>: host spool.mail.gandi.net[217.70.178.1] said: 554 5.7.1\n    <mailman@chif.fr>: Relay access denied (in reply to RCPT TO command)",
    reason: "relayDenied",
    command: "RCPT",
    provider: "gandi",
    source: "https://github.com/YunoHost-Apps/mailman_ynh/issues/12",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 62: listmonk messenger 554
  {
    reply:
      "2021/04/26 17:53:07 error sending message in campaign Test campaign: subscriber 1eac130c-7007-42b3-b721-e84dd9d1d3c0: 503 5.5.1 Error: nested MAIL command",
    reason: "protocolError",
    provider: "postfix",
    source: "https://github.com/knadh/listmonk/issues/337",
    heldOut: true,
    batch: 33,
  },
  {
    reply: 'subscriber 3: 450 Invalid literal value, expected ""',
    reason: "contentError",
    provider: "other",
    source: "https://github.com/knadh/listmonk/issues/2229",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 65: billionmail 550
  {
    reply: "said: 554 5.4.0 Error: too many hops (in reply to end of DATA command)",
    reason: "networkError",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/Billionmail/BillionMail/issues/79",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 67: sendportal smtp 550
  {
    reply: "550 5.7.60 SMTP; Client does not have permissions to send as this sender.",
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://github.com/gophish/gophish/issues/1600",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 69: ghost members email bounce 554
  {
    reply:
      "host\n    aspmx.l.google.com[142.250.147.26] said: 550-5.7.1 Alumni email service\n    over limit, email blocked outside example.com. 550-5.7.1 Messages to/from\n    non-Example accounts will not be sent or received. 550 5.7.1 See\n    https://bconnected.example.com/alumni-email for details. - gcdp\n    4fb4d7f45d1cf-5c25290fe26si2709338a12.136 - gsmtp (in reply to end of DATA",
    reason: "policyViolation",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/openstreetmap/operations/issues/1152",
    heldOut: true,
    batch: 33,
  },
  {
    reply: "550 Unrouteable address",
    reason: "hostUnknown",
    provider: "exim",
    source: "https://github.com/toadchild/40kdice/issues/2",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      "Failed to send email. Reason: Message failed: 550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements.",
    reason: "senderRejected",
    command: "DATA",
    provider: "sendgrid",
    source: "https://github.com/gameguild-gg/gameguild/issues/85",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 71: odoo outgoing mail server 535 5.7.8
  {
    reply: "SMTPDataError: 550\n5.7.1 Client does not have permissions to send as this sender",
    reason: "senderRejected",
    command: "DATA",
    provider: "microsoft",
    source: "https://github.com/odoo/odoo/issues/8426",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      "SMTPSenderRefused: 530\n5.7.57 SMTP; Client was not authenticated to send anonymous mail during\nMAIL FROM [CY4PR19CA0041.namprd19.prod.outlook.com]\nbounce+5-res.users-6@mvpsys.com",
    reason: "authRequired",
    command: "MAIL",
    provider: "microsoft",
    source: "https://github.com/odoo/odoo/issues/8021",
    heldOut: true,
    batch: 33,
  },
  {
    reply:
      "Connection test failed! Here's what we have instead:\n535\n5.7.8 Error: authentication failed: UGFzc3dvcmQ66",
    reason: "authRequired",
    command: "AUTH",
    provider: "ovh",
    source: "https://github.com/bitnami/bitnami-docker-odoo/issues/46",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 74: listmonk 550 5.7.1 relay
  {
    reply:
      "NOQUEUE: reject: RCPT from localhost[::1]: 454 4.7.1 <admin-notification@listes.openstreetmap.fr>: Relay access denied; from=<monit@osm211.openstreetmap.fr> to=<admin-notification@listes.openstreetmap.fr> proto=ESMTP helo=<osm211>",
    reason: "relayDenied",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/osm-fr/infrastructure/issues/96",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 75: sympa 421 4.7.0 deferred
  {
    reply:
      "2025-03-17T18:58:19.468020+01:00 listen postfix/pipe[3341]: 69BFC2E0EB5: to=<|/usr/lib/sympa/bin/queue@listen.xxx.org>, orig_to=<test@listen.xxx.org>, relay=sympa, delay=0.04, delays=0.02/0.02/0/0.01, dsn=4.3.0, status=deferred (temporary failure. Command output: /usr/lib/sympa/lib/sympa/queue: while opening queue file 'T.|/usr/lib/sympa/bin/queue@listen.xxx.org.1742234299.3343': No such file or directory )",
    reason: "systemError",
    provider: "postfix",
    source: "https://github.com/sympa-community/sympa/issues/1944",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 78: espocrm 554 5.7.1
  {
    reply: "[2015-05-12 11:55:09] Espo.ERROR: Display Error: See http://pobox.com/~djb/docs/smtplf.html.",
    reason: "contentError",
    provider: "qmail",
    source: "https://github.com/espocrm/espocrm/issues/50",
    heldOut: true,
    batch: 33,
  },
  // batch 33, query 79: frappe SMTPRecipientsRefused 550 5.1.1
  {
    reply:
      "SMTPRecipientsRefused: {u'Administrator': (550, '5.1.1 <Administrator>: Recipient address rejected: User unknown in virtual mailbox table')}",
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/frappe/frappe/issues/5501",
    heldOut: true,
    batch: 33,
  },
  // --- batch 33 ends ---
  // --- held-out batch 34: a sample from mail administrators' own writing (mailing-list archives,
  // sysadmins' blogs and wikis, IT help pages), collected and labelled blind (see `heldOut` above) ---
  // query 6: exim-users 550 sender verify failed callout
  {
    reply:
      "2008-11-17 15:02:27 [30121] H=relay1.example.com (qsv-spam1.example.com) []:36752 I=[]:25 F=<[email protected]> temporarily rejected RCPT <[email protected]>: Could not complete sender verify callout",
    reason: "senderRejected",
    command: "RCPT",
    provider: "exim",
    source: "https://raamdev.com/2008/whm-whitelist-to-exclude-from-exim-sender-verify-callbacks/",
    heldOut: true,
    batch: 34,
  },
  // query 11: comp.mail.sendmail 553 5.3.0 rejected
  {
    reply: "(Deferred: Connection refused by mx5.biz.mail.yahoo.com.)",
    reason: "networkError",
    provider: "sendmail",
    source: "http://www.experts-exchange.com/Software/Server_Software/Email_Servers/SendMail/Q_23082834.html",
    heldOut: true,
    batch: 34,
  },
  // query 12: comp.mail.sendmail 451 4.4.1 reply: read error from
  {
    reply:
      "Jun/20/2004 11:00:59     SMTP: unexpected reply: 451 See\nhttp://pobox.com/~djb/docs/smtplf.html.",
    reason: "contentError",
    provider: "qmail",
    source: "https://lists.sans.org/pipermail/list/2004-June/016712.html",
    heldOut: true,
    batch: 34,
  },
  // query 20: usenet comp.mail.misc bounce 552 message too large
  {
    reply:
      "<user@hotmail.com>: host mail9.hotmail.com said:\n552 Requested mail action aborted: exceeded storage allocation",
    reason: "mailboxFull",
    provider: "microsoft",
    source: "http://pobox.com/bounce-common.mhtml",
    heldOut: true,
    batch: 34,
  },
  // query 21: personal blog postfix bounce 554 5.7.1 hotmail blocked my server
  {
    reply:
      "<eine-empfaengerin@hotmail.de>: host mx3.hotmail.com[] said: 550 SC-001\n(SNT004-MC4F52) Unfortunately, messages from unsere.ip.addresss.de weren't sent.\nPlease contact your Internet service provider since part of their network is on our block list. You can also refer your provider to\nhttp://mail.live.com/mail/troubleshooting.aspx#errors. (in reply to MAIL FROM command)",
    reason: "blocked",
    command: "MAIL",
    provider: "microsoft",
    source: "https://www.hagen-bauer.de/2015/10/hotmail-block.html",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "host []\nSMTP error from remote mail server after pipelined MAIL FROM:<> SIZE=2330:\n550 5.7.1 Unfortunately, messages from [] weren't sent. Please contact your Internet service provider since part of their network is on our block list (AS3140). You can also refer your provider to []",
    reason: "blocked",
    command: "MAIL",
    provider: "microsoft",
    source: "https://blog.sobs.com.au/all/sobs-email-and-microsoft-hotmail/",
    heldOut: true,
    batch: 34,
  },
  // query 22: sysadmin blog my mail server rejected gmail 550 5.7.1 ipv6
  {
    reply:
      "550-5.7.1 Our system has detected that this message does not meet IPv6 sending guidelines\n550-5.7.1 regarding PTR records and authentication",
    reason: "requirePTR",
    provider: "gmail",
    source: "https://serverdevworker.com/106221cbbd",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "SMTP error from remote mail server after end of data:\nhost [2607:f8b0:400d:c03::1a]:\n550-5.7.1 [MyIP6Address] Our system has detected an unusual rate\n550-5.7.1 of unsolicited mail originating from your IP address. To protect our\n550-5.7.1 users from spam, mail sent from your IP address has been blocked.\n550-5.7.1 Please visit\n550-5.7.1 to review our\n550 5.7.1 Bulk Email Senders Guidelines. u66si15473913qki.107 - gsmtp",
    reason: "badReputation",
    command: "DATA",
    provider: "gmail",
    source:
      "https://dwaves.org/2017/02/02/everyone-uses-google-mail-of-course-unencrypted-why-does-google-mail-hate-my-mailserver/",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "SMTP error from remote mail server after end of data:\nhost [2607:f8b0:4001:c16::1b]:\n550-5.7.1 [MyIP6Address] Our system has detected that this message does 550-5.7.1 not meet IPv6 sending guidelines regarding PTR records and 550-5.7.1 authentication. Please review 550-5.7.1 for more information 550 5.7.1 . x102si19099743ioi.169 - gsmtp",
    reason: "requirePTR",
    command: "DATA",
    provider: "gmail",
    source:
      "https://dwaves.org/2017/02/02/everyone-uses-google-mail-of-course-unencrypted-why-does-google-mail-hate-my-mailserver/",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "ipv6_failed_after_I_sent_the_message./Remote_host_said:_550-5.7.1_[ipv6______16]_Our_system_has_detected_that_this/550-5.7.1_message_does_not_meet_IPv6_sending_guidelines_regarding_PTR_records/550-5.7.1_and_authentication._Please_review/550-5.7.1_https://support.google.com/mail/?p=ipv6_authentication_error_for_more/550_5.7.1_information._hg7si388602wjb.61_-_gsmtp/",
    reason: "requirePTR",
    command: "DATA",
    provider: "gmail",
    source:
      "https://www.toriexpress.com/how-to-solve-our-system-has-detected-that-this-message-does-not-meet-ipv6-sending-guidelines-regarding-ptr-records/",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "Remote host said: 550-5.7.1 [2a00:14e8:211:2123::2 16] Our system has detected that this\n550-5.7.1 message does not meet IPv6 sending guidelines regarding PTR records\n550-5.7.1 and authentication. Please review\n550-5.7.1 https://support.google.com/mail/?p=ipv6_authentication_error for more\n550 5.7.1 information. la8si618732wjb.94 – gsmtp",
    reason: "requirePTR",
    provider: "gmail",
    source:
      "https://www.toriexpress.com/how-to-solve-our-system-has-detected-that-this-message-does-not-meet-ipv6-sending-guidelines-regarding-ptr-records/",
    heldOut: true,
    batch: 34,
  },
  // query 24: homelab email server yahoo 421 4.7.0 TSS04 blog
  {
    reply:
      "SMTP error from remote mail server after initial connection: host []: 421 4.7.0 [TS01] Messages from temporarily deferred due to user complaints -; see retry timeout exceeded",
    reason: "badReputation",
    command: "CONNECT",
    provider: "yahoo-aol",
    source: "https://ar.al/1288/",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "2020-04-28 22:08:03 1m1x23-2011cZ-MN H=mta7.am0.yahoodns.net [67.195.228.106]: SMTP error from remote mail server after pipelined MAIL FROM:<SENDER@senderdomain.com> SIZE=1758: 421 4.7.0 [TSS04] Messages from xxx.xxx.xxx.xxx temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.verizonmedia.com/error-codes",
    reason: "badReputation",
    command: "MAIL",
    provider: "yahoo-aol",
    source:
      "https://support.cpanel.net/hc/en-us/articles/4403952239511-Exim-Log-Error-temporarily-deferred-due-to-unexpected-volume-or-user-complaints",
    heldOut: true,
    batch: 34,
  },
  // query 25: blog running own mail server t-online 554 IP rejected
  {
    reply:
      "Oct 27 19:29:57 * postfix/smtp[1175]: 2517060EE4: host mx00.t‑online.de[194.25.134.8] refused to talk to me: 554 IP=* – A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t‑online.de to clarify.) (BL)",
    reason: "blocked",
    command: "CONNECT",
    provider: "t-online",
    source:
      "https://newsportal.koeln/news-allgemein/ip-adresse-vom-mailserver-bei-der-telekom-auf-der-blacklist/",
    heldOut: true,
    batch: 34,
  },
  // query 27: university IT help bounce message 550 5.1.1 user unknown explanation
  {
    reply: "#554 rejecting banned content ##",
    reason: "policyViolation",
    provider: "other",
    source: "https://td.wku.edu/TDClient/34/Portal/KB/ArticleDet?ID=911",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "550 5.1.1 : User unknown",
    reason: "userUnknown",
    provider: "other",
    source: "https://blog.mailtrap.io/550-5-1-1-rejected-fix/?share=twitter",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "550 5.1.1 : Recipient rejected",
    reason: "userUnknown",
    provider: "other",
    source: "https://blog.mailtrap.io/550-5-1-1-rejected-fix/?share=twitter",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "550 5.1.1 : Recipient address rejected",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://blog.mailtrap.io/550-5-1-1-rejected-fix/?share=twitter",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "550 5.1.1 : The email account that you tried to reach does not exist",
    reason: "userUnknown",
    provider: "gmail",
    source: "https://blog.mailtrap.io/550-5-1-1-rejected-fix/?share=twitter",
    heldOut: true,
    batch: 34,
  },
  // query 28: university helpdesk email returned 552 5.2.2 over quota
  {
    reply: "5.2.2 : user is over quota",
    reason: "mailboxFull",
    provider: "other",
    source:
      "https://chargebee.com/docs/2.0/customers/articles-and-faq/emails-sent-out-to-the-customers-are-getting-bounced-due-to-this-error-522-user-is-over-quota-why.html",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "552 5.2.3 Your message exceeded Google's message size limits.",
    reason: "messageTooBig",
    provider: "gmail",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/552-error",
    heldOut: true,
    batch: 34,
  },
  // query 29: campus IT mail undeliverable 554 5.7.1 recipient address rejected
  {
    reply:
      "SMTP error from remote mailer after end of data:\nhost host.domain.com [64.233.171.27]: 552 Illegal Attachment",
    reason: "policyViolation",
    command: "DATA",
    provider: "other",
    source: "http://uit.tufts.edu/?pid=548",
    heldOut: true,
    batch: 34,
  },
  // query 30: company IT knowledge base bounce 550 5.7.0 sender rejected
  {
    reply: "You are not allowed to connect",
    reason: "blocked",
    provider: "microsoft",
    source: "https://headwayapp.co/mxroute-changelog/adjustments-to-outbound-rejections-137432",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "Recipient address rejected",
    reason: "undefined",
    provider: "microsoft",
    source: "https://headwayapp.co/mxroute-changelog/adjustments-to-outbound-rejections-137432",
    heldOut: true,
    batch: 34,
  },
  // query 32: help desk article why did my email bounce 553 5.1.2
  {
    reply:
      "The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient’s email address for typos or\n550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1\nhttps://support.google.com/mail/?p=NoSuchUser c128si752369pfg.243 – gsmtp\n(in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "gmail",
    source: "https://www.hostpapa.com/knowledgebase/email-bounceback-mean/",
    heldOut: true,
    batch: 34,
  },
  // query 35: opensmtpd mailing list 550 invalid recipient
  {
    reply: "5.1.1 : Recipient address rejected: User unknown in local recipient table",
    reason: "userUnknown",
    provider: "postfix",
    source:
      "https://itecnotes.com/server/postfix-rejects-an-outgoing-email-with-multiple-destinations-due-to-one-invalid-address",
    heldOut: true,
    batch: 34,
  },
  // query 40: openbsd misc mailing list smtpd 421 temporary failure
  {
    reply: "smtpd[]: mta error reason=Connection timeout",
    reason: "networkError",
    provider: "opensmtpd",
    source: "https://www.ircnow.org/index.php?n=Opensmtpd.Troubleshoot",
    heldOut: true,
    batch: 34,
  },
  // query 44: blog fetchmail postfix 550 5.7.1 client host rejected dynamic
  {
    reply:
      "Feb 18 14:55:52 beau postfix/smtp[31892]:\n463F01A2EBD: host gmail-smtp-in.l.google.com[74.125.192.26] said: 421-4.7.28 [192.99.55.226 15]\nOur system has detected an unusual rate of 421-4.7.28 unsolicited mail originating from your IP address.\nTo protect our 421-4.7.28 users from spam, mail sent from your IP address has been temporarily 421-4.7.28 rate limited.\nPlease visit 421-4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError\nto 421 4.7.28 review our Bulk Email Senders Guidelines. k10si2978071qtp.33 - gsmtp (in reply to end of DATA command)",
    reason: "badReputation",
    command: "DATA",
    provider: "gmail",
    source: "https://datacadamia.com/marketing/email/postfix/spam",
    heldOut: true,
    batch: 34,
  },
  // query 45: blog dkim failing 550 5.7.1 email rejected per dmarc policy
  {
    reply: "550 5.7.1 Email rejected per DMARC policy for yourdomain.com",
    reason: "authFailure",
    provider: "other",
    source: "https://www.merula.io/articles/error-550-5-7-1-dmarc",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "550 5.7.1 Unauthenticated email from yourdomain.com is not accepted",
    reason: "authFailure",
    provider: "other",
    source: "https://www.merula.io/articles/error-550-5-7-1-dmarc",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "554 5.7.5 Permanent error evaluating DMARC policy",
    reason: "authFailure",
    provider: "other",
    source: "https://www.merula.io/articles/error-550-5-7-1-dmarc",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
    reason: "authFailure",
    provider: "gmail",
    source: "https://spfwise.com/en/article/550-5-7-1-email-rejected-per-dmarc-policy",
    heldOut: true,
    batch: 34,
  },
  // query 47: blog ipv6 reverse dns gmail 550-5.7.1 ptr
  {
    reply:
      "Diagnostic-Code: smtp; 550-5.7.1 [2607::::] Our system has detected that this message does 550-5.7.1 not meet IPv6 sending guidelines regarding PTR records and 550-5.7.1 authentication. Please review 550-5.7.1 https://support.google.com/mail/?p=IPv6AuthError for more information 550 5.7.1 . j186si6255873qkd.386 - gsmtp",
    reason: "requirePTR",
    provider: "gmail",
    source: "https://www.openkb.org/dns-rfc-references/",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "host gmail-smtp-in.l.google.com\n[gmail-smtp-in.l.google.com][2607:f8b0:4002:c01::1a]\nsaid: 550-5.7.1 [2607:ff70:11::11] Our system has detected that this\nmessage does not 550-5.7.1 meet IPv6 sending guidelines regarding PTR\nrecords and authentication 550-5.7.1 . Please review 550-5.7.1\nhttps://support.google.com/mail/?p=ipv6_authentication_error\n[support.google.com] for more 550\n5.7.1 information. t26si2290895yhl.255 - gsmtp (in reply to end of DATA\ncommand)",
    reason: "requirePTR",
    command: "DATA",
    provider: "gmail",
    source: "http://mailman.nanog.org/pipermail/nanog/2014-January/063541.html",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "550-5.7.1 [2001:db8:8e3f:43c7::12 16] Our system has detected that this 550-5.7.1 message does not meet IPv6 sending guidelines regarding PTR records 550-5.7.1 and authentication. Please review 550-5.7.1 https://support.google.com/mail/?p=ipv6_authentication_error for more 550 5.7.1 information. bz2si13656083wjc.108 - gsmtp",
    reason: "requirePTR",
    command: "DATA",
    provider: "gmail",
    source: "https://tanguy.ortolo.eu/blog/tag/provider",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "R=lookuphost T=remote_smtp: SMTP error from remote mail server after end of data: host aspmx.l.google.com [2404:6800:4003:c00::1b]: 550-5.7.1 [2400:c980:0:2:xxxx:xxxx:xxxx:xxxx] Our system has detected that this\\n550-5.7.1 message does not meet IPv6 sending guidelines regarding PTR records\\n550-5.7.1 and authentication. Please review\\n550-5.7.1  https://support.google.com/mail/?p=ipv6_authentication_error for more\\n550 5.7.1 information. ns1si22138959pbc.169 - gsmtp",
    reason: "requirePTR",
    command: "DATA",
    provider: "gmail",
    source:
      "https://my.simplercloud.com/index.php?/knowledgebase/article/181/google-is-rejecting-my-email-because-my-servelet-doesn-t-meet-ipv6-sending-guidelines-regarding-ptr-records--what-should-i-do-/",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "<[email protected]>: host[2a00:1450:4013:c01::1b] said: 550-5.7.1\n[2001:1af8:3100:a00a:21::1010 12] Our system has detected that\n550-5.7.1 this message is likely unsolicited mail. To reduce the amount\nof spam 550-5.7.1 sent to Gmail, this message has been blocked.\nPlease visit 550-5.7.1 for 550 5.7.1 more information. df5si15766518wjb.42 - gsmtp (in reply to end of DATA command)",
    reason: "spamDetected",
    command: "DATA",
    provider: "gmail",
    source: "https://yeri.be/gmail-google-apps-ipv6/",
    heldOut: true,
    batch: 34,
  },
  // query 48: sysadmin notes 421 4.3.2 system not accepting network messages
  {
    reply: "The connection was dropped by the remote host",
    reason: "networkError",
    provider: "exchange",
    source: "https://nathanwinters.co.uk/2006/08/30/troubleshooting-421-4-0-0-error/",
    heldOut: true,
    batch: 34,
  },
  // query 50: listserv error 553 sorry relaying denied
  {
    reply: "<-- 421 4.7.0 Not allowed.",
    reason: "blocked",
    command: "CONNECT",
    provider: "other",
    source:
      "https://dwlistore.dwli.org/knowledgebase/442/Members-Do-Not-Receive-Emails-and-Log-File-Shows-Not-allowed.html",
    heldOut: true,
    batch: 34,
  },
  // query 52: sysadmin blog 451 4.7.650 microsoft ip reputation deferred
  {
    reply:
      "#< #5.7.1 smtp; 550 5.7.1 Service unavailable; Client host [x.x.x.x] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com> #SMTP#",
    reason: "blocked",
    provider: "microsoft",
    source: "https://isc.sans.edu/diary.html?date=2013-09-03",
    heldOut: true,
    batch: 34,
  },
  // query 55: help page apple icloud bounced 550 5.7.0 blocked our mail server
  {
    reply: "554 5.7.0 Blocked",
    reason: "blocked",
    provider: "apple",
    source:
      "https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-does-the-apple-email-error-554-570-blocked-mean-and-how-can-i-resolve-it",
    heldOut: true,
    batch: 34,
  },
  // query 56: mailing list post bounce host said 550 5.7.1 in reply to end of DATA command
  {
    reply:
      "Apr 14 17:22:57 tilapia postfix/smtp[19383]: 8F27A27954:\nto=<hama...@imsweb.com>, relay=mailrelay.imsweb.com[204.132.58.6],\ndelay=0, status=bounced (host mailrelay.imsweb.com[204.132.58.6]\nsaid: 554 Format restriction violation. Email Session ID:\n{4DA765B1-6-6565EC3F-FFFF} (in reply to end of DATA command))",
    reason: "policyViolation",
    command: "DATA",
    provider: "other",
    source: "https://go.mail-archive.com/postfix-users@postfix.org/msg34780.html",
    heldOut: true,
    batch: 34,
  },
  // query 60: personal blog postfix status=bounced host said 550 5.1.1
  {
    reply: "451 Bad reverse DNS.",
    reason: "requirePTR",
    provider: "other",
    source: "https://hardwaresecrets.com/understanding-email-bounce-messages/4/",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "553 User defined policy matched for [ip address]",
    reason: "policyViolation",
    provider: "other",
    source: "https://hardwaresecrets.com/understanding-email-bounce-messages/4/",
    heldOut: true,
    batch: 34,
  },
  // query 63: sysadmin blog 452 4.5.3 too many recipients
  {
    reply: "SMTP error (452): Failed to add recipient\n(4.5.3 Error: too many recipients)",
    reason: "exceedLimit",
    command: "RCPT",
    provider: "postfix",
    source: "https://errors24.ru/2023/06/25/oshibka-servera-452-too-many-recipients",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "The e-mail system limits the number of recipients that can be addressed in a single message. Send the message multiple times to fewer recipients.\n<server name> #5.5.3",
    reason: "exceedLimit",
    provider: "exchange",
    source: "http://searchexchange.techtarget.com/tip/0,289483,sid43_gci948164,00.html",
    heldOut: true,
    batch: 34,
  },
  // query 64: blog hotmail 550 5.7.606 banned sending ip self-hosted
  {
    reply:
      "Remote host said: 550 SC-001 (BAY0-MC2-F24) Unfortunately, messages from xxx.xxx.xxx.xxx weren’t sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to Sign In/troubleshooting.aspx#errors.",
    reason: "blocked",
    provider: "microsoft",
    source: "http://womensmarchwastate.org/index-291.html",
    heldOut: true,
    batch: 34,
  },
  // query 65: sysadmin wiki postfix connect to port 25 connection timed out deferred
  {
    reply:
      "SMTP error from remote mail server after initial connection:\ntimeout (message body too large, possible network issue)",
    reason: "networkError",
    command: "CONNECT",
    provider: "exim",
    source: "https://oneuptime.com/blog/post/2026-03-20-postfix-troubleshoot-connection-timeouts/view",
    heldOut: true,
    batch: 34,
  },
  // query 67: sysadmin blog postfix 550 5.7.1 helo command rejected host not found
  {
    reply:
      "Jul 15 10:08:18 host postfix/smtpd[19117]: NOQUEUE: reject: RCPT from smtpout1.mo3004.mail-out.ovh.net[79.137.123.219]: 554 5.7.1 <smtpout1.mo3004.mail-out.ovh.net>: Helo command rejected: ACCESS DENIED. Unknown (ovh.net); from=<[email protected]> to=<[email protected]> proto=ESMTP helo=<smtpout1.mo3004.mail-out.ovh.net>",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source:
      "https://kb.vander.host/email/how-to-deal-with-helo-command-rejected-access-denied-on-a-postfix-kopano-email-server",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "Jul 24 23:36:10 host postfix/smtpd[9817]: NOQUEUE: reject: RCPT from mail146.transactional.voxtelecom.eversrv.com[69.63.146.146]: 554 5.7.1 <mail146.transactional.voxtelecom.co.za.eversrv.com>: Helo command rejected: ACCESS DENIED. Evil marketing companies who never asked permission to email here (eversrv.com); from=<trans.60fc871c25446ff4eb0c1a97.1682.ARuOyJkVZGXIH2Mv.2@eversrv.voxtelecom.co.za> to=<[email protected]> proto=ESMTP helo=<mail146.transactional.voxtelecom.co.za.eversrv.com>",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source:
      "https://kb.vander.host/email/how-to-deal-with-helo-command-rejected-access-denied-on-a-postfix-kopano-email-server",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "404 4.5.2 <PLLAMNAZIFE>: Helo command rejected: need fully-qualified hostname",
    reason: "blocked",
    provider: "postfix",
    source:
      "https://unix.stackexchange.com/questions/91749/helo-command-rejected-need-fully-qualified-hostname-error",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "NOQUEUE: reject: RCPT from mail.example.org: 450 4.7.1: Helo command rejected: Host not found.",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://unblog.ch/author/koma/page/114",
    heldOut: true,
    batch: 34,
  },
  // query 68: blog comcast 554 blocked my mail server
  {
    reply:
      "242C7AFEC0D2 9406 Thu Jun 19 12:25:40\nlistname@example.org (connect to mx1.comcast.net[76.96.62.116]: server\nrefused to talk to me:\n554 IMTA08.westchester.pa.mail.comcast.net comcast 66.242.23.142 Comcast\nrequires that all mail\nservers must have a PTR record with a valid Reverse DNS entry. Currently\nyour mail\nserver does not fill that requirement. For more information, refer to:\nhttp://www.comcast.net/help/faq/index.jsp?faq=SecurityMail_Policy18784)",
    reason: "requirePTR",
    command: "CONNECT",
    provider: "comcast",
    source: "http://www.avolio.com/weblog/2008/06/28/",
    heldOut: true,
    batch: 34,
  },
  // query 71: mailing list post 451 4.4.0 dns lookup failure
  {
    reply:
      "Remote Server returned '451 4.4.0 DNS query failed.\nThe error was: DNS query failed with error ErrorDnsQueryFailed'",
    reason: "networkError",
    provider: "exchange",
    source: "https://medhacloud.com/blog/error-451-440-dns-query-failed",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
    reason: "hostUnknown",
    provider: "exchange",
    source: "https://exchangemaster.wordpress.com/2014/04/",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "451 4.4.0 DNS query failed. The error was: DNS query failed with error ServerFailure",
    reason: "networkError",
    provider: "exchange",
    source: "https://kx.cloudingenium.com/exchange-edge-2010-451-4-4-0-dns-query-failed",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "451 4.4.0 DNS query failed. The error was: ErrorTimeout",
    reason: "networkError",
    provider: "exchange",
    source: "https://kx.cloudingenium.com/exchange-edge-2010-451-4-4-0-dns-query-failed",
    heldOut: true,
    batch: 34,
  },
  // query 73: blog mail server 554 5.7.1 rejected due to spam url
  {
    reply:
      "554 Message not allowed – [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahoo.com/errors/postmaster-27.html [120]",
    reason: "policyViolation",
    provider: "yahoo-aol",
    source: "https://tharong.com/554-rejected-due-to-spam-url-in-content-sa-loi-nam-2024",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "554 Sorry, no mailbox here by that name.",
    reason: "userUnknown",
    provider: "qmail",
    source: "https://tharong.com/554-rejected-due-to-spam-url-in-content-sa-loi-nam-2024",
    heldOut: true,
    batch: 34,
  },
  {
    reply: "554 Spam detected",
    reason: "spamDetected",
    provider: "other",
    source: "https://tharong.com/554-rejected-due-to-spam-url-in-content-sa-loi-nam-2024",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "554 Spam violation, the content of your e-mail contains illegal characters, re-sent after examination",
    reason: "spamDetected",
    provider: "other",
    source: "https://tharong.com/554-rejected-due-to-spam-url-in-content-sa-loi-nam-2024",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "[recipient's IP address] does not like recipient.\nRemote host said: 554 5.7.1 Rejected - your IP address was found in a blacklist for sending spam. Please visit:\nhttp://spamcop.net/bl.shtml?69.89.25.95\nGiving up on [recipient's IP address].",
    reason: "blocked",
    provider: "qmail",
    source: "https://blog.inframes.com/2013/08",
    heldOut: true,
    batch: 34,
  },
  // query 74: university IT help email undeliverable 421 connection timed out
  {
    reply:
      "<unknown@example.com>: host example.com [123.123.123.123] said: 550 5.1.1\n<unknown@example.com>: Recipient address rejected: User unknown in relay\nrecipient table (in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://www.conftool.net/ctforum/index.php?topic=441.0",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "<unknown@asdf.de>: host mx0.asdf.de[80.237.138.5] said: 550 User unknown\n(ID:440:1:2 (xxx.mc1.hosteurope.de)) (in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "https://www.conftool.net/ctforum/index.php?topic=441.0",
    heldOut: true,
    batch: 34,
  },
  {
    reply:
      "<unknown@online.de>: host xxx.kundenserver.de[123.123.15.40] said: 550\nRequested action not taken: mailbox unavailable (in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "ionos",
    source: "https://www.conftool.net/ctforum/index.php?topic=441.0",
    heldOut: true,
    batch: 34,
  },
  // query 75: sysadmin blog 550 5.7.515 microsoft authentication requirements
  {
    reply:
      "550 5.7.15 Access denied, sending domain [SendingDomain] does not meet the required authentication level.",
    reason: "authFailure",
    provider: "microsoft",
    source:
      "https://www.nsao.com/post/microsoft-to-block-unauthenticated-emails-starting-may-5-2025-what-you-need-to-know",
    heldOut: true,
    batch: 34,
  },
  // --- batch 34 ends ---
  // --- held-out batch 35: a sample from issue and pull-request threads found by enhanced status
  // codes and refusal words (the issues corpus), collected and labelled blind ---
  // query 5: 5.1.3 bad destination mailbox address syntax
  {
    reply: "Net::SMTPSyntaxError - 501 5.1.3 Bad recipient address syntax",
    reason: "userUnknown",
    provider: "other",
    source: "https://github.com/openaustralia/morph/issues/339",
    heldOut: true,
    batch: 35,
  },
  {
    reply: "SMTP server response: 501 5.1.7 Bad sender address syntax",
    reason: "senderRejected",
    provider: "other",
    source: "https://github.com/swiftmailer/swiftmailer/issues/169",
    heldOut: true,
    batch: 35,
  },
  {
    reply: "501 error: bad recipient address syntax",
    reason: "userUnknown",
    provider: "zonemta",
    source: "https://github.com/zone-eu/zone-mta/issues/392",
    heldOut: true,
    batch: 35,
  },
  {
    reply: "501 Error: Bad sender address syntax",
    reason: "senderRejected",
    provider: "zonemta",
    source: "https://github.com/zone-eu/zone-mta/issues/116",
    heldOut: true,
    batch: 35,
  },
  // query 7: 5.1.5 destination mailbox address valid
  {
    reply: "553 5.1.3 The recipient address is not a valid RFC-5321 address",
    reason: "userUnknown",
    provider: "gmail",
    source: "https://github.com/datawookie/emayili/issues/72",
    heldOut: true,
    batch: 35,
  },
  {
    reply: "Mail: Mailserver response error -- 501 5.1.3 Invalid address",
    reason: "userUnknown",
    provider: "exchange",
    source: "https://github.com/skynet/monit/issues/2",
    heldOut: true,
    batch: 35,
  },
  {
    reply:
      "host  myhost  [.9.204] said: 501 MAIL command contained invalid address (in reply to MAIL FROM command)",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/alash3al/smtp2http/issues/5",
    heldOut: true,
    batch: 35,
  },
  {
    reply:
      "After sending MAIL FROM:<e@e.it>, response did not start with any of: [2].\nResponse from server: < 550 5.1.0 yIhdkhTPKKpB1yIhekj1KR invalid domain",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/dart-mailer/mailer/issues/157",
    heldOut: true,
    batch: 35,
  },
  // query 8: 5.1.7 bad sender mailbox syntax
  {
    reply:
      '2019-10-14 17:40:23 1iK4KV-0011rA-HZ H=(mail.somxslibres.net) [127.0.0.1] X=TLSv1.2:ECDHE-RSA-AES128-GCM-SHA256:128 CV=no F=<bit4bit@somxslibres.net> A=PLAIN: rejected after DATA: header syntax (no local part: failing address in "Sender:" header is: @somxslibres.net): no local part: failing address in "Sender:" header is: @somxslibres.net',
    reason: "contentError",
    command: "DATA",
    provider: "exim",
    source: "https://github.com/RainLoop/rainloop-webmail/issues/1934",
    heldOut: true,
    batch: 35,
  },
  {
    reply: "MailSo\\Smtp\\Exceptions\\NegativeResponseException: 550 header syntax",
    reason: "contentError",
    provider: "exim",
    source: "https://github.com/RainLoop/rainloop-webmail/issues/1934",
    heldOut: true,
    batch: 35,
  },
  {
    reply:
      "ERROR/Worker-4] Error processing 'rule_notify' on 'MailPlugin': {u'sentry@localhost': (501, 'Bad address syntax')}",
    reason: "syntaxError",
    provider: "other",
    source: "https://github.com/slafs/sentry-docker/issues/58",
    heldOut: true,
    batch: 35,
  },
  // query 13: 5.2.4 mailing list expansion
  {
    reply:
      "Unexpected response for RCPT TO:<team@acme.test>:\nCode: 550, Enhanced code: 5.5.0, Message: Mailbox not found.",
    reason: "userUnknown",
    command: "RCPT",
    provider: "stalwart",
    source: "https://github.com/kagisearch/stalwart/pull/35",
    heldOut: true,
    batch: 35,
  },
  // query 48: refused 4.7.1 smtp
  {
    reply: "H=gmail-smtp-in.l.google.com [173.194.193.26] Connection refused",
    reason: "networkError",
    provider: "exim",
    source: "https://github.com/asciinema/asciinema-server/issues/357",
    heldOut: true,
    batch: 35,
  },
  // query 60: rejected 451 4.7.1
  {
    reply: "Mailrejected, please try again",
    reason: "greylisted",
    provider: "other",
    source: "https://github.com/pppscn/SmsForwarder/issues/663",
    heldOut: true,
    batch: 35,
  },
  {
    reply: "permanent error (554): 5.7.1 Spam message rejected",
    reason: "spamDetected",
    provider: "other",
    source: "https://github.com/seijikun/idlemail/issues/9",
    heldOut: true,
    batch: 35,
  },
  // --- batch 35 ends ---
  // query 1: levél visszapattant 550 5.1.1 hiba
  {
    reply: "554 Refused. Your reverse DNS entry contains your IP address and a country code.",
    reason: "requirePTR",
    provider: "compuserve",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 36,
  },
  {
    reply: "550 5.7.1 Requested action not taken: message refused",
    reason: "undefined",
    provider: "other",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 36,
  },
  {
    reply: "552 Error: message too large",
    reason: "messageTooBig",
    provider: "other",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 36,
  },
  {
    reply: "550 Protocol violation",
    reason: "protocolError",
    provider: "other",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 36,
  },
  {
    reply: "550 Recipient verification problem",
    reason: "userUnknown",
    provider: "other",
    source:
      "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
    heldOut: true,
    batch: 36,
  },
  // query 5: μήνυμα δεν παραδόθηκε 550 σφάλμα email
  {
    reply: "552 Storage allocation exceeded",
    reason: "mailboxFull",
    provider: "other",
    source:
      "https://mydreams.cz/en/hosting-wiki/9965-list-of-bounced-email-error-messages-and-their-explanations.html",
    heldOut: true,
    batch: 36,
  },
  // query 7: lỗi gửi mail 550 5.7.1 bị từ chối
  {
    reply:
      "550-5.7.1 This message does not have authentication information or fails to pass authentication checks. #",
    reason: "authFailure",
    provider: "gmail",
    source: "https://vietnap.vn/a/loi-thu-dien-tu/",
    heldOut: true,
    batch: 36,
  },
  {
    reply: "Remote server replied: 552 5.7.0 review our attachment guidelines.",
    reason: "policyViolation",
    provider: "gmail",
    source: "https://www.hainhan.com/vn/ho-tro/huong-dan/cac-thong-bao-email-thuong-gap/",
    heldOut: true,
    batch: 36,
  },
  {
    reply: "Remote server replied: 550 Unknown user.",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.hainhan.com/vn/ho-tro/huong-dan/cac-thong-bao-email-thuong-gap/",
    heldOut: true,
    batch: 36,
  },
  // query 9: อีเมลตีกลับ 550 ข้อผิดพลาด
  {
    reply: "550.5.7.1 Message rejecte as spam by content filltering.",
    reason: "spamDetected",
    provider: "other",
    source: "https://thailandemailhosting.com/reject-message-as-spam-by-filltering/",
    heldOut: true,
    batch: 36,
  },
  // query 11: email ditolak 550 5.7.1 server
  {
    reply:
      "[434849] <-- 550-5.1.1 The email account that you tried to reach does not\nexist. Please try\n[434849] <-- 550-5.1.1 double-checking the recipient's email address for\ntypos or\n[434849] <-- 550-5.1.1 unnecessary spaces. Learn more at\n[434849] <-- 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser\nd30-v6si1296965pld.428 - gsmtp",
    reason: "userUnknown",
    command: "RCPT",
    provider: "gmail",
    source: "https://www.mail-archive.com/mdaemon-l@dutaint.com/msg43515.html",
    heldOut: true,
    batch: 36,
  },
  {
    reply:
      "[434849] <-- 550-5.7.1 [103.12.84.170      18] Ou system has detected that\nthis message is\n[434849] <-- 550-5.7.1 likely suspicious due to the very low reputation of\nthe sending IP\n[434849] <-- 550-5.7.1 address. To best protect our users from spam, the\nmessage has been\n[434849] <-- 550-5.7.1 blocked. Please visit\n[434849] <-- 550 5.7.1  https://support.google.com/mail/answer/188131 for\nmore information. d30-v6si1296965pld.428 - gsmtp",
    reason: "badReputation",
    command: "DATA",
    provider: "gmail",
    source: "https://www.mail-archive.com/mdaemon-l@dutaint.com/msg43515.html",
    heldOut: true,
    batch: 36,
  },
  {
    reply:
      "550 5.7.1 [198.51.100.42] The IP you're using to send mail is not authorized to send email directly to our servers.",
    reason: "blocked",
    provider: "gmail",
    source: "https://tamingdns.com/bounce-decoder/550-5-7-1-message-rejected-not-authorized",
    heldOut: true,
    batch: 36,
  },
  // query 12: email gagal terkirim 554 bounce
  {
    reply: "421 4.7.0 Too many messages sent, rate limit exceeded. Try again later.",
    reason: "rateLimited",
    provider: "other",
    source: "https://smtpku.com/blog/mengatasi-email-bounce",
    heldOut: true,
    batch: 36,
  },
  {
    reply: "421 4.4.2 Connection dropped due to inactivity",
    reason: "networkError",
    provider: "other",
    source: "https://smtpku.com/blog/mengatasi-email-bounce",
    heldOut: true,
    batch: 36,
  },
  {
    reply: "421 4.7.1 IP reputation too low, greylisting in effect",
    reason: "badReputation",
    provider: "other",
    source: "https://smtpku.com/blog/mengatasi-email-bounce",
    heldOut: true,
    batch: 36,
  },
  {
    reply: "450 4.1.1 Recipient address rejected: Greylisted, try again in 300 seconds",
    reason: "greylisted",
    provider: "other",
    source: "https://smtpku.com/blog/mengatasi-email-bounce",
    heldOut: true,
    batch: 36,
  },
  {
    reply: "450 4.2.1 Mailbox full",
    reason: "mailboxFull",
    provider: "other",
    source: "https://smtpku.com/blog/mengatasi-email-bounce",
    heldOut: true,
    batch: 36,
  },
  // query 13: emel ditolak 550 ralat pelayan
  {
    reply: "<>: host[]\nsaid: 550 <>, Recipient unknown (in reply\nRCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://www.mail-archive.com/mdaemon-l@dutaint.com/msg40709.html",
    heldOut: true,
    batch: 36,
  },
  // query 14: מייל חזר 550 שגיאה
  {
    reply: "550 Requested action was not taken because this server doesn’t handle mail for that user",
    reason: "userUnknown",
    provider: "other",
    source: "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari",
    heldOut: true,
    batch: 36,
  },
  {
    reply: "550 sorry, no mailbox here by that name (#5.1.1)",
    reason: "userUnknown",
    provider: "qmail",
    source: "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari",
    heldOut: true,
    batch: 36,
  },
  {
    reply: "550 This user’s mailbox is full ([email protected]) – Try again later",
    reason: "mailboxFull",
    provider: "other",
    source: "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari",
    heldOut: true,
    batch: 36,
  },
  // query 15: הודעה נדחתה 554 5.7.1 שרת דואר
  {
    reply:
      "<emailname@domainname.com>: Remote host said: 554 5.7.1 Mail (id-42504-04345) appears to be unsolicited, please resend with the code ysy6ahev  appended to email subject and ask to have your sender email whitelisted (the code ysy6ahev changes each 24 hours).",
    reason: "spamDetected",
    provider: "assp",
    source:
      "https://www.irwebhost.com/blog/%D8%AE%D8%B7%D8%A7%DB%8C-554-5-7-1-mail-%D8%A2%D9%86%D8%AA%DB%8C-%D8%A7%D8%B3%D9%BE%D9%85/",
    heldOut: true,
    batch: 36,
  },
  // query 22: mail kom retur 550 5.1.1 fejl
  {
    reply: "#5.1.1 SMTP; 550 sorry, no mailbox here by that name",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.schieb.de/fehler-meldung-email-konnte-nicht-zugestellt-werden-entschluesseln",
    heldOut: true,
    batch: 36,
  },
  // query 23: e-post returnert 554 avvist
  {
    reply:
      "SMTP error from remote mail server after RCPT TO:<xxxxxx@online.no>:\nhost mx.online.no [193.213.115.10]: 550 5.1.1 <xxxxxx@online.no>... User unknown",
    reason: "userUnknown",
    command: "RCPT",
    provider: "exim",
    source: "http://www.nsff.no/cms/hjelp.php?nh_id=526",
    heldOut: true,
    batch: 36,
  },
  // query 26: e-pošta zavrnjena 550 napaka
  {
    reply:
      "554 delivery error: Sorry, your message to [email protected] cannot be delivered. This mailbox is disabled (554.30).",
    reason: "mailboxDisabled",
    provider: "yahoo-aol",
    source: "https://help.superhosting.rs/najcesci-smtp-statusni-kodovi-i-saopstenja.html",
    heldOut: true,
    batch: 36,
  },
  {
    reply: "552 5.2.2 Quota exceeded (mailbox for user is full)",
    reason: "mailboxFull",
    provider: "other",
    source: "https://help.superhosting.rs/najcesci-smtp-statusni-kodovi-i-saopstenja.html",
    heldOut: true,
    batch: 36,
  },
  // query 37: hiba 421 4.7.0 levelezőszerver ideiglenesen
  {
    reply: "421 4.7.0 Try again later, closing connection",
    reason: "rateLimited",
    provider: "gmail",
    source: "https://postigo.net/en/smtp-errors/421/",
    heldOut: true,
    batch: 36,
  },
  // query 38: eroare 421 server mail temporar respins
  {
    reply: "421 Service temporarily unavailable",
    reason: "systemError",
    provider: "other",
    source: "https://tamingdns.com/bounce-decoder/421-service-temporarily-unavailable",
    heldOut: true,
    batch: 36,
  },
  {
    reply:
      "421 4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked. For more information, visit Prevent mail to Gmail users from being blocked or sent to spam.",
    reason: "badReputation",
    provider: "gmail",
    source: "https://www.cloudmailin.com/smtp-troubleshooter/421-error",
    heldOut: true,
    batch: 36,
  },
  // query 39: lỗi 535 5.7.8 xác thực smtp
  {
    reply: "535 5.7.8 Error: authentication failed: Invalid credentials",
    reason: "authRequired",
    provider: "postfix",
    source: "https://tamingdns.com/bounce-decoder/535-5-7-8-authentication-credentials-invalid",
    heldOut: true,
    batch: 36,
  },
  // query 42: virhe 552 postilaatikko täynnä
  {
    reply: "552 sorry, that message size exceeds my databytes limit",
    reason: "messageTooBig",
    provider: "qmail",
    source: "http://www.winkelb.com/index.php?id=webdesign-fehler552",
    heldOut: true,
    batch: 36,
  },
  // query 43: fejl 452 4.2.2 postkasse fuld
  {
    reply: "Recipient's mailbox is full, message returned to sender.",
    reason: "mailboxFull",
    provider: "other",
    source: "https://help.carerix.com/en/articles/1857659-mailbox-quota-exceeded",
    heldOut: true,
    batch: 36,
  },
  // --- batch 36 ends ---
  // --- batch 37: a sample from issue threads on anti-spam and filtering software and cloud platforms, as the fixed queries listed under `heldOut` returned them ---
  // query 1: rspamd 451 4.7.1 ratelimit exceeded
  {
    reply:
      "Nov 14 09:00:10 xxxxx postfix/smtpd[16436]: NOQUEUE: milter-reject: RCPT from\nlocalhost.localdomain[127.0.0.1]: 451 4.7.1 Rate limit exceeded; from=<mailman-b\nounces@xxxx> to=<xxx> proto=ESMTP helo=<xxxx>",
    reason: "rateLimited",
    command: "RCPT",
    provider: "rspamd",
    source: "https://github.com/rspamd/rspamd/issues/1149",
    heldOut: true,
    batch: 37,
  },
  // query 2: rspamd greylisting 451 try again later
  {
    reply:
      "Feb 05 12:56:33 atto.mcl.gg postfix/cleanup[25939]: 8A499FF26B: milter-reject: END-OF-MESSAGE from relay2.uni-heidelberg.de[129.206.119.212]: 4.7.1  ; from=<redacted> to=<redacted> proto=ESMTP helo=<relay2.uni-heidelberg.de>",
    reason: "greylisted",
    command: "DATA",
    provider: "rspamd",
    source: "https://github.com/rspamd/rspamd/issues/2013",
    heldOut: true,
    batch: 37,
  },
  // query 6: spamass-milter 550 5.7.1 reject
  {
    reply: "fetchmail: SMTP error: 554 5.7.1 Spam message rejected; If this is not spam contact abuse",
    reason: "spamDetected",
    provider: "rspamd",
    source: "https://github.com/r-raymond/nixos-mailserver/issues/12",
    heldOut: true,
    batch: 37,
  },
  // query 7: proxmox mail gateway 554 5.7.1 rejected
  {
    reply:
      "host 172.17.17.201[172.17.17.201 (this is the docker-Mailserver)] said: 550\n5.7.1 Service unavailable; client [172.17.17.172 (this is the PMG)] blocked using\nzen.spamhaus.org (in reply to RCPT TO command)",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/2288",
    heldOut: true,
    batch: 37,
  },
  // query 8: proxmox mail gateway 550 recipient verification failed
  {
    reply:
      "smtp_1      | postfix/smtpd[534]: NOQUEUE: reject: RCPT from nl3.abelssoft.de[37.120.173.251]: 450 4.1.1 <chchang@abc.com>: Recipient address rejected: unverified address: Address lookup failure; from=<newsletter@abelssoft.de> to=<chchang@abc.com> proto=ESMTP helo=<abelssoft.de>",
    reason: "systemError",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/Mailu/Mailu/issues/938",
    heldOut: true,
    batch: 37,
  },
  // query 12: amavisd-new 554 5.7.0 reject virus
  {
    reply: "amavis[2261]: (02261-01) SMTP: 500 5.5.2 Error: bad syntax",
    reason: "syntaxError",
    provider: "other",
    source: "https://github.com/postalserver/postal/issues/507",
    heldOut: true,
    batch: 37,
  },
  // query 13: clamav-milter 550 5.7.1 virus detected
  {
    reply:
      "Jan 29 21:57:50 mx01 postfix-in/cleanup[53691]: F0FA41A459: milter-reject: END-OF-MESSAGE from dub004-omc4s8.hotmail.com[157.55.2.83]: 4.7.1 Service unavailable - try again later; from=<dmitry.macarov@hotmail.com> to=<makarov@lankey.ru> proto=ESMTP helo=<DUB004-OMC4S8.hotmail.com>",
    reason: "systemError",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/vstakhov/rmilter/issues/77",
    heldOut: true,
    batch: 37,
  },
  {
    reply: "SMTP Error: [554] 5.7.1 Infected: PUA.Pdf.Trojan.EmbeddedJavaScript-1",
    reason: "virusDetected",
    provider: "mailu",
    source: "https://github.com/Mailu/Mailu/issues/280",
    heldOut: true,
    batch: 37,
  },
  // query 14: clamsmtp 554 virus
  {
    reply: "451 4.7.1 Cannot validate the message now. Try again later",
    reason: "systemError",
    provider: "rspamd",
    source: "https://github.com/NethServer/dev/issues/5755",
    heldOut: true,
    batch: 37,
  },
  // query 15: opendkim milter 451 4.7.1 service unavailable
  {
    reply: "SMTP error: [451] 4.7.1 Service unavailable - try again later.",
    reason: "systemError",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow/issues/249",
    heldOut: true,
    batch: 37,
  },
  // query 17: policyd-weight 550 5.7.1 rejected
  {
    reply:
      "postfix/policyd-weight[647]: decided action=550 Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs (multirecipient mail); <client=unknown[178.23.204.126]> <helo=host126-204.net23-178.net.connetti.it> <from=fax-021213-voice@webde.de> <to=xxx.xxx@xxx.org>; delay: 0s",
    reason: "spamDetected",
    provider: "other",
    source: "https://github.com/darold/sendmailanalyzer/issues/11",
    heldOut: true,
    batch: 37,
  },
  // query 18: postfix policyd 450 4.7.1 rate limit
  {
    reply:
      'An error occurred while sending mail. The mail server responded:\n450 4.7.1 <user@domain.com>: Sender address rejected: sorry, max 2 requests per hour.\nPlease check the message recipient "recipient@domain.com" and try again.',
    reason: "rateLimited",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1476",
    heldOut: true,
    batch: 37,
  },
  // query 19: postscreen 550 5.7.1 service unavailable client blocked
  {
    reply:
      "2025-07-17T00:47:20.613392+02:00 mx postfix/postscreen[4574]: NOQUEUE: reject: RCPT from [IP]:48647: 450 4.3.2 Service currently unavailable;",
    reason: "greylisted",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/modoboa/modoboa/issues/3586",
    heldOut: true,
    batch: 37,
  },
  {
    reply: "(reason: Deferred: 450 4.3.2 Service currently unavailable)",
    reason: "greylisted",
    provider: "postfix",
    source: "https://github.com/modoboa/modoboa/issues/3586",
    heldOut: true,
    batch: 37,
  },
  {
    reply:
      "Mar  2 19:25:35 mail postfix/postscreen[3222]: NOQUEUE: reject: RCPT from [X]:17308: 550 5.7.1 Service unavailable; client [X] blocked using zen.spamhaus.org; from=<my@address.snip>, to=<my@address.snip>, proto=ESMTP, helo=<[SNIP]>",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/870",
    heldOut: true,
    batch: 37,
  },
  // query 20: postscreen 450 4.3.2 service currently unavailable
  {
    reply: "<** 450 4.1.8 <user@external.tld>: Sender address rejected: Domain not found",
    reason: "senderRejected",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/pull/3732",
    heldOut: true,
    batch: 37,
  },
  // query 21: postscreen 521 5.5.1 protocol error
  {
    reply: "RECV: 521 5.5.1 Protocol error",
    reason: "protocolError",
    command: "EHLO",
    provider: "postfix",
    source: "https://github.com/hannob/smtpsmug/issues/5",
    heldOut: true,
    batch: 37,
  },
  {
    reply:
      "550 Anti-Spoofing policy - Inbound not allowed - https://community.mimecast.com/docs/DOC-1369#550\r\n",
    reason: "policyViolation",
    provider: "mimecast",
    source: "https://github.com/getconversio/email-deep-validator/pull/18",
    heldOut: true,
    batch: 37,
  },
  // query 22: aws lambda nodemailer 554 email address is not verified
  {
    reply:
      "Error: Message failed: 554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: Ian Brown <email@address.com>, email@address.com",
    reason: "senderRejected",
    provider: "amazon-ses",
    source: "https://github.com/dawidd6/action-send-mail/issues/157",
    heldOut: true,
    batch: 37,
  },
  {
    reply: "Error: Mail command failed: 501 Invalid MAIL FROM address provided",
    reason: "syntaxError",
    command: "MAIL",
    provider: "amazon-ses",
    source: "https://github.com/dawidd6/action-send-mail/issues/157",
    heldOut: true,
    batch: 37,
  },
  // query 23: aws ses smtp 535 authentication credentials invalid
  {
    reply:
      'Expected response code 235 but got code "535", with message "535 Authentication Credentials Invalid "',
    reason: "authRequired",
    command: "AUTH",
    provider: "amazon-ses",
    source: "https://github.com/mautic/mautic/issues/3704",
    heldOut: true,
    batch: 37,
  },
  {
    reply: "client auth error: 535 Authentication Credentials Invalid",
    reason: "authRequired",
    command: "AUTH",
    provider: "amazon-ses",
    source: "https://github.com/fleetdm/fleet/issues/9609",
    heldOut: true,
    batch: 37,
  },
  {
    reply: "Bad response received for command. command: (), response: 535 AUTH failed",
    reason: "authRequired",
    provider: "amazon-ses",
    source: "https://github.com/Kitura/Swift-SMTP/issues/141",
    heldOut: true,
    batch: 37,
  },
  {
    reply:
      'Expected response code "235" but got code "535", with message "535 Authentication Credentials Invalid".',
    reason: "authRequired",
    command: "AUTH",
    provider: "amazon-ses",
    source: "https://github.com/yiisoft/yii2-symfonymailer/issues/32",
    heldOut: true,
    batch: 37,
  },
  // query 25: aws ec2 port 25 smtp connection timed out
  {
    reply:
      "mail    | Oct 27 09:06:16 mail postfix/smtp[3288]: connect to gmail-smtp-in.l.google.com[74.125.193.27]:25: Connection timed out",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1668",
    heldOut: true,
    batch: 37,
  },
  {
    reply:
      "mail    | Oct 27 09:06:16 mail postfix/smtp[3288]: connect to gmail-smtp-in.l.google.com[2a00:1450:400b:c01::1b]:25: Cannot assign requested address",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1668",
    heldOut: true,
    batch: 37,
  },
  {
    reply:
      "2020-02-13T02:13:27.003819+00:00 76b83c891167 postfix/smtp[121]: connect to gmail-smtp-in.l.google.com[172.217.197.26]:25: Operation timed out",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/bokysan/docker-postfix/issues/21",
    heldOut: true,
    batch: 37,
  },
  {
    reply:
      "2020-02-13T02:15:27.116627+00:00 76b83c891167 postfix/smtp[121]: DC95C602BA: to=<mygmail@gmail.com>, relay=none, delay=150, delays=0.05/0.01/150/0, dsn=4.4.1, status=deferred (connect to alt4.gmail-smtp-in.l.google.com[172.217.218.27]:25: Operation timed out)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/bokysan/docker-postfix/issues/21",
    heldOut: true,
    batch: 37,
  },
  {
    reply: "connect to alt2.aspmx.l.google.com[2607:f8b0:4024:c02::1b]:25: Cannot assign requested address",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1592",
    heldOut: true,
    batch: 37,
  },
  // query 26: azure function smtp 535 5.7.3 authentication unsuccessful
  {
    reply:
      "Error: Invalid login: 535 5.7.3 Authentication unsuccessful [DS7PR03CA0165.namprd03.prod.outlook.com 2024-06-01T12:22:12.974Z 08DC7F3B6CAECC67]",
    reason: "authRequired",
    command: "AUTH",
    provider: "microsoft",
    source: "https://github.com/nodemailer/nodemailer/issues/1661",
    heldOut: true,
    batch: 37,
  },
  {
    reply: "Error: 535 5.7.3 Authentication unsuccessful",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://github.com/Azure/Commercial-Marketplace-SaaS-Accelerator/issues/777",
    heldOut: true,
    batch: 37,
  },
  {
    reply: "535: 5.7.3 Authentication unsuccessful",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://github.com/jstedfast/MailKit/issues/1967",
    heldOut: true,
    batch: 37,
  },
  // query 29: google cloud compute engine smtp port 25 blocked
  {
    reply:
      "ERR! Sender/default/208[2] 171bbce8bc300018f5.001 CONNFAIL domain=gmail.com local=zmta-7f4fc7bd48-r2grh[0.0.0.0] remote=142.250.12.26:25 error=Network error when connecting to MX serve\nr alt1.gmail-smtp-in.l.google.com[142.250.12.26] for gmail.com: Connection timed out",
    reason: "networkError",
    provider: "zonemta",
    source: "https://github.com/zone-eu/zone-mta/issues/235",
    heldOut: true,
    batch: 37,
  },
  {
    reply:
      "Diagnostic-Code: X-Postfix; connect to\nalt4.gmail-smtp-in.l.google.com[173.194.209.26]:25: Operation timed out",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/jeboehm/docker-mailserver/issues/112",
    heldOut: true,
    batch: 37,
  },
  // query 30: gcp app engine mail 550 5.7.1
  {
    reply:
      "recv gmail.com>550-5.7.1 This message does not have authentication information or fails to pass\nrecv gmail.com>550-5.7.1 authentication checks. To best protect our users from spam, the\nrecv gmail.com>550-5.7.1 message has been blocked. Please visit\nrecv gmail.com>550-5.7.1  https://support.google.com/mail/answer/81126#authentication for more\nrecv gmail.com>550 5.7.1 information. f89si1889517pje.50 - gsmtp",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/3s3s/opentrade/issues/301",
    heldOut: true,
    batch: 37,
  },
  // query 32: heroku sendgrid 550 unauthenticated senders not allowed
  {
    reply:
      "host smtp.sendgrid.net[52.220.95.193] said: 550 Unauthenticated senders not allowed (in reply to MAIL FROM command)",
    reason: "authRequired",
    command: "MAIL",
    provider: "sendgrid",
    source: "https://github.com/Billionmail/BillionMail/issues/171",
    heldOut: true,
    batch: 37,
  },
  {
    reply:
      "550  5.7.26 Unauthenticated email from heroku.com is not accepted due to  domain's DMARC policy. Please contact the administrator of heroku.com  domain if this was a legitimate mail. Please visit  https://support.google.com/mail/answer/2451690 to learn about the DMARC  initiative. jx2si1966735ejb.241 - gsmtp",
    reason: "authFailure",
    provider: "gmail",
    source: "https://github.com/melaniearbor/FiveUp/issues/25",
    heldOut: true,
    batch: 37,
  },
  {
    reply: "SMTPSenderRefused: (550, 'Unauthenticated senders not allowed', u'an@email.com')",
    reason: "authRequired",
    command: "MAIL",
    provider: "sendgrid",
    source: "https://github.com/sendgrid/sendgrid-python/issues/114",
    heldOut: true,
    batch: 37,
  },
  // query 33: vercel serverless nodemailer 535 error
  {
    reply: "Error: Invalid login: 535 5.7.3 Authentication unsuccessful",
    reason: "authRequired",
    command: "AUTH",
    provider: "microsoft",
    source: "https://github.com/nodemailer/nodemailer/issues/953",
    heldOut: true,
    batch: 37,
  },
  // query 35: supabase custom smtp 550 5.7.1
  {
    reply: "502 5.7.0 Your SMTP account is not yet activated",
    reason: "senderRejected",
    provider: "brevo",
    source: "https://github.com/supabase/agent-skills/issues/133",
    heldOut: true,
    batch: 37,
  },
  // query 37: firebase functions nodemailer 534-5.7.14
  {
    reply: "Error: Invalid login: 535-5.7.8 Username and Password not accepted",
    reason: "authRequired",
    command: "AUTH",
    provider: "gmail",
    source: "https://github.com/firebase/functions-samples/issues/18",
    heldOut: true,
    batch: 37,
  },
  {
    reply:
      "Error: Invalid login: 534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbs7\n534-5.7.14 UF7mumzUwFIZrMDWiiimSdrlEvZIp8kRC3QRkzqwfOM94wkvVFys_Yjllj6KGuBubi6SwF\n534-5.7.14 BDIHCpQgETRmmgkyJXfYN4Ne3uG3tnsVJk7oGR4Z5fvgeIkuOJOKkvRA8cLWFN67ya4r28\n534-5.7.14 u-eBDds9bTTh1poYtxXWk1x80iaSn_2VlJHWJnB0Yql6r_-A2lDE8nt00lWP7eoUpkzVih\n534-5.7.14 x1DeI0bGyNqNHRRUuucw0k95Ph-CY> Please log in via your web browser and\n534-5.7.14 then try again.\n534-5.7.14  Learn more at\n534 5.7.14  https://support.google.com/mail/answer/78754 100sm8943270iot.39 - gsmtp",
    reason: "authRequired",
    command: "AUTH",
    provider: "gmail",
    source: "https://github.com/firebase/functions-samples/issues/39",
    heldOut: true,
    batch: 37,
  },
  // query 38: cloudflare email routing 550 5.7.26 unauthenticated
  {
    reply:
      "host gmail-smtp-in.l.google.com [2a00:1450:4010:c0b::1a]\nSMTP error from remote mail server after pipelined end of data:\n550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n550-5.7.26\n550-5.7.26  Authentication results:\n550-5.7.26  DKIM = did not pass\n550-5.7.26  SPF [clinpharm-spbgmu.ru] with ip:\n[2a02:408:7722:1:77:222:41:79] =\n550-5.7.26 did not pass\n550-5.7.26\n550-5.7.26  To mitigate this issue, please visit Gmail's authentication guide\n550-5.7.26 for instructions on setting up authentication:\n550 5.7.26  https://support.google.com/mail/answer/81126#authentication f18-20020a2e1f12000000b002c50bd6d1c8si1069648ljf.488 - gsmtp",
    reason: "authFailure",
    command: "DATA",
    provider: "gmail",
    source: "https://github.com/cloudflare/cloudflare-docs/issues/11542",
    heldOut: true,
    batch: 37,
  },
  // query 41: digitalocean 550 5.7.1 spamhaus pbl
  {
    reply:
      "Dec  1 08:22:29 mail postfix/smtpd[224054]: NOQUEUE: reject: RCPT from o8.email.nextdoor.com[167.89.48.102]: 554 5.7.1 Service unavailable; Client host [167.89.48.102] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/35.80.40.194; from=<bounces+1740987-5fc4-xxx=voneicken.com@rs.email.nextdoor.com> to=<xxx@voneicken.com> proto=ESMTP helo=<o8.email.nextdoor.com>",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/2918",
    heldOut: true,
    batch: 37,
  },
  {
    reply:
      "host mail.exmaple.com[0.0.0.0] said: 554 5.7.1\nService unavailable; Helo command [mail-xxxxx.protonmail.ch] blocked using\ndbl.spamhaus.org; Error: open resolver;\nhttps://www.spamhaus.org/returnc/pub/172.69.x.x (in reply to RCPT TO\ncommand)",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/anonaddy/anonaddy/issues/533",
    heldOut: true,
    batch: 37,
  },
  {
    reply:
      "Feb 25 12:11:46 postfix/smtpd[799447]: NOQUEUE: reject: RCPT from out-17.smtp.github.com[192.30.252.200]: 554 5.7.1 Service unavailable; Client host [192.30.252.200] blocked using cbl.abuseat.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/66.185.123.232; from=<noreply@github.com> to=<mail@domain.tld> proto=ESMTP helo=<out-17.smtp.github.com>",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/YunoHost/issues/issues/2162",
    heldOut: true,
    batch: 37,
  },
  // query 44: ovh vps postfix 550 5.7.1
  {
    reply:
      "Jul 14 11:18:10 Halium postfix/smtp[23642]: connect to mxb.ovh.net[178.32.228.222]:25: Connection timed out",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/cozy/cozy-home-v2/issues/468",
    heldOut: true,
    batch: 37,
  },
  {
    reply:
      "Jul 14 11:18:10 Halium postfix/smtp[23642]: 16F2113F67F: to=<peltoche@halium.fr>, relay=none, delay=90, delays=0.07/0.01/90/0, dsn=4.4.1, status=deferred (connect to mxb.ovh.net[178.32.228.222]:25: Connection timed out)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/cozy/cozy-home-v2/issues/468",
    heldOut: true,
    batch: 37,
  },
  {
    reply: "Ran into problems sending Mail. Response: 501 5.5.4 Invalid domain name Error",
    reason: "syntaxError",
    provider: "exchange",
    source: "https://github.com/Dolibarr/dolibarr/issues/9426",
    heldOut: true,
    batch: 37,
  },
  // --- batch 37 ends ---
  // --- held-out batch 38: a sample from vendor and hosting community forums, NAS, router and appliance forums,
  // and the vendors' and hosts' pages quoting OTHER receivers' replies, as the fixed queries listed under `heldOut` returned them ---
  // query 5: plesk forum postfix 550 5.7.1 service unavailable client host blocked
  {
    reply:
      "PLESK_INFO: 550 mail not accepted from blacklisted IP address [203.0.113.2] (in reply to MAIL FROM command)",
    reason: "blocked",
    command: "MAIL",
    provider: "other",
    source:
      "https://support.plesk.com/hc/en-us/articles/12377216408855-An-IP-address-of-a-Plesk-mail-server-got-blacklisted-How-to-troubleshoot",
    heldOut: true,
    batch: 38,
  },
  {
    reply:
      "PLESK_INFO: MailEnable: Message could not be delivered to some recipients.\nThe following recipient(s) could not be reached:\nRecipient: [SMTP:example@example.com]\nReason: 554 Your access to this mail system has been rejected due to\npoor reputation of a domain used in message transfer",
    reason: "badReputation",
    provider: "other",
    source:
      "https://support.plesk.com/hc/en-us/articles/12377216408855-An-IP-address-of-a-Plesk-mail-server-got-blacklisted-How-to-troubleshoot",
    heldOut: true,
    batch: 38,
  },
  // query 6: plesk forum 554 5.7.1 message rejected dkim
  {
    reply:
      "Diagnostic-Code: smtp; 550-5.7.1 This message does not have authentication\ninformation or fails to pass 550-5.7.1 authentication checks. To best\nprotect our users from spam, the 550-5.7.1 message has been blocked. Please\nvisit 550-5.7.1\nhttps://support.google.com/mail/answer/81126#authentication for more 550\n5.7.1 information. e99si513617itd.159 - gsmtp",
    reason: "authFailure",
    provider: "gmail",
    source:
      "https://www.plesk.com/kb/support/plesk-notifications-cannot-be-delivered-to-the-recipient-550-5-7-1-or-550-5-7-26-this-message-does-not-have-authentication-information/",
    heldOut: true,
    batch: 38,
  },
  {
    reply:
      "550-5.7.26 This message does not have authentication information or fails to 550-5.7.26 pass authentication checks. To best protect our users from spam, the 550-5.7.26 message has been blocked. Please visit 550-5.7.26 https://support.google.com/mail/answer/81126#authentication for more 550 5.7.26 information.",
    reason: "authFailure",
    provider: "gmail",
    source:
      "https://www.plesk.com/kb/support/plesk-notifications-cannot-be-delivered-to-the-recipient-550-5-7-1-or-550-5-7-26-this-message-does-not-have-authentication-information/",
    heldOut: true,
    batch: 38,
  },
  // query 10: hostinger email 554 5.7.1 rejected outgoing spam
  {
    reply: "554 5.7.1 Rejected X.X.X.X we do not accept E-Mail from dynamic IPs",
    reason: "blocked",
    provider: "other",
    source: "https://www.hoststar.at/en/support/mail/spam-filter/problems-spam-list",
    heldOut: true,
    batch: 38,
  },
  {
    reply:
      "Remote SMTP Server Returned: 554 5.7.1 Service unavailable; Client host [X.X.X.X] blocked using; Listed",
    reason: "blocked",
    provider: "other",
    source: "https://www.hoststar.at/en/support/mail/spam-filter/problems-spam-list",
    heldOut: true,
    batch: 38,
  },
  // query 14: godaddy community secureserver 554 rejected
  {
    reply:
      "Sorry, your message from to could not be delivered. The specific error is:\n554 The message was rejected because it contains prohibited virus or spam content\nThis is a permanent error, and the message will not be retried any further.",
    reason: "spamDetected",
    provider: "godaddy",
    source: "https://provisionit.blogspot.com/2009/06",
    heldOut: true,
    batch: 38,
  },
  // query 19: microsoft tech community 550 5.7.708 service unavailable
  {
    reply: "Service unavailable, Client blocked from sending from unregistered domains. 5.7.708.",
    reason: "blocked",
    provider: "microsoft",
    source: "https://aaanetworkx.com/office-365-error-5-7-708-fix/",
    heldOut: true,
    batch: 38,
  },
  // query 24: google workspace community 421 4.7.0 TLS
  {
    reply:
      "421-4.7.0 This message does not have authentication information or fails to pass\n421-4.7.0 authentication checks. To best protect our users from spam, the\n421-4.7.0 message has been blocked. Please visit\n421-4.7.0 for more\n421 4.7.0 information.",
    reason: "authFailure",
    provider: "gmail",
    source:
      "https://knowledge.broadcom.com/external/article/171928/messaging-gateway-delivery-delays-to-goo.html",
    heldOut: true,
    batch: 38,
  },
  // query 52: talk.plesk.com postfix status=deferred connection timed out port 25
  {
    reply:
      "Mar  6 13:19:33 vps415 postfix/error[21724]: 0A1322CF16C: to=<>, relay=none, delay=0.07, delays=0.03/0.01/0/0.02, dsn=4.3.0, status=deferred (mail transport unavailable)",
    reason: "systemError",
    provider: "postfix",
    source: "http://kb.plesk.com/en/123132",
    heldOut: true,
    batch: 38,
  },
  {
    reply:
      "servername postfix/error[15666]: 8875414912DE: [email protected], relay=none, delay=0.16,\ndelays=0.12/0/0/0.04, dsn=4.4.1, status=deferred (delivery temporarily suspended:\nconnect to[]:10024: Connection refused)",
    reason: "networkError",
    provider: "postfix",
    source: "https://www.esds.co.in/kb/mail-is-deferred-delivery-temporarily-suspended/",
    heldOut: true,
    batch: 38,
  },
  // query 68: truenas community email 535 5.7.3 authentication unsuccessful office365
  {
    reply:
      "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy.",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://docs.bookyourpto.com/features/smtp-troubleshoot",
    heldOut: true,
    batch: 38,
  },
  {
    reply:
      "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully.",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://docs.bookyourpto.com/features/smtp-troubleshoot",
    heldOut: true,
    batch: 38,
  },
  {
    reply: "5.7.57 Client not authenticated to send mail.",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://docs.bookyourpto.com/features/smtp-troubleshoot",
    heldOut: true,
    batch: 38,
  },
  // --- batch 38 ends ---
  // --- held-out batch 39: a sample from issue and pull-request threads quoting the exceptions and error objects that sending code raises around a server's reply, as the fixed queries listed under `heldOut` returned them ---
  // query 2: SendFailedException Invalid Addresses 553
  {
    reply:
      "'Invalid Addresses' (3x caused by later): 471 4.7.1 <valid@mail.com>: The limits for your account are exceeded. Please try again later.",
    reason: "rateLimited",
    provider: "other",
    source: "https://github.com/eclipse-ee4j/angus-mail/issues/160",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "'Invalid Addresses' (3x caused by later): 550 5.4.4 Unable to relay",
    reason: "relayDenied",
    provider: "other",
    source: "https://github.com/eclipse-ee4j/angus-mail/issues/160",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "'Invalid Addresses' (3x caused by later): 500 5.0.0 Syntax error, command unrecognized",
    reason: "syntaxError",
    provider: "other",
    source: "https://github.com/eclipse-ee4j/angus-mail/issues/160",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "'Invalid Addresses' (3x caused by later): 555-5.5.2 Syntax error, cannot decode response. For more information, go to 555-5.5.2  https://support.google.com/a/answer/3221692 and review RFC 5321 555 5.5.2 specifications.",
    reason: "syntaxError",
    provider: "gmail",
    source: "https://github.com/eclipse-ee4j/angus-mail/issues/160",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "'Invalid Addresses' (3x caused by later): 554 5.7.1 Client host rejected: Access denied",
    reason: "blocked",
    provider: "other",
    source: "https://github.com/eclipse-ee4j/angus-mail/issues/160",
    heldOut: true,
    batch: 39,
  },
  // query 3: jakarta.mail SMTPSendFailedException 554 5.7.1
  {
    reply:
      "com.sun.mail.smtp.SMTPAddressFailedException: 454 4.7.1 <justin@openboxes.com>: Relay access denied",
    reason: "relayDenied",
    provider: "postfix",
    source: "https://github.com/openboxes/openboxes/issues/60",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "com.sun.mail.smtp.SMTPSendFailedException: 451 5.7.3 STARTTLS is required to send mail [TYWP286CA0019.JPNP286.PROD.OUTLOOK.COM]",
    reason: "requireTLS",
    provider: "microsoft",
    source: "https://github.com/liaojinmin/GeekMail-Pro/issues/6",
    heldOut: true,
    batch: 39,
  },
  // query 4: com.sun.mail.smtp.SMTPSenderFailedException 550
  {
    reply:
      'Swift_TransportException in AbstractSmtpTransport.php line 383: Expected response code 250 but got code "550", with message "550 5.7.60 SMTP; Client does not have permissions to send as this sender"',
    reason: "senderRejected",
    provider: "microsoft",
    source: "https://github.com/swiftmailer/swiftmailer/issues/1258",
    heldOut: true,
    batch: 39,
  },
  // query 5: javax.mail AuthenticationFailedException 535 5.7.3
  {
    reply:
      "javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [BM1P287CA0015.INDP287.PROD.OUTLOOK.COM]",
    reason: "authRequired",
    command: "AUTH",
    provider: "microsoft",
    source: "https://github.com/rpremraj/mailR/issues/107",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "邮箱验证码发送异常 => AuthenticationFailedException: 535 Error: authentication failed",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/ageerle/ruoyi-ai/issues/113",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "message: '535 Authentication Failed\\r'",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/Marak/node_mailer/issues/54",
    heldOut: true,
    batch: 39,
  },
  // query 6: smtplib.SMTPRecipientsRefused 550 5.7.1 relay
  {
    reply:
      "smtplib.SMTPRecipientsRefused: {'my_email@gmail.com': (554, b'5.7.1 <my_email@gmail.com>: Relay access denied')}",
    reason: "relayDenied",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/arlowhite/process-watcher/issues/5",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "SMTPRecipientsRefused: {u'rgalanakis@ccpgames.com': (554, '5.7.1 &lt;rgalanakis@ccpgames.com&gt;: Relay access denied\\n5.7.1 Contact your postmaster/admin for assistance. Please provide the following information in your problem report: time (Aug 23 09:58:29) and client (2001:888:2000:d::a4).')}",
    reason: "relayDenied",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/pypi/legacy/issues/57",
    heldOut: true,
    batch: 39,
  },
  // query 7: smtplib.SMTPDataError 550 5.7.0 spam
  {
    reply:
      "2018-03-06 10:18:28 SMTP ERROR: DATA END command failed: 550 This message was classified as SPAM and may not be delivered",
    reason: "spamDetected",
    command: "DATA",
    provider: "other",
    source: "https://github.com/PHPMailer/PHPMailer/issues/1370",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "smtplib.SMTPDataError: (550, b'5.7.1 Spam Detected - Mail Rejected.  Please see our policy at: xxx')",
    reason: "spamDetected",
    command: "DATA",
    provider: "free",
    source: "https://github.com/SamR1/FitTrackee/pull/622",
    heldOut: true,
    batch: 39,
  },
  // query 8: smtplib.SMTPSenderRefused 530 5.7.0 authentication required
  {
    reply:
      "SMTPSenderRefused at /password_reset/\n\n(530, b'5.5.1 Authentication Required. Learn more at\\n5.5.1  https://support.google.com/mail/?p=WantAuthError q3sm8571800qte.0 - gsmtp', 'bavc.signalserver@gmail.com')",
    reason: "authRequired",
    command: "MAIL",
    provider: "gmail",
    source: "https://github.com/bavc/signalserver/issues/151",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "smtplib.SMTPSenderRefused: (530, b'5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM', 'yyyy@xxx.com')",
    reason: "authRequired",
    command: "MAIL",
    provider: "microsoft",
    source: "https://github.com/miguelgrinberg/flasky/issues/472",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "smtplib.SMTPSenderRefused: (530, b'5.7.0 Authentication Required. Learn more at\\n5.7.0  https://support.google.com/mail/?p=WantAuthError c6sm3105561pjs.11 - gsmtp', 'webmaster@localhost')",
    reason: "authRequired",
    command: "MAIL",
    provider: "gmail",
    source: "https://github.com/mohith7548/Graphical-Password-User-Authentincation/issues/1",
    heldOut: true,
    batch: 39,
  },
  // query 9: smtplib.SMTPAuthenticationError 534 5.7.9
  {
    reply:
      "smtplib.SMTPAuthenticationError: (535, b'Error: \\xc7\\xeb\\xca\\xb9\\xd3\\xc3\\xca\\xda\\xc8\\xa8\\xc2\\xeb\\xb5\\xc7\\xc2\\xbc\\xa1\\xa3\\xcf\\xea\\xc7\\xe9\\xc7\\xeb\\xbf\\xb4: http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256')",
    reason: "authRequired",
    command: "AUTH",
    provider: "qq",
    source: "https://github.com/FeeiCN/GSIL/issues/70",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "Exception message was: 5.7.8 Error: authentication failed: UGFzc3dvcmQ6",
    reason: "authRequired",
    provider: "postfix",
    source: "https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/179",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "SMTPAuthenticationError at /user/password/reset/\n(534, '5.7.9 Please log in with your web browser and then try again. Learn more at\\n5.7.9  https://support.google.com/mail/answer/78754 k125sm31246291wmb.14 - gsmtp')",
    reason: "authRequired",
    command: "AUTH",
    provider: "gmail",
    source: "https://github.com/allianceauth/allianceauth/issues/378",
    heldOut: true,
    batch: 39,
  },
  // query 11: smtplib SMTPResponseException 451 4.7.1
  {
    reply: "smtplib.SMTPResponseException: (454, b'Command not permitted when TLS active')",
    reason: "protocolError",
    command: "STARTTLS",
    provider: "netease",
    source: "https://github.com/SeldomQA/XTestRunner/issues/41",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "S: 550 5.7.1 Service unavailable, Client host [123.123.123.123] blocked using Spamhaus.",
    reason: "blocked",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/jstedfast/MailKit/issues/1744",
    heldOut: true,
    batch: 39,
  },
  // query 12: PHPMailer SMTP Error: The following recipients failed 550
  {
    reply:
      'Expected response code 354 but got code "554", with message "554 5.5.1 Error: no valid recipients',
    reason: "protocolError",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/Attendize/Attendize/issues/868",
    heldOut: true,
    batch: 39,
  },
  // query 14: PHPMailer SMTP ERROR: MAIL FROM command failed 553
  {
    reply:
      "Mailer Error: The following From address failed: mymail : MAIL FROM command failed,Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError o189sm20117163wmo.23 - gsmtp ,530,5.5.1SMTP server error: MAIL FROM command failed Detail: Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError o189sm20117163wmo.23 - gsmtp SMTP code: 530 Additional SMTP info: 5.5.1SMTP server error: MAIL FROM command failed Detail: Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError o189sm20117163wmo.23 - gsmtp SMTP code: 530 Additional SMTP info: 5.5.1",
    reason: "authRequired",
    command: "MAIL",
    provider: "gmail",
    source: "https://github.com/PHPMailer/PHPMailer/issues/1886",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "The following From address failed: totiacraft@outlook.com : MAIL FROM command failed,5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM [AM0PR04CA0003.eurprd04.prod.outlook.com] ,530,SMTP server error: MAIL FROM command failed Detail: 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM [AM0PR04CA0003.eurprd04.prod.outlook.com] SMTP code: 530",
    reason: "authRequired",
    command: "MAIL",
    provider: "microsoft",
    source: "https://github.com/NamelessMC/Nameless/issues/1881",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "Error: MAIL FROM failed: '503 5.5.4 Error: send AUTH command first.",
    reason: "authRequired",
    command: "MAIL",
    provider: "yandex",
    source: "https://github.com/muquit/mailsend/issues/159",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "The following From address failed: donotreply@domianname.com : MAIL FROM command failed,Invalid Sender[515]\n,550,5.1.0SMTP server error: MAIL FROM command failed Detail: Invalid Sender[515]\nSMTP code: 550 Additional SMTP info: 5.1.0",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/PHPMailer/PHPMailer/issues/1190",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "Fatal error: Uncaught PHPMailer\\PHPMailer\\Exception: The following From address failed: wallos@wallosapp.com : MAIL FROM command failed,From address is not one of your addresses ,550,5.7.0SMTP server error: MAIL FROM command failed Detail: From address is not one of your addresses SMTP code: 550 Additional SMTP info: 5.7.0",
    reason: "senderRejected",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/ellite/Wallos/issues/472",
    heldOut: true,
    batch: 39,
  },
  // query 15: PHPMailer SMTP Error: Could not authenticate 535
  {
    reply:
      "2018-03-21 00:08:14 SERVER -> CLIENT: 530-5.5.1 Authentication Required. Learn more at530 5.5.1 https://support.google.com/mail/?p=WantAuthError m185sm1106113ywf.52 - gsmtp",
    reason: "authRequired",
    command: "MAIL",
    provider: "gmail",
    source: "https://github.com/PHPMailer/PHPMailer/issues/1384",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "2017-12-13 13:50:36 SERVER -> CLIENT: 535 5.7.0 (#MBR1212) Incorrect username or password.",
    reason: "authRequired",
    command: "AUTH",
    provider: "yahoo-aol",
    source: "https://github.com/PHPMailer/PHPMailer/issues/1287",
    heldOut: true,
    batch: 39,
  },
  // query 18: Swift_TransportException Expected response code 354 but got code 554
  {
    reply:
      'Swift_TransportException in AbstractSmtpTransport.php line 383:\nExpected response code 250 but got code "530", with message "530 5.7.1 Authentication required',
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/nahid/nahid.co/issues/5",
    heldOut: true,
    batch: 39,
  },
  // query 19: System.Net.Mail.SmtpFailedRecipientException mailbox unavailable 550
  {
    reply:
      "System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: unroutable domain: gmail",
    reason: "hostUnknown",
    provider: "other",
    source: "https://github.com/crossvertise/ActionMailerNext/issues/24",
    heldOut: true,
    batch: 39,
  },
  // query 21: SmtpException The SMTP server requires a secure connection 5.7.0
  {
    reply:
      "[04/01/2010-20:17:40] ! HFM.Forms.frmPreferences.btnTestEmail_Click Threw\nException: The SMTP server requires a secure connection or the client was\nnot authenticated. The server response was: 5.7.0 Must issue a STARTTLS\ncommand first. p10sm48772886gvf.28",
    reason: "requireTLS",
    provider: "gmail",
    source: "https://github.com/harlam357/hfm-net/issues/152",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator. [SG2P153CA0002.APCP153.PROD.OUTLOOK.COM 2023-01-24T10:49:45.194Z 08DAFD75B2194F44]",
    reason: "authRequired",
    provider: "microsoft",
    source: "https://github.com/ShareX/ShareX/issues/6699",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      'Exception calling "Send" with "1" argument(s): "The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.1 Client was not authenticated"',
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/alanrenouf/vCheck-vSphere/issues/284",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "The SMTP server requires a secure connection or the client was not\nauthenticated. The server response was: 5.7.0 Authentication\nrequired",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/janhebnes/startlist.club/issues/204",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "The SMTP server requires a secure connection or the client was not authenticated. The server response was: Authentication required",
    reason: "authRequired",
    provider: "amazon-ses",
    source: "https://github.com/btcpayserver/btcpayserver-docker/issues/504",
    heldOut: true,
    batch: 39,
  },
  // query 22: MailKit SmtpCommandException mailbox unavailable 5.1.1
  {
    reply: "SmtpCommandException - Syntax error in parameters or arguments",
    reason: "syntaxError",
    provider: "ionos",
    source: "https://github.com/jstedfast/MimeKit/issues/90",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "Error Message: 5.5.2 Error: command not recognized",
    reason: "syntaxError",
    provider: "postfix",
    source: "https://github.com/jstedfast/MailKit/issues/1221",
    heldOut: true,
    batch: 39,
  },
  // query 23: MailKit SmtpCommandException 554 5.7.1 DATA
  {
    reply: "552 message size exceeds fixed maximium message size",
    reason: "messageTooBig",
    provider: "other",
    source: "https://github.com/cosullivan/SmtpServer/pull/258",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "The server responded:  4.3.5 <DATA>: Data command rejected: Server configuration problem.",
    reason: "systemError",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/root-io/vmail/issues/79",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "S:501 5.5.2 Bad command",
    reason: "syntaxError",
    command: "DATA",
    provider: "maddy",
    source: "https://github.com/nim-lang/smtp/issues/3",
    heldOut: true,
    batch: 39,
  },
  // query 24: MailKit SmtpProtocolException 421
  {
    reply:
      "MailKit.Security.AuthenticationException: 421: 4.3.2 Service not active [TYAPR01CA0229.jpnprd01.prod.outlook.com] ---> MailKit.Net.Smtp.SmtpCommandException: 4.3.2 Service not active [TYAPR01CA0229.jpnprd01.prod.outlook.com]",
    reason: "systemError",
    command: "AUTH",
    provider: "microsoft",
    source: "https://github.com/jstedfast/MailKit/issues/1106",
    heldOut: true,
    batch: 39,
  },
  // query 25: Go net/smtp error 550 recipient rejected
  {
    reply:
      "[11:22:02.990][2fff2f7c] SMTP[DATA]: < 554 5.7.1 <user2@gmail.com>: Recipient address rejected: Access denied\\r\\n",
    reason: "policyViolation",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/RainLoop/rainloop-webmail/issues/2018",
    heldOut: true,
    batch: 39,
  },
  // query 26: gomail dial and send 554 5.7.0 error
  {
    reply:
      'time="2022-11-16T15:08:40-05:00" level=warning msg="555 5.5.2 Syntax error. j10-20020ac874ca000000b0035d432f5ba3sm9240143qtr.17 - gsmtp" code=555 email="\\"NAME REDACTED\\" <EMAILREDACTIED@ourdomain.org>"',
    reason: "syntaxError",
    provider: "gmail",
    source: "https://github.com/gophish/gophish/issues/2662",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "Jun 25 16:47:32 chbppca001 postfix/smtp[27100]: EE63A80539: to=<zfpzekfpezkpfoez@tgghhostnngk.com>, relay=10.42.201.205[10.42.201.205]:25, delay=0.13, delays=0.08/0/0.04/0, dsn=4.1.2, status=deferred (host 10.42.201.205[10.42.201.205] said: 450 4.1.2 <zfpzekfpezkpfoez@tgghhostnngk.com>: Recipient address rejected: Domain not found (in reply to RCPT TO command))",
    reason: "hostUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/gophish/gophish/issues/1116",
    heldOut: true,
    batch: 39,
  },
  // query 27: golang smtp.SendMail 535 5.7.8 username and password not accepted
  {
    reply: "Mail Error on Auth: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/xhit/go-simple-mail/issues/69",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "[Error: 535-5.7.8 Username and Password not accepted. Learn more at\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials g67sm1422389pfb.9 - gsmtp]",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/angelos3lex/react-native-smtp-mailer/issues/40",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "Error: AUTH LOGIN failed: '535 5.7.8 Username and Password not accepted. Learn m\nore at'",
    reason: "authRequired",
    command: "AUTH",
    provider: "gmail",
    source: "https://github.com/muquit/mailsend/issues/80",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      '"response": "535-5.7.8 Username and Password not accepted. Learn more at\\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials PASSWORD - gsmtp",',
    reason: "authRequired",
    command: "AUTH",
    provider: "gmail",
    source: "https://github.com/jef/streetmerchant/issues/1190",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "response: '535-5.7.8 Username and Password not accepted. Learn more at\\n' +\n'535 5.7.8  https://support.google.com/mail/?p=BadCredentials i5sm8565805wrv.34 - gsmtp',",
    reason: "authRequired",
    command: "AUTH",
    provider: "gmail",
    source: "https://github.com/accimeesterlin/nodemailer-examples/issues/3",
    heldOut: true,
    batch: 39,
  },
  // query 28: lettre smtp permanent error 550
  {
    reply: "permanent: gmx.net (mxgmx117) Nemesis ESMTP Service not available",
    reason: "blocked",
    provider: "gmx-webde",
    source: "https://github.com/chatmail/async-smtp/pull/53",
    heldOut: true,
    batch: 39,
  },
  // query 29: lettre transient error 451
  {
    reply: "550 Exception sending email",
    reason: "systemError",
    provider: "other",
    source: "https://github.com/ggpwnkthx/Microsoft-Graph-SMTP-Relay/issues/10",
    heldOut: true,
    batch: 39,
  },
  // query 31: Net::SMTPServerBusy 450 4.2.0
  {
    reply:
      "Net::SMTPServerBusy\n450 4.1.2 lea.seidlmayer@kxqm.de: Recipient address rejected: Domain not found",
    reason: "hostUnknown",
    provider: "postfix",
    source: "https://github.com/fairmondo/fairmondo/issues/434",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "Exception: Net::SMTPServerBusy 450 4.1.2 <example-email@siehe-glitchtip.ch>: Recipient address rejected: Domain not found (Net::SMTPServerBusy)",
    reason: "hostUnknown",
    provider: "postfix",
    source: "https://github.com/hitobito/hitobito/issues/3810",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "454 Throttling failure: Maximum sending rate exceeded. (Net::SMTPServerBusy)",
    reason: "rateLimited",
    provider: "amazon-ses",
    source: "https://github.com/getlago/lago-api/pull/4687",
    heldOut: true,
    batch: 39,
  },
  // query 32: Net::SMTPAuthenticationError 535 5.7.8
  {
    reply: "Net::SMTPAuthenticationError: 535 5.7.8 Sorry.",
    reason: "authRequired",
    provider: "other",
    source: "https://github.com/benwbrum/fromthepage/issues/1341",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "Net::SMTPAuthenticationError (530-5.7.0 Authentication Required. Learn more at\n):",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/heartcombo/mail_form/issues/75",
    heldOut: true,
    batch: 39,
  },
  {
    reply: "Net::SMTPAuthenticationError: 535 Authentication failed: Bad username / password",
    reason: "authRequired",
    provider: "sendgrid",
    source: "https://github.com/OperationCode/operationcode_old_site/issues/713",
    heldOut: true,
    batch: 39,
  },
  {
    reply:
      "2013-05-26T04:50:01.345671+00:00 app[web.1]: Net::SMTPAuthenticationError (534-5.7.9 Please log in with your web browser and then try again. Learn more at\n2013-05-26T04:50:01.345671+00:00 app[web.1]: ):",
    reason: "authRequired",
    provider: "gmail",
    source: "https://github.com/cyrusstoller/RevTilt/issues/32",
    heldOut: true,
    batch: 39,
  },
  // --- batch 39 ends ---
  // --- held-out batch 40: a sample from web pages naming mailbox providers, ISPs and hosted mail services,
  // as the fixed queries listed under `heldOut` returned them ---
  // query 1: gmail 550 5.7.1 unsolicited mail bounced forum
  {
    reply:
      "550-5.7.1 [1.2.3.4 12] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to 550-5.7.1 Gmail, this message has been blocked. 550 5.7.1 for more information. gsmtp",
    reason: "spamDetected",
    provider: "gmail",
    source:
      "https://www.suped.com/learn/email-deliverability/what-caused-the-gmail-bounce-error-550-571-our-system-has-detected-that-this-message-is-likely-u",
    heldOut: true,
    batch: 40,
  },
  {
    reply: "Reason: Remote host said: 550 5.7.1 our Bulk Email Senders Guidelines. 50si6194057ugb",
    reason: "badReputation",
    provider: "gmail",
    source:
      "http://drazen.dotlic.name/weblog/post/2007/05/15/Are-you-runninghosting-email-server-yourself-and-GMail-is-rejecting-your-email.aspx",
    heldOut: true,
    batch: 40,
  },
  // query 3: gmail 550 5.2.1 account disabled bounce
  {
    reply:
      "smtp;421 4.7.0 [x.xx.xx.xx] Our system has detected that this message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information.",
    reason: "badReputation",
    provider: "gmail",
    source: "https://unspam.email/articles/gmail-bounce",
    heldOut: true,
    batch: 40,
  },
  // query 6: hotmail 550 SC-001 messages rejected
  {
    reply:
      "Diagnostic-Code: SMTP; 550 SC-001 (BAY0-MC4-F36) Unfortunately, messages from xxx.xxx.xxx.xxx weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    reason: "blocked",
    provider: "microsoft",
    source: "https://foxpa.ws/e-mails-to-hotmail-bounce-550-sc-001-part-of-your-network-is-on-our-block-list",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "host mx1.hotmail.com[] said: 550 SC-001 Mail rejected by Windows Live Hotmail for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help.",
    reason: "badReputation",
    provider: "microsoft",
    source: "https://www.mydigitallife.net/how-to-remove-server-ip-address-from-msn-hotmail-block-blacklist/",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "host mx4.hotmail.com[] said: 550 SC-004 Mail rejected by Windows Live Hotmail for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address. We recommend enrolling in our Junk Email Reporting Program (JMRP), a free program intended to help senders remove unwanted recipients from their email list. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
    reason: "badReputation",
    provider: "microsoft",
    source: "https://www.mydigitallife.net/how-to-remove-server-ip-address-from-msn-hotmail-block-blacklist/",
    heldOut: true,
    batch: 40,
  },
  // query 8: yahoo 421 4.7.0 TSS04 temporarily deferred forum thread
  {
    reply:
      "Aug 31 14:06:36 dserv128-mtl3 m--x--mail/smtp[8516]: 4D7F314C86A3: host e.mx.mail.yahoo.com[216.39.53.1] refused to talk to me: 421 Message from (xx.xx.xx.xx)temporarily deferred - 4.16.50. Please refer to http://help.yahoo.com/help/us/mail/defer/defer-06.html",
    reason: "badReputation",
    provider: "yahoo-aol",
    source: "http://blog.deliverability.com/2008/09/a-few-days-ago.html",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "<somelistmember at yahoo.com>: delivery temporarily suspended: host\nmta5.am0.yahoodns.net[] refused to talk to me: 421 4.7.0\n[TS01] Messages from <OUR_IP_ADDRESS> temporarily deferred due to user\ncomplaints -;\nsee http://postmaster.yahoo.com/421-ts01.html",
    reason: "badReputation",
    provider: "yahoo-aol",
    source: "https://mail.python.org/pipermail/mailman-users/2012-June/073611.html",
    heldOut: true,
    batch: 40,
  },
  // query 9: aol mail 550 5.1.1 mailbox unavailable bounced
  {
    reply:
      "SMTP error from remote mail server after end of data: host mailin-02.mx.aol.com [64.12.90.65]: 521 5.2.1 :(CON:B1) http://postmaster.info.aol.com/errors/554conb1.html",
    reason: "badReputation",
    command: "DATA",
    provider: "yahoo-aol",
    source: "https://wordtothewise.com/2012/10/mail-problems-at-aol",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "delivery temporarily suspended: host mailin-01.mx.aol.com[205.188.146.193] refused to talk to me: 421 mtain-dg03.r1000.mx.aol.com Service unavailable – try again later",
    reason: "systemError",
    provider: "yahoo-aol",
    source: "https://wordtothewise.com/2012/10/mail-problems-at-aol",
    heldOut: true,
    batch: 40,
  },
  {
    reply: "205.188.190.2 failed after I sent the message. Remote host said: 521 5.2.1 “TempFail”",
    reason: "undefined",
    provider: "yahoo-aol",
    source: "https://wordtothewise.com/2012/10/mail-problems-at-aol",
    heldOut: true,
    batch: 40,
  },
  {
    reply: "554 mtain-dc03.r1000.mx.aol.com ESMTP not accepting connections",
    reason: "systemError",
    provider: "yahoo-aol",
    source: "https://wordtothewise.com/2012/10/mail-problems-at-aol",
    heldOut: true,
    batch: 40,
  },
  // query 15: free.fr 550 5.7.1 refusé spam
  {
    reply:
      "host smtp-in.orange.fr[80.12.242.9] said: 550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506] (in reply to end of DATA command",
    reason: "spamDetected",
    command: "DATA",
    provider: "orange",
    source: "https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015",
    heldOut: true,
    batch: 40,
  },
  {
    reply: "host mx1.free.fr[212.27.48.6] said: 550 spam detected (in reply to end of DATA command",
    reason: "spamDetected",
    command: "DATA",
    provider: "free",
    source: "https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "host smtpz4.laposte.net[194.117.213.1] said: 550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN007_510 (in reply to end of DATA command",
    reason: "undefined",
    command: "DATA",
    provider: "laposte",
    source: "https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "host smtp-in.sfr.fr[93.17.128.123] said: 550 5.7.1 Message content rejected (in reply to end of DATA command",
    reason: "spamDetected",
    command: "DATA",
    provider: "sfr",
    source: "https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "host vip-smtp.alstom.com[159.245.16.220] said: 550 Denied by policy (in reply to end of DATA command",
    reason: "policyViolation",
    command: "DATA",
    provider: "other",
    source: "https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015",
    heldOut: true,
    batch: 40,
  },
  // query 18: libero.it 421 connection rejected too many
  {
    reply:
      "Apr 3 11:01:40 posta sm-mta[18136]: ruleset=check_relay, arg1=[188.123.111.4], arg2=188.123.111.4, relay=[188.123.111.4], reject=421 4.3.2 Connection rate limit exceeded.",
    reason: "tooManyConnections",
    provider: "sendmail",
    source: "https://experts123.com/q/what-does-the-error-421-4.3.2-connection-rate-limit-exceeded-mean.html",
    heldOut: true,
    batch: 40,
  },
  // query 23: kpn 550 5.7.1 spam blocked bounce
  {
    reply: "smtp;554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit [120]",
    reason: "policyViolation",
    provider: "yahoo-aol",
    source: "https://help.returnpath.com/hc/en-us/articles/220565487-Block-bounce-code-examples",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "550 SC-001 (BAY004-MC4F3) Unfortunately, messages from IP XX.XXX.XX.XXX weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to",
    reason: "blocked",
    provider: "microsoft",
    source: "https://help.returnpath.com/hc/en-us/articles/220565487-Block-bounce-code-examples",
    heldOut: true,
    batch: 40,
  },
  // query 29: mail.ru 550 5.7.1 message was not accepted
  {
    reply:
      "551 5.9.9 Spam message discarded. If you feel we mistreat you, do contact us: [email protected]\nRSET",
    reason: "spamDetected",
    provider: "other",
    source:
      "https://freeport-outlet.ru/en/oshibki-otpravki-i-varianty-ih-ustraneniya-ne-udaetsya-otpravit-ili-poluchit.html",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "553 5.7.1 < [email protected]>: Sender address rejected: not owned by user [email protected]\nRSET",
    reason: "senderRejected",
    provider: "postfix",
    source:
      "https://freeport-outlet.ru/en/oshibki-otpravki-i-varianty-ih-ustraneniya-ne-udaetsya-otpravit-ili-poluchit.html",
    heldOut: true,
    batch: 40,
  },
  // query 31: rambler.ru 554 5.7.1 rejected
  {
    reply: "554 Message does not conform to standards",
    reason: "contentError",
    provider: "mdaemon",
    source: "https://oshibaetsya.ru/chto-takoe-oshibka-554",
    heldOut: true,
    batch: 40,
  },
  // query 32: naver.com 550 5.7.1 rejected bounced
  {
    reply: "550 Account disabled",
    reason: "mailboxDisabled",
    provider: "other",
    source: "https://puffinknight.tistory.com/102",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "554 delivery error: dd Sorry your message to userid@domain.com cannot be delivered. This account has been disabled or discontinued [#102]. - mta115.mail.krs.yahoo.com",
    reason: "mailboxDisabled",
    provider: "yahoo-aol",
    source: "https://puffinknight.tistory.com/102",
    heldOut: true,
    batch: 40,
  },
  {
    reply: "550 Relay denied",
    reason: "relayDenied",
    provider: "other",
    source: "https://puffinknight.tistory.com/102",
    heldOut: true,
    batch: 40,
  },
  {
    reply: "554 Relay operation rejected",
    reason: "relayDenied",
    provider: "other",
    source: "https://puffinknight.tistory.com/102",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "421 4.3.2 Your IP( is filtered and this connection will be closed. You must register your IP to http://realip.naver.com",
    reason: "blocked",
    provider: "other",
    source: "https://puffinknight.tistory.com/102",
    heldOut: true,
    batch: 40,
  },
  // query 33: daum.net 550 bounced
  {
    reply:
      "<xxxxx@mydomain.com>: host mail.xxxxxxx.net[xxx.xxx.xxx.xxx] said: 550 5.1.1 RUSR\nxxx.xxx.xxx.xxx: No such user: <xxxxx@mydomain.com> (in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "daum",
    source: "https://oliveit.tistory.com/39",
    heldOut: true,
    batch: 40,
  },
  {
    reply: "SERVER REPLY: 501 Denied domain name",
    reason: "senderRejected",
    provider: "other",
    source: "http://blog.jinbo.net/007/archive/20051107",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "421-Microsoft ESMTP MAIL Service, Version: 5.0.2195.5600 ready at  Service not available, closing transmission channel",
    reason: "systemError",
    provider: "exchange",
    source: "http://blog.jinbo.net/007/archive/20051107",
    heldOut: true,
    batch: 40,
  },
  {
    reply: "451 4.3.0 Other or undefined mail system status",
    reason: "systemError",
    provider: "other",
    source: "http://blog.jinbo.net/007/archive/20051107",
    heldOut: true,
    batch: 40,
  },
  {
    reply: "451 Relay Server Not Ready.",
    reason: "systemError",
    provider: "other",
    source: "http://blog.jinbo.net/007/archive/20051107",
    heldOut: true,
    batch: 40,
  },
  // query 35: 163.com 451 4.7.1 deferred
  {
    reply: "551 User not local; please try < forward-path >",
    reason: "hasMoved",
    provider: "other",
    source: "http://www.5dmail.net/bbs/thread-168213-1-10.html",
    heldOut: true,
    batch: 40,
  },
  // query 41: shaw.ca 550 5.7.1 blocked
  {
    reply: "4.5.9|Spam limit has been reached.",
    reason: "rateLimited",
    provider: "shaw",
    source: "http://www.muug.ca/pipermail/roundtable/2008-March/001665.html",
    heldOut: true,
    batch: 40,
  },
  // query 44: cox.net 554 5.7.1 ip blocked
  {
    reply:
      "Reason: Remote host said: 554 fed1rmimpi309 cox 70.xx.xx.xx blocked. Error Code: IPBL0100 – Refer to Error Codes section at http://postmaster.cox.net/confluence/display/postmaster/Error+Codes for more information.",
    reason: "blocked",
    provider: "cox",
    source: "https://takisathanassiou.com/5-things-you-can-do-if-your-ip-address-is-blacklisted/",
    heldOut: true,
    batch: 40,
  },
  {
    reply: "(reason: 554 cox blocked.  Error Code: CXBL - Refer )",
    reason: "blocked",
    provider: "cox",
    source:
      "https://forums.cox.com/discussions/archive/emails-being-returned-due-to-permanent-fatal-error/69752",
    heldOut: true,
    batch: 40,
  },
  // query 45: charter.net 550 5.1.1 bounced
  {
    reply: "550 5.1.0 sender rejected AUP#I-1310",
    reason: "senderRejected",
    provider: "charter",
    source: "https://www.spamresource.com/2019/10/charterroadrunner-bounces.html",
    heldOut: true,
    batch: 40,
  },
  // query 56: barracuda 550 5.7.1 blocked
  {
    reply:
      "SMTP error from remote mail server after end of data:\nhost [MMM.MM.MMM.MM]: 554 Service unavailable; Client host\n[] blocked using Barracuda Reputation;",
    reason: "blocked",
    command: "DATA",
    provider: "barracuda",
    source: "http://tig.csail.mit.edu/wiki/TIG/EmailBlockedByBarracuda",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "#554 Service unavailable; Client host [XXXXXXXXXX.XXXXXXX.XXX] blocked using Barracuda Reputation; ##",
    reason: "blocked",
    provider: "barracuda",
    source: "http://joystickjunkie.blogspot.com/2010/04/emailregorg-is-scam.html",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "(reason: 554 Service unavailable; Client host [server1.mail.com] blocked using Barracuda Reputation;\nhttp://bbl.barracudacentral.com/q.cgi?ip=192.168.1.1)",
    reason: "blocked",
    provider: "barracuda",
    source: "https://luxsci.com/blog/?p=16857",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "<<< 554 Service unavailable; Client host [server1.mail.com] blocked using Barracuda Reputation; http://bbl.barracudacentral.com/q.cgi?ip=192.168.1.1",
    reason: "blocked",
    command: "DATA",
    provider: "barracuda",
    source: "https://luxsci.com/blog/?p=16857",
    heldOut: true,
    batch: 40,
  },
  // query 57: mimecast 451 4.7.0 deferred greylisting
  {
    reply:
      "<-- 451 Internal resource is temporarily unavailable -\nhttps://community.mimecast.com/docs/DOC-1369#451\n[Aj3QXapeMpqZYaeFwWhjzw.us32]",
    reason: "greylisted",
    command: "RCPT",
    provider: "mimecast",
    source: "https://dwlistore.dwli.org/knowledgebase/444/Emails-Not-Sending-to-Mimecast-Recipients-.html",
    heldOut: true,
    batch: 40,
  },
  // query 58: gmail 550 5.7.26 unauthenticated dmarc bounce
  {
    reply:
      "550-5.7.26 Unauthenticated email from example.com is not accepted due to\n550-5.7.26 domain's DMARC policy. Please visit\n550-5.7.26 https://support.google.com/mail/answer/81126#authentication for\n550-5.7.26 more information.",
    reason: "authFailure",
    provider: "gmail",
    source: "https://www.dmarctrust.com/troubleshooting/unauthenticated-email-rejected",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "550-5.7.1 This message does not have authentication information or fails to\n550-5.7.1 pass authentication checks. To best protect our users from spam, the\n550-5.7.1 message has been blocked. Please visit\n550-5.7.1 https://support.google.com/mail/answer/81126 for more information.",
    reason: "authFailure",
    provider: "gmail",
    source: "https://www.dmarctrust.com/troubleshooting/unauthenticated-email-rejected",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass, SPF = did not pass",
    reason: "authFailure",
    provider: "gmail",
    source:
      "https://helpcenter.mithi.com/support/solutions/articles/48001268407-issue-gmail-senders-not-receiving-bounce-notifications",
    heldOut: true,
    batch: 40,
  },
  // query 60: yahoo 554 5.7.9 policy bounce
  {
    reply:
      "smtp;550 5.7.1 Unauthenticated email from yahoo.com is not accepted due to domain’s DMARC policy. Please contact administrator of yahoo.com domain if this was a legitimate mail. Please visit http://support.google.com/mail/answer/2451690 to learn about DMARC initiative. 100si2781324qgv.4 – gsmtp",
    reason: "authFailure",
    provider: "gmail",
    source: "https://www.wordtothewise.com/2014/04/example-bounces-due-yahoo-preject",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. Please visit 550-5.7.1 http://support.google.com/mail/bin/answer.py?hl=en&answer=188131 for 550 5.7.1 more information. ua2si8779123",
    reason: "spamDetected",
    provider: "gmail",
    source: "https://www.wordtothewise.com/2014/04/example-bounces-due-yahoo-preject",
    heldOut: true,
    batch: 40,
  },
  {
    reply:
      "554 5.7.9 Message not accepted for policy reasons.  See http://postmaster.yahoo.com/errors/postmaster-28.html (in reply to end of DATA command))",
    reason: "policyViolation",
    command: "DATA",
    provider: "yahoo-aol",
    source: "https://www.wordtothewise.com/2014/04/example-bounces-due-yahoo-preject",
    heldOut: true,
    batch: 40,
  },
  // query 61: hotmail.com 550 5.5.0 requested action not taken mailbox unavailable
  {
    reply:
      "Action: failed Status: 5.5.0 Diagnostic-Code: smtp; 550 5.5.0 Requested action not taken: mailbox unavailable",
    reason: "undefined",
    provider: "microsoft",
    source:
      "https://www.suped.com/learn/email-deliverability/what-causes-hotmail-550-550-mailbox-unavailable-bounce-errors",
    heldOut: true,
    batch: 40,
  },
  // query 63: gmail 452 4.2.2 over quota bounce postfix log
  {
    reply:
      "status=deferred (host ALT1.ASPMX.L.GOOGLE.com[64.233.186.26] said:\n450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n450-4.2.1 prevents additional messages from being delivered. Please resend your\n450-4.2.1 message at a later time. If the user is able to receive mail at that\n450-4.2.1 time, your message will be delivered. For more information, please\n450-4.2.1 visit 450 4.2.1 https://support.google.com/mail/answer/6592 emailidhere.87 - gsmtp (in reply to RCPT TO command))",
    reason: "rateLimited",
    command: "RCPT",
    provider: "gmail",
    source: "https://go.mail-archive.com/postfix-users@postfix.org/msg65793.html",
    heldOut: true,
    batch: 40,
  },
  // query 65: gmx 421 too many connections freemail
  {
    reply:
      "421 web.de (mxweb113) Nemesis ESMTP Service not available Service unavailable Reject due to policy restrictions Please try again later. Too many messages have been received in a short period of time. Please try again in a few hours and reduce the sending rate.",
    reason: "rateLimited",
    provider: "gmx-webde",
    source:
      "https://www.suped.com/learn/email-deliverability/how-to-resolve-smtp-421-errors-with-webde-and-gmxnet-due-to-rate-limiting",
    heldOut: true,
    batch: 40,
  },
  // query 69: icloud mail 550 5.1.1 unknown or illegal alias
  {
    reply:
      "550 5.7.1 Mail from IP x.x.x.x was rejected due to listing in Spamhaus XXX. For details please see http://www.spamhaus.org/query/bl?ip=x.x.x.x",
    reason: "blocked",
    provider: "apple",
    source: "https://note.com/sendmagic/n/n079f49339312",
    heldOut: true,
    batch: 40,
  },
  // --- batch 40 ends ---
  // --- held-out batch 41: a sample from issue and pull-request threads found by the failure's cause in plain words (no reply code in the query), as the fixed queries listed under `heldOut` returned them ---
  // query 5: too many connections from your ip postfix
  {
    reply: "Out: 421 4.7.0 host.domain.tld Error: too many connections from\n111.44.222.33",
    reason: "tooManyConnections",
    provider: "postfix",
    source: "https://github.com/modoboa/modoboa-installer/issues/92",
    heldOut: true,
    batch: 41,
  },
  // query 7: relay access denied server said
  {
    reply:
      "Jan 12 16:54:57 mail postfix/smtpd[16273]: NOQUEUE: reject: RCPT from somedomain[IP]: 554 5.7.1 <user@name>: Relay access denied; from=<mailer@somedoman> to=<user@name> proto=ESMTP helo=<mail.somedomain>",
    reason: "relayDenied",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/anonaddy/anonaddy/issues/415",
    heldOut: true,
    batch: 41,
  },
  // query 8: relaying denied exim rejected
  {
    reply:
      "2014-04-04 10:37:30 H=(mail-wg0-f44.google.com) [74.125.82.44] F=<karbowiak@gmail.com> rejected RCPT <michael@karbowiak.dk>: relay not permitted",
    reason: "relayDenied",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/Eugeny/ajenti-v/issues/57",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "2025-02-17 17:59:47 1tk2b3-006Xtp-0N ** xx@test.com R=send_via_unauthenticated_smtp_relay T=remote_smtp H=192.168.0.2 [192.168.0.2] X=TLS1.3:ECDHE_SECP256R1__ECDSA_SECP256R1_SHA256__AES_256_GCM:256 CV=yes: SMTP error from remote mail server after RCPT TO:<xx@test.com>: 550 Relay not permitted",
    reason: "relayDenied",
    command: "RCPT",
    provider: "exim",
    source: "https://github.com/hestiacp/hestiacp/issues/4852",
    heldOut: true,
    batch: 41,
  },
  // query 9: must issue starttls first smtp rejected
  {
    reply:
      "13:23:59.793 DEBUG org.subethamail.smtp.server.Session - Server: 530 5.7.0  Authentication required",
    reason: "authRequired",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/davidmoten/subethasmtp/issues/1",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "13:23:59.793 DEBUG org.subethamail.smtp.server.Session - Server: 530 Must issue a STARTTLS command first",
    reason: "requireTLS",
    command: "RSET",
    provider: "other",
    source: "https://github.com/davidmoten/subethasmtp/issues/1",
    heldOut: true,
    batch: 41,
  },
  {
    reply: "permanent: 5.5.1 Invalid command: Must issue a STARTTLS command first",
    reason: "requireTLS",
    provider: "opensmtpd",
    source: "https://github.com/reacherhq/check-if-email-exists/issues/942",
    heldOut: true,
    batch: 41,
  },
  // query 10: certificate verification failed smtp postfix bounce
  {
    reply:
      "Nov 21 18:40:03 node1 postfix/smtp[16969]: certificate verification failed for webmail.schleunungdruck.de[117.243.191.210]:25: untrusted issuer /C=de/L=XXX/O=XXX GmbH/CN=XX XX XXX CA/emailAddress=XX@XX",
    reason: "securityError",
    provider: "postfix",
    source: "https://github.com/whyscream/postfix-grok-patterns/pull/133",
    heldOut: true,
    batch: 41,
  },
  {
    reply: "TLS session: (certificate verification failed): certificate invalid",
    reason: "securityError",
    provider: "exim",
    source: "https://github.com/ix-ai/smtp/pull/11",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "SSL_connect returned=1 errno=0 peeraddr=172.17.0.1:2525 state=error: certificate verify failed (Hostname mismatch)",
    reason: "securityError",
    provider: "postal",
    source: "https://github.com/postalserver/postal/issues/2564",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "Jul 28 11:08:05 mon postfix/smtp[3866]: certificate verification failed for smtp.gmail.com[74.125.20.109]:587: untrusted issuer /C=US/O=Equifax/OU=Equifax Secure Certificate Au\nthority",
    reason: "securityError",
    provider: "postfix",
    source: "https://github.com/freedomofpress/securedrop/pull/1081",
    heldOut: true,
    batch: 41,
  },
  {
    reply: "Jul 28 11:08:05 mon postfix/smtp[3866]: 1A0B4101023: Server certificate not trusted",
    reason: "securityError",
    provider: "postfix",
    source: "https://github.com/freedomofpress/securedrop/pull/1081",
    heldOut: true,
    batch: 41,
  },
  // query 12: line too long smtp rejected
  {
    reply: "<<< 500 5.0.0: Line too long",
    reason: "contentError",
    command: "DATA",
    provider: "opensmtpd",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/1134",
    heldOut: true,
    batch: 41,
  },
  {
    reply: "554 5.5.0 Remote protocol error",
    reason: "protocolError",
    provider: "other",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/1134",
    heldOut: true,
    batch: 41,
  },
  {
    reply: "reason: 550 MIME boundary length exceeded (see RFC 2046).",
    reason: "contentError",
    provider: "other",
    source: "https://github.com/zou-yu/worker-mailer/issues/23",
    heldOut: true,
    batch: 41,
  },
  {
    reply: "error sending email: unable to send email: 501 Syntax error - line too long ",
    reason: "contentError",
    provider: "other",
    source: "https://github.com/carlosz1986/paperless-mailservice/issues/8",
    heldOut: true,
    batch: 41,
  },
  // query 17: dkim signature invalid rejected smtp
  {
    reply:
      "Nov 28 16:03:13 foo postfix/cleanup[2751]: B64A73FD27: milter-reject: END-OF-MESSAGE from forward.cat[107.170.17.71]: 5.7.0 bad DKIM signature data; from=<no-reply@forward.cat> to=<bar@example.com> proto=ESMTP helo=<primary>",
    reason: "authFailure",
    command: "DATA",
    provider: "postfix",
    source: "https://github.com/danisola/forward-cat/issues/4",
    heldOut: true,
    batch: 41,
  },
  {
    reply: "550 The email you sent has an invalid DKIM signature",
    reason: "authFailure",
    provider: "forwardemail",
    source: "https://github.com/forwardemail/free-email-forwarding/issues/132",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "Error: We could not deliver the attached mail for the following recipients.\nuserredacted@nine.testrun.org at remote mailserver nine.testrun.org. (116.202.233.236): SMTPSendFailedException: 554 5.7.1 Rejected due to invalid DKIM signature\n(554)",
    reason: "authFailure",
    provider: "other",
    source: "https://github.com/Purelymail/purelymail-issues/issues/198",
    heldOut: true,
    batch: 41,
  },
  // query 19: ptr record required smtp reply
  {
    reply:
      "gmx.net (mxgmx002) Nemesis ESMTP Service not available\nNo SMTP service\nBad DNS PTR resource record.",
    reason: "requirePTR",
    provider: "gmx-webde",
    source: "https://github.com/badoux/checkmail/issues/5",
    heldOut: true,
    batch: 41,
  },
  {
    reply: "freenet.de 550 inconsistent or no DNS PTR record for 95.110.198.3",
    reason: "requirePTR",
    provider: "other",
    source: "https://github.com/badoux/checkmail/issues/5",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "Feb 08 04:49:12 [my domain] postfix/smtp[5460]: 9843783F4B: to=<[some email adress]>, relay=mx-ha03.web.de[212.227.15.17]:25, delay=38136, delays=38136/0.03/0.06/0, dsn=4.0.0, status=deferred (host mx-ha03.web.de[212.227.15.17] refused to talk to me: 554-web.de (mxweb010) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit https://web.de/email/senderguidelines?ip=136.244.93.80&c=rdns",
    reason: "requirePTR",
    provider: "gmx-webde",
    source: "https://github.com/LukeSmithxyz/emailwiz/issues/128",
    heldOut: true,
    batch: 41,
  },
  // query 20: helo command rejected host not found
  {
    reply:
      "Feb 21 09:21:54 xxx postfix/smtpd[14398]: NOQUEUE: reject: RCPT from tx2outboundsmtppool1.messaging.microsoft.com[65.55.83.131]: 450 4.7.1 <TX2EHSNDR001.bigfish.com>: Helo command rejected: Host not found; from=<> to=<<REMOVED>> proto=ESMTP helo=<TX2EHSNDR001.bigfish.com>",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/fail2ban/fail2ban/issues/125",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "<PERSONAL_EMAIL_REMOVED>: host mx8.zmailcloud.com[34.206.115.33] said: 450 4.7.1\n<2a4f42ace6b6.54lmmen3tjkeznyei24tec2hmf.gx.internal.cloudapp.net>: Helo\ncommand rejected: Host not found (in reply to RCPT TO command)",
    reason: "blocked",
    command: "RCPT",
    provider: "other",
    source: "https://github.com/mediacloud/backend/issues/631",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "Sep 26 17:19:21 mail postfix/smtpd[28331]: NOQUEUE: reject: RCPT from forward.cat[107.170.17.71]: 504 5.5.2 <primary>: Helo command rejected: need fully-qualified hostname; from=<no-reply@forward.cat> to=<xxx@xxx.com> proto=ESMTP helo=<primary>",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/danisola/forward-cat/issues/5",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      'smtp failed-command command="HELO " result="501 5.5.4 Invalid command arguments: Invalid domain name"',
    reason: "syntaxError",
    command: "HELO",
    provider: "opensmtpd",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/1054",
    heldOut: true,
    batch: 41,
  },
  // query 22: blocklisted smtp rejected exim
  {
    reply:
      "5.7.1 Mail from IP 3.93.33.11 was rejected due to listing in Spamhaus SBL. For details please see http://www.spamhaus.org/query/bl?ip=3.93.33.11",
    reason: "blocked",
    provider: "apple",
    source: "https://github.com/reacherhq/check-if-email-exists/issues/1065",
    heldOut: true,
    batch: 41,
  },
  // query 23: rbl listed rejected postfix
  {
    reply:
      "Nov  9 11:28:17 mail postfix/postscreen[32264]: NOQUEUE: reject: RCPT from [91.209.97.140]:39313: 550 5.7.1 Service unavailable; client [91.209.97.140] blocked using dnsbl.inps.de; from=<info@mydomain.com>, to=<cinzia@xxx.com>, proto=ESMTP, helo=<mail.mydomain.com>",
    reason: "blocked",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow/issues/612",
    heldOut: true,
    batch: 41,
  },
  // query 24: spamhaus blocked bounce
  {
    reply:
      "Destinataire : tagging@openstreetmap.org\nErreur : 550 Error: open resolver; https://www.spamhaus.org/returnc/pub/2400:cb00:377:1024::ac46:58b3",
    reason: "blocked",
    provider: "other",
    source: "https://github.com/openstreetmap/operations/issues/674",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "Diagnostic-Code: smtp; 550 5.7.1 Service unavailable; Client host [195.245.230.39] blocked using Spamhaus; To request removal from this list see http://www.spamhaus.org/lookup.lasso",
    reason: "blocked",
    provider: "symantec",
    source: "https://github.com/mysociety/writetothem/issues/285",
    heldOut: true,
    batch: 41,
  },
  // query 25: poor reputation rejected smtp
  {
    reply:
      "Apr 21 08:45:15 mail postfix/smtp[1281]: connect to hotmail.com.mx[200.94.181.11]:25: Connection refused",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/Mailu/Mailu/issues/1458",
    heldOut: true,
    batch: 41,
  },
  // query 28: sender domain does not exist rejected
  {
    reply:
      "Permanent SMTP delivery error when sending to mail.remoteserver.com (xx.xx.xx.xx) \n550 5.1.0 MailProtect : Domain of sender address khcrqq@psrp.mydmain.com does not exist",
    reason: "senderRejected",
    provider: "postal",
    source: "https://github.com/postalserver/postal/issues/1199",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "Temporary SMTP delivery error when sending to alcione.pucp.edu.pe (200.16.1.214)\n450 4.1.8 <f2anry@psrp.emailsender.club>: Sender address rejected: Domain not found\nTime: 0.74s\nSupport Ref: SUJ9N7CW",
    reason: "senderRejected",
    provider: "postal",
    source: "https://github.com/postalserver/postal/issues/1380",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "(host ........ said: 450 4.1.8 <www-data@ip-172-31-2-61.ap-southeast-2.compute.internal>: Sender address rejected: Domain not found (in reply to RCPT TO command))",
    reason: "senderRejected",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/openaustralia/infrastructure/issues/122",
    heldOut: true,
    batch: 41,
  },
  // query 29: recipient address rejected user unknown postfix
  {
    reply:
      "Jul 16 08:05:48 yourdomain postfix/smtpd[20900]: 1E7C4A0053F: reject: RCPT from unknown[185.222.211.235]: 550 5.1.1 <reply@yourdomain.com>: Recipient                             address rejected: User unknown in local recipient table; from=<oxobumeqo1jnq@miragavia.ru> to=<reply@yourdomain.com> proto=ESMTP helo=<[185.222.211.2]                            >",
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source: "https://github.com/fail2ban/fail2ban/issues/2471",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "smtp-server: 550 5.1.1 <user@mydomain.com>: Recipient address rejected: User unknown in local recipient table",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://github.com/panubo/docker-postfix/issues/15",
    heldOut: true,
    batch: 41,
  },
  // query 31: forwarding bounce mail loop detected
  {
    reply: "status=bounced (mail forwarding loop for USER@DOMAIN.TLD)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/roundcube/roundcubemail/issues/8846",
    heldOut: true,
    batch: 41,
  },
  // query 36: quota exceeded dovecot lmtp bounce
  {
    reply:
      "[outbound] recipient <adfd@abhas.in> rejected: 550 5.1.1 <adfd@abhas.in> User doesn't exist: adfd@abhas.in",
    reason: "userUnknown",
    provider: "dovecot",
    source: "https://github.com/haraka/Haraka/issues/477",
    heldOut: true,
    batch: 41,
  },
  {
    reply: "Some recipients failed: <adfd@abhas.in>",
    reason: "undefined",
    provider: "haraka",
    source: "https://github.com/haraka/Haraka/issues/477",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "[error] Delivery failed msg=local_sent.eml rcpt=admin@platform-dev-yogesh.zimbradev.com response=552 5.2.2 Over quota",
    reason: "mailboxFull",
    provider: "zimbra",
    source: "https://github.com/Zimbra/zm-mailbox/pull/1434",
    heldOut: true,
    batch: 41,
  },
  // query 38: sending limit exceeded smtp server said
  {
    reply:
      "An Outgoing server (SMTP) error occurred while sending mail. The server responded:  5.7.1 <DATA>: Data command rejected: only 10 messages per day",
    reason: "rateLimited",
    command: "DATA",
    provider: "other",
    source: "https://github.com/root-io/vmail/issues/67",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "Message could not be sent SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: C13ypH3DXQO9CC140p6S9y Message would take you over your relay quota of 500 Current quota used: 487 SMTP code: 552",
    reason: "rateLimited",
    command: "DATA",
    provider: "other",
    source: "https://github.com/WWBN/AVideo/issues/7527",
    heldOut: true,
    batch: 41,
  },
  // query 41: tls handshake failed postfix deferred
  {
    reply: "Diagnostic-Code: SMTP; 403 4.7.0 TLS handshake failed.",
    reason: "securityError",
    provider: "other",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/640",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "2024-12-30T12:16:32.052659+01:00 INFO    postfix/smtp[1204]: SSL_connect error to smtp.gmail.com[142.250.110.108]:587: -1",
    reason: "securityError",
    provider: "postfix",
    source: "https://github.com/bokysan/docker-postfix/issues/221",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "2024-12-30T12:16:32.052694+01:00 WARNING postfix/smtp[1204]: warning: TLS library problem: error:0A00010B:SSL routines::wrong version number:../ssl/record/ssl3_record.c:354:",
    reason: "securityError",
    provider: "postfix",
    source: "https://github.com/bokysan/docker-postfix/issues/221",
    heldOut: true,
    batch: 41,
  },
  {
    reply: "TLS error from 'extmx.eyou.com': Handshake failed: received fatal alert: HandshakeFailure",
    reason: "securityError",
    provider: "stalwart",
    source: "https://github.com/stalwartlabs/stalwart/issues/734",
    heldOut: true,
    batch: 41,
  },
  // query 42: authentication required relay smtp reply
  {
    reply: "504 5.5.4 Unrecognized authentication type",
    reason: "authRequired",
    command: "AUTH",
    provider: "other",
    source: "https://github.com/blueimp/aws-smtp-relay/issues/5",
    heldOut: true,
    batch: 41,
  },
  {
    reply: "5.1.0 Authentication Required (VM401) (in reply to MAIL FROM command)",
    reason: "authRequired",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/jeboehm/docker-mailserver/issues/316",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "2023-05-19T14:41:06.790759+08:00 93e9e1d5dffa postfix/smtp[159]: 2861D156803A9: to=<hometv.tsoy@gmail.com>, relay=smtp-mail.outlook.com[40.99.10.22]:587, delay=5.6, delays=0.08/0.03/0.48/5, dsn=5.7.57, status=bounced (host smtp-mail.outlook.com[40.99.10.22] said: 530 5.7.57 Client not authenticated to send mail. [SI2PR01CA0016.apcprd01.prod.exchangelabs.com 2023-05-19T06:41:06.744Z 08DB57BE14497622] (in reply to MAIL FROM command))",
    reason: "authRequired",
    command: "MAIL",
    provider: "microsoft",
    source: "https://github.com/wader/postfix-relay/issues/79",
    heldOut: true,
    batch: 41,
  },
  // query 43: connection refused port 25 bounce
  {
    reply: "276 Connecting to gmail-smtp-in.l.google.com [173.194.193.26]:25 ... failed: Connection refused",
    reason: "networkError",
    provider: "exim",
    source: "https://github.com/asciinema/asciinema-server/issues/357",
    heldOut: true,
    batch: 41,
  },
  // query 44: host not found mx lookup bounce
  {
    reply:
      "to=<REDACTED@gmail.com>, relay=none, delay=0.11, delays=0.08/0.03/0/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=gmail.com type=MX: Host not found, try again",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/wader/postfix-relay/issues/23",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "(Host or domain name not found. Name service error for name=xxx.it type=MX: Host not found, try again)",
    reason: "networkError",
    provider: "postfix",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/3746",
    heldOut: true,
    batch: 41,
  },
  // query 45: header syntax invalid rejected smtp
  {
    reply: "501 5.5.4 Syntax error in parameters or arguments (invalid FROM parameter)",
    reason: "syntaxError",
    command: "MAIL",
    provider: "other",
    source: "https://github.com/blueimp/aws-smtp-relay/issues/7",
    heldOut: true,
    batch: 41,
  },
  // query 46: bare newline smtp rejected
  {
    reply: "451 Bare newline detected (in reply to end of DATA command))",
    reason: "contentError",
    command: "DATA",
    provider: "other",
    source: "https://github.com/gen-smtp/gen_smtp/issues/121",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "{:error, :send, {:temporary_failure, 'cbx.virusfree.cz', \"451 See http://pobox.com/~djb/docs/smtplf.html.\\r\\n\"}}",
    reason: "contentError",
    provider: "other",
    source: "https://github.com/gen-smtp/gen_smtp/issues/253",
    heldOut: true,
    batch: 41,
  },
  {
    reply: "451 Bare newline detected",
    reason: "contentError",
    provider: "other",
    source: "https://github.com/gen-smtp/gen_smtp/issues/216",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      'vernissage-api  | [ ERROR ] Job failed, retrying... SmtpError(message: "521 5.5.2 moo.jmdi.pl Error: bare <LF> received") [job_id: E23071DA-43B1-48F6-BA91-4794B6B27A6A, job_name: EmailJob, queue: emails]',
    reason: "contentError",
    provider: "postfix",
    source: "https://github.com/VernissageApp/VernissageServer/issues/28",
    heldOut: true,
    batch: 41,
  },
  {
    reply: "Diagnostic-Code: smtp; 550 stray newline detected. see http://cr.yp.to/docs/smtplf.html",
    reason: "contentError",
    provider: "other",
    source: "https://github.com/bluetiger9/SmtpClient-for-Qt/issues/100",
    heldOut: true,
    batch: 41,
  },
  // query 48: recipient does not exist exchange bounce
  {
    reply: "550 Mailbox not found or access denied",
    reason: "userUnknown",
    provider: "other",
    source: "https://github.com/jordan-wright/email/issues/97",
    heldOut: true,
    batch: 41,
  },
  {
    reply:
      "Your message to request@o365admin.center couldn't be delivered.\n\nrequest wasn't found at o365admin.center.",
    reason: "userUnknown",
    provider: "microsoft",
    source: "https://github.com/bwya77/O365-Admin-Center/issues/12",
    heldOut: true,
    batch: 41,
  },
  // --- batch 41 ends ---
  // --- held-out batch 42: a sample of bounce and NDR texts as people paste them on web pages, as the fixed queries listed under `heldOut` returned them ---
  // query 1: delivery status notification (failure) gmail 550 5.7.1 message rejected
  {
    reply:
      "primaryemail@domain.com: host smtp.google.com[192.178.218.27] said: 421-4.7.28\nGmail has detected an unusual rate of unsolicited mail. To protect\n421-4.7.28 our users from spam, mail has been temporarily rate limited. For\n421-4.7.28 more information, go to 421-4.7.28\nhttps://support.google.com/mail/?p=UnsolicitedRateLimitError to 421 4.7.28\nreview our Bulk Email Senders Guidelines.\naf79cd13be357-7e67f73162esi193804885a.983 - gsmtp (in reply to end of DATA\ncommand)",
    reason: "badReputation",
    command: "DATA",
    provider: "gmail",
    source: "http://138.68.43.109:3001/r/email/comments/1mf5cm9/getting_my_business_emails_set_up_properly",
    heldOut: true,
    batch: 42,
  },
  // query 5: undelivered mail returned to sender status=bounced 550 5.7.1 spamhaus
  {
    reply: "smtp; 550 Address unknown",
    reason: "userUnknown",
    provider: "other",
    source: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "smtp; 550 Invalid Recipient",
    reason: "userUnknown",
    provider: "other",
    source: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "smtp; 550 RCPT TO:<some_email_address> User unknown",
    reason: "userUnknown",
    command: "RCPT",
    provider: "other",
    source: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "smtp; 550 Requested action not taken: mailbox unavailable",
    reason: "undefined",
    provider: "other",
    source: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "smtp; 550 spam detected",
    reason: "spamDetected",
    provider: "other",
    source: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    heldOut: true,
    batch: 42,
  },
  // query 7: mail delivery failed: returning message to sender exim 550
  {
    reply:
      "<>: host[] said: 550-5.1.1 The\nemail account that you tried to reach does not exist\n. Please try 550-5.1.1\ndouble-checking the recipient's email address for typos or 550-5.1.1\nunnecessary spaces. Learn more at 550 5.1.1 u48si4736933wrc.243 – gsmtp (in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "gmail",
    source: "https://www.conftool.net/ctforum/index.php/topic,441.0.html",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "procmail: Mailbox limit exceeded while appending message    550 <user@eg.net.do>... Can't create output",
    reason: "mailboxFull",
    provider: "sendmail",
    source: "http://support.novara.ie/info/index.php/Email_bounce_Message",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "550 5.7.0 Proxy session setup failed on Frontend with '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
    reason: "hostUnknown",
    provider: "microsoft",
    source: "http://msoffice365exo.blogspot.com/p/message-wasnt-delivered-because.html",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "554 5.7.0 Reject id=xxxxx - SPAM",
    reason: "spamDetected",
    provider: "other",
    source: "http://msoffice365exo.blogspot.com/p/message-wasnt-delivered-because.html",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "5.7.0 x-unix; maildrop: maildir over quota",
    reason: "mailboxFull",
    provider: "other",
    source: "http://msoffice365exo.blogspot.com/p/message-wasnt-delivered-because.html",
    heldOut: true,
    batch: 42,
  },
  // query 9: mail delivery failed returning message to sender retry timeout exceeded
  {
    reply: "Diagnostic-Code: smtp;550 4.4.7 QUEUE.Expired; message expired",
    reason: "expired",
    provider: "exchange",
    source:
      "http://serverfault.com/questions/205200/what-accounts-for-the-length-of-the-delay-between-sending-an-email-and-getting",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "Diagnostic-Code: smtp; 5.4.7 - Delivery expired (message too old) '[Errno 61] Connection refused' (delivery attempts: 0)",
    reason: "expired",
    provider: "other",
    source:
      "http://serverfault.com/questions/205200/what-accounts-for-the-length-of-the-delay-between-sending-an-email-and-getting",
    heldOut: true,
    batch: 42,
  },
  // query 11: undeliverable: 550 5.7.708 service unavailable
  {
    reply: "smtp;550 No such recipient here",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.service-smtp.eu/support/analyze-error-codes-for-undelivered-messages/",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "smtp;550 This domain is not in use and does not accept mail",
    reason: "notAccept",
    provider: "other",
    source: "https://www.service-smtp.eu/support/analyze-error-codes-for-undelivered-messages/",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "smtp;550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient’s email address for typos or unnecessary spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser r8si11717688wrm.121 – gsmtp",
    reason: "userUnknown",
    provider: "gmail",
    source: "https://www.service-smtp.eu/support/analyze-error-codes-for-undelivered-messages/",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "smtp;550 Message was not accepted — invalid mailbox. Local mailbox xxx@xxx.com is unavailable: user not found",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.service-smtp.eu/support/analyze-error-codes-for-undelivered-messages/",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "smtp;550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
    reason: "userUnknown",
    provider: "qq",
    source: "https://www.service-smtp.eu/support/analyze-error-codes-for-undelivered-messages/",
    heldOut: true,
    batch: 42,
  },
  // query 12: delivery has failed to these recipients or groups 550 5.1.10
  {
    reply: "Reason: 550 Denied by policy",
    reason: "policyViolation",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/161393/rejection-errors-when-delivering-to-3rd.html",
    heldOut: true,
    batch: 42,
  },
  // query 14: returned mail: see transcript for details sendmail 553
  {
    reply:
      "... while talking to cc:\n>>> MAIL From:<hermes>\n>>> 501 MAIL FROM: unrecognized address: <hermes> \n554 <> Remote protocol error",
    reason: "syntaxError",
    command: "MAIL",
    provider: "sendmail",
    source: "https://docs.oracle.com/cd/E19455-01/806-1075/msgs-2350/index.html",
    heldOut: true,
    batch: 42,
  },
  // query 21: the following message to was undeliverable the reason for the problem 5.1.0
  {
    reply:
      "The e-mail account does not exist at the organization this message was sent to.\nCheck the e-mail address, or contact the recipient directly to find out the\ncorrect address.\n<server.domain.com #5.1.1>",
    reason: "userUnknown",
    provider: "exchange",
    source: "http://www.theemailadmin.com/2010/05/troubleshooting-exchange-error-5-1-1/",
    heldOut: true,
    batch: 42,
  },
  // query 30: mailer-daemon undeliverable message 554 5.7.9 message not accepted for policy reasons
  {
    reply: "552 Message size exceeds fixed limit",
    reason: "messageTooBig",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "554 5.7.1 Relay access denied",
    reason: "relayDenied",
    provider: "other",
    source:
      "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html",
    heldOut: true,
    batch: 42,
  },
  // query 36: no se puede entregar 550 5.1.1 el usuario no existe
  {
    reply:
      "<[email protected]>: host mail.recpient.com[213.216.0.1] said: 550 5.1.1 User\nunknown (in reply to RCPT TO command)",
    reason: "userUnknown",
    command: "RCPT",
    provider: "postfix",
    source:
      "https://techoverflow.net/2019/07/15/what-does-delivery-status-notification-550-5-1-1-user-unknown-in-reply-to-rcpt-to-command-mean/",
    heldOut: true,
    batch: 42,
  },
  // query 41: 配信不能 undeliverable 550 5.1.1 返信
  {
    reply:
      "<username@isecur.com.tw>:\n210.59.228.172 failed after I sent the message.\nRemote host said: 552 sorry, that message size exceeds my databytes limit (#5.3.4)",
    reason: "messageTooBig",
    provider: "qmail",
    source:
      "http://help.url.com.tw/index.php/%E4%BF%A1%E7%AE%B1%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "194.158.104.109 failed after I sent the message.\nRemote host said: 550 Error: SB0102 - Rejected: SPAM",
    reason: "spamDetected",
    provider: "qmail",
    source:
      "http://help.url.com.tw/index.php/%E4%BF%A1%E7%AE%B1%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "193.252.22.78 does not like recipient.\nRemote host said: 550 <username@domian.fr>: Recipient address rejected: User unknown\nGiving up on 193.252.22.78.",
    reason: "userUnknown",
    provider: "qmail",
    source:
      "http://help.url.com.tw/index.php/%E4%BF%A1%E7%AE%B1%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "550 5.1.1 xxx@abcd.com: Recipient address rejected: User unknown",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.dbmailserver.com/tui-xin-address-not-exist.htm",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "550 Local User [xxx@123.com] not found.",
    reason: "userUnknown",
    provider: "other",
    source: "https://www.dbmailserver.com/tui-xin-address-not-exist.htm",
    heldOut: true,
    batch: 42,
  },
  // query 45: delivery status notification failure icloud 554 5.7.1
  {
    reply: "550 5.1.1 : user lookup success but no user record found",
    reason: "userUnknown",
    provider: "apple",
    source: "https://status.socketlabs.com/incident/306",
    heldOut: true,
    batch: 42,
  },
  // query 46: returned mail: see transcript for details 550 5.7.1 mimecast
  {
    reply:
      "siteprotect.com #550 5.7.1 <do-not-reply-user@anoher-domain-name.com>:\nRecipient address rejected: Invalid recipient ##",
    reason: "userUnknown",
    provider: "other",
    source: "http://cpumd.com/KB1039tag/failed-send",
    heldOut: true,
    batch: 42,
  },
  // query 54: this is the mail system at host I'm sorry to have to inform you 550 5.1.1
  {
    reply:
      "SMTP error from remote mail server after RCPT TO:<[email protected]>:\nhost []:\n551 not our customer",
    reason: "userUnknown",
    command: "RCPT",
    provider: "exim",
    source: "https://www.inmotionhosting.com/support/email/email-error-551/",
    heldOut: true,
    batch: 42,
  },
  // query 56: delivery to the following recipient failed permanently 550 5.7.26 dmarc
  {
    reply:
      "550-5.7.26 unauthenticated email from is not accepted due to\\r\\n550-5.7.26 domain's dmarc policy. please contact the administrator of\\r\\n550-5.7.26 domain if this was a legitimate mail. please visit\\r\\n550-5.7.26 to learn about the\\r\\n550 5.7.26 dmarc initiative. y129si4332442ybf.273 - gsmtp",
    reason: "authFailure",
    provider: "gmail",
    source:
      "https://knowledge.broadcom.com/external/article/221490/outbound-message-delivery-fails-with-550.html",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "|code:550|reason:hardfail|description:5.7.26 Unauthenticated email from xxx.com is not accepted due to domain's\n5.7.26 DMARC policy. Please contact the administrator of xxx.com domain\n5.7.26 if this was a legitimate mail. Please visit\n5.7.26 https://support.google.com/mail/answer/2451690 to learn about the\n5.7.26 DMARC initiative.",
    reason: "authFailure",
    provider: "gmail",
    source:
      "https://support.veeva.com/hc/en-us/articles/7910479368859-What-Does-code-550-mean-in-the-Event-Msg-vod-field-of-an-Email-Activity-vod-of-Sent-Email-in-CRM",
    heldOut: true,
    batch: 42,
  },
  // query 58: mail delivery failed: returning message to sender 550 5.7.23 spf
  {
    reply:
      "host gmail-smtp-in.l.google.com [Googlen IP-osoite]\nSMTP error from remote mail server after end of data:\n550-5.7.26 This mail is unauthenticated, which poses a security risk to the\n550-5.7.26 sender and Gmail users, and has been blocked. The sender must\n550-5.7.26 authenticate with at least one of SPF or DKIM. For this message,\n550-5.7.26 DKIM checks did not pass and SPF check for [lähettäjän domain] did not pass\n550-5.7.26 with ip: [lähetyspalvelimen IP-osoite]. The sender should visit\n550-5.7.26 https://support.google.com/mail/answer/81126#authentication for\n550 5.7.26 instructions on setting up authentication. n5-20020a195505000000b00500a65e94c8si641967lfe.448 - gsmtp",
    reason: "authFailure",
    command: "DATA",
    provider: "gmail",
    source:
      "https://tuki.louhi.fi/support/solutions/articles/22000282946-viestit-eiv%C3%A4t-mene-perille-googlen-gmail-osoitteisiin-mit%C3%A4-teen-",
    heldOut: true,
    batch: 42,
  },
  // query 63: undelivered mail returned to sender said 450 4.1.8 sender address rejected domain not found
  {
    reply:
      "The destination server for this recipient could not be found in Domain Name Service (DNS). Please verify the email address and retry.\nIf that fails, contact your administrator.\n<{Issuing Server} #5.4.0>",
    reason: "hostUnknown",
    provider: "exchange",
    source: "https://snmail.co.uk/support/failure-dns.htm",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "The e-mail system was unable to deliver the message, but did not report a specific reason. Check the address and try again. If it still fails, contact your system administrator.\n<{Issuing Server} #4.0.0 smtp;450 <>: Sender address rejected: Domain not found>",
    reason: "senderRejected",
    provider: "exchange",
    source: "https://snmail.co.uk/support/failure-dns.htm",
    heldOut: true,
    batch: 42,
  },
  // query 65: bounce message 452 4.2.2 mailbox full over quota yahoo
  {
    reply: "<user@example.com>: The user is over the quota. You can try again later.",
    reason: "mailboxFull",
    provider: "other",
    source: "https://edu.newpages.com.my/article/349/email-error-message",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "Mailbox limit exceeded while appending message\n550 <user@example.com>... Can't create output",
    reason: "mailboxFull",
    provider: "sendmail",
    source: "https://edu.newpages.com.my/article/349/email-error-message",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "<user@example.com>: host mx2.mail.example.com said:\n552 message size exceeds the maximum message size",
    reason: "messageTooBig",
    provider: "postfix",
    source: "https://edu.newpages.com.my/article/349/email-error-message",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "<user@example.com>: host host.example.com said:\n550 <user@example.com>... User unknown",
    reason: "userUnknown",
    provider: "postfix",
    source: "https://edu.newpages.com.my/article/349/email-error-message",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "<user@example.com>: host mail7.example.com said:\n550 Requested action not taken: mailbox unavailable",
    reason: "undefined",
    provider: "postfix",
    source: "https://edu.newpages.com.my/article/349/email-error-message",
    heldOut: true,
    batch: 42,
  },
  // query 71: returned mail 550 5.7.1 relaying denied proper authentication required
  {
    reply: "we do not relay",
    reason: "relayDenied",
    provider: "other",
    source:
      "https://snapoverflow.com/server/question/758971/explanation-of-various-smtp-error-codes-bounced-by-mailservers",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "relaying denied",
    reason: "relayDenied",
    provider: "other",
    source:
      "https://snapoverflow.com/server/question/758971/explanation-of-various-smtp-error-codes-bounced-by-mailservers",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "smtp; 550 5.7.1 Unable to relay",
    reason: "relayDenied",
    provider: "other",
    source:
      "https://snapoverflow.com/server/question/758971/explanation-of-various-smtp-error-codes-bounced-by-mailservers",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "Recipient address rejected: Access denied",
    reason: "policyViolation",
    provider: "other",
    source:
      "https://snapoverflow.com/server/question/758971/explanation-of-various-smtp-error-codes-bounced-by-mailservers",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "smtp; 550 relay not permitted",
    reason: "relayDenied",
    provider: "other",
    source:
      "https://snapoverflow.com/server/question/758971/explanation-of-various-smtp-error-codes-bounced-by-mailservers",
    heldOut: true,
    batch: 42,
  },
  // query 78: undelivered mail 550 5.7.25 reverse DNS ptr gmail bounce postfix
  {
    reply:
      "550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not match the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. For more information, go to https://support.google.com/a?p=sender-guidelines-ip To learn more about Gmail requirements for bulk senders, visit https://support.google.com/a?p=sender-guidelines",
    reason: "requirePTR",
    provider: "gmail",
    source: "https://www.spamresource.com/2025/12/help-im-seeing-550-5725-errors-at-gmail.html",
    heldOut: true,
    batch: 42,
  },
  // query 79: undeliverable mail yahoo 553 5.7.1 connections will not be accepted from bounce
  {
    reply:
      "smtp;550 5.7.1 Unauthenticated email from yahoo.com is not accepted due to domain’s DMARC policy. Please contact administrator of yahoo.com domain if this was a legitimate mail. Please visit http://support.google.com/mail/answer/2451690 to learn about DMARC initiative. 100si2781324qgv.4 – gsmtp",
    reason: "authFailure",
    provider: "gmail",
    source: "https://www.wordtothewise.com/2014/04/example-bounces-due-yahoo-preject",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "554 5.7.9 Message not accepted for policy reasons.  See http://postmaster.yahoo.com/errors/postmaster-28.html (in reply to end of DATA command))",
    reason: "policyViolation",
    command: "DATA",
    provider: "yahoo-aol",
    source: "https://www.wordtothewise.com/2014/04/example-bounces-due-yahoo-preject",
    heldOut: true,
    batch: 42,
  },
  {
    reply: "554    delivery error: dd Requested mail action aborted",
    reason: "undefined",
    provider: "yahoo-aol",
    source: "https://wordtothewise.com/2017/11/spike-yahoo-error-codes",
    heldOut: true,
    batch: 42,
  },
  // query 81: delivery status notification failure 550 5.7.1 ip listed on rbl barracuda
  {
    reply:
      "(reason: 554 Service unavailable; Client host [server1.mail.com] blocked using Barracuda Reputation;\nhttp://bbl.barracudacentral.com/q.cgi?ip=192.168.1.1)",
    reason: "blocked",
    provider: "barracuda",
    source: "https://luxsci.com/blog/?p=16857",
    heldOut: true,
    batch: 42,
  },
  {
    reply:
      "Listed on Barracuda Reputation Block List (BRBL). Host said: 554 Service unavailable; Client host blocked using Barracuda Reputation",
    reason: "blocked",
    provider: "barracuda",
    source: "http://www.siliconkid.com.au/2011/03/spam-bounce-messages/",
    heldOut: true,
    batch: 42,
  },
  // query 82: returned mail: host unknown name server host not found sendmail bounce
  {
    reply:
      "550 5.1.2 <*********@hotmail.com>... Host unknown (Name server: hotmail-com.olc.protection.outlook.com.: host not found)",
    reason: "hostUnknown",
    provider: "sendmail",
    source:
      "https://serverfault.com/questions/1042851/sendmail-retry-instead-of-permanent-failure-on-dns-errors",
    heldOut: true,
    batch: 42,
  },
  // query 86: undeliverable: 550 5.4.316 message expired connection refused
  {
    reply: "550 5.4.316 Message expired, connection refused",
    reason: "expired",
    provider: "microsoft",
    source:
      "https://learn.microsoft.com/en-us/answers/questions/5852634/550-5-4-316-message-expired-connection-refused",
    heldOut: true,
    batch: 42,
  },
  // --- batch 42 ends ---
];
