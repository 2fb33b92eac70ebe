import { describe, expect, it } from "vitest";
import { lookup as lookupEnglishOnly } from "../en.js";
import { de, type EnhancedEntry, explain, listEntries, lookup } from "../index.js";
import { vendorCodes } from "./vendor-codes.js";

describe("providers' own enhanced codes", () => {
  it("are found by lookup, in English and German, marked unregistered with their vendor", () => {
    const entry = lookup("5.7.708") as EnhancedEntry;
    expect(entry).toMatchObject({ kind: "enhanced", registered: false, vendor: "Microsoft", class: 5 });
    expect(entry.title).toBe("Traffic not accepted from this IP");
    expect(entry.references[0]).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect((lookup("5.7.708", { locale: "de" }) as EnhancedEntry).title).toBe(
      "Keine Post von dieser IP-Adresse",
    );
    expect((lookupEnglishOnly("4.7.650") as EnhancedEntry).vendor).toBe("Microsoft");
  });

  it("cover a documented block with one entry", () => {
    for (const code of ["5.7.606", "5.7.620", "5.7.649"]) {
      expect(lookup(code)).toMatchObject({ vendor: "Microsoft", title: "Banned sending IP", code });
    }
    expect(lookup("5.7.650")).toMatchObject({ vendor: null, registered: false });
    expect(lookup("4.7.555")).toMatchObject({
      vendor: "Microsoft",
      title: "Server busy, access denied for now",
    });
    expect(lookup("4.7.650")).toMatchObject({ vendor: "Microsoft", title: "Rate limited for IP reputation" });
  });

  it("keep a code of another class or outside the blocks unregistered and without vendor", () => {
    expect(lookup("5.7.650")).toMatchObject({ registered: false, vendor: null });
    expect(lookup("5.1.99")).toMatchObject({ registered: false, vendor: null });
    expect(lookup("5.1.1")).toMatchObject({ registered: true, vendor: null });
  });

  it("are listed after the registry's codes, each once", () => {
    const listed = listEntries({ kind: "enhanced" }).filter((entry) => !entry.registered);
    expect(listed.map((entry) => entry.code)).toEqual(vendorCodes.map((facts) => facts.code));
    const german = listEntries({ locale: "de", kind: "enhanced" }).filter((entry) => !entry.registered);
    for (const entry of german)
      expect(entry.title, String(entry.code)).not.toContain(de.unregistered.enhancedTitle);
  });

  it("has blocks that do not overlap, none of the registry's codes, and codes that name a class", () => {
    const seen = new Set<string>();
    for (const facts of vendorCodes) {
      expect(lookup(facts.code)?.registered, facts.code).toBe(false);
      const [cls, subject, detail] = facts.code.split(".").map(Number) as [number, number, number];
      const to = "to" in facts ? facts.to : detail;
      for (let d = detail; d <= to; d++) {
        const key = `${cls}.${subject}.${d}`;
        // A single code may sit inside a block (4.7.650 in 4.7.5xx to 4.7.6xx) and wins there.
        if (to === detail && seen.has(key)) continue;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it("give an explanation the vendor's title", () => {
    expect(
      explain("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.").title,
    ).toBe("Traffic not accepted from this IP");
  });
});

describe("providers' own codes in the classifier", () => {
  it.each(vendorCodes.map((facts) => facts.code))(
    "%s stands for a reason when the text says nothing",
    (code) => {
      const result = explain(code);
      expect(result.rule).toBe(`enhanced:${code}`);
      expect(result.reason).not.toBe("undefined");
    },
  );
});
