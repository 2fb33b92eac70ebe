import { describe, expect, it } from "vitest";
import { decodeXtext, fieldValue, readDeliveryStatus, readFieldGroups } from "./fields.js";

describe("readFieldGroups", () => {
  it("unfolds continuation lines and splits typed values, whatever the line ends", () => {
    for (const eol of ["\r\n", "\n", "\r"]) {
      const text = [
        "Final-Recipient: rfc822; a@example.com",
        "Diagnostic-Code: smtp; 550 5.1.1",
        "  User unknown",
        "",
      ].join(eol);
      expect(readFieldGroups(text)).toEqual([
        [
          { name: "final-recipient", type: "rfc822", value: "a@example.com" },
          { name: "diagnostic-code", type: "smtp", value: "550 5.1.1 User unknown" },
        ],
      ]);
    }
  });

  it("keeps untyped fields whole and skips lines that are no fields", () => {
    expect(
      readFieldGroups("Arrival-Date: Mon, 2 Mar 2026 10:14:58 +0000\nnot a field\nStatus: 5.1.1"),
    ).toEqual([
      [
        { name: "arrival-date", type: null, value: "Mon, 2 Mar 2026 10:14:58 +0000" },
        { name: "status", type: null, value: "5.1.1" },
      ],
    ]);
  });

  it("caps the number of groups", () => {
    expect(readFieldGroups("A: 1\n\nB: 2\n\nC: 3", { maxGroups: 2 })).toHaveLength(2);
  });
});

describe("readDeliveryStatus", () => {
  it("separates per-message fields from recipients, also without blank lines between recipients", () => {
    const status = readDeliveryStatus(
      [
        "Reporting-MTA: dns; mx.example.com",
        "",
        "Final-Recipient: rfc822; a@example.com",
        "Original-Recipient: rfc822; A+2Bx@example.com",
        "Action: failed",
        "Final-Recipient: rfc822; <b@example.com>",
        "Action: delayed",
      ].join("\n"),
    );
    expect(fieldValue(status.message, "reporting-mta")).toBe("mx.example.com");
    expect(status.recipients.map((group) => fieldValue(group, "final-recipient"))).toEqual([
      "a@example.com",
      "b@example.com",
    ]);
    expect(fieldValue(status.recipients[0] ?? [], "original-recipient")).toBe("A+x@example.com");
    expect(fieldValue(status.recipients[1] ?? [], "action")).toBe("delayed");
  });
});

describe("decodeXtext", () => {
  it("decodes +HH and \\x{HHHH}, leaves malformed escapes", () => {
    expect(decodeXtext("a+2Bb+3Dc@example.com")).toBe("a+b=c@example.com");
    expect(decodeXtext("j\\x{00F6}rg@example.com")).toBe("jörg@example.com");
    expect(decodeXtext("a+zz@example.com")).toBe("a+zz@example.com");
  });
});
