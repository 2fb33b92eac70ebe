import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, IP blocklists and refused clients, shared by many servers (DNSBLs, Postfix client restrictions). */
export const blocklistsRules: readonly Rule[] = [
  {
    id: "blocked.sender-address-listed",
    words: ["sender", "domain"],
    // First of the family: a listing of the sender's domain is the sender's refusal (core README's
    // blocked/senderRejected boundary), whichever list is named after it.
    pattern:
      /\bsender address \S{1,254} blocked using\b|\b(?:MailFrom|mail from|sender|envelope sender) domain (?:is )?(?:listed|blacklisted|blocklisted)\b/i,
    reason: "senderRejected",
    source:
      "Postfix reject_rhsbl_sender: the sender's domain is on a domain list (the IP is not what is refused); Exchange Online Protection (550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus)",
  },
  {
    id: "blocked.blocklist",
    words: [
      "spamhaus",
      "spamcop",
      "sorbs",
      "ordb",
      "barracuda",
      "barracudacentral",
      "uceprotect",
      "abuseat",
      "cbl",
      "psbl",
      "dnsbl",
      "dnsbls",
      "rbl",
      "rbls",
      "blocklist",
      "blacklist",
      "blocklisted",
      "blacklisted",
      "blocklists",
      "blacklists",
      "listed",
      "cloudmark",
      "proofpoint",
      "senderbase",
      "sbrs",
      "ipcheck",
      "mailspike",
      "black",
      "block",
      "ers",
    ],
    pattern:
      /\b(?:spamhaus|spamcop|sorbs|ordb|barracuda(?:central)?|uceprotect|abuseat|cbl|psbl|dnsbls?|rbls?|cloudmark|senderbase|SBRS|ipcheck\.proofpoint|mailspike)\b|\b(?:black|block) ?list(?:ed|s)?\b|\blisted (?:at|on|in|by) \S|\bERS-(?:DUL|QIL|RBL)\b|\bdns_rbl\b/i,
    reason: "blocked",
    source:
      "Spamhaus, SpamCop, SORBS, ORDB (the Open Relay Database, closed 2006; old filters still name it), Barracuda, Cloudmark, Proofpoint, Mailspike (550 5.7.1 H:M11 [ip] Connection refused due to abuse, see mailspike.org/iplookup), Cisco, Trend Micro Email Reputation Services lists (ERS-DUL dynamic user list, ERS-QIL, ERS-RBL): blocklisted IP",
  },
  {
    id: "blocked.client-host",
    words: [
      "client",
      "host",
      "ip",
      "blocked",
      "banned",
      "bloquee",
      "bloquée",
      "bloqueada",
      "gesperrt",
      "relay",
      "open",
      "dynamic",
      "exchanger",
      "directly",
      "deferred",
      "connections",
      "from",
    ],
    pattern:
      /\bclient host (?:\[[^\][ ]{1,60}\] )?(?:rejected|blocked|refused)\b|\b(?:blocked|deferred) using\b|\b(?:banned|blocked) (?:sending )?IP\b|\badresse IP (?:source )?bloqu|\bIP[- ]Adresse\s+(?:\S+\s+){0,5}gesperrt\b|\bdynamic (?:IP|address)|\bresidential IP\b|\bmay not be mail exchanger\b|\b(?:which )?is an open relay\b|\binvalid IP\b|\bnot authorized to send (?:e-?mail )?directly\b|\bnot accepted from this IP\b|\bconnections (?:will )?not (?:be )?accepted from\b|\b(?:mail|e-?mail|message|connection)s? from \[?(?:\d{1,3}\.){3}\d{1,3}\]? (?:was|were|is|are|has been) (?:rejected|refused|blocked|denied)\b/i,
    reason: "blocked",
    source:
      "Postfix client restrictions, Orange, Sendmail, Outlook.com, Cisco: client IP refused; Trend Micro Email Reputation Services' dynamic list (Mail from <IP> deferred using Trend Micro Email Reputation database)",
  },
  {
    id: "blocked.bad-ip",
    words: ["ip", "connect", "blocked"],
    pattern:
      /\bbad IP\b|\bIP block\b|\bnot allowed to connect\b|\bno access for (?:this|your) IP\b|\byour IP(?: address)?(?: ?\([^)\n]{0,45}\))? is (?:filtered|blocked)\b|\bmust register your IP\b|[<[]\d{1,3}(?:\.\d{1,3}){3}\.?[>\]] is blocked\b/i,
    reason: "blocked",
    source:
      "ZoneMTA's list of blocklist replies (Rejected because Bad IP), Exchange Online's outbound Decision Engine (rejected because of IP Block), servers that refuse the client outright (You are not allowed to connect; Sorry, no access for this ip); Korean portals (Hanafos, Naver: 421 4.3.2 Your IP(<ip>) is filtered ... You must register your IP, which their pages explain as a sending IP filtered as a spammer's until it is registered); AT&T's error message summary (521 <ip> is blocked: the sending system is a known source of spam)",
  },
  {
    id: "blocked.ip-refused",
    words: ["ip", "ips", "host", "client"],
    pattern:
      /\b(?:IPs?|host|client)\s+(?:\S+\s+){0,6}(?:blocked|banned|blacklisted|not allowed to send|rejected)\b/i,
    reason: "blocked",
    source: "Orange, Outlook.com, Cisco: the client IP is named, then refused",
  },
  {
    id: "blocked.access-refused",
    words: ["denial", "access", "suspicious", "banned"],
    // After the reputation rules: "rejected due to the sending MTA's poor reputation" stays a reputation.
    pattern:
      /\bdenial of connection\b|\byour access to (?:submit messages to )?this (?:e-?mail|mail) system has been rejected\b|\bsuspicious activity from your IP\b|\bsender \S+ is banned\b/i,
    reason: "blocked",
    source:
      "Trend Micro Deep Discovery Email Inspector (Temporary/Permanent denial of connection for Zombie/RBL+ matches (ERS)), Cisco AsyncOS (Your access to this mail system has been rejected; Automated block triggered by suspicious activity from your IP address), Baruwa (The sender ... is banned)",
  },
  {
    id: "blocked.helo",
    words: ["helo", "ehlo", "name"],
    pattern:
      /\b(?:HELO|EHLO) command rejected\b|\b(?:HELO|EHLO) (?:host ?)?name (?:is )?(?:invalid|not valid|rejected|bogus|forged)\b|\bmy name was rejected\b|\b(?:invalid|bad|bogus|forged) (?:HELO|EHLO)(?: name)?\b|\bwhen saying (?:HELO|EHLO)\b/i,
    reason: "blocked",
    source:
      "Postfix reject_*_helo_hostname, qmail: the client's HELO name is refused; receivers that ask for the real host name (Please use your real hostname when saying HELO)",
  },
  {
    id: "blocked.bare-refusal",
    words: ["refused", "blocked"],
    // A server that answers with a failure code and only these words refuses this client: a
    // connection that really failed has no reply to carry a code (network.unreachable reads
    // the sending MTA's own "connect to ...: Connection refused"), and a bare "Blocked" names
    // nothing else that could be.
    pattern: /^(?:connection refused|blocked)\.?$/i,
    classes: [5],
    reason: "blocked",
    source:
      "RFC 5321 4.2.2 (a 5xx reply is the server's own refusal), receivers and filtering gateways that answer 550 5.7.1 Connection refused to clients they will not take mail from; iCloud and others (554 5.7.0 Blocked)",
  },
  {
    id: "blocked.address-literal-name",
    words: ["qualified", "fqdn"],
    // An IP address in brackets called no fully qualified name: the name the client gave (at
    // HELO, or its host as the receiver saw it), refused, whatever the stage logged.
    pattern: /\[(?:\d{1,3}\.){3}\d{1,3}\] is not a fully[- ]qualified domain name\b/i,
    reason: "blocked",
    source:
      'RFC 5321 4.1.1.1 and 4.1.3 (EHLO takes the client\'s domain; an address literal only when it has none), Forward Email (550 [192.0.2.1] is not a fully qualified domain name ("FQDN"))',
  },
  {
    id: "blocked.helo-name",
    // At EHLO the only argument is the client's own name, so a complaint about a name there is a
    // refusal of the HELO name, whatever the words (qmail's "my name was rejected" says so).
    words: ["invalid", "domain", "domainname", "hostname", "host", "qualified", "fqdn"],
    pattern:
      /\binvalid (?:domain|host) ?name\b|\b(?:domain|host) ?name (?:is )?(?:invalid|required|not valid)\b|\bnot (?:a )?fully[- ]qualified\b|\bFQDN required\b/i,
    commands: ["EHLO"],
    reason: "blocked",
    source:
      "RFC 5321 4.1.1.1 (EHLO's argument is the client's domain); qmail-remote (Connected to ... but my name was rejected), Postfix reject_invalid_helo_hostname and reject_non_fqdn_helo_hostname",
  },
];
