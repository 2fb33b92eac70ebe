import { readFileSync } from "node:fs";
import { explain, reasons } from "@smtp-codes/core";
import { describe, expect, it } from "vitest";
import { explainCategory, typicalReply } from "./category-explanation.js";
import { categoriesFor, categoryOf, mappingTable, providerCategories } from "./mapping.js";
import { webhookProviders } from "./types.js";

describe("the category tables", () => {
  it("give every provider a table with unique categories", () => {
    for (const provider of webhookProviders) {
      const rows = providerCategories.filter((row) => row.provider === provider);
      expect(rows.length).toBeGreaterThan(8);
      expect(new Set(rows.map((row) => row.category)).size).toBe(rows.length);
    }
  });

  it.each(providerCategories.map((row) => [`${row.provider}:${row.category}`, row] as const))(
    "%s is explained as its reason and severity",
    (_, row) => {
      const explanation = explainCategory(row, undefined);
      expect(explanation.reason).toBe(row.severity === "unknown" ? "undefined" : row.reason);
      expect(explanation.severity).toBe(row.severity);
      expect(explanation.rule).toBe(`provider:${row.provider}:${row.category}`);
      expect(explanation.code).toBeNull();
    },
  );

  it("has a typical reply core reads as each reason", () => {
    for (const reason of reasons) {
      const severity = reason === "delivered" ? "success" : "permanent";
      const explanation = explain(typicalReply(reason, severity));
      expect([reason, explanation.reason, explanation.severity]).toEqual([reason, reason, severity]);
    }
  });

  it("maps both ways", () => {
    expect(categoryOf("ses", "Permanent/NoEmail")?.reason).toBe("userUnknown");
    expect(categoryOf("ses", "no such category")).toBeUndefined();
    const full = categoriesFor("mailboxFull").map((row) => `${row.provider}:${row.category}`);
    expect(full).toEqual(
      expect.arrayContaining(["ses:Transient/MailboxFull", "sparkpost:22", "mailjet:quota exceeded"]),
    );
    expect(categoriesFor("userUnknown", "dropped").every((row) => row.type === "dropped")).toBe(true);
  });

  it("is documented in the README exactly as the data says", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const start = readme.indexOf("<!-- mapping:start -->");
    const end = readme.indexOf("<!-- mapping:end -->");
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start + "<!-- mapping:start -->".length, end).trim()).toBe(mappingTable());
  });
});
