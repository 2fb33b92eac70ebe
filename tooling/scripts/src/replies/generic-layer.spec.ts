import { explain, reasons } from "@smtp-codes/core";
import { describe, expect, it } from "vitest";
import { documentedReplies } from "./documented-replies.js";
import { genericLayer } from "./generic-layer.js";

describe("genericLayer", () => {
  it("decides without the provider and MTA rules that the full table has", () => {
    const reply = "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found";
    expect(explain(reply).decidedBy.id).toMatch(/^exchange\./);
    const layer = genericLayer();
    expect(layer.providerRules).toBeGreaterThan(50);
    expect(layer.explain(reply).decidedBy.kind).not.toBe("rule");
    // a family rule still decides
    expect(layer.explain("452 4.2.2 Mailbox full").reason).toBe("mailboxFull");
  });

  it("leaves the providers' own enhanced codes out", () => {
    // Microsoft's 5.7.708 (traffic from a new or poor-reputation IP) is no registry code
    expect(explain("550 5.7.708").rule).toBe("enhanced:5.7.708");
    expect(genericLayer().explain("550 5.7.708").rule).not.toBe("enhanced:5.7.708");
  });
});

describe("documentedReplies", () => {
  it("reads every block of core's documented-replies test, each reply with a known reason and its page", () => {
    const replies = documentedReplies();
    expect(replies.length).toBeGreaterThan(100);
    expect(new Set(replies.map((reply) => reply.provider))).toContain("gmail");
    for (const reply of replies) {
      expect(reasons).toContain(reply.reason);
      expect(reply.source).toMatch(/^https:\/\//);
    }
  });
});
