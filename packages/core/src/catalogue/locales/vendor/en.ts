import type { VendorCodeKey } from "../../vendor-codes.js";
import type { EntryTexts } from "../locale-texts.js";

/** English texts of the providers' own codes (`vendor-codes.ts`), in the order of the data. */
export const vendorEn: Readonly<Record<VendorCodeKey, EntryTexts>> = {
  "5.1.90": {
    title: "Daily recipient limit reached",
    explanation: "The sending Microsoft 365 mailbox has reached its daily limit of recipients.",
    advice: "Wait for the limit to reset (24 hours) or spread the sending over several days.",
  },
  "5.1.351": {
    title: "Recipient address rejected",
    explanation:
      "Microsoft 365 refused the recipient address: no such recipient in the receiving organisation.",
    advice: "Check the address; stop mailing it if it is unknown.",
  },
  "5.2.121": {
    title: "Hourly limit per sender reached at the recipient",
    explanation:
      "The recipient's mailbox accepts only so many messages an hour from one sender, and this sender has reached it.",
    advice: "Send to this recipient less often; retry after an hour.",
  },
  "5.2.122": {
    title: "Hourly receive limit of the recipient reached",
    explanation: "The recipient's mailbox has received more messages this hour than it accepts.",
    advice: "Retry after an hour.",
  },
  "5.3.190": {
    title: "Journaling not supported",
    explanation:
      "Microsoft 365 does not accept on-premises journal messages while journal archiving is turned off.",
    advice: "The sender's administrator turns on journal archiving or stops journaling to Microsoft 365.",
  },
  "5.4.14": {
    title: "Routing loop (hop count exceeded)",
    explanation: "The message passed through too many servers and was stopped as a likely mail loop.",
    advice:
      "The administrators of the receiving domain fix the forwarding or connectors that send it in a circle.",
  },
  "5.4.300": {
    title: "Message expired",
    explanation: "Microsoft 365 could not deliver the message before it expired in the queue.",
    advice: "Check that the receiving servers accept mail, then send again.",
  },
  "5.4.310": {
    title: "Domain does not exist in DNS",
    explanation: "The recipient's domain does not exist in DNS.",
    advice: "Correct the recipient's domain; a typo is the usual cause.",
  },
  "4.4.312": {
    title: "DNS query failed",
    explanation: "Looking up the recipient domain's mail servers failed for now.",
    advice: "Wait; the message is retried. The domain's administrators check their DNS servers.",
  },
  "5.4.312": {
    title: "DNS query failed",
    explanation: "Looking up the recipient domain's mail servers kept failing until Microsoft 365 gave up.",
    advice: "The domain's administrators fix their DNS; then send again.",
  },
  "4.4.316": {
    title: "Connection refused",
    explanation: "The recipient's mail server refused the connection from Microsoft 365 for now.",
    advice: "Wait; the message is retried. The receiving side checks its server and firewall.",
  },
  "5.4.316": {
    title: "Message expired, connection refused",
    explanation: "The recipient's mail server refused every connection until the message expired.",
    advice: "The receiving side fixes its server; then send again.",
  },
  "5.6.11": {
    title: "Bare line feeds",
    explanation:
      "The message contains line feeds without carriage returns, which SMTP forbids (RFC 5321 section 2.3.8).",
    advice: "Send lines ending in CR LF; fix the program that builds the message.",
  },
  "5.7.57": {
    title: "Anonymous mail not allowed",
    explanation:
      "The client did not authenticate before MAIL FROM, and Microsoft 365 does not relay anonymous mail.",
    advice: "Configure the sending program to log in (SMTP AUTH) on port 587.",
  },
  "5.7.60": {
    title: "No permission to send as this sender",
    explanation: "The logged-in account may not send with this From address.",
    advice: "Give the account Send As rights for the address, or send from the account's own address.",
  },
  "5.7.68": {
    title: "Direct Send not allowed",
    explanation:
      "Exchange Online refused an anonymous message from one of the organisation's own domains: the organisation blocks Direct Send, and the sending server matches none of its inbound connectors.",
    advice:
      "Send through an authenticated connection (SMTP AUTH) or an inbound connector for the sending server, or have the administrator allow Direct Send again.",
  },
  "5.7.64": {
    title: "Relay access denied (tenant attribution)",
    explanation:
      "Microsoft 365 could not attribute the relayed mail to a tenant: no connector matches the sending server.",
    advice:
      "The sender's administrator sets up an inbound connector for the relaying server (by IP address or certificate).",
  },
  "5.7.124": {
    title: "Sender not in the allowed-senders list",
    explanation:
      "The recipient group accepts mail only from listed senders, and this sender is not on the list.",
    advice: "Ask the group's owner to allow the sender.",
  },
  "5.7.133": {
    title: "Sender not authenticated for the group",
    explanation: "The recipient group accepts mail only from authenticated (internal) senders.",
    advice: "Ask the group's owner to accept external senders, or send from an internal account.",
  },
  "5.7.134": {
    title: "Sender not authenticated for the mailbox",
    explanation: "The recipient mailbox accepts mail only from authenticated (internal) senders.",
    advice: "Ask the recipient's administrator to accept external senders.",
  },
  "5.7.135": {
    title: "Sender not authenticated for the public folder",
    explanation: "The recipient public folder accepts mail only from authenticated (internal) senders.",
    advice: "Ask the folder's owner to accept external senders.",
  },
  "5.7.136": {
    title: "Sender not authenticated for the mail user",
    explanation: "The recipient mail user accepts mail only from authenticated (internal) senders.",
    advice: "Ask the recipient's administrator to accept external senders.",
  },
  "4.7.500": {
    title: "Server busy, access denied for now",
    explanation:
      "Microsoft 365 or Outlook.com defers mail from the sending IP address for now (4.7.500 to 4.7.699), often during a rise in volume.",
    advice: "Retry later and send at an even pace; if it lasts, check the sending IP's reputation.",
  },
  "5.7.501": {
    title: "Spam abuse detected",
    explanation: "Microsoft 365 blocked the sending account after spam was sent from it.",
    advice: "The sender's administrator secures the account and asks Microsoft to lift the block.",
  },
  "5.7.502": {
    title: "Banned sender",
    explanation: "Microsoft 365 refuses mail from this sender, which it has banned.",
    advice: "The sender's administrator finds out why (spam from the account) and asks for removal.",
  },
  "5.7.504": {
    title: "Recipient address rejected: access denied",
    explanation:
      "The receiving organisation refused the recipient address, usually because no such recipient exists (directory-based edge blocking).",
    advice: "Check the address; stop mailing it if it is unknown.",
  },
  "5.7.505": {
    title: "Banned recipient",
    explanation: "Microsoft 365 refuses mail to this recipient.",
    advice: "Stop mailing this recipient; ask its administrator if it should receive mail.",
  },
  "5.7.506": {
    title: "Bad HELO",
    explanation: "The sending server introduced itself with a HELO or EHLO name that Microsoft 365 refuses.",
    advice: "Make the sending server greet with its own fully qualified host name.",
  },
  "5.7.507": {
    title: "Rejected by the recipient",
    explanation: "The recipient's organisation has blocked the sending IP address.",
    advice: "Ask the recipient's administrator to allow the sending IP address.",
  },
  "5.7.508": {
    title: "Permitted limits exceeded",
    explanation:
      "The sending IP address has exceeded the limits Microsoft 365 permits, and its mail is refused.",
    advice: "Send less, at an even pace, and check the IP's reputation before trying again.",
  },
  "5.7.509": {
    title: "DMARC verification failed",
    explanation: "The sending domain publishes a DMARC policy of reject, and the message did not pass DMARC.",
    advice: "Align SPF or DKIM with the From domain and sign the mail with DKIM.",
  },
  "5.7.510": {
    title: "No mail over IPv4",
    explanation: "The receiving domain does not accept mail over IPv4.",
    advice: "Send over IPv6 (with a valid reverse DNS entry, SPF and DKIM).",
  },
  "5.7.511": {
    title: "Banned sender",
    explanation: "Microsoft 365 has banned the sending IP address or domain.",
    advice: "Request removal through Microsoft's delist procedure after fixing the cause.",
  },
  "5.7.512": {
    title: "Message not RFC 5322 compliant",
    explanation:
      "The message lacks a valid From header (RFC 5322 section 3.6.2), so Microsoft 365 refuses it.",
    advice: "Send every message with exactly one well-formed From header.",
  },
  "5.7.513": {
    title: "Blocked by the recipient's customer block list",
    explanation: "The recipient's organisation has put the sending IP address on its own block list.",
    advice: "Ask the recipient's administrator to remove the IP address from the list.",
  },
  "5.7.515": {
    title: "Sending domain not authenticated enough",
    explanation:
      "Outlook.com refuses mail whose From domain does not pass the authentication it requires of high-volume senders: SPF and DKIM passing, a DMARC record published, and DMARC passing.",
    advice:
      "Publish SPF, DKIM and a DMARC record for the From domain and make the mail align with it; the NDR's Spf=, Dkim= and DMARC= results show which failed.",
  },
  "5.7.520": {
    title: "External forwarding not allowed",
    explanation:
      "The recipient's mailbox forwards automatically to an outside address, and its Microsoft 365 organisation's outbound spam policy does not allow that.",
    advice:
      "Ask the recipient to remove the forwarding, or their administrator to allow external forwarding.",
  },
  "5.7.606": {
    title: "Banned sending IP",
    explanation: "Microsoft 365 or Outlook.com has banned the sending IP address (5.7.606 to 5.7.649).",
    advice: "Request delisting through the Office 365 delist portal after fixing the cause.",
  },
  "4.7.650": {
    title: "Rate limited for IP reputation",
    explanation: "Outlook.com temporarily limits mail from the sending IP address because of its reputation.",
    advice: "Send less and more evenly, improve the IP's reputation, and retry later.",
  },
  "5.7.703": {
    title: "Blocked by the tenant allow/block list",
    explanation:
      "The sender's own organisation blocks mail to this recipient or domain in its tenant allow/block list.",
    advice: "Only an administrator of the sending organisation can change the list.",
  },
  "5.7.705": {
    title: "Tenant has exceeded its threshold",
    explanation:
      "Microsoft 365 blocked the sending organisation's outgoing mail after too much spam or bulk mail.",
    advice:
      "The sender's administrator removes the cause (a compromised account or server) and asks Microsoft support to lift the block.",
  },
  "5.7.708": {
    title: "Traffic not accepted from this IP",
    explanation:
      "Microsoft 365 does not accept mail from the sending IP address, usually one of low reputation (often a new tenant's).",
    advice:
      "Send through an IP address of good reputation, or ask Microsoft support to lift the restriction.",
  },
  "5.7.750": {
    title: "Sending from unregistered domains blocked",
    explanation:
      "The sending Microsoft 365 organisation sent mail from domains it has not registered (accepted domains), and is blocked from doing so.",
    advice:
      "The sender's administrator adds and verifies the domains as accepted domains, or stops sending from them.",
  },
};
