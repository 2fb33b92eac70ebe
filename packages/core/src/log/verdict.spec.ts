import { describe, expect, it } from "vitest";
import * as englishOnly from "../en.js";
import { explain, explainError, formatDuration, type Locale, labels } from "../index.js";
import { type VerdictWords, verdictOf } from "./index.js";

const wordsIn = (locale: Locale): VerdictWords => ({
  labels: labels(locale),
  duration: (seconds) => formatDuration(seconds, locale),
});
const english = wordsIn("en");
const german = wordsIn("de");

const envelopeError = { code: "EENVELOPE", response: "550 5.1.1 User unknown", command: "RCPT TO" };

const refused = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    recipient: `r${i}@example.com`,
    code: 550,
    enhanced: "5.1.1",
    reason: "userUnknown" as const,
    bounce: "hard" as const,
  }));

describe("verdictOf", () => {
  it("names codes, severity, bounce, reason and retry in the labels given", () => {
    const field = explainError(envelopeError);
    expect(verdictOf(field, english)).toBe("550 5.1.1 permanent · hard bounce · User unknown · Retry? no");
    expect(verdictOf(field, german)).toBe(
      "550 5.1.1 dauerhaft · Hard Bounce · Empfänger unbekannt · Wiederholen? nein",
    );
  });

  it("writes a retry's wait with the duration given, and a plain yes without a real wait", () => {
    const full = explain("452 4.2.2 Mailbox full");
    expect(verdictOf(full, german)).toBe(
      "452 4.2.2 vorübergehend · Soft Bounce · Postfach voll · Wiederholen? ja, nach 6 Stunden",
    );
    for (const retryAfter of [null, -1, Number.NaN, Number.POSITIVE_INFINITY, "600"])
      expect(verdictOf({ ...full, retryAfter }, english)).toBe(
        "452 4.2.2 transient · soft bounce · Mailbox full · Retry? yes",
      );
  });

  it("names the first three refused recipients and counts the rest", () => {
    const sent = { ...explain("250 2.0.0 Ok"), recipients: refused(5) };
    expect(verdictOf(sent, english)).toBe(
      "250 2.0.0 success · Delivered · Retry? no; 5 refused: r0@example.com 550 5.1.1 User unknown hard bounce, r1@example.com 550 5.1.1 User unknown hard bounce, r2@example.com 550 5.1.1 User unknown hard bounce, +2",
    );
    expect(verdictOf({ ...sent, recipients: refused(1) }, german)).toBe(
      "250 2.0.0 Erfolg · Zugestellt · Wiederholen? nein; 1 abgelehnt: r0@example.com 550 5.1.1 Empfänger unbekannt Hard Bounce",
    );
  });

  it("leaves the codes out when asked, for a caller that prints them apart", () => {
    expect(verdictOf(explainError(envelopeError), english, { codes: false })).toBe(
      "permanent · hard bounce · User unknown · Retry? no",
    );
    expect(verdictOf({ ...explain("hello"), code: null, enhanced: null }, english)).toMatch(/^[a-z]/);
  });

  it("prints a value without a label as it is, escaped, and skips recipients that are no recipients", () => {
    const forged = {
      code: "550\n",
      severity: "\u001b[31mred",
      reason: "blocked",
      retryable: false,
      recipients: [null, 7, { recipient: "a@example.com\r\nX: y", bounce: "hard", reason: "spam\u2028" }],
    };
    const line = verdictOf(forged, english);
    expect(line).toBe(
      "550\\n \\u001b[31mred · Blocked · Retry? no; 1 refused: a@example.com\\r\\nX: y spam\\u2028 hard bounce",
    );
    expect(verdictOf({ ...forged, recipients: "many" }, english)).toBe(
      "550\\n \\u001b[31mred · Blocked · Retry? no",
    );
    const objects = {
      code: Object.create(null),
      severity: {},
      reason: [],
      recipients: [{ recipient: {}, bounce: "soft" }],
    };
    expect(verdictOf(objects, english)).toBe("? ? · ? · Retry? no; 1 refused: ? soft bounce");
  });

  it("works with the English-only entry point's labels", () => {
    const words = {
      labels: englishOnly.labels("en"),
      duration: (s: number) => englishOnly.formatDuration(s, "en"),
    };
    expect(verdictOf(englishOnly.explain("421 4.7.0 Try again later"), words)).toContain("Retry? yes");
  });

  it("caps a long verdict", () => {
    const long = {
      ...explain("250 Ok"),
      recipients: refused(3).map((r) => ({ ...r, recipient: "x".repeat(600) })),
    };
    expect(verdictOf(long, english).length).toBeLessThanOrEqual(1201);
  });

  it("throws a TypeError without words, since the subpath has no texts", () => {
    expect(() => verdictOf(explain("550"), undefined as unknown as VerdictWords)).toThrow(TypeError);
    expect(() => verdictOf(explain("550"), { labels: labels("en") } as unknown as VerdictWords)).toThrow(
      TypeError,
    );
  });
});
