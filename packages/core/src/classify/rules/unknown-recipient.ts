import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, unknown recipients, shared by many servers (RFC 3463 X.1.1). */
export const unknownRecipientRules: readonly Rule[] = [
  {
    id: "user.unknown",
    words: [
      "user",
      "users",
      "recipient",
      "recipients",
      "mailbox",
      "account",
      "address",
      "addressee",
      "alias",
      "unknown",
      "invalid",
      "such",
      "nonexistent",
      "non",
      "exist",
      "exists",
      "destination",
      "bad",
    ],
    pattern:
      /\b(?:user|recipient|mailbox|account|address|addressee|alias|local user|e-?mail address|destination(?: mailbox)?)(?: name)?(?:\s+(?!domain\b|host\b)\S+)?\s+(?:is\s+)?(?:unknown|not found|not exists?|does(?: not|n't) exists?|not valid|invalid|nonexistent|non-existent|not known)\b|\b(?:unknown|invalid|non-?existent|no such|bad)\s+(?:user|recipient|mailbox|account|addressee|local user|e-?mail address|destination mailbox|alias)s?\b|\bno mailbox here by that name\b|\baddress (?:could ?n[o']t|cannot|can't) be found\b|\baddress not found\b|\bnot a (?:valid|known) (?:user|recipient|mailbox)\b|\bcheck (?:if|that|whether) (?:the )?(?:e-?mail )?address is correct\b/i,
    reason: "userUnknown",
    source: "Postfix, Sendmail, Exim, qmail, Exchange, Gmail, Yandex, Mail.ru and most other receivers",
  },
  {
    id: "user.not-handled-here",
    words: ["handle"],
    // A server that takes no mail for the user: the address is unknown there.
    pattern:
      /\b(?:doesn['’]t|does not|do not|don['’]t) handle mail for (?:that|this) (?:user|recipient|address)\b/i,
    reason: "userUnknown",
    source: "550 Requested action was not taken because this server doesn't handle mail for that user",
  },
  {
    id: "user.previously-bounced",
    words: ["bounced", "hard"],
    // A sender's own suppression (an ESP's, or its MTA's list of addresses that bounced hard
    // before) refusing the address without trying it: the earlier hard bounce is the cause.
    pattern: /\bpreviously (?:hard[- ])?bounced\b/i,
    reason: "userUnknown",
    source:
      "ESP suppression lists (550 previously hard-bounced, 'address previously bounced'): the address failed permanently before and is not tried again",
  },
  {
    id: "user.no-account",
    words: ["account", "associated", "longer"],
    // "This user doesn't have an example.com account": no mailbox of that name at this host.
    pattern:
      /\b(?:user|recipient|address|addressee)(?: \S+)? (?:does(?: not|n['’]t)|do(?: not|n['’]t)) have an? (?:\S+ ){0,3}(?:e-?mail |mail )?account\b|\bno (?:such )?account (?:for|with|by) (?:that|this) (?:name|address)\b|\bhas no mailbox associated with it\b|\bis no longer (?:valid|in use)\b/i,
    reason: "userUnknown",
    source: "RFC 3463 X.1.1; Yahoo (554 delivery error: dd This user doesn't have a yahoo.com account)",
  },
  {
    id: "user.recipient-verification",
    words: ["verification", "account"],
    pattern: /\brecipient verification failed\b|\bno such (?:active )?account\b/i,
    reason: "userUnknown",
    source:
      "Baruwa (Recipient verification failed: the recipient could not be verified), Cisco AsyncOS bounce logs (550 There is no such active account)",
  },
  {
    id: "user.no-mailbox-by-that-name",
    words: ["mailbox"],
    pattern: /\bno mailbox (?:here )?by that name\b/i,
    reason: "userUnknown",
    source: "qmail (sorry, no mailbox here by that name) and servers that copy its wording",
  },
  {
    id: "user.unknown.localised",
    words: [
      "unbekannt",
      "unbekannter",
      "unbekannten",
      "existiert",
      "gefunden",
      "ungültig",
      "ungültige",
      "destinataire",
      "inconnu",
      "invalide",
      "desconocido",
      "desconhecido",
      "sconosciuto",
      "inesistente",
      "unbekannte",
      "inexistente",
    ],
    pattern:
      /\b(?:Benutzer|Empfänger|Postfach|Adresse|Mailbox|Konto)\w* (?:ist )?(?:unbekannt|existiert nicht|nicht gefunden|ungültig)|\bunbekannte[rn]? (?:Benutzer|Empfänger)|\bdestinataire (?:invalide|inconnu)|\b(?:usuario|destinatario) (?:desconocido|inexistente)|\busu[aá]rio desconhecido|\b(?:utente|destinatario) (?:sconosciuto|inesistente)/i,
    reason: "userUnknown",
    source:
      "German (GMX, WEB.DE, T-Online), French (Orange, Free), Spanish, Portuguese and Italian receivers",
  },
  {
    id: "user.unknown.cjk",
    // Japanese and Chinese write no spaces between words: these are found as substrings.
    words: ["見つかりません", "存在しません", "ありません", "不存在"],
    pattern:
      /(?:ユーザー?|アドレス|宛先|受信者|メールボックス|アカウント)[^。\n]{0,60}?(?:見つかりません|存在しません)|ディレクトリ[^。\n]{0,20}?(?:見つかりません|ありません)|(?:用户|收件人|收信人|邮箱|帐户|账户|地址)[^。\n]{0,20}?不存在/,
    reason: "userUnknown",
    source:
      "Japanese receivers and Domino's Japanese texts (the user / address / recipient is not found or does not exist, not in the directory), Chinese receivers (用户不存在: the user does not exist)",
  },
  {
    id: "user.rejected-address-status",
    words: ["recipient", "address"],
    // A bare "Recipient rejected" names no cause, but the address-status code does: X.1.0 is
    // about the address, not the message or the client.
    pattern: /\b(?:recipient|address) rejected\b/i,
    enhanced: ["X.1.0"],
    reason: "userUnknown",
    source: "RFC 3463 X.1.0 (other address status), 550 5.1.0 Recipient rejected: <a@b>, Address rejected",
  },
  {
    id: "user.rejected-under-no-answer",
    words: ["recipient"],
    // X.4.1 says the host did not answer; a host that refused the recipient did answer, so the
    // text decides (the issue's "a mailbox text under X.4.1").
    pattern: /\brecipient address rejected\b/i,
    enhanced: ["X.4.1"],
    reason: "userUnknown",
    source:
      "RFC 3463 X.4.1 (no answer from host) contradicted by the text; Exchange Online's directory-based edge blocking (550 5.4.1 Recipient address rejected: Access denied)",
  },
];
