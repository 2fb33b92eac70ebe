import { describe, expect, it } from "vitest";
import { explain, type Reason } from "../../index.js";

/**
 * Phrasings of the reason families that the rules cover beyond each rule's one example in
 * `rules.spec.ts`: the wordings the held-out batches of real replies showed were missing (see
 * `tooling/scripts/src/replies/labelled-replies.ts`). Written for this test after the servers'
 * documented or coded texts, not copied from the collected replies. Each entry also names texts
 * the new wording must not capture.
 */
const phrasings: Record<string, [reply: string, reason: Reason][]> = {
  "no route to the destination, as routers and gateways word it": [
    ["No route found to domain example.org from server MAIL1/Example", "networkError"],
    ["Routing: could not find a gateway for ann@example.org", "networkError"],
  ],
  "unknown users in Japanese and Chinese": [
    ["550 ユーザー ann は見つかりません", "userUnknown"],
    ["550 指定されたアドレスはディレクトリにありません", "userUnknown"],
    ["550 收件人邮箱不存在", "userUnknown"],
    // a sentence that finds nothing missing stays out
    ["451 ただいま混み合っています", "systemError"],
  ],
  "a message size given in bytes": [
    ["552 Message rejected: Stream is more than 26214400 bytes long.", "messageTooBig"],
    // a byte count that is not the message's size stays out
    ["500 5.5.2 Command line is more than 512 bytes long", "syntaxError"],
  ],
  "a client that speaks before the greeting": [
    ["421 mx.example.org You talk too soon", "protocolError"],
    ["554 SMTP synchronization error", "protocolError"],
  ],
  "Microsoft's directory-based edge blocking, and Postfix's access table worded alike": [
    ["550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", "userUnknown"],
    ["554 5.7.1 <ann@example.org>: Recipient address rejected: Access denied", "policyViolation"],
  ],
  "per-client rates counted by Postfix's anvil, apart from one message's recipients": [
    ["450 4.7.1 Error: too much mail from [192.0.2.8]", "rateLimited"],
    ["452 4.5.3 Error: too many recipients", "exceedLimit"],
  ],
  "sender verification that mentions a blocklist": [
    [
      "550-Verification failed for <ann@example.org>\n550-The sender's domain may be blacklisted or may not exist\n550 Sender verify failed",
      "senderRejected",
    ],
  ],
  "a refused client IP, worded without a blocklist": [
    ["554 5.7.1 Rejected: bad IP 192.0.2.9", "blocked"],
    ["550 5.7.1 Message refused because of IP block on 192.0.2.0/24", "blocked"],
    ["554 5.7.1 Sorry, you are not allowed to connect from this network", "blocked"],
    // a blocklist named as a reputation service stays a blocklist
    ["550 Service unavailable; Client host [192.0.2.3] blocked using Barracuda Reputation", "blocked"],
  ],
  "a reputation service named with its verdict": [
    [
      "554 Connection refused. 192.0.2.5 has a poor reputation on Cloudmark Sender Intelligence",
      "badReputation",
    ],
    ["550 5.7.1 Rejected: bad IP reputation of 192.0.2.6", "badReputation"],
  ],
  "a content filter named by its software": [
    ["554 5.7.1 Message rejected by rspamd filter (score 15.2)", "spamDetected"],
    ["550 5.7.1 Mail rejected by the amavis scanner", "spamDetected"],
  ],
  "DKIM and SPF failures worded the other way round": [
    ["550 5.7.20 Invalid DKIM signature for example.com", "authFailure"],
    ["550 Message refused: broken DKIM signature", "authFailure"],
    ["451 4.7.24 Invalid SPF record for example.org", "authFailure"],
  ],
  "the recipient's own refusal": [["550 Your mail was rejected by this recipient", "filtered"]],
  "a connection that could not be opened": [
    ["Failed connect() to mx.example.net port 25, will retry", "networkError"],
  ],
  "QQ's two frequency limits": [
    ["550 Domain frequency limited", "rateLimited"],
    ["550 Sender frequency limited", "rateLimited"],
    ["550 Connection frequency limited", "tooManyConnections"],
  ],
  "a sender the server may not send as": [
    ["553 5.7.1 From/Sender address is not valid for this login", "senderRejected"],
    ["553 Sender domain invalid", "senderRejected"],
    ["550 You are not allowed to use the address info@example.org as a sender", "senderRejected"],
  ],
  "sender callouts and sender syntax": [
    ["550 Sender verify failed: unable to verify sender address <a@example.org>", "senderRejected"],
    ["550 5.1.7 Invalid address", "senderRejected"],
    // the same words with a recipient's code stay with the recipient
    ["501 5.1.3 Invalid address", "userUnknown"],
  ],
  "a policy that forbids": [["554 Relaying forbidden by policy", "policyViolation"]],
  "Exchange's German NDR for a full mailbox": [
    ["Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.", "mailboxFull"],
  ],
  "header requirements, worded by the receiver": [
    ["550 5.7.1 RFC 5322 requirement error: not exactly one From field", "contentError"],
    ["550 5.6.11 Your message contains bare line feeds, which the receiver does not accept", "contentError"],
    ["550 5.7.1 Messages missing a valid address in To: header are not accepted", "contentError"],
  ],
  "Exchange Online's restricted recipients in the NDR's words": [
    [
      "Your message wasn't delivered because you don't have permission to send to the recipient.",
      "senderRejected",
    ],
    ["Ask the group owner to add you to the accept list for this group.", "senderRejected"],
  ],
  "Rspamd greylisting, and the busy servers that are not it": [
    ["451 4.7.1 Try again later.", "greylisted"],
    [
      "milter-reject: END-OF-MESSAGE from mail.example.org[192.0.2.8]: 4.7.1 Try again later; from=<a@example.org>",
      "greylisted",
    ],
    ["421 4.3.2 Service busy, try again later", "systemError"],
    ["550 5.7.1 Try again later", "policyViolation"],
  ],
  "the sending MTA's own TLS policy": [
    [
      "status=deferred (TLS is required, but was not offered by host mx.example.org[198.51.100.2])",
      "securityError",
    ],
    ["530 5.7.0 Must issue a STARTTLS command first", "requireTLS"],
  ],
  "a header filter": [["550 Header value not allowed by local rules", "policyViolation"]],
  "plain words after a provider's generic lead": [
    [
      "550-Requested action not taken: mailbox unavailable\n550 invalid DNS MX or A/AAAA resource record",
      "senderRejected",
    ],
    ["550-Requested action not taken: mailbox unavailable\n550 Mailbox not found", "userUnknown"],
  ],
  "a submission login refused, whatever the enhanced code": [
    ["535 5.7.0 Authentication rejected: account locked", "authRequired"],
    ["535 5.7.8 Authentication rejected", "authRequired"],
  ],
  "a sending quota in French": [
    ["554 Quota d'envoi journalier dépassé, réessayez demain", "rateLimited"],
    ["452 4.2.2 Quota dépassé pour ce destinataire", "mailboxFull"],
  ],
  "the sender, in more words": [
    ["553 5.7.1 Wrong sender address for this account", "senderRejected"],
    ["550 Sender domain doesn't have an MX record", "senderRejected"],
    ["554 5.7.1 Login bob@example.org and sender doesn't match", "senderRejected"],
    // a mismatch with the connecting IP is the domain's authentication, not the sender's login
    ["550 Sender domain does not match the sending IP 192.0.2.4", "authFailure"],
  ],
  "Trend Micro's reputation lists": [
    ["550 5.7.1 Refused: 192.0.2.77 is listed in ERS-QIL", "blocked"],
    ["554 Mail from 192.0.2.78 refused, found in ERS-DUL", "blocked"],
  ],
  "a receiver asking for SPF or DKIM": [
    ["550 Your domain must publish SPF or DKIM to deliver here", "authFailure"],
    ["550 5.7.26 Please set up SPF and DKIM for example.com", "authFailure"],
  ],
  "a sending host thought infected is a blocklisting": [
    ["550 5.7.1 Client host [192.0.2.20] blocked, your server might be infected", "blocked"],
    // a virus found in the message stays a virus
    ["554 5.7.1 Message infected with Eicar-Test-Signature", "virusDetected"],
  ],
  "sizes, senders and relaying in a few words": [
    ["552 Message exceeded mailsize limit of 20 MB", "messageTooBig"],
    ["553 Forged sender address refused", "senderRejected"],
    ["550 Null sender is not allowed here", "senderRejected"],
    ["554 Local recipients only, no relaying", "relayDenied"],
    ["550 The domain example.net is banned", "senderRejected"],
  ],
  "a required header named, whatever the enhanced code": [
    ["550 5.2.1 Date header is mandatory", "contentError"],
    ["554 5.6.0 Message-ID field is required", "contentError"],
  ],
  "connections and senders refused by gateways": [
    ["421 Temporary denial of connection, try again later", "blocked"],
    ["554 Your access to this mail system has been rejected", "blocked"],
    [
      "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation",
      "badReputation",
    ],
    ["451 Blocked for suspicious activity from your IP 192.0.2.30", "blocked"],
    ["550 The sender 192.0.2.31 is banned", "blocked"],
  ],
  "SPF verdicts in an appliance's words": [
    ["550 5.7.1 SPF unauthorized sender for example.org", "authFailure"],
    ["451 4.4.3 DNS timeout during DKIM verification", "authFailure"],
  ],
  "limits, reverse DNS and TLS worded by small receivers": [
    ["450 Too many messages from your IP in the last 15 minutes", "rateLimited"],
    ["550 Your address has no reverse lookup name", "requirePTR"],
    ["530 Mail must be sent using encryption", "requireTLS"],
    ["553 sorry, that domain isn't in my list of allowed hosts", "relayDenied"],
  ],
  "a recipient that cannot be verified": [
    ["550 Recipient verification failed: mailbox does not exist", "userUnknown"],
    ["550 No such active account", "userUnknown"],
  ],
  "policies, quotas and attachments in providers' help-page words": [
    ["450 4.7.0 Reject due to policy violations, see our email policy", "policyViolation"],
    ["552 Too many messages on server for this user", "mailboxFull"],
    ["552 Documents containing VBA macros are not accepted", "policyViolation"],
    // a size refusal stays a size refusal
    ["552 5.3.4 Message size exceeds fixed maximum message size", "messageTooBig"],
  ],
  "a throttle or refusal that names the sender's reputation as its cause": [
    ["451 4.7.1 Throttled: too much spam from 192.0.2.40 lately", "badReputation"],
    ["550 5.7.1 Refused due to sending IP reputation", "badReputation"],
    // a throttle without a cause stays a rate limit
    ["451 4.7.1 Client host throttled, slow down", "rateLimited"],
  ],
  "an account that may not send, apart from a disabled mailbox": [
    ["550 Mail sending from your account has been suspended", "senderRejected"],
    ["550 5.2.1 This account is disabled", "mailboxDisabled"],
  ],
  "a cause named before Rspamd's bare 'try again later'": [
    ["451 4.7.1 Unable to verify sender address, try again later", "senderRejected"],
    ["451 4.7.1 Try again later", "greylisted"],
  ],
  "a mailbox that would grow past its size, or closed for disuse": [
    ["552 5.2.2 Delivery would exceed the maximum mailbox size", "mailboxFull"],
    ["550 5.2.1 Mailbox closed after prolonged inactivity", "mailboxDisabled"],
    // a session closed for idling is not a mailbox
    ["421 4.4.2 Connection closed after prolonged inactivity", "networkError"],
    // a message over the size limit stays a size refusal
    ["552 5.3.4 Message size exceeds maximum permitted", "messageTooBig"],
  ],
  "a listed sender domain, a list queried by 'deferred using', an IP refused in so many words": [
    ["550 5.7.1 Service unavailable, sender domain is listed in a domain blocklist", "senderRejected"],
    // the HELO domain is the connecting host's
    ["550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus", "blocked"],
    ["421 4.7.1 Mail from 192.0.2.41 deferred using Example Reputation database", "blocked"],
    ["550 No access for your IP 192.0.2.42", "blocked"],
  ],
  "HELO names refused, and Exim's syntax check of them": [
    ["550 Use a fully qualified name when saying EHLO", "blocked"],
    ["501 Syntactically invalid HELO argument(s)", "syntaxError"],
  ],
  "relaying refused in ISPs' older words": [
    ["554 5.7.1 <b@example.net>: not local host example.net, not a gateway", "relayDenied"],
    ["550 Relay traffic denied for 192.0.2.43", "relayDenied"],
  ],
  "DMARC worded as the Domain Owner's policy": [
    ["550 5.7.1 Rejected due to domain owner policy for example.org", "authFailure"],
  ],
  "the submission account's own refusals, apart from the recipient's mailbox": [
    ["553 Mail From must match the authenticated user", "senderRejected"],
    ["550 5.7.1 Your email account has been disabled by the administrator", "senderRejected"],
    // the mailbox one writes to, disabled, stays the recipient's
    ["550 5.2.1 The email account that you tried to reach is disabled", "mailboxDisabled"],
    // a domain that does not exist is the recipient's unless the code names the sender
    ["550 5.1.2 domain does not exist", "hostUnknown"],
  ],
  "headers counted against RFC 5322": [
    ["554 Message not allowed - headers are not RFC compliant", "contentError"],
    ["550 5.6.0 A message must have exactly one Date header", "contentError"],
  ],
  "logging in, and servers without SMTP AUTH": [
    ["534-5.7.14 Please log in with your web browser and then try again", "authRequired"],
    ["502 5.5.1 AUTH command not available", "protocolError"],
    ['500 5.5.1 Command "XAUTH" not recognized', "syntaxError"],
    ["501 Invalid input from 192.0.2.4 to mx1.example.org", "syntaxError"],
    // a refused login stays a login
    ["535 5.7.8 Error: authentication failed: authentication failure", "authRequired"],
  ],
  "TLS failures in OpenSSL's words": [
    ["error:0A00010B:SSL routines::wrong version number", "securityError"],
    ["SSL_connect returned=1 errno=0 state=error: certificate verify failed", "securityError"],
  ],
  "a sender's null MX, apart from the recipient's": [
    ["550 5.7.27 Sender address has null MX", "senderRejected"],
    [
      "553 5.7.27 <a@b.example>: Sender address rejected: Domain b.example does not accept mail (nullMX)",
      "senderRejected",
    ],
    // the recipient's domain that takes no mail stays notAccept
    [
      "556 5.1.10 <ann@b.example>: Recipient address rejected: Domain b.example does not accept mail (nullMX)",
      "notAccept",
    ],
    ["556 5.1.10 Recipient address has null MX", "notAccept"],
  ],
  "lines longer than the receiver takes": [
    ["552 Line length exceeds 2000 characters", "contentError"],
    ["550 Line length in the message or a header exceeds 998", "contentError"],
    // a length that is the message's size stays a size
    ["552 5.3.4 Message length exceeds administrative limit", "messageTooBig"],
  ],
  "a sending account or domain the relay does not know": [
    ["550 5.7.1 Unconfigured Sending Domain <mail.example.net>", "senderRejected"],
    ["421 Domain example.net is not allowed to send: please activate your account", "senderRejected"],
    ["550 5.7.1 Not authorized to send as that address", "senderRejected"],
    ["553 example.net requires a valid sender address", "senderRejected"],
    // the recipient's server refusing a client IP stays a block
    ["550 5.7.1 Client host [192.0.2.9] is not authorized to send directly", "blocked"],
  ],
  "commands in the wrong state, and logins asked for first": [
    ["503 5.5.1 Wrong state for RCPT command", "protocolError"],
    ["503 Error: need AUTH first", "authRequired"],
    ["503 5.5.1 need HELO and AUTH first", "authRequired"],
    // a greeting asked for first stays a sequence error
    ["503 Error: need EHLO first", "protocolError"],
  ],
  "a client IP refused until it is registered": [
    ["421 4.3.2 Your IP (192.0.2.44) is filtered, connection closed", "blocked"],
    ["550 Access denied: you must register your IP with the postmaster first", "blocked"],
    ["550 Mail from this address refused (IP_CONTROL)", "blocked"],
    ["550 unauthorised interface for <192.0.2.44>", "blocked"],
    // a filtered message is not a filtered IP
    ["550 Message filtered by the recipient's settings", "filtered"],
  ],
  "how much the sender sends, named against the code": [
    ["421 4.3.1 You have sent too many messages today", "rateLimited"],
    ["450 You are sending too many mails, slow down", "rateLimited"],
    // a mailbox holding too many messages stays full
    ["452 4.2.2 Mailbox full, too many messages", "mailboxFull"],
  ],
  "the recipient's own lists and spam settings": [
    ["550 Sender found on the user's block list", "filtered"],
    ["550 Rejected: listed in the recipients' deny list", "filtered"],
    ["554 Service unavailable (bob: mail is denied, by spam filter)", "filtered"],
    // the receiver's own spam filter and a public block list stay what they are
    ["554 Mail is denied by spam filter", "spamDetected"],
    ["554 Client host [192.0.2.8] blocked using a block list", "blocked"],
  ],
  "a recipient's account locked by its provider": [
    [
      "554 5.7.1 <ann@example.org>: Recipient address rejected: Address locked or deactivated",
      "mailboxDisabled",
    ],
    // the sender's own account locked stays the sender's
    ["554 5.7.1 Your account is locked, contact support", "senderRejected"],
  ],
  "a TLS session that failed, not a receiver that wants TLS": [
    ["TLS session failure: delivering unencrypted to mx.example.org [192.0.2.8]", "securityError"],
    ["451 4.7.0 TLS connection failed with mx.example.org", "securityError"],
    ["530 5.7.0 Must issue a STARTTLS command first", "requireTLS"],
  ],
  "a queue that gave up, in each MTA's words": [
    ["ann@example.org: Envelope expired", "expired"],
    ["550 5.4.7 Delivery time expired", "expired"],
  ],
  "rates worded as a submission rate, an unusual rate, or a limit per hour": [
    ["421 4.7.0 Message submission rate for this client has been exceeded", "rateLimited"],
    ["421 4.7.0 [192.0.2.8] Unusual rate of mail from your IP, slow down", "rateLimited"],
    ["550 Outgoing mail refused: exceeded hour limit", "rateLimited"],
    ["451 Sending suspended: day limit reached for this mailbox", "rateLimited"],
  ],
  "one of the receiver's own components failing": [
    ["451 4.3.0 Filter engine error, try again later", "systemError"],
    ["451 Scanning engine unavailable", "systemError"],
  ],
  "a mailbox called an mbox": [
    ["550 5.1.1 Inactive mbox", "mailboxDisabled"],
    ["550 5.2.1 mbox disabled", "mailboxDisabled"],
  ],
  "the recipient's domain, not the recipient, not found": [
    ["550 5.1.2 Recipient domain not found", "hostUnknown"],
    ["Dropping message: unknown host for ann@example.org", "hostUnknown"],
    // the recipient itself not found stays an unknown user
    ["550 5.1.1 Recipient not found", "userUnknown"],
    ["550 5.1.1 Recipient address not found", "userUnknown"],
  ],
  "IPs refused in the plural": [
    ["554 Dynamic and residential IPs blocked, use your provider's relay", "blocked"],
    ["550 IPs listed on our spam list are refused", "blocked"],
  ],
  "a size limit worded as a violation": [["554 5.7.0 Message size violation", "messageTooBig"]],
  "a temporary DNS failure, apart from a domain that does not exist": [
    ["451 4.4.0 DNS resolution failure for example.org", "networkError"],
    ["450 4.4.3 DNS server timeout", "networkError"],
    ["550 5.1.2 DNS Error: Domain name not found", "hostUnknown"],
  ],
  "the sender's domain or account, in sending services' words": [
    ["451 From:domain must resolve", "senderRejected"],
    ["550 Your account is under review, contact support", "senderRejected"],
    ["403 The example.org domain is not verified, verify your domain first", "senderRejected"],
  ],
  "a refusal to relay that names the login as the way in": [
    ["550 5.7.1 Relaying denied. Authentication required.", "authRequired"],
    ["550 Relay not permitted without authentication", "authRequired"],
    // a refusal to relay without a login named stays relaying
    ["554 5.7.1 Relay access denied", "relayDenied"],
  ],
  "a code glued to its text": [["550 5.7.1Relay not permitted", "relayDenied"]],
  "internationalized mail to a server without SMTPUTF8": [
    ["Server does not support internationalized email addresses", "contentError"],
    ["553 5.6.7 SMTPUTF8 not supported by this server", "contentError"],
  ],
  "a client or proxy that could not reach the server": [
    ["421 Cannot connect to SMTP server 192.0.2.8 (192.0.2.8:25), connect error 10060", "networkError"],
    ["Unable to connect to the mail server mx.example.org", "networkError"],
  ],
  "DATA after every recipient failed, with or without a code": [
    ["Error: no valid recipients", "protocolError"],
    ["554 5.5.1 Error: no valid recipients", "protocolError"],
  ],
  "a temporary refusal that names no cause, and one that does": [
    ["451 Try again later.", "greylisted"],
    ["450 4.7.1 Please try again later", "greylisted"],
    // a cause named after it, or a busy server, decides
    ["450 4.2.1 Try again later: mailbox busy", "systemError"],
    ["421 4.7.0 Try again later, too many messages from your IP", "rateLimited"],
  ],
  "refusals of the connecting IP worded as connections": [
    [
      "553 5.7.1 Connections will not be accepted from 192.0.2.8, because the ip is in Spamhaus's list",
      "blocked",
    ],
  ],
  "a filter's score over its limit": [
    ["554 5.7.1 Message score exceeds the configured maximum", "spamDetected"],
  ],
  "a sender the server does not serve": [["550 not local sender over smtp", "senderRejected"]],
  "a message or report that breaks a named RFC": [["554 DSN is not RFC 3464 compliant", "contentError"]],
  "a domain reserved for examples": [["501 5.1.5 Recipient address reserved by RFC 2606", "hostUnknown"]],
  "a mailbox busy for now": [["451 4.2.1 Mailbox busy, try again later", "systemError"]],
  "a server under load": [["451 4.4.5 High load, try again later", "rateLimited"]],
  "the MX port asked to relay outbound mail": [["501 5.1.8 Use Submission for outgoing SMTP", "relayDenied"]],
  "an attachment's file type refused": [
    ["550 Rejected due to bad file extension in attachment", "policyViolation"],
    ["552 5.7.0 Attachment type not allowed", "policyViolation"],
  ],
  "SPF's verdict in words": [["550 192.0.2.8 is not allowed to send mail from example.org", "authFailure"]],
  "Sendmail's local delivery unable to write": [
    ["550 5.0.0 /home/ann/.forward: line 1: |/usr/bin/filter... Can't create output", "systemError"],
  ],
  "TLS asked for as a condition of sending": [
    ["530 5.7.7 Email sending without SSL/TLS encryption is not allowed", "requireTLS"],
  ],
  "a server that offers no AUTH at all": [["503 5.5.1 Error: authentication not enabled", "protocolError"]],
  "blocklists named as a check of the access list": [["554 5.7.1 ACL dns_rbl", "blocked"]],
  "mail from a named IP refused": [["550 5.7.1 Your mail from 192.0.2.8 was rejected", "blocked"]],
  "the message taken but not stored": [
    ["554 Your message was received but it could not be saved. Please retry later.", "systemError"],
  ],
  "a user without an account, in typographic quotes": [
    ["554 delivery error: This user doesn’t have a example.org account", "userUnknown"],
  ],
  "a message refused without a named cause": [["554 Message not allowed", "policyViolation"]],
  "a message that went round too often": [["554 5.4.6 Too many Received: headers", "networkError"]],
  "a sending MTA with no server to try": [
    [
      "No SMTP servers were available for example.org. Tried mx.example.org. execution expired",
      "networkError",
    ],
  ],
  "a server's cap on one client's requests": [
    ["451 The server has reached its limit for processing requests from your host", "rateLimited"],
  ],
  "commands that are not mail, counted": [["554 Too many nonmail commands", "protocolError"]],
  "a command's address argument refused as malformed": [
    ["501 Invalid RCPT TO address provided", "syntaxError"],
  ],
  "Exchange's address without a mailbox": [
    ["The SMTP address has no mailbox associated with it", "userUnknown"],
  ],
  ".NET's wrapper that names TLS or a login, before the server's reply": [
    [
      "The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required",
      "authRequired",
    ],
  ],
  "a malformed message, a protocol deviation, an address no longer valid": [
    ["554 Malformed mail denied!", "contentError"],
    ["550 esmtp: protocol deviation", "protocolError"],
    ["554 delivery error: dd ann@example.net is no longer valid", "userUnknown"],
  ],
  "Yandex's unusable recipient addresses": [
    ["550 5.1.1 Bad address mailbox syntax", "userUnknown"],
    ["501 5.1.3 Bad recipient address syntax", "userUnknown"],
    // a command the server could not parse stays a syntax error
    ["501 5.5.2 Syntax error in parameters", "syntaxError"],
  ],
  "line ends and MIME boundaries that break the message's format": [
    ["550 5.5.2 Error: bare <LF> received", "contentError"],
    ["451 Bare newline in message data", "contentError"],
    ["554 5.6.0 MIME boundary too long", "contentError"],
    // a line feed named without "bare" stays out
    ["500 5.5.2 Line feed missing", "syntaxError"],
  ],
  "a forwarding loop, a failed TLS handshake, a server not taking connections": [
    ["status=bounced (mail forwarding loop for ann@example.org)", "networkError"],
    ["SSL_connect error to mx.example.org[192.0.2.7]:25: lost connection", "securityError"],
    ["421 mx.example.org ESMTP not accepting connections right now", "systemError"],
    // a server not accepting the domain's mail is the domain, not the server
    ["550 Domain example.org is not accepting mail", "notAccept"],
  ],
  "a login asked for first, a domain given up, a recipient Microsoft's NDR did not find": [
    ["530 Please send AUTH command first", "authRequired"],
    ["550 This domain is not in use and does not accept mail", "notAccept"],
    ["ann wasn't found at example.org.", "userUnknown"],
  ],
  "a sender address used without the right to, and a blocklist long closed": [
    ["553 5.7.0 Unauthorized use of sender address ann@example.org", "senderRejected"],
    ["550 Mail from 192.0.2.9 blocked by ORDB", "blocked"],
  ],
  "replies as web pages print them, with typographic quotes, dashes and spaces": [
    ["450 Client host rejected: \u2018cannot find your hostname\u2019", "requirePTR"],
    ["550 5.1.1 \u201cUser unknown\u201d", "userUnknown"],
    ["552 Mailbox is full\u2026 try later", "mailboxFull"],
    ["550 Relaying\u3000not allowed", "relayDenied"],
  ],
  ".NET's description of the code, apart from the server's reply after it": [
    ["Mailbox unavailable. The server response was: 5.1.2 Domain not found", "hostUnknown"],
    ["Mailbox name not allowed. The server response was: 5.7.1 Sender address rejected", "senderRejected"],
  ],
  "a refused relay as hosts and Exim's routers word it": [
    ["554 Refused. Sending to remote addresses (relaying) is not allowed.", "relayDenied"],
    ["550 sender IP address 192.0.2.7 may not use this server as a smarthost", "relayDenied"],
    ["** ann@example.org R=nonlocal: Mailing to remote domains not supported", "relayDenied"],
  ],
  "the sender is not the account that logged in": [
    [
      "550 Your FROM address (ann@example.org) must match your authenticated email user (bo@example.org)",
      "senderRejected",
    ],
    [
      "440 mail from account doesn't conform with authentication (Auth Account:bo@example.org)",
      "senderRejected",
    ],
    ["550 Unauthorised Envelope Sender", "senderRejected"],
  ],
  "the authentication backend failing, not the login": [
    ["535 5.7.8 Error: authentication failed: Connection lost to authentication server", "systemError"],
    ["435 Unable to authenticate at present", "systemError"],
    // a login the backend checked and refused stays a login failure
    ["535 5.7.8 Error: authentication failed: authentication failure", "authRequired"],
  ],
  "a command sent twice, and the usage replies of Postfix": [
    ["503 5.5.2 Auth command already specified", "protocolError"],
    ["501 Syntax: HELO hostname", "syntaxError"],
    ["501 5.5.4 Syntax: MAIL FROM:<address>", "syntaxError"],
  ],
  'a server\'s refusal that names its cause after "connection refused"': [
    [
      "550 5.7.1 H:M11 [192.0.2.7] Connection refused due to abuse. Please see http://mailspike.org/iplookup.html",
      "blocked",
    ],
    // the client's own failed connect stays a network failure
    ["connect to mx.example.org[192.0.2.1]:25: Connection refused", "networkError"],
  ],
  "a sending limit and a local file": [
    ["451 You've exceeded your messaging limits", "rateLimited"],
    ["535 auth failed (this user authenticate too many times)", "rateLimited"],
    ["451 4.4.1 <ann@example.org>... open timeout on /home/ann/.forward", "systemError"],
  ],
  "a sending identity that is not the account's, worded by submission servers": [
    ["550 5.7.0 From address is not one of your addresses", "senderRejected"],
    ["550 Unauthorized sending: the sender identity used is not valid for this account.", "senderRejected"],
    ["501 <backup>: sender address must contain a domain", "senderRejected"],
    ["554 Message rejected: Sending paused for this account.", "senderRejected"],
    ["552 the from address and the authenticated user must be the same email", "senderRejected"],
    ["550 to send email from a blank sender, enable blank senders", "senderRejected"],
    [
      'The "MAIL FROM" email address root@localhost you are using is not hosted on this server.',
      "senderRejected",
    ],
  ],
  "STARTTLS twice, a HELO without its argument, a line too long, no SPF record": [
    ["454 Command not permitted when TLS active", "protocolError"],
    ["503 5.5.4 Bad sequence of commands. StartTls command has been already sent.", "protocolError"],
    ["501 HELO requires valid address", "syntaxError"],
    ["550 rejected after DATA: maximum allowed line length is 998 octets, got 4096", "contentError"],
    ["550 5.7.1 Message rejected. Sender domain has no SPF record.", "authFailure"],
  ],
  "Outlook.com's RP limits that name their cause": [
    ["421 RP-001 The sending IP exceeded a rate limit related to IP or domain reputation.", "badReputation"],
    ["421 RP-002 The sending IP exceeded a connection-level rate limit.", "tooManyConnections"],
    // the older wording names only the hourly and daily limits
    [
      "421 RP-001 (BAY004-MC3F15) Unfortunately, some messages from 192.0.2.7 weren't sent. We have limits for how many messages can be sent per hour and per day.",
      "rateLimited",
    ],
  ],
  "a mail rate, a missing body, syntax named per command, AUTH asked for with an article": [
    ["451 4.7.1 Mail rate exceeded for this account, try again later", "rateLimited"],
    ["550 5.6.0 The message body must not be empty", "contentError"],
    ["500 Message body is empty", "contentError"],
    ["501 Invalid syntax in RCPT command", "syntaxError"],
    ["553 5.1.3 Address <@example.org> is missing local part", "syntaxError"],
    ["530 5.7.0 Must issue an AUTH command first", "authRequired"],
    // a body that passed and a sender's rate named as such stay with their own words
    ["554 5.7.1 Message body contains spam", "spamDetected"],
  ],
  "relaying rejected, a Domino sender refused, Yahoo's account text without its domain": [
    ["554 5.7.1 Relaying rejected for ann@example.org", "relayDenied"],
    ["554 Mail from bob@example.net rejected for policy reasons.", "senderRejected"],
    // a server mail rule's refusal names no sender
    ["554 Message rejected for policy reasons.", "policyViolation"],
    ["554 delivery error: dd This user doesn't have a account (ann@example.org) [0]", "userUnknown"],
  ],
  "loops, recipient counts, size limits of a file or an organisation": [
    ["554 5.4.0 A delivery loop was detected for this message", "networkError"],
    ["452 4.5.3 Recipient count exceeds 100", "exceedLimit"],
    ["552 5.3.4 Error: message file too big", "messageTooBig"],
    ["550 5.2.3 RESOLVER.RST.SendSizeLimit.Sender; message too large for this sender", "messageTooBig"],
  ],
  "sending domains barred, a misspelt TLS demand, SPF's explanation page": [
    ["503 Domain not allowed in header", "senderRejected"],
    ["550 5.7.1 Sending from this domain is blocked", "senderRejected"],
    ["530 Login fail. A secure connection is requiered.", "requireTLS"],
    ["550 5.7.1 Please see http://www.openspf.net/Why?s=mfrom;id=a@example.org;ip=192.0.2.1", "authFailure"],
  ],
  "Postfix's lookups that failed for now, an address format error": [
    ["451 4.3.0 <ann@example.org>: Temporary lookup failure", "systemError"],
    [
      "450 4.1.1 <ann@example.org>: Recipient address rejected: unverified address: Address lookup failure",
      "systemError",
    ],
    // a probe that got an answer is read by it
    [
      "450 4.1.1 <ann@example.org>: Recipient address rejected: unverified address: unknown user",
      "userUnknown",
    ],
    ["501 5.1.7 Sender address format error", "syntaxError"],
  ],
  "Exim's sender verify log, relay services denied, API keys tied to a domain": [
    [
      "H=(mx.example.net) [192.0.2.7] sender verify fail for <ann@example.net>: Unknown user",
      "senderRejected",
    ],
    ["554 mx.example.org Relay Service denied for IP 192.0.2.7", "relayDenied"],
    ["550 API key is restricted to sending domain example.org", "senderRejected"],
    ["550 From address must use this domain", "senderRejected"],
  ],
  "commands out of place, logins asked for, a bare carriage return": [
    ["503 5.5.0 Sender already specified", "protocolError"],
    ["502 5.5.1 Unknown or unimplemented command", "protocolError"],
    ["451 Auth Fail. Check your account settings", "authRequired"],
    ["530 5.7.0 Sender should authenticate first", "authRequired"],
    ["504 5.3.3 AUTH mechanism LOGIN not available", "authRequired"],
    ["550 5.6.2 Bare carriage return (CR) not allowed", "contentError"],
  ],
  "a log field naming a filter is no verdict": [
    ["to=<ann@example.org>, relay=spamassassin, dsn=5.1.1, status=bounced (user unknown)", "userUnknown"],
    // the filter named in the reply's own words still is
    ["550 5.7.1 Rejected by SpamAssassin", "spamDetected"],
  ],
};

describe.each(Object.entries(phrasings))("%s", (_family, cases) => {
  it.each(cases)("%s", (reply, reason) => {
    const result = explain(reply);
    expect(result.reason, result.rule).toBe(reason);
  });
});
