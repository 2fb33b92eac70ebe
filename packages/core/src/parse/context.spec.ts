import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchorLead, commandFromContext, commandPhrasings, possiblePhrasingEnd } from "./context.js";

/** One text per phrasing (in the table's order) that names a stage as that system writes it. */
const examples: readonly string[] = [
  "said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
  "SMTP error from remote mail server after pipelined MAIL FROM:<a@example.com>: 550 refused",
  "lost connection with mx.example.com[192.0.2.1] while sending end of data -- message may be sent more than once",
  "Error following RCPT command: 550 unknown user",
  "Remote host said: 550 no such user. Most progress was RCPT TO",
  "554 Message rejected [DATA]",
  "... while talking to mx.example.com.: >>> DATA <<< 554 in reply to end of DATA",
];

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
  it("has an example for every phrasing, and each example matches its own phrasing", () => {
    expect(examples).toHaveLength(commandPhrasings.length);
    commandPhrasings.forEach(({ pattern }, k) => {
      expect(pattern.test(examples[k] as string)).toBe(true);
    });
  });

  it("finds every phrasing's anchor in every example, so the quick test lets it through", () => {
    for (const example of examples) expect(possiblePhrasingEnd(example)).toBeGreaterThan(0);
  });

  it("starts each phrasing's match at most anchorLead characters before its anchor", () => {
    commandPhrasings.forEach(({ pattern, anchors }, k) => {
      const example = examples[k] as string;
      const match = pattern.exec(example) as RegExpExecArray;
      const lower = match[0].toLowerCase();
      const anchorAt = Math.min(
        ...anchors.map((anchor) => lower.indexOf(anchor.toLowerCase())).filter((at) => at >= 0),
      );
      expect(anchorAt).toBeLessThanOrEqual(anchorLead);
    });
  });

  it("finds a phrasing far into a long text, past other anchors", () => {
    const filler = "while we wait, the queue after the spam filter ".repeat(20);
    expect(commandFromContext(`${filler}host said: 550 5.1.1 unknown (in reply to RCPT TO command)`)).toBe(
      "RCPT",
    );
  });

  it("names the stage of each example", () => {
    expect(examples.map(commandFromContext)).toEqual([
      "RCPT",
      "MAIL",
      "DATA",
      "RCPT",
      "RCPT",
      "DATA",
      "DATA",
    ]);
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

  it("names no stage in text without any anchor", () => {
    expect(
      commandFromContext("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown"),
    ).toBeNull();
  });
});
