import type { Rule } from "./rule.js";

/**
 * AT&T (att.net, BellSouth, SBCGlobal): how its servers word their replies. Source: AT&T
 * Mailblock inquiry, Error Message Summary (worldnet.att.net/general-info/bls_info/block_enduser.html).
 */
export const attRules: readonly Rule[] = [
  {
    id: "att.unauthorized-interface",
    words: ["interface"],
    // The sending IP is no recognised source of mail (AT&T asks correspondents to send through
    // an ISP's or host's registered servers): the client is refused, as a dynamic IP would be.
    pattern: /\bunauthori[sz]ed interface for\b/i,
    reason: "blocked",
    source:
      "AT&T 550 unauthorized interface for <IP>: the sending system is not recognized as a valid source of e-mail",
  },
];
