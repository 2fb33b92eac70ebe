import type { EnhancedReason } from "../code-reasons.js";
import { amazonSesRules } from "./amazon-ses.js";
import { appleRules } from "./apple.js";
import { attRules } from "./att.js";
import { barracudaRules } from "./barracuda.js";
import { blocklistsRules } from "./blocklists.js";
import { btRules } from "./bt.js";
import { charterRules } from "./charter.js";
import { ciscoRules } from "./cisco.js";
import { comcastRules } from "./comcast.js";
import { coxRules } from "./cox.js";
import { domainRules } from "./domain.js";
import { dominoRules } from "./domino.js";
import { exchangeRules } from "./exchange.js";
import { eximRules } from "./exim.js";
import { expiryRules } from "./expiry.js";
import { facebookRules } from "./facebook.js";
import { fastmailRules } from "./fastmail.js";
import { gandiRules } from "./gandi.js";
import { gmailRules } from "./gmail.js";
import { gmxWebdeRules } from "./gmx-webde.js";
import { godaddyRules } from "./godaddy.js";
import { greylistingRules } from "./greylisting.js";
import { harakaRules } from "./haraka.js";
import { hmailserverRules } from "./hmailserver.js";
import { localDeliveryRules } from "./local-delivery.js";
import { mailComRules } from "./mail-com.js";
import { mailboxRules } from "./mailbox.js";
import { mailchannelsRules } from "./mailchannels.js";
import { mailgunRules } from "./mailgun.js";
import { mailrouteRules } from "./mailroute.js";
import { mailruRules } from "./mailru.js";
import { malwareRules } from "./malware.js";
import { messageFormatRules } from "./message-format.js";
import { microsoftCodeReasons, microsoftRules } from "./microsoft.js";
import { mimecastRules } from "./mimecast.js";
import { momentumRules } from "./momentum.js";
import { neteaseRules } from "./netease.js";
import { networkRules, routingLoopRules } from "./network.js";
import { orangeRules } from "./orange.js";
import { paranRules } from "./paran.js";
import { policyRules } from "./policy.js";
import { postfixRules } from "./postfix.js";
import { proofpointRules } from "./proofpoint.js";
import { protocolRules, protocolViolationRules } from "./protocol.js";
import { proximusRules } from "./proximus.js";
import { qmailRules } from "./qmail.js";
import { qqRules } from "./qq.js";
import { rackspaceRules } from "./rackspace.js";
import { ramblerRules } from "./rambler.js";
import { rateLimitsRules } from "./rate-limits.js";
import { recipientFiltersRules, recipientListsRules } from "./recipient-filters.js";
import { relayRules } from "./relay.js";
import { reputationLedGreylistingRules, reputationRules } from "./reputation.js";
import { reverseDnsRules } from "./reverse-dns.js";
import type { Rule } from "./rule.js";
import { senderRules } from "./sender.js";
import { senderAuthenticationRules } from "./sender-authentication.js";
import { sendgridRules } from "./sendgrid.js";
import { sendmailRules } from "./sendmail.js";
import { seznamRules } from "./seznam.js";
import { sizeLimitsRules } from "./size-limits.js";
import { smtpAuthRules } from "./smtp-auth.js";
import { sophosRules } from "./sophos.js";
import { spamRules } from "./spam.js";
import { spamLinksRules } from "./spam-links.js";
import { sparkpostRules } from "./sparkpost.js";
import { statusTextRules } from "./status-texts.js";
import { storageRules } from "./storage.js";
import { stratoRules } from "./strato.js";
import { symantecRules } from "./symantec.js";
import { systemErrorsRules } from "./system-errors.js";
import { tOnlineRules } from "./t-online.js";
import { tlsRules } from "./tls.js";
import { trendMicroRules } from "./trend-micro.js";
import { unknownRecipientRules } from "./unknown-recipient.js";
import { yahooAolRules } from "./yahoo-aol.js";
import { yandexRules } from "./yandex.js";
import { zohoRules } from "./zoho.js";

export type { Rule } from "./rule.js";

