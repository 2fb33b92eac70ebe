/**
 * .NET's System.Net.Mail writes a failed reply as the description of its status code, then the
 * server's reply without the basic code: `Mailbox unavailable. The server response was: 5.7.1
 * Unable to relay` (SmtpException's message; the descriptions are the framework's own strings,
 * one per SmtpStatusCode). The description is .NET's, not the server's: the reply is what follows,
 * and the description tells which basic code it had where only one code has it.
 */
const serverResponseMarker = "The server response was";

/** SmtpStatusCode's descriptions and their codes; null where two codes share one (450 and 550). */
const codeOfDescription: ReadonlyMap<string, number | null> = new Map([
  ["service not available, closing transmission channel.", 421],
  ["mailbox unavailable.", null],
  ["error in processing.", 451],
  ["insufficient system storage.", 452],
  ["client does not have permission to submit mail to this server.", 454],
  ["client does not have permission to send as this sender.", null],
  ["syntax error, command unrecognized.", 500],
  ["syntax error in parameters or arguments.", 501],
  ["command not implemented.", 502],
  ["bad sequence of commands.", 503],
  ["command parameter not implemented.", 504],
  ["the smtp server requires a secure connection or the client was not authenticated.", 530],
  ["user not local; please try a different path.", 551],
  ["exceeded storage allocation.", 552],
  ["mailbox name not allowed.", 553],
  ["transaction failed.", 554],
]);

/** The longest description, so that the text before the marker is read only that far back. */
const longestDescription = Math.max(...[...codeOfDescription.keys()].map((d) => d.length));

/** Where the server's reply starts after .NET's wrapper, and the basic code its description gives. */
export interface DotNetReply {
  /** Index of the server's reply in the input. */
  readonly start: number;
  /** The basic code the description stands for, or `null` when it names none or two. */
  readonly code: number | null;
}

/** The server's reply inside a .NET SmtpException message, or `null` when there is no wrapper. */
export function dotNetReply(s: string): DotNetReply | null {
  const marker = s.indexOf(serverResponseMarker);
  if (marker < 0) return null;
  let start = marker + serverResponseMarker.length;
  // .NET writes a colon; a quoter's dash or a missing space is read the same way.
  while (start < s.length && (s[start] === ":" || s[start] === "-" || s[start] === " ")) start++;
  // Words may wrap onto the next line where the message was quoted.
  const before = s
    .slice(Math.max(0, marker - longestDescription - 2), marker)
    .replace(/\s+/g, " ")
    .trimEnd()
    .toLowerCase();
  let code: number | null = null;
  for (const [description, described] of codeOfDescription) {
    if (before.endsWith(description)) {
      code = described;
      break;
    }
  }
  return { start, code };
}
