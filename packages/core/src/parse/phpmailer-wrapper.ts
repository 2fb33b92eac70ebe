/**
 * PHPMailer writes a failed command's reply in parts (`SMTP::getError()`, joined by
 * `PHPMailer::smtpSend`): `SMTP server error: DATA END command failed Detail: Error: message
 * file too big SMTP code: 552 Additional SMTP info: 5.3.4`. The detail is the server's text
 * with the codes cut from each line; the codes follow it. Read as a reply, the text would be the
 * words after the code (`Additional SMTP info: 5.3.4`) and the server's own words would be lost.
 */
const codeMarker = "SMTP code: ";
const detailMarker = "Detail: ";
const enhancedMarker = " Additional SMTP info: ";

/** PHPMailer's name of the command that failed, just before its `Detail: ` (`DATA END command failed`). */
const failedCommand = /([A-Z]+(?: [A-Z]+)?) command failed\s*$/;

/** The parts of a reply that PHPMailer wrote out. */
export interface PhpMailerReply {
  /** Where the server's text starts and ends in the input. */
  readonly textStart: number;
  readonly textEnd: number;
  /** Where the enhanced code stands, or -1 when PHPMailer gave none. */
  readonly enhancedStart: number;
  /** The command PHPMailer names as failed (`MAIL FROM`, `DATA END`), or `null`. */
  readonly command: string | null;
}

/**
 * The server's text and the enhanced code's place when the reply code found at `codeStart`
 * follows PHPMailer's `SMTP code: ` after its `Detail: `; `null` otherwise. Only the characters
 * just before the code are read unless they are PHPMailer's marker.
 */
export function phpMailerReply(s: string, codeStart: number): PhpMailerReply | null {
  const markerStart = codeStart - codeMarker.length;
  if (markerStart < detailMarker.length || !s.startsWith(codeMarker, markerStart)) return null;
  const detail = s.lastIndexOf(detailMarker, markerStart - 1);
  if (detail < 0) return null;
  const textStart = detail + detailMarker.length;
  const enhancedAt = codeStart + 3;
  const enhancedStart = s.startsWith(enhancedMarker, enhancedAt) ? enhancedAt + enhancedMarker.length : -1;
  const named = failedCommand.exec(s.slice(Math.max(0, detail - 40), detail));
  return { textStart, textEnd: markerStart, enhancedStart, command: named ? (named[1] as string) : null };
}
