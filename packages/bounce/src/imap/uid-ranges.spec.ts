import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportIdOf } from "./report-id.js";
import { UidRanges } from "./uid-ranges.js";

describe("UidRanges", () => {
  it("answers like a Set for any order of additions", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 300 }), (uids) => {
        const ranges = new UidRanges();
        const reference = new Set<number>();
        for (const uid of uids) {
          ranges.add(uid);
          reference.add(uid);
        }
        for (let uid = 0; uid <= 201; uid++) expect(ranges.has(uid)).toBe(reference.has(uid));
      }),
    );
  });

  it("keeps a run of UIDs as one range, however long", () => {
    const ranges = new UidRanges();
    for (let uid = 1; uid <= 100_000; uid++) ranges.add(uid);
    expect(ranges.rangeCount).toBe(1);
    ranges.add(100_002);
    expect(ranges.rangeCount).toBe(2);
    ranges.add(100_001);
    expect(ranges.rangeCount).toBe(1);
  });
});

describe("reportIdOf", () => {
  it("writes mailbox, UIDVALIDITY and UID like an IMAP URL path", () => {
    expect(reportIdOf({ mailbox: "INBOX", uidValidity: "1712345678", uid: 42 })).toBe(
      "INBOX;UIDVALIDITY=1712345678/;UID=42",
    );
  });

  it("encodes what would make two mailboxes' ids collide", () => {
    expect(reportIdOf({ mailbox: "Bounces;UID=1", uidValidity: "7", uid: 2 })).toBe(
      "Bounces%3BUID%3D1;UIDVALIDITY=7/;UID=2",
    );
    expect(reportIdOf({ mailbox: "Archiv/Rückläufer 2025", uidValidity: "7", uid: 2 })).toBe(
      "Archiv/R%C3%BCckl%C3%A4ufer%202025;UIDVALIDITY=7/;UID=2",
    );
  });
});
