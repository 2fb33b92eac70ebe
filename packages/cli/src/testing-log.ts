/** Writes a mail log for the tests and the benchmark: Postfix lines with a fixed mix of outcomes. */
const outcomes = [
  "status=sent (250 2.0.0 Ok: queued as 4C33C18207F)",
  "status=bounced (host mx.{d}[192.0.2.5] said: 550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))",
  "status=deferred (host mx.{d}[192.0.2.5] said: 450 4.2.0 <{r}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/{d}.html (in reply to RCPT TO command))",
  "status=deferred (host mx.{d}[192.0.2.5] said: 421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to user complaints (in reply to MAIL FROM command))",
  "status=bounced (host mx.{d}[192.0.2.5] said: 552 5.2.2 <{r}>: Mailbox full (in reply to RCPT TO command))",
  "status=sent (250 2.0.0 OK id=1rX4kD-000abc-7Z)",
  "connect from unknown[192.0.2.7]",
  "status=bounced (host mx.{d}[192.0.2.5] said: 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org (in reply to RCPT TO command))",
];
const domains = ["example.com", "example.org", "example.net", "mail.example.de"];

/** The `i`-th line of the generated log. */
export function logLine(i: number): string {
  const domain = domains[i % domains.length] as string;
  const recipient = `user${i % 97}@${domain}`;
  const outcome = (outcomes[i % outcomes.length] as string)
    .replaceAll("{d}", domain)
    .replaceAll("{r}", recipient);
  return `Nov 29 10:00:${String(i % 60).padStart(2, "0")} mx postfix/smtp[${1000 + (i % 9000)}]: ${(i * 7919).toString(16).toUpperCase().padStart(10, "0")}: to=<${recipient}>, relay=mx.${domain}[192.0.2.5]:25, delay=1.2, ${outcome}`;
}

/** How many of `count` generated lines have each outcome. */
export const outcomeCount = outcomes.length;
