/**
 * Splits an mbox file into its messages at the `From ` lines that follow a blank line (or
 * start the file), and undoes mboxrd quoting (`>From ` becomes `From `). A small reader for this
 * evaluation only; `readMailbox` of `@smtp-codes/bounce` is the streaming one.
 */
export function splitMbox(content: Buffer): Buffer[] {
  const text = content.toString("latin1");
  const starts: number[] = [];
  const pattern = /(?:^|\n\n|\r\n\r\n)From [^\r\n]*\r?\n/g;
  for (const match of text.matchAll(pattern)) starts.push(match.index + match[0].indexOf("From "));
  if (starts.length === 0) return [content];
  return starts.map((start, i) => {
    const bodyStart = text.indexOf("\n", start) + 1;
    const end = starts[i + 1] ?? text.length;
    const message = text.slice(bodyStart, end).replace(/^>(>*From )/gm, "$1");
    return Buffer.from(message, "latin1");
  });
}
