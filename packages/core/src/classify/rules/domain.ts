import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, unknown or mail-refusing domains, shared by many servers (RFC 7505, RFC 5321). */
export const domainRules: readonly Rule[] = [
  {
    id: "dns.try-again",
    words: ["again"],
    pattern: /\bnot found, try again\b/i,
    reason: "networkError",
    source: "Postfix: the resolver's TRY_AGAIN, a temporary DNS failure",
  },
  {
    id: "dns.temporary-failure",
    words: ["dns", "resolving", "resolution", "lookup"],
    // A temporary reply about DNS itself failing is a lookup that may work next time (README:
    // DNS failing is a networkError); a domain that does not exist is hostUnknown below. Not
    // Postfix's "Temporary lookup failure", which is one of its own tables failing (systemError),
    // nor a bare "DNS error", which servers also print for names that do not exist. Only the 4xx
    // wordings sit here, before domain.unknown; network.connection keeps the wordings any class
    // may carry ("DNS lookup failed", "DNS timeout").
    pattern:
      /\bDNS (?:resolving|resolution|server) (?:error|failure|failed|timeout|timed out|problem)\b|\bDNS (?:lookup|query) (?:timeout|timed out)\b|\btemporary (?:DNS|name resolution) (?:failure|error)\b/i,
    classes: [4],
    reason: "networkError",
    source:
      "RFC 1035 SERVFAIL and timeouts, reported as 451 4.4.0 DNS ... error or 451 4.4.3 temporary lookup failure by receivers that could not resolve a name for now",
  },
  {
    id: "domain.null-mx",
    words: ["mx", "accept", "accepts", "receive", "accepting", "nullmx"],
    pattern:
      /\bnull ?MX\b|\b(?:host|domain)(?:\/domain)?(?: \S+)? does not accept (?:any )?mail\b|\bdomain (?:is )?not in use and does not accept (?:any )?mail\b|\bdoes(?: not|n't) receive e-?mail\b|\bno MX (?:record|host)s?\b|\bnot accepting (?:any )?mail\b|\baccepts no mail\b/i,
    reason: "notAccept",
    source: "RFC 7505 null MX, RFC 7504 521 and 556, Gmail DNS errors",
  },
  {
    id: "domain.unknown",
    words: [
      "host",
      "domain",
      "unrouteable",
      "unroutable",
      "nxdomain",
      "name",
      "reachable",
      "exist",
      "reserved",
      "未找到主機或網域名稱",
      "未找到主机或域名",
    ],
    pattern:
      /\bhost (?:or domain name )?(?:not found|unknown)\b|\bunknown host\b|\bdomain (?:name )?(?:not found|does(?: not|n't) exist|unknown|not reachable|is not reachable)\b|\bunroute?able (?:address|domain)\b|\bno such domain\b|\bNXDOMAIN\b|\breserved by RFC ?2606\b|\billegal host\/domain\b|\bcouldn't find any host named\b|\bname or service not known\b|未找到主機或網域名稱|未找到主机或域名|(?<![@\w.-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6} does not exist\b/i,
    reason: "hostUnknown",
    source:
      "Sendmail, Exim, qmail, Postfix, Microsoft 5.4.310: the domain does not exist; glibc's getaddrinfo EAI_NONAME (Name or service not known), as gateways that could not resolve the recipient's domain report it; Postfix's Host or domain name not found in Chinese-localised bounces (未找到主機或網域名稱, 未找到主机或域名)",
  },
];
