import type { Rule } from "./rule.js";

/** Yahoo and AOL: how its servers word their replies. Source: https://senders.yahooinc.com/smtp-error-codes/. */
export const yahooAolRules: readonly Rule[] = [
  {
    id: "yahoo.permanently-deferred",
    words: ["tss06", "tss07", "tss08", "tss09", "permanently"],
    pattern: /\[TSS0[6-9]\]|\bwill be permanently deferred\b/i,
    reason: "blocked",
    source: "Yahoo, AOL 553 5.7.2 [TSS09] All messages from ... will be permanently deferred",
  },
  {
    id: "yahoo.not-allowed",
    words: ["allowed"],
    pattern: /\bMessage not allowed - \[\d{1,3}\]/i,
    reason: "policyViolation",
    source: "Yahoo, AOL 554 Message not allowed - [299]",
  },
  {
    id: "yahoo.per-connection",
    words: ["connection"],
    pattern: /\bMax message per connection reached\b/i,
    reason: "rateLimited",
    source: "Yahoo, AOL 421 Max message per connection reached",
  },
  {
    id: "yahoo.deferred-complaints",
    words: ["tss04", "tss05", "ts01", "ts02", "ts03", "complaints"],
    pattern:
      /\[TSS0[45]\]|\[TS0[1-3]\]|\bdeferred due to (?:unexpected volume or )?(?:excessive )?user complaints\b/i,
    reason: "badReputation",
    source: "Yahoo, AOL 421 4.7.0 [TSS04] and [TS0x]",
  },
  {
    id: "yahoo.message-from-deferred",
    words: ["gl01", "deferred"],
    // Before the rate family's "temporarily deferred": Yahoo's page ties this deferral to
    // complaints about the sending server's mail.
    pattern: /\[GL01\]|\bmessage from \S+ temporarily deferred\b/i,
    reason: "badReputation",
    source:
      "Yahoo postmaster help (421 Message from x.x.x.x temporarily deferred - 4.16.50: mail from the server has been generating complaints from Yahoo users)",
  },
  {
    id: "aol.no-reverse-dns",
    words: ["nr", "dnsnr"],
    pattern: /\bDNS:NR\b/i,
    reason: "requirePTR",
    source: "AOL postmaster error list: 421 DNS:NR (421dnsnr.html: the connecting IP has no reverse DNS)",
  },
  {
    id: "aol.complaint-blocks",
    words: ["rly", "con"],
    // AOL's own tags, from before Yahoo took over its filtering; bounces and old queues still
    // carry them.
    pattern: /\b(?:RLY|CON):B[1-3]\b/i,
    reason: "badReputation",
    source:
      "AOL postmaster error list: 554 RLY:B1 (a dynamic block placed when AOL members' complaints pass a threshold), CON:B1 (over AOL's thresholds: back off)",
  },
  {
    id: "aol.content-domain-block",
    words: ["hvu"],
    pattern: /\bHVU:B[1-4]\b/i,
    reason: "spamDetected",
    source:
      "AOL postmaster error list: 554 HVU:B1 (a domain in the message body draws complaints: a content block)",
  },
  {
    id: "aol.ip-blocks",
    words: ["rtr", "dyn", "421dynt1"],
    pattern: /\bRTR:(?:DU|BB|BG|CH|RD)\b|\bDYN:T1\b|\berrors\/421dynt1\b/i,
    reason: "blocked",
    source:
      "AOL postmaster error list: 554 RTR:DU and RTR:BB (dynamic and residential IP ranges), RTR:BG (an IP not allocated), RTR:CH (a compromised network), RTR:RD (reverse DNS of a dynamic IP); its DYN blocks (421 DYN:T1, mail from a dynamic IP range, or only the link to its page: postmaster.info.aol.com/errors/421dynt1.html)",
  },
  {
    id: "aol.from-not-allowed",
    words: ["rly"],
    pattern: /\bRLY:SN\b/i,
    reason: "senderRejected",
    source:
      "AOL (Word to the Wise, 2012, quoting AOL's list): 554 RLY:SN, a disallowed AOL address as From or Reply-To, or an AOL affiliate's address from an IP not allowed",
  },
  {
    id: "yahoo.unknown-recipients",
    words: ["tss11", "excessive"],
    pattern: /\[TSS11\]|\bexcessive unknown recipients\b/i,
    reason: "badReputation",
    source:
      "Yahoo, AOL 421 4.7.0 [TSS11] Excessive unknown recipients - possible Open Relay: deferred for the sender's behaviour, not an unknown recipient",
  },
  {
    id: "yahoo.unresolvable-from",
    words: ["unresolvable"],
    pattern: /\bunresolvable RFC[. ]?5321 from domain\b/i,
    reason: "senderRejected",
    source: "Yahoo, AOL 451 Message temporarily deferred due to unresolvable RFC.5321 from domain",
  },
  {
    id: "yahoo.blocklist",
    words: ["bl21", "bl22", "bl23", "bl24"],
    pattern: /\[BL2[1-4]\]/i,
    reason: "blocked",
    source: "Yahoo, AOL 553 5.7.1 [BL21] to [BL24]: listed by Spamhaus",
  },
  {
    id: "yahoo.no-account",
    words: ["account"],
    pattern: /\bthis user doesn't have an? (?:\S+ )?account\b/i,
    reason: "userUnknown",
    // Yahoo answers its unknown recipients at the end of DATA, not at RCPT.
    keepsAtData: true,
    source:
      "Yahoo 554 delivery error (dd This user doesn't have a yahoo.com account, the domain sometimes left out: a account), given after DATA",
  },
  {
    id: "yahoo.policy",
    words: ["policy"],
    pattern: /\bnot accepted for policy reasons\b/i,
    reason: "policyViolation",
    source: "Yahoo 554 5.7.9",
  },
];
