import { describe, expect, it } from "vitest";
import { isSafeAddress } from "../index.js";

describe("isSafeAddress", () => {
  it("takes plain, quoted and internationalised addresses", () => {
    for (const address of [
      "user@example.com",
      '"john doe"@example.com',
      "Jörg.Müller@example.de",
      "用户@例子.广告",
      "user+tag@[192.0.2.1]",
      // zero-width joiners are part of some scripts' spelling (IDNA's CONTEXTJ)
      "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645@example.ir",
    ])
      expect(isSafeAddress(address), address).toBe(true);
  });

  it("refuses every control, bidirectional and invisible character", () => {
    const unsafe = [
      ...Array.from({ length: 0x20 }, (_, code) => code),
      0x7f,
      ...Array.from({ length: 0x20 }, (_, code) => 0x80 + code),
      0x061c,
      0x200b,
      0x200e,
      0x200f,
      0x2028,
      0x2029,
      0x202a,
      0x202b,
      0x202c,
      0x202d,
      0x202e,
      0x2066,
      0x2067,
      0x2068,
      0x2069,
      0xfeff,
    ];
    for (const code of unsafe) {
      const address = `us${String.fromCharCode(code)}er@example.com`;
      expect(isSafeAddress(address), code.toString(16)).toBe(false);
    }
    expect(isSafeAddress("a@example.com\r\nBcc: b@example.com")).toBe(false);
  });

  it("takes every other character of printable ASCII and Latin-1", () => {
    for (let code = 0x20; code < 0x7f; code++) expect(isSafeAddress(String.fromCharCode(code))).toBe(true);
    for (let code = 0xa0; code <= 0xff; code++) expect(isSafeAddress(String.fromCharCode(code))).toBe(true);
  });
});
