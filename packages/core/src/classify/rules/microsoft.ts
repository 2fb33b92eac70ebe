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
];

/**
 * Microsoft's own enhanced codes (outside the IANA registry): what they stand for when the text
 * says nothing a rule recognises. Source: the Exchange Online NDR reference.
 */
export const microsoftCodeReasons: readonly EnhancedReason[] = [
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
    from: 500,
    to: 599,
    cls: 4,
    reason: "rateLimited",
    source: "Microsoft 365 4.7.5xx: server busy",
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
  {
    subject: 7,
    from: 650,
    to: 650,
    cls: 4,
    reason: "badReputation",
    source: "Microsoft 365 4.7.650: IP reputation",
  },
  { subject: 7, from: 700, to: 750, reason: "blocked", source: "Microsoft 365 5.7.7xx: tenant blocked" },
];
