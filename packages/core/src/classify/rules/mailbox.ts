import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, the mailbox's state: disabled, full, moved, shared by many servers (RFC 3463 X.2.x). */
export const mailboxRules: readonly Rule[] = [
  {
    id: "mailbox.unavailable",
    words: ["unavailable"],
    // Not when a cause follows in the same reply ("mailbox unavailable 550-Reject due to policy
    // restrictions"): the cause decides.
    pattern: /\bmailbox (?:is )?unavailable\b(?!.{0,40}\bpolic(?:y|ies)\b)/i,
    reason: "userUnknown",
    classes: [5],
    source:
      "RFC 5321 550 mailbox unavailable (Outlook.com, GMX): the recipient cannot be reached, whatever X.4.1 or X.5.0 says",
  },
  {
    id: "mailbox.busy",
    words: ["busy"],
    // RFC 5321 450 names "mailbox busy" as a mailbox unavailable for now: the receiving system
    // (a lock, a delivery in progress) is the cause, whatever X.2.1 says of a disabled mailbox.
    pattern: /\bmailbox (?:is )?(?:temporarily |currently )?busy\b/i,
    classes: [4],
    reason: "systemError",
    source:
      "RFC 5321 4.2.2 (450 mailbox unavailable, e.g. mailbox busy), Sendmail and mail.local (451 4.2.1 Mailbox busy, try again later)",
  },
  {
    id: "mailbox.temporarily-unavailable",
    words: ["unavailable"],
    // RFC 5321's 450 "mailbox unavailable" for now names no mailbox that is missing: the receiving
    // system cannot take the mail at the moment. Weak: an enhanced code that names the mailbox's
    // state (4.2.1, disabled) says more.
    pattern: /\bmailbox (?:is )?(?:temporarily|temporary|currently) unavailable\b/i,
    classes: [4],
    weak: true,
    reason: "systemError",
    source:
      "RFC 5321 4.2.2 and 4.2.3 (450 Requested mail action not taken: mailbox unavailable, e.g. mailbox busy)",
  },
  {
    id: "mailbox.disabled",
    words: [
      "disabled",
      "suspended",
      "deactivated",
      "inactive",
      "locked",
      "discontinued",
      "frozen",
      "deaktiviert",
      "gesperrt",
      "inactivity",
      "receive",
    ],
    pattern:
      /\b(?:account|mailbox|mbox|user|address|recipient)s?(?:\(s\))?(?: \w+){0,3} (?:is |has been |was )?(?:disabled|suspended|deactivated|inactive|locked|discontinued|frozen)\b|\b(?:disabled|suspended|deactivated|inactive|locked) (?:recipient|mailbox|mbox|account|user)\b|\b(?:Postfach|Konto|Benutzer)\w* (?:ist )?(?:deaktiviert|gesperrt)\b|\b(?:extended|prolonged) inactivity,? (?:new |incoming )?(?:mail|messages?)\b|\b(?:account|mailbox|user|recipient) (?:is )?not (?:authori[sz]ed|allowed|permitted) to receive (?:any )?(?:mail|e-?mails?|messages)\b|\b(?:mailbox|account)\s+(?:\S+\s+){0,4}(?:extended|prolonged) inactivity\b/i,
    reason: "mailboxDisabled",
    source:
      "Gmail 5.2.1, Yahoo, vpopmail, Exchange: disabled or suspended accounts; providers that stop accepting mail for a mailbox left unused (Due to extended inactivity new mail is not currently being accepted for this mailbox)",
  },
  {
    id: "mailbox.too-many-messages",
    words: ["messages"],
    // A count quota rather than a size quota: the mailbox holds as many messages as it may.
    pattern: /\btoo many messages (?:on|in) (?:the )?(?:server|mailbox|folder|inbox)\b/i,
    reason: "mailboxFull",
    source: "GMX help (User has too many messages on server: the recipient's mailbox is full)",
  },
  {
    id: "mailbox.full",
    words: [
      "full",
      "quota",
      "overquota",
      "exceeded",
      "exceeds",
      "storage",
      "voll",
      "kontingent",
      "speicherplatz",
      "plein",
      "llena",
      "cheia",
      "mailbox",
      "boite",
      "boîte",
      "buzon",
      "buzón",
    ],
    pattern:
      /\b(?:mailbox|mail ?box|inbox|mail ?folder|mail ?drop|account|user'?s? mailbox)(?: is)? (?:full|over ?quota)\b|\bmailbox (?:size )?(?:limit )?exceed|\bexceed(?:s|ed)? (?:the )?maximum mailbox size\b|\bover ?quota\b|\bquota (?:exceeded|full|limit)\b|\bexceeded (?:\w+ )?(?:storage|disk)? ?quota\b|\bstorage (?:quota|allocation)|\bfull mailbox\b|\bPostfach (?:ist )?voll\b|\b(?:Kontingent|Speicherplatz) (?:ist )?(?:überschritten|erschöpft|voll)\b|\bbo[iî]te (?:aux lettres )?pleine\b|\bbuz[oó]n (?:est[aá] )?llen[oa]\b/i,
    reason: "mailboxFull",
    source:
      "Postfix, Dovecot, Exchange, Sendmail, qmail, German, French and Spanish receivers: over quota; GNU Mailutils maidag (message would exceed maximum mailbox size for this recipient)",
  },
  {
    id: "mailbox.full.recipient-german",
    words: ["postfach"],
    pattern: /\bPostfach des Empfängers ist voll\b/i,
    reason: "mailboxFull",
    source: "Exchange Online's German NDR text: Das Postfach des Empfängers ist voll",
  },
  {
    id: "mailbox.exceeded",
    words: ["mailbox"],
    pattern: /\bmailbox\s+(?:\S+\s+){0,6}exceeded\b/i,
    reason: "mailboxFull",
    source: "Sendmail, Japanese carriers: the mailbox exceeded its limit",
  },
  {
    id: "mailbox.moved",
    words: ["moved", "local"],
    pattern:
      /\b(?:mailbox|address|user|recipient) (?:has )?moved\b|\bnot local; please try\b|\bmoved permanently\b/i,
    reason: "hasMoved",
    source: "RFC 5321 551, Sendmail, Exchange",
  },
];
