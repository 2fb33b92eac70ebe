import type { Rule } from "./rule.js";

/**
 * Rackspace Email (emailsrvr.com): its replies end in a G tag. Source: Rackspace support,
 * Common email bounce messages (https://docs.rackspace.com/docs/common-email-bounces).
 */
export const rackspaceRules: readonly Rule[] = [
  {
    id: "rackspace.recipient-refused-by-external-server",
    words: ["g7"],
    // Split domain routing: Rackspace checks the address with the domain's other mail server
    // first, and G7 is that server refusing it for good; the page's fix is to check the address.
    pattern: /\brefused to accept your message \(G7\)/i,
    reason: "userUnknown",
    source:
      "Rackspace 550 5.7.1 <a@b>: The recipient's server refused to accept your message (G7): the address, hosted on the external server of a split domain, permanently fails",
  },
];
