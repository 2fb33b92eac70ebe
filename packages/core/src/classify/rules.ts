import type { SmtpCommand } from "../parse/commands.js";
import type { EnhancedClass, Reason } from "../types.js";

/**
 * How real receivers word their replies: the rule table. Data, reviewed like prose.
 *
 * A rule is tried when the reply text holds one of its `words` (lower-case tokens: letters and
 * digits, split at everything else); it decides when its `pattern` (case-insensitive) matches.
 * The first deciding rule in table order wins, so the table runs from specific (one provider's
 * tags and phrasings) to general (phrasings many servers share). `source` notes the server or
 * standard a phrasing comes from. Patterns are written from public documentation and the
 * behaviour of the servers named, never copied from a test corpus; each must stay free of
 * nested quantifiers (CI checks them for catastrophic backtracking).
 */
export interface Rule {
  readonly id: string;
  readonly words: readonly string[];
  readonly pattern: RegExp;
  readonly reason: Reason;
  /** Only for replies of these classes (basic code first, else enhanced); any class when absent. */
  readonly classes?: readonly EnhancedClass[];
  /** Only for replies to these SMTP stages; any stage (or none known) when absent. */
  readonly commands?: readonly SmtpCommand[];
  /** Only for replies with these enhanced codes (registry form, `X.2.3`). */
  readonly enhanced?: readonly string[];
  /** Overrides the retry decision that follows from the reason and the class. */
  readonly retryable?: boolean;
  /**
   * A generic phrasing ("Service unavailable", "local policy") that servers put before more
   * specific reasons: a specific enhanced code outranks it.
   */
  readonly weak?: boolean;
  /** How sure the rule is, 0 to 1; 0.9 when absent. */
  readonly confidence?: number;
  readonly source: string;
}

