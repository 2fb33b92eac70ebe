import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, SMTP protocol errors, shared by many servers (RFC 5321). */
export const protocolRules: readonly Rule[] = [
  {
    id: "protocol.sequence",
    words: [
      "sequence",
      "need",
      "first",
      "pipelining",
      "synchronization",
      "implemented",
      "errors",
      "talk",
      "unauthenticated",
      "auth",
      "state",
      "valid",
      "recipients",
      "authentication",
      "nonmail",
      "junk",
      "deviation",
      "bad",
      "greeting",
      "already",
      "permitted",
      "tls",
      "starttls",
      "unimplemented",
    ],
    pattern:
      /\b(?:bad|improper|wrong) sequence of commands\b|\bout of sequence\b|\bneed (?:MAIL|RCPT|HELO|EHLO)\b|\bsend (?:HELO|EHLO|hello) first\b|\b(?:RCPT|MAIL) first\b|\bimproper use of SMTP command pipelining\b|\bsynchronization error\b|\btoo many errors\b|\btoo many (?:nonmail|junk) commands\b|\bprotocol deviation\b|\b(?:command|parameter) not implemented\b|\btalk too soon\b|\btoo many unauthenticated commands\b|\b(?:AUTH|authentication) (?:command )?(?:is )?not (?:supported|available|enabled)\b|\bwrong state for (?:the )?(?:[A-Z]{4} )?command\b|\bno valid recipients\b|\bno recipients specified\b|\binvalid greeting\b|\bbad SMTP command limit\b|\btoo many bad (?:SMTP )?commands\b|\b(?:AUTH|MAIL|HELO|EHLO|STARTTLS) command already (?:specified|given|issued|sent)\b|\bsender already (?:specified|given)\b|\bunknown or unimplemented command\b|\balready authenticated\b|\bnot permitted when TLS active\b|\bTLS (?:is )?already active\b|\bSTARTTLS command has been already sent\b/i,
    reason: "protocolError",
    source:
      "RFC 5321 502 to 504, Postfix, Exim, Sendmail, Exchange Online (503 5.5.2 Send hello first), Node smtp-server (421 You talk too soon: the client spoke before the greeting), Gmail 554-5.7.0 Too many unauthenticated commands, 502 AUTH not supported (a server without SMTP AUTH), 503 wrong state for HELO command (a command the session's state does not allow, RFC 5321 4.3.2 503), Cisco Secure Email 421 Exceeded bad SMTP command limit (https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/118495-technote-esa-00.html: a client that kept sending after a refusal), nodemailer (Invalid greeting from server: the server's first line was no 220 greeting)",
  },
  {
    id: "protocol.syntax",
    words: [
      "syntax",
      "unrecognized",
      "unrecognised",
      "command",
      "commands",
      "malformed",
      "invalid",
      "fully",
      "qualified",
      "helo",
      "ehlo",
      "expecting",
      "missing",
      "format",
    ],
    pattern:
      /\bsyntax error\b|\b(?:unrecogni[sz]ed|unknown) commands?\b|\bcommand unrecogni[sz]ed\b|\bcommand (?:"\w+" )?not recogni[sz]ed\b|\binvalid (?:command|argument|parameter|input|address (?:syntax|format)|domain name|HELO name|EHLO name)\b|\bmalformed (?:address|command)\b|\bneed fully-qualified\b|\bbad address syntax\b|\binvalid (?:RCPT TO|MAIL FROM) (?:address|argument|parameter)s?\b|\b(?:HELO\/EHLO|HELO|EHLO) (?:invalid domain address|requires (?:a )?(?:valid |domain )address)\b|\bexpecting (?:MAIL|RCPT) arg syntax\b|\bSyntax: (?:HELO|EHLO) hostname\b|\bSyntax: (?:MAIL FROM|RCPT TO):|\binvalid syntax in (?:the )?(?:MAIL|RCPT|HELO|EHLO|AUTH) command\b|\baddress format error\b|\bmissing local[- ]?part\b/i,
    reason: "syntaxError",
    source:
      'RFC 5321 500, 501, 555, Postfix, Sendmail, Gmail 502-5.5.1 Too many unrecognized commands, Postfix 502 5.5.2 Error: command not recognized, Python smtpd 500 Error: command "AUTH" not recognized, hMailServer 501 EHLO Invalid domain address., IceWarp 501 5.5.1 HELO/EHLO requires domain address (a HELO argument that is no domain), go-smtp (501 Was expecting MAIL arg syntax of FROM:<address>), Postfix smtpd usage replies (501 Syntax: HELO hostname, 501 5.5.4 Syntax: MAIL FROM:<address>), syntax named per command (550 Invalid syntax in MAIL command), 451 Sender address format error, an address without its local part (RFC 5321 4.1.2: a Mailbox is Local-part@Domain; 501 5.1.8 bad address (missing local part))',
  },
];

/**
 * A protocol violation under a protocol status code (RFC 3463 X.5.x): the conversation broke
 * the protocol. Listed before the policy family, whose generic rule reads a bare "protocol
 * violation" (without a code, receivers also use it for their own rules) as a policy refusal.
 */
export const protocolViolationRules: readonly Rule[] = [
  {
    id: "protocol.violation",
    words: ["protocol"],
    pattern: /\bprotocol violation\b/i,
    enhanced: ["X.5.0", "X.5.1", "X.5.2", "X.5.5"],
    reason: "protocolError",
    source:
      "RFC 3463 X.5.0 to X.5.5; Gmail 451-4.5.0 SMTP protocol violation, 454-4.5.0 pipelining after STARTTLS",
  },
];
