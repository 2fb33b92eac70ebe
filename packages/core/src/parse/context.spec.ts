import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeCommand } from "./commands.js";
import {
  anchorLead,
  commandFromContext,
  commandPhrasings,
  possiblePhrasingEnd,
  topLevelAlternatives,
} from "./context.js";

/**
 * Texts per phrasing (in the table's order), one for each of its wordings, as the system writes
 * it, with the stage each names.
 */
const examplesByPhrasing: readonly (readonly [string, string][])[] = [
  [["said: 550 5.1.1 User unknown (in reply to RCPT TO command)", "RCPT"]],
  [
    ["SMTP error from remote mail server after pipelined MAIL FROM:<a@example.com>: 550 refused", "MAIL"],
    ["Remote host closed connection in response to end of data", "DATA"],
  ],
  [
    [
      "lost connection with mx.example.com[192.0.2.1] while sending end of data -- message may be sent more than once",
      "DATA",
    ],
  ],
  [["Error following RCPT command: 550 unknown user", "RCPT"]],
  [["Remote host said: 550 no such user. Most progress was RCPT TO", "RCPT"]],
  [["554 Message rejected [DATA]", "DATA"]],
  [["... while talking to mx.example.com.: >>> DATA <<< 554 in reply to end of DATA", "DATA"]],
  [["SMTP error from remote server for TEXT command, host: mx.example.com reason: 550 spam", "DATA"]],
  [
    ["Mail command failed: 550 5.7.1 Sender rejected", "MAIL"],
    ["SMTP ERROR: MAIL FROM command failed: 550 refused", "MAIL"],
    ["SMTP ERROR: DATA END command failed: 554 rejected", "DATA"],
  ],
  [
    ["Recipient command failed: 550 5.1.1 unknown", "RCPT"],
    ["Can't send mail - all recipients were rejected: 550 unknown", "RCPT"],
    ["SMTP Error: The following recipients failed: a@example.com", "RCPT"],
  ],
  [["Message failed: 550 5.7.1 rejected as spam", "DATA"]],
  [["Invalid login: 535 5.7.8 Error: authentication failed", "AUTH"]],
  [
    ["smtplib.SMTPSenderRefused: (553, b'sender rejected')", "MAIL"],
    ["com.sun.mail.smtp.SMTPSenderFailedException: 550 not allowed", "MAIL"],
  ],
  [
    ["smtplib.SMTPRecipientsRefused: {'a@example.com': (550, b'unknown')}", "RCPT"],
    ["SMTPAddressFailedException: 550 5.1.1 unknown", "RCPT"],
    ["System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable", "RCPT"],
    ["System.Net.Mail.SmtpFailedRecipientsException: Unable to send to all recipients", "RCPT"],
    ["MailKit RecipientNotAccepted: 550 unknown", "RCPT"],
  ],
  [["smtplib.SMTPDataError: (554, b'rejected')", "DATA"]],
  [["smtplib.SMTPAuthenticationError: (535, b'bad credentials')", "AUTH"]],
  [["smtplib.SMTPHeloError: (501, b'bad hello')", "EHLO"]],
  [
    ['Expected response code "354" but got code "554", with message "554 rejected"', "DATA"],
    ["Expected response code 354 but got code 554, with message 554 rejected", "DATA"],
  ],
];

const examples: readonly string[] = examplesByPhrasing.flat().map(([text]) => text);

/** Turns each letter to upper or lower case as `cases` says, as the case-insensitive search reads it. */
function withCases(text: string, cases: readonly boolean[]): string {
  let out = "";
  for (let k = 0; k < text.length; k++) {
    const c = text.charAt(k);
    out += cases[k % Math.max(1, cases.length)] ? c.toUpperCase() : c.toLowerCase();
  }
  return out;
}

describe("commandFromContext", () => {
  it("has examples for every phrasing, and each matches its own phrasing", () => {
    expect(examplesByPhrasing).toHaveLength(commandPhrasings.length);
    commandPhrasings.forEach(({ pattern }, k) => {
      for (const [text] of examplesByPhrasing[k] ?? [])
        expect(new RegExp(pattern.source, "i").test(text)).toBe(true);
    });
  });

  it("finds every phrasing's anchor in every example, so the quick test lets it through", () => {
    for (const example of examples) expect(possiblePhrasingEnd(example)).toBeGreaterThan(0);
  });

  it("starts each phrasing's match at most anchorLead characters before its anchor", () => {
    commandPhrasings.forEach(({ pattern, anchors }, k) => {
      for (const [text] of examplesByPhrasing[k] ?? []) {
        const match = new RegExp(pattern.source, "i").exec(text) as RegExpExecArray;
        const lower = match[0].toLowerCase();
        const anchorAt = Math.min(
          ...anchors.map((anchor) => lower.indexOf(anchor.toLowerCase())).filter((at) => at >= 0),
        );
        expect(anchorAt).toBeLessThanOrEqual(anchorLead);
      }
    });
  });

  it("finds a phrasing far into a long text, past other anchors", () => {
    const filler = "while we wait, the queue after the spam filter ".repeat(20);
    expect(commandFromContext(`${filler}host said: 550 5.1.1 unknown (in reply to RCPT TO command)`)).toBe(
      "RCPT",
    );
  });

  it("names the stage of each example", () => {
    for (const [text, stage] of examplesByPhrasing.flat())
      expect([text, commandFromContext(text)]).toEqual([text, stage]);
  });

  it("lets through every text a phrasing matches, in any case and among any other text", () => {
    const combined = new RegExp(
      commandPhrasings.map(({ pattern }) => `(?:${pattern.source})`).join("|"),
      "i",
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(...examples),
        fc.array(fc.boolean(), { maxLength: 8 }),
        fc.string({ maxLength: 20 }),
        (before, example, cases, after) => {
          const text = `${before}${withCases(example, cases)}${after}`;
          if (combined.test(text)) expect(possiblePhrasingEnd(text)).toBeGreaterThan(0);
        },
      ),
    );
  });

  it("names the stage of the leftmost phrasing, as trying each phrasing on its own does", () => {
    // The combined pattern joins the phrasings in another order, with one shared word boundary:
    // the leftmost match still wins, and of two at one place the table's first.
    const oneByOne = (text: string) => {
      let best: { at: number; stage: string | null } | null = null;
      for (const { pattern, command } of commandPhrasings) {
        const match = new RegExp(pattern.source, "i").exec(text);
        if (match && (best === null || match.index < best.at))
          best = { at: match.index, stage: command ?? normalizeCommand(match[1]) };
      }
      return best?.stage ?? null;
    };
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...examples), fc.string({ maxLength: 12 })), { maxLength: 4 }),
        (pieces) => {
          const text = pieces.join(" ");
          expect(commandFromContext(text)).toBe(oneByOne(text));
        },
      ),
    );
  });

  it("splits a pattern's source into its alternatives outside groups and classes", () => {
    expect(topLevelAlternatives(String.raw`\ba|b(c|d)|[|]e|\|f`)).toEqual([
      String.raw`\ba`,
      "b(c|d)",
      "[|]e",
      String.raw`\|f`,
    ]);
  });

  it("names no stage for Symfony's expected code of another command", () => {
    expect(
      commandFromContext('Expected response code "250" but got code "550", with message "550 no"'),
    ).toBeNull();
  });

  it("names no stage in text without any anchor", () => {
    expect(
      commandFromContext("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown"),
    ).toBeNull();
  });
});
