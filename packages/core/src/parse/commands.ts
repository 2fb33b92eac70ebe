/**
 * SMTP stages, and the many spellings they arrive in: nodemailer's `err.command` ("RCPT TO",
 * "AUTH PLAIN", "CONN"), DSN and log phrasings ("end of DATA", "initial connection").
 */

/** The SMTP stage a reply answered. */
export type SmtpCommand =
  | "CONNECT"
  | "EHLO"
  | "STARTTLS"
  | "AUTH"
  | "MAIL"
  | "RCPT"
  | "DATA"
  | "BDAT"
  | "RSET"
  | "QUIT";

/** First word (upper case) of a spelling, and the stage it stands for. */
const stageByWord: Readonly<Record<string, SmtpCommand>> = {
  CONNECT: "CONNECT",
  CONN: "CONNECT",
  CONNECTION: "CONNECT",
  GREETING: "CONNECT",
  BANNER: "CONNECT",
  INITIAL: "CONNECT",
  EHLO: "EHLO",
  HELO: "EHLO",
  LHLO: "EHLO",
  STARTTLS: "STARTTLS",
  AUTH: "AUTH",
  MAIL: "MAIL",
  RCPT: "RCPT",
  DATA: "DATA",
  END: "DATA",
  MESSAGE: "DATA",
  // Exim as cPanel configures it: "SMTP error from remote server for TEXT command"
  TEXT: "DATA",
  BDAT: "BDAT",
  RSET: "RSET",
  QUIT: "QUIT",
};

/**
 * The stage a command spelling stands for, or `null` when it names none.
 *
 * @example
 * normalizeCommand("RCPT TO");      // "RCPT"
 * normalizeCommand("end of DATA");  // "DATA"
 * normalizeCommand("AUTH XOAUTH2"); // "AUTH"
 */
export function normalizeCommand(command: unknown): SmtpCommand | null {
  if (typeof command !== "string") return null;
  let start = 0;
  while (start < command.length && command.charCodeAt(start) <= 32) start++;
  let end = start;
  while (end < command.length && end - start < 12) {
    const c = command.charCodeAt(end) | 32;
    if (c < 97 || c > 122) break;
    end++;
  }
  const word = command.slice(start, end).toUpperCase();
  return Object.hasOwn(stageByWord, word) ? (stageByWord[word] ?? null) : null;
}
