import type { Rule } from "./rule.js";

/** Proximus (Belgium): how its servers word their replies. Source: https://www.proximus.be/support/en/id_sfaqs_mail_blacklist/self-employed-and-small-companies/support/internet/e-mails/problems-with-your-mailbox/your-ip-address-is-in-our-blacklist.html. */
export const proximusRules: readonly Rule[] = [
  {
    id: "proximus.blacklist",
    words: ["investigation"],
    // Proximus's page: the sender's IP address, domain or mail server is on its own blacklist
    // after spam came from it. The spam is why it was listed; the listing is what refuses it.
    pattern: /\bUnder investigation for spam abuse\b/i,
    reason: "blocked",
    source:
      "Proximus 554 Access denied - Under investigation for spam abuse: the sender is on Proximus's blacklist (Your IP address is in our blacklist)",
  },
];
