import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { createClassifier, explain, type UserRule, UserRuleError, userPatternLimits } from "../index.js";
import { patternProblem } from "./user-rules.js";

const full: UserRule = {
  id: "acme.storage",
  words: ["storage"],
  pattern: /\bstorage plan used up\b/i,
  reason: "mailboxFull",
  source: "Acme Mail",
};

describe("createClassifier with user rules", () => {
  it("tries user rules before the built-in table and names them in rule", () => {
    const reply = "550 5.1.1 Storage plan used up for this user";
    // The built-in table reads the misleading X.1.1 and the words "for this user".
    expect(explain(reply).reason).not.toBe("mailboxFull");
    const { explain: ownExplain } = createClassifier({ rules: [full] });
    const result = ownExplain(reply);
    expect(result).toMatchObject({ reason: "mailboxFull", rule: "user:acme.storage", bounce: "soft" });
    expect(ownExplain("550 5.1.1 User unknown").rule).toBe(explain("550 5.1.1 User unknown").rule);
  });

  it("takes a string pattern, compiled case-insensitively, and the conditions of built-in rules", () => {
    const { explain: ownExplain } = createClassifier({
      rules: [
        { id: "dat", words: ["nope"], pattern: "nope, not today", reason: "filtered", commands: ["DATA"] },
        {
          id: "perm",
          words: ["later"],
          pattern: "come back later",
          reason: "rateLimited",
          classes: [5],
          retryable: true,
        },
      ],
    });
    expect(ownExplain("554 NOPE, not today", { command: "DATA" }).rule).toBe("user:dat");
    expect(ownExplain("554 NOPE, not today", { command: "RCPT" }).rule).not.toBe("user:dat");
    expect(ownExplain("550 come back later")).toMatchObject({ rule: "user:perm", retryable: true });
    expect(ownExplain("450 come back later").rule).not.toBe("user:perm");
  });

  it("applies to explainError, its recipients and the locale", () => {
    const { explainError } = createClassifier({ rules: [full] });
    const error = {
      code: "EENVELOPE",
      command: "RCPT TO",
      response: "550 5.1.1 Storage plan used up",
      rejectedErrors: [
        { recipient: "a@example.com", response: "550 5.1.1 Storage plan used up", command: "RCPT TO" },
      ],
    };
    const result = explainError(error, { locale: "de" });
    expect(result.rule).toMatch(/user:acme\.storage$/);
    expect(result.recipients?.[0]?.reason).toBe("mailboxFull");
    expect(result.locale).toBe("de");
  });

  it.each([
    [{ ...full, reason: "mailboxVoll" }, /rule "acme.storage": unknown reason "mailboxVoll"/],
    [{ ...full, words: [] }, /rule "acme.storage": words is missing/],
    [{ ...full, words: undefined }, /rule "acme.storage": words is missing/],
    [{ ...full, words: ["Storage"] }, /rule "acme.storage": word "Storage" must be lower-case/],
    [{ ...full, pattern: "(unclosed" }, /rule "acme.storage": pattern is not allowed: a group is not closed/],
    [{ ...full, pattern: "[z-a]" }, /rule "acme.storage": pattern is not a valid regular expression/],
    [{ ...full, pattern: /(?:a+)+$/ }, /repeated group may hold neither quantifiers nor alternatives/],
    [{ ...full, pattern: /(a|aa)*b/ }, /repeated group/],
    [{ ...full, pattern: /(a)\1/ }, /backreferences are not allowed/],
    [{ ...full, pattern: /(?=a)a/ }, /lookahead and lookbehind/],
    [{ ...full, pattern: /storage/g }, /flags g and y/],
    [{ ...full, pattern: 42 }, /pattern must be a RegExp or a string/],
    [{ ...full, commands: ["SEND"] }, /unknown SMTP stage "SEND"/],
    [{ ...full, classes: [3] }, /classes must be/],
    [{ ...full, confidence: 2 }, /confidence must be a number from 0 to 1/],
    [{ ...full, id: "" }, /rule #0: id must be/],
    ["not a rule", /rule #0: a rule must be an object/],
  ])("refuses a bad rule with an error naming it: %o", (rule, message) => {
    expect(() => createClassifier({ rules: [rule as UserRule] })).toThrow(UserRuleError);
    expect(() => createClassifier({ rules: [rule as UserRule] })).toThrow(message);
  });

  it("refuses duplicate ids and options that are not an object", () => {
    expect(() => createClassifier({ rules: [full, full] })).toThrow(
      /rule "acme.storage": the id is used twice/,
    );
    expect(() => createClassifier(null as never)).toThrow(TypeError);
    expect(() => createClassifier({ rules: "x" as never })).toThrow(/rules must be an array/);
    expect(createClassifier({}).explain("550 5.1.1 User unknown").reason).toBe("userUnknown");
  });
});

describe("the guard on user patterns", () => {
  const accepted = [
    "storage plan used up",
    "\\bquota (?:exceeded|reached)\\b",
    "mailbox\\s+\\S{1,30}\\s+is full",
    "(?:ed|ing)?",
    "^5\\d\\d [a-z]+ refused$",
    "\\s+refused\\s+\\S+ here",
    "(?<name>x)y",
    "a{0,3}b",
  ];
  const refused = [
    "(a+)+$",
    "(a|a)*$",
    "(?:x\\s+\\S+){2,}",
    "\\S+ and \\S+",
    ".*x.*",
    "a**",
    "(?<=x)y",
    "(a)\\1",
    "x".repeat(userPatternLimits.length + 1),
  ];

  it.each(accepted)(
    "accepts %s, which recheck finds at worst quadratic",
    (source) => {
      expect(patternProblem(source)).toBeNull();
      const result = checkSync(source, "i", { timeout: 30_000 });
      if (result.status === "vulnerable") {
        expect(result.complexity.type).toBe("polynomial");
        if (result.complexity.type === "polynomial") expect(result.complexity.degree).toBeLessThanOrEqual(2);
      } else expect(result.status).toBe("safe");
    },
    60_000,
  );

  it.each(refused)("refuses %s", (source) => {
    expect(patternProblem(source)).not.toBeNull();
  });
});
