import type { EnhancedReason } from "../code-reasons.js";
import type { Rule } from "./rule.js";

/** Microsoft 365, Outlook.com and Exchange Online: how its servers word their replies. Source: https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online. */
export const microsoftRules: readonly Rule[] = [
  {
    id: "microsoft.recipient-not-found",
    words: ["recipnotfound", "recipientnotfound", "recipientnotfoundexception"],
    pattern: /\bRecip(?:ient)?NotFound\b/i,
    reason: "userUnknown",
    source: "Exchange RESOLVER.ADR.RecipNotFound, 5.1.10 RecipientNotFound",
  },
  {
    id: "microsoft.recipient-not-found-ndr",
    words: ["found"],
    // The NDR's own sentence above the codes: "Your message to ann@contoso.com couldn't be
    // delivered. ann wasn't found at contoso.com."
    pattern: /\bwas(?:n't|n’t| not) found at \S{1,253}/i,
    reason: "userUnknown",
    source:
      "Exchange Online and Outlook.com NDRs for 5.1.1 and 5.1.10 (the recipient wasn't found at the domain)",
  },
  {
    id: "microsoft.directory-edge-blocking",
    words: ["denied"],
    pattern: /\brecipient address rejected: access denied\b/i,
    classes: [5],
    // Postfix words its own access-table refusals the same way, with 5.7.1 (a local policy).
    enhanced: ["X.4.1"],
    reason: "userUnknown",
    source: "Exchange Online 550 5.4.1: directory-based edge blocking, the recipient is not in the tenant",
  },
  {
    id: "microsoft.ip-reputation",
    words: ["reputation"],
    pattern: /\brate limited due to IP reputation\b/i,
    reason: "badReputation",
    source: "Outlook.com 4.7.650",
  },
  {
    id: "microsoft.reputation-rate-limit",
    words: ["reputation"],
    // Outlook.com's later RP texts name their cause: a limit that follows the IP's or domain's
    // reputation is reputation (the README's boundary), one on connections is about connections.
    pattern: /\brate limit related to (?:IP|domain|IP or domain|IP\/domain) reputation\b/i,
    reason: "badReputation",
    source:
      "Outlook.com postmaster, RP-001: the sending IP exceeded a rate limit related to IP or domain reputation",
  },
  {
    id: "microsoft.connection-rate-limit",
    words: ["connection"],
    pattern: /\bconnection-level rate limit\b/i,
    reason: "tooManyConnections",
    source: "Outlook.com postmaster, RP-002: the sending IP exceeded a connection-level rate limit",
  },
  {
    id: "microsoft.rate-limits",
    words: ["rp"],
    // The reply speaks of limits per hour and per day and names no reputation; Microsoft's page
    // adds that the limits follow the IP's reputation, which the words leave out.
    pattern: /\bRP-00\d\b/i,
    reason: "rateLimited",
    source:
      "Outlook.com RP-001 to RP-003 (421 RP-001 ... We have limits for how many messages can be sent per hour and per day)",
  },
  {
    id: "microsoft.complaints-block",
    words: ["sc", "complaints"],
    // Before microsoft.block-list: SC-004 is the one SC code that names complaints as its cause.
    pattern:
      /\bSC-004\b|\bblock has been placed against your IP address because we have received complaints\b/i,
    reason: "badReputation",
    source:
      "Outlook.com (Windows Live Hotmail) SC-004: a block placed against the IP because of complaints about its mail (a reputation, per the core README's boundary)",
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
    words: ["recipsizelimit", "sizelimit", "messagetoolarge", "sendsizelimit"],
    pattern: /\b(?:RecipSizeLimit|SizeLimit|MessageTooLarge|SendSizeLimit)\b/i,
    reason: "messageTooBig",
    source:
      "Exchange RESOLVER.RST.RecipSizeLimit, 5.3.4; Exchange Online 5.2.3 RESOLVER.RST.SendSizeLimit.Org and .Sender (message too large for this organization, for this sender)",
  },
  {
    id: "microsoft.not-authorized",
    words: ["notauthorized", "authrequired"],
    pattern: /\bRESOLVER\.RST\.(?:NotAuthorized|AuthRequired)\b/i,
    reason: "filtered",
    source: "Exchange 5.7.1 RESOLVER.RST: the recipient group accepts only some senders",
  },
  {
    id: "microsoft.no-permission-to-send",
    words: ["permission", "accept"],
    pattern:
      /\bdon'?t have permission to send to (?:it|this (?:recipient|group)|the (?:recipient|group))\b|\badd you to the accept list\b/i,
    reason: "senderRejected",
    source:
      "Exchange Online 5.7.129 and 5.7.133 to 5.7.136 (fix-error-code-550-5-7-1-in-exchange-online): the recipient or group accepts only listed or authenticated senders, worded in the NDR's text for people",
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
  {
    id: "microsoft.outbound-spam",
    words: ["outboundspamexception"],
    pattern: /\bOutboundSpamException\b/i,
    reason: "spamDetected",
    source: "Exchange Online 5.2.0 STOREDRV.Submission: the message was sent as spam",
  },
  {
    id: "microsoft.hourly-receive-limit",
    words: ["receive"],
    pattern: /\bper hour message receive limit\b/i,
    reason: "rateLimited",
    source: "Exchange Online 5.2.121 and 5.2.122: the recipient's hourly receive limits",
  },
  {
    id: "microsoft.queue-quota",
    words: ["queue"],
    pattern: /\bqueue quota exceeded\b/i,
    reason: "rateLimited",
    source: "Exchange Online 4.7.3: the receiving organisation's queue quota",
  },
  {
    id: "microsoft.submission-quota",
    words: ["submission", "thread"],
    pattern: /\bsubmission quota exceeded\b|\b(?:recipient|sender) thread limit exceeded\b/i,
    reason: "rateLimited",
    source:
      "Exchange Online 5.2.2 submission quota, 4.3.2 thread limits (not a full mailbox, whatever X.2.2 says)",
  },
  {
    id: "microsoft.group-restriction",
    words: [
      "sendernotauthenticatedforgroup",
      "sendernotauthenticatedformailbox",
      "sendernotauthenticatedforpublicfolder",
      "sendernotauthenticatedformailuser",
      "restrictedtogrouppermission",
      "restrictedtorecipientspermission",
    ],
    pattern:
      /\bRESOLVER\.RST\.(?:SenderNotAuthenticatedFor(?:Group|Mailbox|PublicFolder|MailUser)|RestrictedTo(?:Group|Recipients)Permission)\b/i,
    reason: "filtered",
    source: "Exchange Online 5.7.124, 5.7.133 to 5.7.136: the recipient accepts only some senders",
  },
  {
    id: "microsoft.spam-abuse",
    words: ["abuse"],
    pattern: /\bAccess denied, spam abuse detected\b/i,
    reason: "senderRejected",
    source:
      "Exchange Online 5.7.501: the sending account has been banned for sending spam (the account, not its IP)",
  },
  {
    id: "microsoft.banned-sender",
    words: ["banned", "outbound"],
    pattern: /\bAccess denied, banned sender\b/i,
    reason: "blocked",
    source: "Exchange Online 5.7.502, 5.7.503, 5.7.511",
  },
  {
    id: "microsoft.authentication-level",
    words: ["level"],
    // Outlook.com's requirement for high-volume senders (SPF, DKIM and DMARC), under 5.7.515 or
    // a shortened code: the message's authentication, whatever the code says.
    pattern: /\bdo(?:es)?(?: not|n't) meet the required authentication level\b/i,
    reason: "authFailure",
    source:
      "Outlook.com NDR 550 5.7.515 (Access denied, sending domain <domain> does not meet the required authentication level), support.microsoft.com: Fix NDR error 550 5.7.515",
  },
  {
    id: "microsoft.bad-outbound-sender",
    words: ["outbound"],
    // 5.1.8: Microsoft 365 stopped the sending account itself from sending (outbound spam), which
    // the core README's boundary files under senderRejected, not a refused IP.
    pattern: /\bAccess denied, bad outbound sender\b/i,
    reason: "senderRejected",
    source:
      "Exchange Online NDR list, 5.1.8 (Access denied, bad outbound sender: the sender's account was blocked for sending spam)",
  },
  {
    id: "microsoft.send-as-denied",
    words: ["sendasdenied", "sendasdeniedexception"],
    pattern: /\bSendAsDenied/i,
    reason: "senderRejected",
    source: "Exchange Online 5.2.252 / 5.2.0 SendAsDenied: the login may not send as this From address",
  },
  {
    id: "microsoft.bad-helo",
    words: ["helo"],
    pattern: /\bAccess denied, bad HELO\b/i,
    reason: "blocked",
    source: "Exchange Online 5.7.506",
  },
  {
    id: "microsoft.rejected-by-recipient",
    words: ["recipient"],
    pattern: /\bAccess denied, rejected by recipient\b/i,
    reason: "blocked",
    source: "Exchange Online 5.7.507: the recipient's organisation blocks the sending IP",
  },
  {
    id: "microsoft.permitted-limits",
    words: ["permitted"],
    pattern: /\bhas exceeded permitted limits\b/i,
    reason: "rateLimited",
    source: "Exchange Online 5.7.508",
  },
  {
    id: "microsoft.no-ipv4",
    words: ["ipv4"],
    pattern: /\bdoes not accept email over IPv4\b/i,
    reason: "policyViolation",
    source: "Exchange Online 5.7.510",
  },
  {
    id: "microsoft.external-forwarding",
    words: ["forwarding"],
    pattern: /\b(?:does not|doesn't) allow external forwarding\b|\bdisabled external forwarding\b/i,
    reason: "policyViolation",
    source:
      "Exchange Online 5.7.520: the sender's organisation's outbound spam policy forbids automatic forwarding out of it (https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding)",
  },
  {
    id: "microsoft.tenant",
    words: ["tenant", "threshold", "unregistered"],
    pattern:
      /\btenant has exceeded threshold\b|\bblocked from sending from unregistered domains?\b|\bTenant Allow Block List\b/i,
    reason: "blocked",
    source: "Exchange Online 5.7.703, 5.7.705, 5.7.750",
  },
  {
    id: "microsoft.size-submission",
    words: ["mapiexceptionmaxsubmissionexceeded", "messagesubmissionexceededexception"],
    pattern: /\bMapiExceptionMaxSubmissionExceeded\b|\bMessageSubmissionExceededException\b/i,
    reason: "messageTooBig",
    source: "Exchange Online STOREDRV.Submission: over the maximum message size",
  },
];

/**
 * Microsoft's own enhanced codes (outside the IANA registry): what they stand for when the text
 * says nothing a rule recognises. Source: the Exchange Online NDR reference.
 */
export const microsoftCodeReasons: readonly EnhancedReason[] = [
  // Single codes first: they sit inside the blocks further down, and the first match wins.
  {
    subject: 1,
    from: 90,
    to: 90,
    reason: "rateLimited",
    source: "Microsoft 365 5.1.90: daily recipient limit",
  },
  {
    subject: 2,
    from: 121,
    to: 122,
    reason: "rateLimited",
    source: "Microsoft 365 5.2.121, 5.2.122: the recipient's hourly receive limits",
  },
  { subject: 3, from: 190, to: 190, reason: "policyViolation", source: "Microsoft 365 5.3.190: journaling" },
  {
    subject: 4,
    from: 14,
    to: 14,
    reason: "networkError",
    source: "Microsoft 365 5.4.14: hop count exceeded",
  },
  {
    subject: 7,
    from: 124,
    to: 124,
    reason: "filtered",
    source: "Microsoft 365 5.7.124: not in the group's allowed senders",
  },
  {
    subject: 7,
    from: 133,
    to: 136,
    reason: "filtered",
    source: "Microsoft 365 5.7.133 to 5.7.136: the recipient accepts authenticated senders only",
  },
  {
    subject: 7,
    from: 504,
    to: 504,
    cls: 5,
    reason: "userUnknown",
    source: "Microsoft 365 5.7.504: recipient address rejected, access denied",
  },
  {
    subject: 7,
    from: 505,
    to: 505,
    cls: 5,
    reason: "filtered",
    source: "Microsoft 365 5.7.505: banned recipient",
  },
  {
    subject: 7,
    from: 508,
    to: 508,
    cls: 5,
    reason: "rateLimited",
    source: "Microsoft 365 5.7.508: permitted limits exceeded",
  },
  { subject: 7, from: 509, to: 509, cls: 5, reason: "authFailure", source: "Microsoft 365 5.7.509: DMARC" },
  {
    subject: 7,
    from: 515,
    to: 515,
    cls: 5,
    reason: "authFailure",
    source: "Outlook.com 5.7.515: the From domain does not meet the required authentication level",
  },
  {
    subject: 7,
    from: 510,
    to: 510,
    cls: 5,
    reason: "policyViolation",
    source: "Microsoft 365 5.7.510: no IPv4",
  },
  {
    subject: 7,
    from: 520,
    to: 520,
    cls: 5,
    reason: "policyViolation",
    source: "Microsoft 365 5.7.520: external forwarding not allowed by the sender's organisation",
  },
  {
    subject: 7,
    from: 650,
    to: 650,
    cls: 4,
    reason: "badReputation",
    source: "Microsoft 365 4.7.650: IP reputation",
  },
  {
    subject: 1,
    from: 351,
    to: 351,
    reason: "userUnknown",
    source: "Microsoft 365 5.1.351: recipient not found",
  },
  { subject: 4, from: 300, to: 300, reason: "expired", source: "Microsoft 365 5.4.300: message expired" },
  {
    subject: 4,
    from: 310,
    to: 310,
    reason: "hostUnknown",
    source: "Microsoft 365 5.4.310: DNS domain does not exist",
  },
  {
    subject: 4,
    from: 312,
    to: 312,
    reason: "networkError",
    source: "Microsoft 365 X.4.312: DNS query failed",
  },
  {
    subject: 4,
    from: 316,
    to: 316,
    reason: "networkError",
    source: "Microsoft 365 X.4.316: connection refused",
  },
  { subject: 6, from: 11, to: 11, reason: "contentError", source: "Microsoft 365 5.6.11: bare line feeds" },
  {
    subject: 7,
    from: 57,
    to: 57,
    reason: "authRequired",
    source: "Microsoft 365 5.7.57: client not authenticated",
  },
  {
    subject: 7,
    from: 60,
    to: 60,
    reason: "senderRejected",
    source: "Microsoft 365 5.7.60: no permission to send as sender",
  },
  {
    subject: 7,
    from: 64,
    to: 64,
    reason: "relayDenied",
    source: "Microsoft 365 5.7.64: relay access denied",
  },
  {
    subject: 7,
    from: 68,
    to: 68,
    reason: "senderRejected",
    source:
      "Exchange Online 5.7.68 TenantInboundAttribution; Direct Send not allowed (Set-OrganizationConfig -RejectDirectSend: anonymous mail from the organisation's own domain, through no inbound connector)",
  },
  {
    subject: 7,
    from: 500,
    to: 699,
    cls: 4,
    reason: "rateLimited",
    source: "Microsoft 365 4.7.500 to 4.7.699: server busy, access denied for now",
  },
  {
    subject: 7,
    from: 501,
    to: 511,
    cls: 5,
    reason: "blocked",
    source: "Microsoft 365 5.7.501 to 5.7.511: banned sender",
  },
  {
    subject: 7,
    from: 512,
    to: 512,
    cls: 5,
    reason: "contentError",
    source: "Microsoft 365 5.7.512: not RFC 5322",
  },
  {
    subject: 7,
    from: 513,
    to: 513,
    cls: 5,
    reason: "blocked",
    source: "Microsoft 365 5.7.513: customer block list",
  },
  {
    subject: 7,
    from: 606,
    to: 649,
    reason: "blocked",
    source: "Microsoft 365 5.7.606 to 5.7.649: banned sending IP",
  },
  { subject: 7, from: 700, to: 750, reason: "blocked", source: "Microsoft 365 5.7.7xx: tenant blocked" },
];
