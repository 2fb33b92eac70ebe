import { describe, expect, it } from "vitest";
import { domainOf, findRecipient } from "../index.js";

describe("findRecipient", () => {
  it.each([
    [
      "Nov 29 mx postfix/smtp[1]: 4C33: to=<a@Example.com>, relay=mx[192.0.2.1]:25, status=bounced",
      "a@Example.com",
    ],
    ["Final-Recipient: rfc822; b@example.org", "b@example.org"],
    ["2026-11-29 10:00:00 1abc-000 ** c@example.net R=dnslookup T=remote_smtp: SMTP error", "c@example.net"],
    ["550 5.1.1 <d@example.com>: Recipient address rejected: User unknown", "d@example.com"],
    ["no address here", null],
  ])("finds the recipient in %j", (line, expected) => {
    expect(findRecipient(line)).toBe(expected);
  });

  it("gives the domain in lower case", () => {
    expect(domainOf("a@Example.COM")).toBe("example.com");
    expect(domainOf(null)).toBeNull();
  });
});
