import { describe, expect, it } from "vitest";
import basicReference from "../../fixtures/basic-reply-codes.json" with { type: "json" };
import registry from "../../fixtures/iana-enhanced-status-codes.json" with { type: "json" };
import seed from "../../fixtures/seed-codes.json" with { type: "json" };
import { type BasicEntry, type EnhancedEntry, listEntries, lookup } from "../index.js";

/** RFC 5321 section 4.2 reply-code syntax, written independently of the implementation. */
const abnfValid = (code: number): boolean => /^[2-5][0-5][0-9]$/.test(String(code));

const basic = (code: string | number) => lookup(code) as BasicEntry;
const enhanced = (code: string) => lookup(code) as EnhancedEntry;

describe("the catalogue against the seed page", () => {
  it.each(seed.basicCodes)("has basic code %i", (code) => {
    expect(basic(code)).toMatchObject({ kind: "basic", code, registered: true });
  });
  it.each(seed.enhancedCodes)("has enhanced code %s", (code) => {
    expect(enhanced(code)).toMatchObject({ kind: "enhanced", registryCode: code, registered: true });
  });
  it.each(seed.detailedPermanentCodes)("has permanent code %s", (code) => {
    expect(enhanced(code)).toMatchObject({ code, severity: "permanent", registered: true });
  });
  it("corrects the seed's known errors", () => {
    expect(enhanced("5.0.0").title).toBe("Other undefined status");
    expect(enhanced("5.0.0").explanation).toMatch(/does not mean 'address does not exist'/);
    expect(enhanced("5.3.0").title).not.toMatch(/accepted/i);
    expect(enhanced("X.1.5").advice).toBeNull();
    expect(enhanced("X.4.3").title).toBe("Directory server failure");
    expect(enhanced("X.4.5").title).toBe("Mail system congestion");
    expect(basic(432)).toMatchObject({ standard: true, title: "Password transition needed" });
    expect(basic(471)).toMatchObject({ standard: false, validSyntax: false });
    expect(basic(511)).toMatchObject({ standard: false, likelyEnhanced: "5.1.1" });
    expect(basic(523).explanation).toMatch(/X\.7\.10/);
  });
});

describe("the catalogue against the IANA registry", () => {
  it("has exactly the registry's 81 codes", () => {
    const listed = listEntries({ kind: "enhanced" })
      .filter((entry) => entry.registered)
      .map((entry) => entry.code);
    expect(listed).toEqual(registry.codes.map((code) => code.code));
    expect(listed).toHaveLength(81);
  });
  it.each(registry.codes)("matches $code", (row) => {
    const entry = enhanced(row.code);
    expect(entry).toMatchObject({
      subject: row.subject,
      detail: row.detail,
      registered: true,
      associatedBasicCodes: row.associatedBasicCodes,
      references: row.reference,
      deprecatedInFavourOf: "deprecatedInFavourOf" in row ? row.deprecatedInFavourOf : null,
    });
    expect(entry.intendedClasses).toEqual("allowedClasses" in row ? row.allowedClasses : []);
    if (row.summary) expect(entry.registryName).toBe(row.summary);
    for (const cls of [2, 4, 5] as const) {
      expect(enhanced(`${cls}.${row.subject}.${row.detail}`)).toMatchObject({
        class: cls,
        registryCode: row.code,
      });
    }
  });
});

describe("the catalogue against the RFC basic codes", () => {
  it.each(basicReference.standardCodes)("has standard code $code", (row) => {
    expect(basic(row.code)).toMatchObject({
      class: row.class,
      standard: true,
      registered: true,
      validSyntax: true,
    });
  });
  it.each(basicReference.nonStandardCodes)("flags non-standard code $code", (row) => {
    expect(basic(row.code)).toMatchObject({
      standard: false,
      registered: true,
      validSyntax: abnfValid(row.code),
    });
  });
  it("holds every standard code, and no other code as standard", () => {
    const standard = listEntries({ kind: "basic" }).filter((entry) => (entry as BasicEntry).standard);
    expect(standard.map((entry) => Number(entry.code))).toEqual(
      basicReference.standardCodes.map((row) => row.code),
    );
  });
});
