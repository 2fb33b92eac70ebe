import type { Rule } from "./rule.js";

/** Exchange Server (on-premises): how its servers word their replies. Source: https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages. */
export const exchangeRules: readonly Rule[] = [
  {
    id: "exchange.ex-recip-not-found",
    words: ["exrecipnotfound"],
    pattern: /\bExRecipNotFound\b/i,
    reason: "userUnknown",
    source: "Exchange 550 5.1.1 RESOLVER.ADR.ExRecipNotFound",
  },
  {
    id: "exchange.nonexistent-domain",
    words: ["nonexistentdomain"],
    pattern: /\bNonExistentDomain\b/i,
    reason: "hostUnknown",
    source: "Exchange 554 5.4.4 SMTPSEND.DNS.NonExistentDomain",
  },
  {
    id: "exchange.conversion-failed",
    words: ["conversionfailedpermanentexception"],
    pattern: /\bConversionFailedPermanentException\b/i,
    reason: "contentError",
    source: "Exchange 554 5.6.0 STOREDRV.Deliver ConversionFailedPermanentException",
  },
];