/**
 * The rule table, in the order it is tried: the first rule that decides wins. One provider's or
 * MTA's own tags and phrasings come first, then the reason families' generic phrasings, from
 * the most specific (greylisting, rate limits, authentication) to the most generic (policy,
 * system errors). A family placed before another outranks it where both match: the comments say
 * why where the order matters.
 */
export const rules: readonly Rule[] = [
  // Providers and MTAs: their own tags and wordings.
  ...gmailRules,
  ...microsoftRules,
  ...yahooAolRules,
  ...tOnlineRules,
  ...gmxWebdeRules,
  ...comcastRules,
  ...coxRules,
  ...charterRules,
  ...qqRules,
  ...neteaseRules,
  ...facebookRules,
  ...appleRules,
  ...mimecastRules,
  ...dominoRules,
  ...qmailRules,
  ...zohoRules,
  ...mailruRules,
  ...yandexRules,
  ...ramblerRules,
  ...orangeRules,
  ...proofpointRules,
  ...barracudaRules,
  ...ciscoRules,
  ...sophosRules,
  ...trendMicroRules,
  ...amazonSesRules,
  ...mailchannelsRules,
  ...mailrouteRules,
  ...gandiRules,
  ...symantecRules,
  ...sparkpostRules,
  ...sendgridRules,
  ...mailgunRules,
  ...fastmailRules,
  ...godaddyRules,
  ...attRules,
  ...rackspaceRules,
  ...paranRules,
  // European mailbox providers, ISPs and hosts, read from their own pages.
  ...mailComRules,
  ...stratoRules,
  ...seznamRules,
  ...proximusRules,
  ...btRules,
  // MTAs: the texts of mail servers, the sending one included (code-less, in its logs and DSNs).
  ...exchangeRules,
  ...postfixRules,
  ...eximRules,
  ...harakaRules,
  ...sendmailRules,
  ...hmailserverRules,
  ...momentumRules,
  // Reason families: generic phrasings many servers share.
  // A reputation that greylisting names as its cause before the greylisting family.
  ...reputationLedGreylistingRules,
  ...greylistingRules,
  // Reputation before rate limits: a receiver that throttles because of the sender's reputation
  // or complaints ("Throttled - Too much spam from your mail server") names a reputation, and the
  // documented boundary (core README) files that under badReputation, not rateLimited.
  ...reputationRules,
  ...rateLimitsRules,
  ...senderAuthenticationRules,
  ...tlsRules,
  ...relayRules,
  ...smtpAuthRules,
  ...reverseDnsRules,
  ...malwareRules,
  ...spamLinksRules,
  // The recipient's own lists and spam settings before the blocklist and spam families, whose
  // words ("block list", "spam filter") they share.
  ...recipientListsRules,
  // Blocklists after reputation (above): "has a poor reputation on Cloudmark" names a reputation
  // service, and a blocklist's name in it should not make it a listing.
  ...blocklistsRules,
  // A format fault before the spam family: "not RFC 5322 compliant ... to reduce the amount of
  // spam" names the fault to fix; the spam is why the receiver enforces the format.
  ...messageFormatRules,
  ...spamRules,
  ...recipientFiltersRules,
  ...senderRules,
  // A loop before the mailbox, unknown-recipient and size families, whose words its report holds.
  ...routingLoopRules,
  ...mailboxRules,
  // After the mailbox's state: "procmail: Quota exceeded" is a full mailbox, not a failed program.
  ...localDeliveryRules,
  ...unknownRecipientRules,
  ...domainRules,
  ...sizeLimitsRules,
  // A protocol violation under an X.5.x code before the policy family, which reads a bare one.
  ...protocolViolationRules,
  ...policyRules,
  ...protocolRules,
  ...storageRules,
  ...expiryRules,
  ...networkRules,
  // RFC 3463's own descriptions of its codes, echoed without the code: after every family.
  ...statusTextRules,
  ...systemErrorsRules,
];

/** Providers' own enhanced codes, tried after the registry's: each provider's list lives beside its rules. */
export const vendorEnhancedReasons: readonly EnhancedReason[] = [...microsoftCodeReasons];