export const rules: readonly Rule[] = [
  // --- Gmail (support.google.com/a/answer/3726730) -------------------------------------------
  {
    id: "gmail.account-does-not-exist",
    words: ["exist"],
    pattern: /\baccount that you tried to reach does not exist\b/i,
    reason: "userUnknown",
    source: "Gmail 550-5.1.1",
  },
  {
    id: "gmail.account-disabled",
    words: ["disabled"],
    pattern: /\baccount that you tried to reach is disabled\b/i,
    reason: "mailboxDisabled",
    source: "Gmail 550-5.2.1",
  },
  {
    id: "gmail.over-quota",
    words: ["quota", "storage"],
    pattern: /\b(?:tried to reach is over quota|inbox is out of storage space|out of storage space)\b/i,
    reason: "mailboxFull",
    source: "Gmail 452-4.2.2, 552-5.2.2",
  },
  {
    id: "gmail.receiving-rate",
    words: ["rate"],
    pattern: /\breceiving mail (?:at a rate|too quickly)\b/i,
    reason: "rateLimited",
    source: "Gmail 450-4.2.1: the recipient receives mail faster than allowed",
  },
  {
    id: "gmail.unusual-rate",
    words: ["unusual", "unsolicited", "reputation"],
    pattern: /\bunusual rate of unsolicited mail\b|\bsuspicious due to the very low reputation\b/i,
    reason: "badReputation",
    source: "Gmail 421-4.7.0, 550-5.7.1, 4.7.28",
  },
  {
    id: "gmail.unauthenticated",
    words: ["unauthenticated", "authentication"],
    pattern:
      /\bsender is unauthenticated\b|\bauthentication information or fails to pass authentication checks\b/i,
    reason: "authFailure",
    source: "Gmail 550-5.7.26, 550-5.7.1",
  },
  {
    id: "gmail.likely-unsolicited",
    words: ["unsolicited", "spam"],
    pattern: /\blikely unsolicited mail\b/i,
    reason: "spamDetected",
    source: "Gmail 550-5.7.1",
  },
  {
    id: "gmail.ptr",
    words: ["ptr", "pointer"],
    pattern: /\b(?:does not have a PTR record|pointer \(PTR\) record|PTR record setup)\b/i,
    reason: "requirePTR",
    source: "Gmail 550-5.7.25, 421-4.7.23",
  },

  {
    id: "gmail.security-issue",
    words: ["security"],
    pattern: /\bcontent presents a potential security issue\b/i,
    reason: "policyViolation",
    source: "Gmail 552-5.7.0: blocked attachment types",
  },
  {
    id: "gmail.multiple-from",
    words: ["multiple"],
    pattern: /\bmultiple addresses in From: header\b/i,
    reason: "contentError",
    source: "Gmail 550-5.7.1",
  },
  {
    id: "gmail.group-permission",
    words: ["group"],
    pattern: /\bgroup you tried to contact \S+ may not exist, or you may not have permission\b/i,
    reason: "senderRejected",
    source: "Google Groups bounce",
  },
  // --- Microsoft 365, Outlook.com, Exchange (learn.microsoft.com: NDRs in Exchange Online) ----
  {
    id: "microsoft.recipient-not-found",
    words: ["recipnotfound", "recipientnotfound", "recipientnotfoundexception"],
    pattern: /\bRecip(?:ient)?NotFound\b/i,
    reason: "userUnknown",
    source: "Exchange RESOLVER.ADR.RecipNotFound, 5.1.10 RecipientNotFound",
  },
  {
    id: "microsoft.directory-edge-blocking",
    words: ["denied"],
    pattern: /\brecipient address rejected: access denied\b/i,
    classes: [5],
    reason: "userUnknown",
    source: "Exchange Online 550 5.4.1: directory-based edge blocking, the recipient is not in the tenant",
  },
  {
    id: "microsoft.ip-reputation",
    words: ["reputation", "rp"],
    pattern: /\brate limited due to IP reputation\b|\bRP-00\d\b/i,
    reason: "badReputation",
    source: "Outlook.com 4.7.650, RP-001 to RP-003",
  },
  {
    id: "microsoft.block-list",
    words: ["s3140", "s3150", "sc", "dy", "ou", "network"],
    pattern: /\bS31[45]0\b|\b(?:SC|DY|OU)-00\d\b|\bpart of their network is on our block list\b/i,
    reason: "blocked",
    source: "Outlook.com S3140, S3150, SC-001 to SC-004, DY-001, OU-001",
  },
  {
    id: "microsoft.server-busy",
    words: ["busy"],
    pattern: /\bserver busy\b/i,
    reason: "rateLimited",
    source: "Microsoft 365 451 4.7.500",
  },
  {
    id: "microsoft.mailbox-full",
    words: ["mapiexceptionshutoffquotaexceeded", "quotaexceeded", "quotaexceededexception", "storedrv"],
    pattern: /QuotaExceeded|\bSTOREDRV\.Deliver: mailbox full\b/i,
    reason: "mailboxFull",
    source: "Exchange 5.2.2 STOREDRV.Deliver",
  },
  {
    id: "microsoft.size-limit",
    words: ["recipsizelimit", "sizelimit", "messagetoolarge"],
    pattern: /\b(?:RecipSizeLimit|SizeLimit|MessageTooLarge)\b/i,
    reason: "messageTooBig",
    source: "Exchange RESOLVER.RST.RecipSizeLimit, 5.3.4",
  },
  {
    id: "microsoft.not-authorized",
    words: ["notauthorized", "authrequired"],
    pattern: /\bRESOLVER\.RST\.(?:NotAuthorized|AuthRequired)\b/i,
    reason: "filtered",
    source: "Exchange 5.7.1 RESOLVER.RST: the recipient group accepts only some senders",
  },
  {
    id: "microsoft.bare-linefeeds",
    words: ["barelinefeedsareillegal"],
    pattern: /\bBareLinefeedsAreIllegal\b/i,
    reason: "contentError",
    source: "Exchange Online 5.6.11",
  },
  {
    id: "microsoft.send-as",
    words: ["permissions", "permission"],
    pattern: /\bdoes not have permissions? to send as this sender\b/i,
    reason: "senderRejected",
    source: "Exchange 5.7.60",
  },
  // --- Yahoo, AOL (senders.yahooinc.com/smtp-error-codes) -------------------------------------
  {
    id: "yahoo.deferred-complaints",
    words: ["tss04", "tss05", "tss09", "ts01", "ts02", "ts03", "complaints"],
    pattern: /\[TSS?0\d\]|\bdeferred due to (?:unexpected volume or )?(?:excessive )?user complaints\b/i,
    reason: "badReputation",
    source: "Yahoo, AOL 421 4.7.0 [TSS04] and [TS0x]",
  },
  {
    id: "yahoo.blocklist",
    words: ["bl21", "bl22", "bl23", "bl24"],
    pattern: /\[BL2\d\]/i,
    reason: "blocked",
    source: "Yahoo, AOL 553 5.7.1 [BL21] to [BL24]: listed by Spamhaus",
  },
  {
    id: "yahoo.no-account",
    words: ["account"],
    pattern: /\bthis user doesn't have an? \S+ account\b/i,
    reason: "userUnknown",
    source: "Yahoo 554 delivery error",
  },
  {
    id: "yahoo.policy",
    words: ["policy"],
    pattern: /\bnot accepted for policy reasons\b/i,
    reason: "policyViolation",
    source: "Yahoo 554 5.7.9",
  },
  // --- Other providers -----------------------------------------------------------------------
  {
    id: "t-online.tag",
    words: ["bl"],
    pattern: /\(BL\)\s*$/,
    reason: "blocked",
    source: "T-Online 554 IP=... (BL): the IP is blocklisted",
  },
  {
    id: "gmx.ptr",
    words: ["ptr"],
    pattern: /\bDNS PTR resource record\b/i,
    reason: "requirePTR",
    source: "GMX, WEB.DE 554 Bad DNS PTR resource record",
  },
  {
    id: "comcast.blocklist",
    words: ["bl000000", "bl000001", "bl000010", "bl000020"],
    pattern: /\bBL0000[0-2]\d\b/,
    reason: "blocked",
    source: "Comcast 554 ... BL000000 to BL000020: blocked by reputation or blocklist",
  },
  {
    id: "cox.blocklist",
    words: ["aup"],
    pattern: /\bAUP#(?:CXBL|CDRBL|RBL|BL|IPBL)\w*/i,
    reason: "blocked",
    source: "Cox 550 ... AUP#CXBL, AUP#CDRBL: the sending IP is blocklisted",
  },
  {
    id: "qq.frequency",
    words: ["frequency"],
    pattern: /\b(?:connection|ip|domain|sender|mail) frequency limited\b/i,
    reason: "tooManyConnections",
    source: "QQ Mail 550 ... frequency limited",
  },
  {
    id: "qq.content-denied",
    words: ["content"],
    pattern: /\bmail content denied\b/i,
    reason: "spamDetected",
    source: "QQ Mail 550 Mail content denied",
  },
  {
    id: "facebook.recipient-preferences",
    words: ["preferences"],
    pattern: /\brefused due to recipient preferences\b/i,
    reason: "filtered",
    source: "Facebook 550 5.1.1 RCP-P2",
  },
  {
    id: "apple.unknown-or-illegal",
    words: ["illegal"],
    pattern: /\bunknown or illegal (?:alias|user)\b/i,
    reason: "userUnknown",
    source: "iCloud, qmail chkuser 550 5.1.1 unknown or illegal alias",
  },
  {
    id: "mimecast.blocked-senders",
    words: ["blocked", "envelope"],
    pattern: /\bBlocked Senders\b|\benvelope blocked\b/i,
    reason: "filtered",
    source:
      "Mimecast 550 Rejected by header based Blocked Senders, Administrative prohibition - envelope blocked",
  },
  {
    id: "notes.not-listed",
    words: ["listed"],
    pattern: /\bnot listed in (?:the )?(?:public Name & Address Book|Domino Directory)\b/i,
    reason: "userUnknown",
    source: "IBM/HCL Domino",
  },
  {
    id: "qmail.badrcptto",
    words: ["badrcptto"],
    pattern: /\bbadrcptto\b/i,
    reason: "filtered",
    source: "qmail: envelope recipient is in my badrcptto list",
  },
  {
    id: "qmail.badmailfrom",
    words: ["badmailfrom"],
    pattern: /\bbadmailfrom\b/i,
    reason: "senderRejected",
    source: "qmail: envelope sender is in my badmailfrom list",
  },
  {
    id: "qmail.rcpthosts",
    words: ["rcpthosts"],
    pattern: /\bin my list of allowed rcpthosts\b/i,
    reason: "relayDenied",
    source: "qmail 553 sorry, that domain isn't in my list of allowed rcpthosts",
  },
  {
    id: "mailer.program",
    words: ["pipe", "procmail", "maildrop"],
    pattern: /\bpipe to \||\b(?:procmail|maildrop)\b/i,
    reason: "systemError",
    source: "Sendmail, Postfix: a local delivery program failed",
  },
  // --- Greylisting and throttling --------------------------------------------------------------
  {
    id: "greylisting",
    words: ["greylisted", "greylisting", "greylist", "graylisted", "graylisting", "graylist", "postgrey"],
    pattern: /\bgr[ae]ylist(?:ed|ing)?\b|\bpostgrey\b/i,
    reason: "greylisted",
    source: "Postgrey, Exim, MailEnable, Rspamd greylisting (also on 5xx by misconfigured servers)",
  },
  {
    id: "too-many-connections",
    words: ["connections", "connection", "sessions", "concurrent", "simultaneous", "maximum"],
    pattern:
      /\btoo many (?:concurrent |simultaneous |open |parallel )?(?:smtp )?(?:connections|sessions)\b|\bconnection (?:rate )?limit\b|\bmaximum (?:number of )?(?:concurrent )?(?:server )?connections\b/i,
    reason: "tooManyConnections",
    source: "Postfix, Sendmail, Exim, Comcast, Orange, Cisco: too many connections",
  },
  {
    id: "rate-limit.recipients-per-period",
    words: ["recipients", "messages", "mails", "emails"],
    pattern:
      /\btoo many (?:recipients|messages|mails|e-?mails)\s+(?:\S+\s+){0,5}(?:this|per|an|last|in the) (?:hour|day|minute)\b/i,
    reason: "rateLimited",
    source: "GoDaddy, Comcast, Mail.ru: hourly and daily sending limits",
  },
  {
    id: "rate-limit",
    words: [
      "rate",
      "ratelimit",
      "ratelimited",
      "throttled",
      "throttling",
      "limited",
      "deferred",
      "frequency",
      "flood",
      "attempts",
      "unusual",
    ],
    pattern:
      /\brate[- ]?limit(?:ed|ing)?\b|\b(?:sending|message|send) rate\b|\bthrottl(?:ed|ing)\b|\btemporarily deferred\b|\bmail flood\b|\bsending (?:limit|quota) exceeded\b|\btoo many (?:login|authentication|auth) attempts\b|\bunusual sending activity\b/i,
    reason: "rateLimited",
    source: "Many receivers: throttling",
  },
  {
    id: "rate-limit.daily-quota",
    words: ["daily", "quota", "limit"],
    pattern: /\b(?:daily|hourly|sending|outgoing) (?:message |recipient )?(?:quota|limit)\b/i,
    reason: "rateLimited",
    source: "Microsoft 365 5.1.90, Zoho, SES: sending quotas",
  },
  // --- Sender authentication (SPF, DKIM, DMARC, ARC) -------------------------------------------
  {
    id: "auth.dmarc",
    words: ["dmarc"],
    pattern: /\bDMARC\b/i,
    reason: "authFailure",
    source: "Gmail 5.7.26, Mail.ru, Zoho, iCloud, Yahoo: DMARC policy rejections",
  },
  {
    id: "auth.spf",
    words: ["spf"],
    pattern:
      /\bSPF\S{0,2}\s+(?:\S+\s+){0,8}(?:fail|reject|invalid|hardfail|softfail|not (?:pass|permit|allow))|\b(?:fail|reject|blocked|not (?:allowed|authori[sz]ed|permitted) to send)\w{0,3}\s+(?:\S+\s+){0,8}SPF\b/i,
    reason: "authFailure",
    source: "RFC 7208 receivers: SPF fail",
  },
  {
    id: "auth.spf-designate",
    words: ["designate", "designates"],
    pattern: /\bdoes not designate \S+ as permitted sender\b/i,
    reason: "authFailure",
    source: "Gmail, Postfix policyd-spf",
  },
  {
    id: "auth.dkim",
    words: ["dkim", "arc"],
    pattern:
      /\b(?:DKIM|ARC)\S{0,2}\s+(?:\S+\s+){0,8}(?:fail|invalid|reject|not (?:pass|valid|verif)|missing)|\bno (?:valid |passing )?DKIM\b/i,
    reason: "authFailure",
    source: "RFC 7372 receivers: DKIM or ARC failure",
  },
  {
    id: "auth.unauthenticated-mail",
    words: ["unauthenticated", "spoofing", "spoofed", "purported", "senderid", "sender"],
    pattern:
      /\bunauthenticated (?:e-?mail|mail|message)\b|\banti-spoofing\b|\bspoof(?:ed|ing) (?:sender|mail|message)\b|\bPurported Responsible Address\b|\bSender ?ID\b/i,
    reason: "authFailure",
    source: "Gmail, Proofpoint: unauthenticated or spoofed mail; Sender ID (RFC 4406) PRA checks",
  },
  // --- TLS and SMTP authentication -------------------------------------------------------------
  {
    id: "tls.required",
    words: ["starttls", "tls", "encryption", "ssl", "encrypted", "requiretls"],
    pattern:
      /\bmust issue a STARTTLS\b|\b(?:STARTTLS|TLS|SSL|encryption) (?:is )?(?:required|needed|mandatory)\b|\brequires? (?:a )?(?:secure|encrypted|TLS) connection\b|\bmust use (?:TLS|STARTTLS|encryption)\b|\bREQUIRETLS\b/i,
    reason: "requireTLS",
    source: "RFC 3207 530 5.7.0, Gmail 4.7.0 TLS required",
  },
  // --- Relaying (before SMTP AUTH: "Relaying denied. Authentication required" is about relaying) ---
  {
    id: "relay.denied",
    words: ["relay", "relaying"],
    pattern:
      /\brelay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited|refused|disallowed)\b|\b(?:unable|not permitted|not allowed) to relay\b|\binsecure mail relay\b|\bwe do not relay\b|\bno relaying\b|\bopen relay not allowed\b/i,
    reason: "relayDenied",
    source: "Postfix, Sendmail, Exim, Exchange, Mimecast: relay refused",
  },
  {
    id: "smtp-auth.required",
    words: [
      "authentication",
      "auth",
      "authenticate",
      "authenticated",
      "unauthenticated",
      "login",
      "credentials",
      "password",
    ],
    pattern:
      /\b(?:SMTP )?auth(?:entication)? (?:is )?required\b|\bmust (?:be )?authenticat|\b(?:turn on|enable|use) SMTP auth|\bunauthenticated senders? not allowed\b|\bclient was not authenticated\b|\bnot authenticated to send\b|\b(?:username and password|credentials) (?:not accepted|invalid|incorrect|rejected)\b|\binvalid (?:login|credentials|user ?name or password)\b|\bauthentication (?:failed|unsuccessful)\b|\bBadCredentials\b|\bapplication-specific password\b|\blogin (?:denied|failed)\b/i,
    reason: "authRequired",
    source: "RFC 4954, Gmail 530-5.7.0 and 535-5.7.8, Microsoft 5.7.57, Postfix, Exim",
  },

  // --- Reverse DNS ------------------------------------------------------------------------------
  {
    id: "ptr.required",
    words: ["ptr", "reverse", "rdns", "hostname"],
    pattern:
      /\b(?:PTR|rDNS|reverse (?:DNS|lookup|hostname))\S{0,2}\s+(?:\S+\s+){0,6}(?:required|missing|fail|invalid|mismatch|must|not)|\b(?:no|invalid|missing|bad) (?:PTR|reverse DNS|rDNS)\b|\bcannot find your (?:reverse )?hostname\b|\b(?:must|should) have a (?:valid )?(?:PTR|reverse DNS)\b|\bPTR record\b/i,
    reason: "requirePTR",
    source: "Postfix reject_unknown_client_hostname, Comcast, GMX, Gmail: reverse DNS required",
  },
  // --- Malware and spam ---------------------------------------------------------------------------
  {
    id: "virus",
    words: ["virus", "viruses", "malware", "infected", "trojan", "clamav", "malicious"],
    pattern:
      /\bvirus(?:es)?\b|\bmalware\b|\binfected\b|\btrojan\b|\bClamAV\b|\bmalicious (?:content|attachment|file|link)s?\b/i,
    reason: "virusDetected",
    source: "ClamAV, Amavis, Proofpoint, Mimecast: malware found",
  },
  {
    id: "spam.url-blocklist",
    words: ["uribl", "surbl", "dbl", "url", "link", "links", "urls"],
    pattern:
      /\bURIBL\b|\bSURBL\b|\bdbl\.spamhaus\b|\b(?:blacklisted|blocklisted|listed) (?:URL|link|domain in (?:the )?(?:body|message))s?\b/i,
    reason: "spamDetected",
    source: "URIBL, SURBL, Spamhaus DBL: a link in the message is listed",
  },
  // --- Blocklists and refused clients --------------------------------------------------------
  {
    id: "blocked.blocklist",
    words: [
      "spamhaus",
      "spamcop",
      "sorbs",
      "barracuda",
      "barracudacentral",
      "uceprotect",
      "abuseat",
      "cbl",
      "psbl",
      "dnsbl",
      "rbl",
      "blocklist",
      "blacklist",
      "blocklisted",
      "blacklisted",
      "blocklists",
      "blacklists",
      "listed",
      "cloudmark",
      "proofpoint",
      "senderbase",
      "sbrs",
      "ipcheck",
    ],
    pattern:
      /\b(?:spamhaus|spamcop|sorbs|barracuda(?:central)?|uceprotect|abuseat|cbl|psbl|dnsbl|rbl|cloudmark|senderbase|SBRS|ipcheck\.proofpoint)\b|\b(?:black|block) ?list(?:ed|s)?\b|\blisted (?:at|on|in|by) \S/i,
    reason: "blocked",
    source: "Spamhaus, SpamCop, SORBS, Barracuda, Cloudmark, Proofpoint, Cisco: blocklisted IP",
  },
  {
    id: "blocked.client-host",
    words: [
      "client",
      "host",
      "ip",
      "blocked",
      "banned",
      "bloquee",
      "bloquée",
      "bloqueada",
      "gesperrt",
      "relay",
      "open",
    ],
    pattern:
      /\bclient host (?:\[[^\]]{1,60}\] )?(?:rejected|blocked|refused)\b|\bblocked using\b|\b(?:banned|blocked) (?:sending )?IP\b|\badresse IP (?:source )?bloqu|\bIP[- ]Adresse\s+(?:\S+\s+){0,5}gesperrt\b|\bdynamic (?:IP|address)|\bresidential IP\b|\bmay not be mail exchanger\b|\b(?:which )?is an open relay\b|\binvalid IP\b|\bnot authorized to send (?:e-?mail )?directly\b|\bnot accepted from this IP\b/i,
    reason: "blocked",
    source: "Postfix client restrictions, Orange, Sendmail, Outlook.com, Cisco: client IP refused",
  },
  {
    id: "blocked.ip-refused",
    words: ["ip", "host", "client"],
    pattern:
      /\b(?:IP|host|client)\s+(?:\S+\s+){0,6}(?:blocked|banned|blacklisted|not allowed to send|rejected)\b/i,
    reason: "blocked",
    source: "Orange, Outlook.com, Cisco: the client IP is named, then refused",
  },

  {
    id: "blocked.helo",
    words: ["helo", "ehlo", "name"],
    pattern:
      /\b(?:HELO|EHLO) command rejected\b|\bmy name was rejected\b|\binvalid (?:HELO|EHLO)(?: name)?\b/i,
    reason: "blocked",
    source: "Postfix reject_*_helo_hostname, qmail: the client's HELO name is refused",
  },
  {
    id: "reputation",
    words: ["reputation", "complaints", "poor"],
    pattern:
      /\b(?:poor|low|bad) (?:sender |IP |domain )?reputation\b|\breputation (?:of|is|too low)\b|\buser complaints\b/i,
    reason: "badReputation",
    source: "Cisco, Microsoft, Yahoo: reputation",
  },
  {
    id: "spam.content",
    words: [
      "spam",
      "ube",
      "uce",
      "unsolicited",
      "junk",
      "bulk",
      "spamassassin",
      "phishing",
      "scored",
      "score",
      "content",
    ],
    pattern:
      /\bspam\b|\bUBE\b|\bUCE\b|\bunsolicited (?:mail|e-?mail|bulk|commercial)\b|\bjunk mail\b|\bbulk (?:mail|e-?mail)\b|\bSpamAssassin\b|\bphishing\b|\bspam ?score\b|\bscored as\b|\b(?:message )?content rejected\b|\bcontent filter\w*\b/i,
    reason: "spamDetected",
    source: "SpamAssassin, Rspamd, Amavis, Mail.ru, Yandex, Cisco: message classified as spam",
  },
  // --- The recipient refused -------------------------------------------------------------------
  {
    id: "filtered.by-recipient",
    words: ["recipient", "recipients", "filter", "filtered", "filtering"],
    pattern:
      /\b(?:rejected|refused|blocked) by (?:the )?recipients?\b(?! (?:domain|server|mail server|system|host))|\brecipient (?:has )?(?:rejected|refused|blocked) (?:your|this|the) (?:mail|message|e-?mail)\b|\brecipient'?s? (?:filter|preferences|settings|block ?list)\b|\b(?:message|mail) (?:was )?filtered\b|\bdomain filter(?:ing)?\b/i,
    reason: "filtered",
    source: "QQ, Japanese carriers, filters: the recipient's rules refused the mail",
  },
  // --- Sender (before recipients: "sender address invalid" is about the sender) ----------
  {
    id: "list.members-only",
    words: ["member", "members", "nonmember", "non"],
    pattern:
      /\bnot a member of (?:this|the) (?:mailing )?list\b|\bonly (?:list )?members (?:can|may) (?:post|send)\b|\bnon-?members? (?:are not allowed|may not post)\b/i,
    reason: "senderRejected",
    source: "Mailman, fml, Google Groups: the list accepts posts from members only",
  },
  {
    id: "sender.rejected",
    words: ["sender", "senders", "from"],
    pattern:
      /\bsender (?:address )?(?:rejected|denied|refused|not allowed|unknown|invalid|verify failed|verification failed)\b|\b(?:unknown|invalid|bad|unroute?able|unverified) sender\b|\bdomain of sender address\b|\bsender domain (?:does not exist|not found|unknown|must (?:exist|resolve))\b|\bsender verif\w* failed\b|\bfrom address (?:rejected|not allowed|invalid)\b|\bsender address must exist\b|\bnot (?:a )?(?:registered|valid) sender\b/i,
    reason: "senderRejected",
    source: "Postfix sender restrictions, Exim sender verify, Sendmail, Cox",
  }, // --- Mailbox state ---------------------------------------------------------------------------
  {
    id: "mailbox.disabled",
    words: [
      "disabled",
      "suspended",
      "deactivated",
      "inactive",
      "locked",
      "discontinued",
      "frozen",
      "deaktiviert",
      "gesperrt",
    ],
    pattern:
      /\b(?:account|mailbox|user|address|recipient)s?(?:\(s\))?(?: \w+){0,3} (?:is |has been |was )?(?:disabled|suspended|deactivated|inactive|locked|discontinued|frozen)\b|\b(?:disabled|suspended|deactivated|inactive|locked) (?:recipient|mailbox|account|user)\b|\b(?:Postfach|Konto|Benutzer)\w* (?:ist )?(?:deaktiviert|gesperrt)\b/i,
    reason: "mailboxDisabled",
    source: "Gmail 5.2.1, Yahoo, vpopmail, Exchange: disabled or suspended accounts",
  },
  {
    id: "mailbox.full",
    words: [
      "full",
      "quota",
      "overquota",
      "exceeded",
      "exceeds",
      "storage",
      "voll",
      "kontingent",
      "speicherplatz",
      "plein",
      "llena",
      "cheia",
    ],
    pattern:
      /\b(?:mailbox|mail ?box|inbox|mail ?folder|mail ?drop|account|user'?s? mailbox)(?: is)? (?:full|over ?quota)\b|\bmailbox (?:size )?(?:limit )?exceed|\bover ?quota\b|\bquota (?:exceeded|full|limit)\b|\bexceeded (?:\w+ )?(?:storage|disk)? ?quota\b|\bstorage (?:quota|allocation)|\bfull mailbox\b|\bPostfach (?:ist )?voll\b|\b(?:Kontingent|Speicherplatz)\w* (?:ist )?(?:überschritten|erschöpft|voll)\b|\bbo[iî]te (?:aux lettres )?pleine\b|\bbuz[oó]n (?:est[aá] )?llen[oa]\b/i,
    reason: "mailboxFull",
    source: "Postfix, Dovecot, Exchange, Sendmail, qmail, German, French and Spanish receivers: over quota",
  },
  {
    id: "mailbox.exceeded",
    words: ["mailbox"],
    pattern: /\bmailbox\s+(?:\S+\s+){0,6}exceeded\b/i,
    reason: "mailboxFull",
    source: "Sendmail, Japanese carriers: the mailbox exceeded its limit",
  },

  {
    id: "mailbox.moved",
    words: ["moved", "local"],
    pattern:
      /\b(?:mailbox|address|user|recipient) (?:has )?moved\b|\bnot local; please try\b|\bmoved permanently\b/i,
    reason: "hasMoved",
    source: "RFC 5321 551, Sendmail, Exchange",
  },
  // --- Unknown recipients --------------------------------------------------------------------
  {
    id: "user.unknown",
    words: [
      "user",
      "users",
      "recipient",
      "recipients",
      "mailbox",
      "account",
      "address",
      "addressee",
      "alias",
      "unknown",
      "invalid",
      "such",
      "nonexistent",
      "non",
      "exist",
      "exists",
    ],
    pattern:
      /\b(?:user|recipient|mailbox|account|address|addressee|alias|local user|e-?mail address|destination(?: mailbox)?)(?: name)?(?:\s+\S+)?\s+(?:is\s+)?(?:unknown|not found|not exists?|does(?: not|n't) exists?|not valid|invalid|nonexistent|non-existent|not known)\b|\b(?:unknown|invalid|non-?existent|no such|bad)\s+(?:user|recipient|mailbox|account|addressee|local user|e-?mail address|destination mailbox|alias)s?\b|\bno mailbox here by that name\b|\baddress (?:could ?n[o']t|cannot|can't) be found\b|\baddress not found\b|\bnot a (?:valid|known) (?:user|recipient|mailbox)\b|\bcheck (?:if|that|whether) (?:the )?(?:e-?mail )?address is correct\b/i,
    reason: "userUnknown",
    source: "Postfix, Sendmail, Exim, qmail, Exchange, Gmail, Yandex, Mail.ru and most other receivers",
  },
  {
    id: "user.unknown.localised",
    words: [
      "unbekannt",
      "unbekannter",
      "unbekannten",
      "existiert",
      "gefunden",
      "ungültig",
      "ungültige",
      "destinataire",
      "inconnu",
      "invalide",
      "desconocido",
      "desconhecido",
      "sconosciuto",
      "inesistente",
    ],
    pattern:
      /\b(?:Benutzer|Empfänger|Postfach|Adresse|Mailbox|Konto)\w* (?:ist )?(?:unbekannt|existiert nicht|nicht gefunden|ungültig)|\bunbekannte[rn]? (?:Benutzer|Empfänger)|\bdestinataire (?:invalide|inconnu)|\b(?:usuario|destinatario) (?:desconocido|inexistente)|\busu[aá]rio desconhecido|\b(?:utente|destinatario) (?:sconosciuto|inesistente)/i,
    reason: "userUnknown",
    source:
      "German (GMX, WEB.DE, T-Online), French (Orange, Free), Spanish, Portuguese and Italian receivers",
  },
  // --- Unknown or refusing domains -------------------------------------------------------------
  {
    id: "dns.try-again",
    words: ["again"],
    pattern: /\bnot found, try again\b/i,
    reason: "networkError",
    source: "Postfix: the resolver's TRY_AGAIN, a temporary DNS failure",
  },
  {
    id: "domain.null-mx",
    words: ["mx", "accept", "accepts", "receive", "accepting"],
    pattern:
      /\bnull MX\b|\b(?:host|domain)(?:\/domain)? does not accept (?:any )?mail\b|\bdoes(?: not|n't) receive e-?mail\b|\bno MX (?:record|host)s?\b|\bnot accepting (?:any )?mail\b|\baccepts no mail\b/i,
    reason: "notAccept",
    source: "RFC 7505 null MX, RFC 7504 521 and 556, Gmail DNS errors",
  },
  {
    id: "domain.unknown",
    words: ["host", "domain", "unrouteable", "unroutable", "nxdomain", "name", "reachable", "exist"],
    pattern:
      /\bhost (?:or domain name )?(?:not found|unknown)\b|\bdomain (?:name )?(?:not found|does(?: not|n't) exist|unknown|not reachable|is not reachable)\b|\bunroute?able (?:address|domain)\b|\bno such domain\b|\bNXDOMAIN\b|\billegal host\/domain\b|\bcouldn't find any host named\b|(?<![@\w.-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6} does not exist\b/i,
    reason: "hostUnknown",
    source: "Sendmail, Exim, qmail, Postfix, Microsoft 5.4.310: the domain does not exist",
  },

  // --- Size and limits -------------------------------------------------------------------------
  {
    id: "size.mailbox-limit",
    words: ["size", "large", "big", "length", "limit", "exceeds", "exceeded"],
    pattern: /\b(?:size|too large|too big|length|limit)\b/i,
    enhanced: ["X.2.3"],
    reason: "exceedLimit",
    source: "RFC 3463 X.2.3: the mailbox's own message size limit",
  },
  {
    id: "size.message-too-big",
    words: ["size", "large", "big", "data", "exceeds", "exceeded", "length", "groß", "gross"],
    pattern:
      /\bmessage (?:size )?(?:is )?(?:too (?:big|large)|exceeds|exceeded)\b|\b(?:message |mail )?size (?:limit )?(?:exceed\w*|too (?:big|large))\b|\bexceeds? (?:the )?(?:fixed )?(?:maximum|max\.?) (?:message )?size\b|\bmessage length exceeds\b|\btoo much (?:mail )?data\b|\bmail size limit\b|\bsize larger than allowed\b|\bfile too large\b|\bNachricht (?:ist )?zu gro(?:ß|ss)\b/i,
    reason: "messageTooBig",
    source: "RFC 1870 SIZE, Postfix, Exim, Sendmail, Exchange, 1&1: message size limit",
  },
  {
    id: "limit.recipients",
    words: ["recipients", "recipient"],
    pattern: /\btoo many recipients\b|\brecipient limit\b|\bmaximum (?:number of )?recipients\b/i,
    reason: "exceedLimit",
    source: "RFC 5321 452 4.5.3, Postfix, Exchange: too many recipients in one message",
  },
  // --- Format and policy -----------------------------------------------------------------------
  {
    id: "content.format",
    words: ["header", "headers", "malformed", "bare", "rfc", "rfc5322", "rfc2822", "line", "mime", "8bit"],
    pattern:
      /\bheaders? (?:error|syntax|too long|rejected|missing|invalid)\b|\b(?:malformed|invalid|broken) (?:header|message|MIME)\b|\bbare (?:LF|linefeeds?|CR)\b|\bline (?:too long|limit exceeded|length exceeded)\b|\bnot RFC ?(?:5322|2822|822) compliant\b|\bRFC ?(?:5322|2822) (?:violation|section)\b|\bmissing (?:Date|From|Message-ID|Subject) header\b|\bduplicate header\b/i,
    reason: "contentError",
    source: "Gmail, Microsoft, Postfix, Exim: the message format breaks RFC 5322",
  },
  {
    id: "policy",
    words: ["policy", "policies", "prohibited", "prohibition", "violation", "richtlinie", "richtlinien"],
    pattern:
      /\bpolic(?:y|ies) (?:violation|reasons?|restrictions?|rejection)\b|\bviolat\w+ (?:our |the |local |a )?polic|\b(?:denied|rejected|refused|blocked) (?:by|due to|for) (?:local |our |security )?polic|\blocal policy\b|\badministrative prohibition\b|\bprotocol violation\b|\bsecurity policies\b|\bRichtlinie\w*\b/i,
    weak: true,
    reason: "policyViolation",
    source: "Postfix, Exim, Yandex, Mimecast, Proofpoint: refused by a local policy",
  },
  {
    id: "security.tls-error",
    words: ["certificate", "tls", "ssl", "handshake", "cipher"],
    pattern:
      /\bcertificate (?:verify|verification|validation) failed\b|\bcertificate (?:has )?(?:expired|is invalid|not trusted)\b|\b(?:TLS|SSL) (?:handshake |negotiation )?(?:failed|failure|error)\b|\bhandshake failure\b|\bno shared cipher\b/i,
    reason: "securityError",
    source: "OpenSSL and TLS libraries: TLS negotiation failed",
  },
  // --- Protocol --------------------------------------------------------------------------------
  {
    id: "protocol.sequence",
    words: ["sequence", "need", "first", "pipelining", "synchronization", "implemented", "errors"],
    pattern:
      /\b(?:bad|improper|wrong) sequence of commands\b|\bout of sequence\b|\bneed (?:MAIL|RCPT|HELO|EHLO)\b|\bsend (?:HELO|EHLO) first\b|\b(?:RCPT|MAIL) first\b|\bimproper use of SMTP command pipelining\b|\bsynchronization error\b|\btoo many errors\b|\b(?:command|parameter) not implemented\b/i,
    reason: "protocolError",
    source: "RFC 5321 502 to 504, Postfix, Exim, Sendmail",
  },
  {
    id: "protocol.syntax",
    words: [
      "syntax",
      "unrecognized",
      "unrecognised",
      "command",
      "malformed",
      "invalid",
      "fully",
      "qualified",
    ],
    pattern:
      /\bsyntax error\b|\b(?:unrecogni[sz]ed|unknown) command\b|\bcommand unrecogni[sz]ed\b|\binvalid (?:command|argument|parameter|address (?:syntax|format)|domain name|HELO name|EHLO name)\b|\bmalformed (?:address|command)\b|\bneed fully-qualified\b|\bbad address syntax\b/i,
    reason: "syntaxError",
    source: "RFC 5321 500, 501, 555, Postfix, Sendmail",
  },
  // --- The receiving system --------------------------------------------------------------------
  {
    id: "system.full",
    words: ["insufficient", "disk", "space", "storage", "full"],
    pattern:
      /\binsufficient (?:system )?(?:storage|disk space|resources)\b|\bdisk (?:is )?full\b|\bout of (?:disk )?(?:space|storage)\b|\bno space left\b|\bnot enough (?:disk |free )?space\b|\bmail system full\b/i,
    reason: "systemFull",
    source: "RFC 5321 452, Postfix, Exchange 4.3.1: the receiving system is out of storage",
  },
  // --- Delivery given up, network ------------------------------------------------------------
  {
    id: "expired",
    words: [
      "expired",
      "retry",
      "retries",
      "giving",
      "gave",
      "queue",
      "delayed",
      "attempts",
      "within",
      "retried",
    ],
    pattern:
      /\b(?:message|delivery|time) (?:has )?expired\b|\bretry time(?:out)? (?:exceeded|reached)\b|\bgiving up\b|\bgave up\b|\b(?:too long|been) in (?:the )?queue\b|\bnot delivered within\b|\bhas been delayed\b|\bwill be retried\b|\b(?:failed|after) \d+ (?:delivery )?attempts\b|\bmultiple retries\b|\bmaximum (?:delivery |retry )?(?:time|attempts)\b/i,
    reason: "expired",
    source: "Postfix, Sendmail, Exim, Gmail, Exchange: the queue gave up",
  },
  {
    id: "network.socket-error",
    words: [
      "econnrefused",
      "econnreset",
      "etimedout",
      "enotfound",
      "ehostunreach",
      "enetunreach",
      "epipe",
      "eai",
    ],
    pattern: /\bE(?:CONNREFUSED|CONNRESET|TIMEDOUT|NOTFOUND|HOSTUNREACH|NETUNREACH|PIPE|AI_AGAIN)\b/,
    reason: "networkError",
    source: "Node.js socket and DNS errors, as nodemailer reports them",
  },
  {
    id: "network.routing-loop",
    words: ["loop", "hop", "hops"],
    pattern: /\b(?:routing|mail) loop\b|\bloop detected\b|\bhop count exceeded\b|\btoo many hops\b/i,
    reason: "networkError",
    source: "RFC 5321 6.3, Exchange 5.4.14: the message loops",
  },
  {
    id: "network.connection",
    words: [
      "connection",
      "connect",
      "route",
      "unreachable",
      "reachable",
      "timed",
      "timeout",
      "dns",
      "lookup",
      "socket",
      "network",
    ],
    pattern:
      /\bconnection (?:timed out|refused|reset|closed|lost|dropped|failed)\b|\blost connection\b|\bno route to host\b|\b(?:network|host) (?:is )?(?:unreachable|not reachable)\b|\bnetwork error\b|\b(?:could not|unable to|failed to|did not accept our requests to) connect\b|\bDNS (?:error|failure|lookup failed|query failed|timeout)\b|\b(?:name service|name server|host name lookup) (?:error|failure)\b|\btimed out\b|\bsocket error\b/i,
    reason: "networkError",
    source: "Postfix, Sendmail, Exim, nodemailer, Exchange: connection or DNS failure",
  },
  {
    id: "system.error",
    words: [
      "service",
      "temporary",
      "internal",
      "local",
      "system",
      "server",
      "error",
      "unavailable",
      "problem",
    ],
    pattern:
      /\bservice (?:is )?(?:currently |temporarily )?(?:unavailable|not available)\b|\btemporary (?:local )?(?:problem|failure|error)\b|\binternal (?:server )?error\b|\blocal error in processing\b|\b(?:system|server|mailer) (?:error|failure|problem)\b|\bunable to process\b/i,
    weak: true,
    reason: "systemError",
    source: "RFC 5321 421 and 451, Postfix, Exim, Mimecast: the receiving system failed",
  },
];
