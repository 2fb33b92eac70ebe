import { describe, expect, it } from "vitest";
import { explain, parseReply } from "../index.js";
import { familyVerdictOf, wordFamilies } from "./family-words.js";

describe("reason families by their words", () => {
  it.each([
    ["Requested mail action not taken: Fake sender", "senderRejected", "sender-refused"],
    ["DNS query error", "hostUnknown", "dns"],
    ["Sender domain has no DNS records", "senderRejected", "dns"],
    ["5.2.9 Subject header is mandatory here", "contentError", "format"],
    ["Refused: multiple From headers in one message", "contentError", "format"],
    ["Your IP 192.0.2.1 is banned on this server", "blocked", "client-refused"],
    ["IP 192.0.2.1 is not in the allowlist of this domain", "blocked", "client-refused"],
    ["Dialup IP addresses may not deliver here", "blocked", "client-refused"],
    ["Daily sending quota exceeded, try tomorrow", "rateLimited", "rate-period"],
    ["Recipient verification failed", "userUnknown", "no-mailbox"],
    ["Connection refused: your IP has a poor reputation", "badReputation", "reputation"],
  ])("%s: %s", (text, reason, family) => {
    const verdict = familyVerdictOf(text);
    expect(verdict?.reason).toBe(reason);
    expect(verdict?.family.id).toBe(family);
  });

  it("needs a verdict besides the subject where the family has verdicts", () => {
    expect(familyVerdictOf("Your sender address")).toBeUndefined();
    expect(familyVerdictOf("storage")).toBeUndefined();
    expect(familyVerdictOf("Hello world")).toBeUndefined();
  });

  it("decides after the rules and a specific enhanced code, before generic codes", () => {
    const words = explain("550 Your envelope sender looks forged");
    expect(words.reason).toBe("senderRejected");
    expect(words.decidedBy).toEqual({ kind: "words", id: "sender-refused" });
    // A specific enhanced code still outranks the words.
    expect(explain("550 5.1.1 <a@b.example>: sender looks forged").reason).toBe("userUnknown");
    // A vague one does not.
    expect(explain("554 5.7.1 Your host looks suspicious to us").decidedBy).toEqual({
      kind: "words",
      id: "client-refused",
    });
  });

  it("lets a basic code that names one thing outrank a vague enhanced code", () => {
    expect(explain("535 5.7.0 go away").reason).toBe("authRequired");
    expect(explain("451 4.7.1 go away").rule).toBe("enhanced:4.7.1");
  });

  it("lists every word in lower case, each family with a reason and a why", () => {
    for (const family of wordFamilies) {
      expect(family.why.length).toBeGreaterThan(10);
      for (const word of [...family.subjects, ...(family.verdicts ?? [])]) {
        expect(word).toBe(word.toLowerCase());
        expect(word).toMatch(/^[a-z0-9\u00c0-\uffff]+$/);
      }
    }
  });

  it("leaves a log line's field names out", () => {
    expect(familyVerdictOf("relay=mx.example.org, status=deferred (connection timed out)")?.reason).toBe(
      "networkError",
    );
    expect(
      familyVerdictOf("relay=none, delay=0.3, dsn=4.0.0, status=deferred (nothing known)"),
    ).toBeUndefined();
  });

  it("leaves the words of links out", () => {
    expect(
      familyVerdictOf("Rejected, see https://example.org/why?sender=a@b.example&ip=192.0.2.1"),
    ).toBeUndefined();
  });

  it("stays bounded on long hostile input", () => {
    expect(familyVerdictOf(`${"x".repeat(100_000)} spam`)).toBeUndefined();
    expect(familyVerdictOf("sender ".repeat(50_000))).toBeUndefined();
  });
});

describe("the reply a wrapper or transcript carries", () => {
  it("reads Swift Mailer's got code, not the code it expected", () => {
    const parsed = parseReply(
      'Expected response code 250 but got code "550", with message "550 Mailbox unavailable"',
    );
    expect(parsed.code).toBe(550);
    expect(parsed.text).toBe("Mailbox unavailable");
    expect(parseReply('Expected response code "250" but got code "554"').code).toBe(554);
  });

  it("reads the reply after a log's response= key, but no code in a link's query", () => {
    expect(parseReply("Server terminates connection. response=421-4.7.0 Try again later").code).toBe(421);
    expect(parseReply("see https://example.org/?code=550 for more").code).toBeNull();
  });

  it("prefers the remote reply Sendmail marks with <<< over its own summary", () => {
    const parsed = parseReply(
      "<<< 552 Requested mail action aborted: exceeded storage allocation\n554 5.0.0 <a@b.example>... Service unavailable",
    );
    expect(parsed.code).toBe(552);
    expect(
      explain(
        "<<< 552 Requested mail action aborted: exceeded storage allocation\n554 5.0.0 <a@b.example>... Service unavailable",
        { command: "RCPT" },
      ).reason,
    ).toBe("mailboxFull");
  });
});
