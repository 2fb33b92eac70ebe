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
  {
    id: "att.dns-lookup-failure",
    words: ["dns"],
    // AT&T's page: the sending IP has no valid reverse DNS entry, which it must have to send to
    // AT&T's domains; the words alone would read as a failed lookup of the recipient's domain.
    pattern: /\bfailure in DNS look-?up\b/i,
    reason: "requirePTR",
    source:
      "AT&T error message summary: 421-failure in DNS look-up. (the sending IP's reverse DNS lookup failed; it must have a valid reverse DNS entry)",
  },
  {
    id: "att.busy",
    words: ["busy"],
    // AT&T's 450: a sender that connects too often, past the connections it allows one sender
    // (its page for senders), or one that asks for more than the servers have free just now.
    pattern: /\bbusy\s*-{2}\s*please try again later\b/i,
    reason: "tooManyConnections",
    source:
      "AT&T error message summary and its page for senders: 450 busy--Please try again later (the sending system connects too often or asks for more resources than are free)",
  },
  {
    id: "att.ldap-blocklist",
    words: ["ldap"],
    // BellSouth's own blocklist, looked up in its directory (ou=rblmx): a listed sending IP.
    pattern: /\bblocked by ldap:\s*ou=rbl\w*/i,
    reason: "blocked",
    source:
      "AT&T error message summary: 550 <ip> blocked by ldap:ou=rblmx, dc=bellsouth, dc=net (the sending system behaved like a spammer's and was blocked)",
  },
];
