import { describe, expect, it } from "vitest";
import { decisionKinds, explain, explainError } from "../index.js";
import { decidedByOf } from "./decided-by.js";
import { rules } from "./rules/index.js";

describe("decidedBy", () => {
  it.each([
    ["a text rule", explain("550 5.1.1 The email account that you tried to reach does not exist."), "rule"],
    ["an enhanced code", explain("550 5.1.1"), "enhanced"],
    ["a basic code", explain("452"), "basic"],
    ["a basic code at its stage", explain("550", { command: "RCPT TO" }), "basic"],
    ["the stage", explain("554 go away", { command: "EHLO" }), "stage"],
    ["the class", explain("250 OK"), "class"],
    ["a client error", explainError({ code: "ETIMEDOUT", message: "Greeting never received" }), "client"],
    ["nothing", explain("hello"), "none"],
  ])("names %s as data", (_what, result, kind) => {
    expect(result.decidedBy.kind).toBe(kind);
    expect(decisionKinds).toContain(result.decidedBy.kind);
    // The id is what follows the kind in the human-readable name.
    if (kind === "none") expect(result.decidedBy.id).toBeNull();
    else expect(result.rule).toContain(`:${result.decidedBy.id}`);
  });

  it("gives the id of the rule, without the stage it was adjusted for", () => {
    const result = explain("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown", {
      command: "MAIL FROM",
    });
    expect(result.rule).toMatch(/@MAIL$/);
    expect(result.decidedBy).toEqual({ kind: "rule", id: result.rule.slice(5, -"@MAIL".length) });
  });

  it("keeps the representative's decision in a verdict over several recipients", () => {
    const result = explainError({
      response: "550 5.1.1 User unknown",
      command: "RCPT TO",
      rejectedErrors: [
        { response: "550 5.1.1 User unknown", recipient: "a@example.com" },
        { response: "452 4.2.2 Mailbox full", recipient: "b@example.com" },
      ],
    });
    expect(result.rule).toMatch(/^combined:/);
    expect(result.decidedBy).toEqual(result.recipients?.[1]?.decidedBy);
  });

  it.each([
    ["user:acme.mailbox-gone", { kind: "user-rule", id: "acme.mailbox-gone" }],
    ["context:postfix.user-unknown", { kind: "context", id: "postfix.user-unknown" }],
    ["basic:550@RCPT", { kind: "basic", id: "550" }],
    ["user:team@example.com@MAIL", { kind: "user-rule", id: "team@example.com" }],
    ["user:team@EXAMPLE", { kind: "user-rule", id: "team" }],
    ["user:a@b.Example", { kind: "user-rule", id: "a@b.Example" }],
    ["rule:x@", { kind: "rule", id: "x@" }],
    ["combined:rule:gmail.user-unknown@DATA", { kind: "rule", id: "gmail.user-unknown" }],
    ["combined:enhanced:5.2.2", { kind: "enhanced", id: "5.2.2" }],
    ["class:4", { kind: "class", id: "4" }],
    ["none", { kind: "none", id: null }],
    ["something:else", { kind: "none", id: null }],
  ])("reads %s", (rule, decidedBy) => {
    expect(decidedByOf(rule)).toEqual(decidedBy);
  });

  it("reads every built-in rule's id back from its name, as rule decisions state it directly", () => {
    for (const rule of rules) {
      expect(decidedByOf(`rule:${rule.id}`)).toEqual({ kind: "rule", id: rule.id });
      expect(decidedByOf(`context:${rule.id}@MAIL`)).toEqual({ kind: "context", id: rule.id });
    }
  });
});
