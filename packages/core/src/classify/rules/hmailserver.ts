import type { Rule } from "./rule.js";

/** hMailServer: how its servers word their replies. Source: https://github.com/hmailserver/hmailserver. */
export const hmailserverRules: readonly Rule[] = [
  {
    id: "hmailserver.not-in-route-list",
    words: ["route"],
    pattern: /\bRecipient not in route list\b/i,
    reason: "userUnknown",
    source:
      "hMailServer: the domain has a route that delivers to listed addresses only, and this one is not listed (sent with 421 by older versions, https://github.com/hmailserver/hmailserver/issues/21)",
  },
];
