import { describe, expect, it } from "vitest";
import { explain, explainError } from "../index.js";
import type { RecipientOutcome } from "../outcome/recipient-outcome.js";
import {
  carriesSmtp,
  createSmtpLog,
  flatFields,
  isExplanation,
  isRecipientOutcome,
  writeField,
} from "./index.js";

/** An outcome as `@smtp-codes/bounce` and `@smtp-codes/webhooks` build them. */
function outcome(address: string, reply: string, fields: Partial<RecipientOutcome> = {}): RecipientOutcome {
  return {
    source: "bounce",
    type: "bounce",
    address,
    originalRecipient: null,
    action: "failed",
    status: null,
    diagnosticCode: reply,
    remoteMta: "mx.example.com",
    command: "RCPT",
    timestamp: null,
    lastAttempt: null,
    willRetryUntil: null,
    messageId: "m1@example.com",
    provider: null,
    providerMessageId: null,
    providerCategory: null,
    explanation: explain(reply, { command: "RCPT" }),
    ...fields,
  };
}

const envelopeError = { code: "EENVELOPE", response: "550 5.1.1 User unknown", command: "RCPT TO" };

describe("createSmtpLog", () => {
  it("finds SMTP information in the record, err, error, an Error message, then the extra values", () => {
    const smtpLog = createSmtpLog({ explainError });
    const error = Object.assign(new Error("failed"), envelopeError);
    for (const [record, extra] of [
      [error, undefined],
      [{ err: error }, undefined],
      [{ error }, undefined],
      [{ message: error }, undefined],
      [{ message: "send failed" }, [1, "x", error]],
    ] as const) {
      const found = smtpLog.find(record, extra);
      expect(found?.source).toBe(error);
      expect(found && smtpLog.field(found)).toMatchObject({
        code: 550,
        reason: "userUnknown",
        bounce: "hard",
      });
    }
  });

  it("looks through an application's error to the SMTP client's error it wraps", () => {
    const smtpLog = createSmtpLog({ explainError });
    const client = Object.assign(new Error("failed"), envelopeError);
    const wrapped = new Error("welcome mail failed", {
      cause: new Error("mailer failed", { cause: client }),
    });
    expect(smtpLog.find({ err: wrapped })?.source).toBe(client);
    let deep: Error = client;
    for (let level = 0; level < 4; level++) deep = new Error(`level ${level}`, { cause: deep });
    expect(smtpLog.find({ err: deep })).toBeUndefined();
  });

  it("leaves records without SMTP information, and a database's ECONNREFUSED, alone", () => {
    const smtpLog = createSmtpLog({ explainError });
    expect(smtpLog.find({ message: "order placed", orderId: 42 })).toBeUndefined();
    expect(
      smtpLog.find({ err: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) }),
    ).toBeUndefined();
    expect(smtpLog.find({ message: "said: 550 5.1.1 User unknown" })).toBeUndefined();
    expect(
      createSmtpLog({ explainError, parseMessages: true }).find({ message: "said: 550 5.1.1 User unknown" }),
    ).toBeDefined();
  });

  it("refuses a locale the entry point does not hold when it is created", () => {
    expect(() => createSmtpLog({ explainError, locale: "fr" as "de" })).toThrow(RangeError);
  });

  it("memoises the field per reply", () => {
    const smtpLog = createSmtpLog({ explainError });
    const first = smtpLog.find({ ...envelopeError });
    const second = smtpLog.find({ ...envelopeError });
    expect(first && second && smtpLog.field(first)).toBe(second && smtpLog.field(second));
  });

  it("reuses an attached explanation in its own language unless the log has a locale", () => {
    const attached = { ...envelopeError, smtp: explainError(envelopeError, { locale: "de" }) };
    const reuse = createSmtpLog({ explainError }).find(attached);
    expect(reuse?.explain()).toBe(attached.smtp);
    const english = createSmtpLog({ explainError, locale: "en" }).find(attached);
    expect(english?.explain().summary).toBe("The recipient's mailbox does not exist.");
  });

  it("reads a recipient outcome, and a bounce report's outcomes as one verdict", () => {
    const smtpLog = createSmtpLog({ explainError });
    const one = outcome("gone@example.com", "550 5.1.1 <gone@example.com>: User unknown");
    expect(isRecipientOutcome(one)).toBe(true);
    const single = smtpLog.find(one);
    expect(single && smtpLog.field(single)).toMatchObject({
      code: 550,
      reason: "userUnknown",
      bounce: "hard",
      reply: "550 5.1.1 <gone@example.com>: User unknown",
      recipients: [{ recipient: "gone@example.com", code: 550, reason: "userUnknown", bounce: "hard" }],
    });
    const report = {
      reportedBy: "mx.example.com",
      recipients: [one, outcome("full@example.com", "452 4.2.2 Mailbox full")],
    };
    const found = smtpLog.find(report);
    const field = found && smtpLog.field(found);
    expect(field).toMatchObject({ reason: "mailboxFull", retryable: true, bounce: "soft" });
    expect(field?.recipients?.map((r) => r.recipient)).toEqual(["gone@example.com", "full@example.com"]);
  });

  it("writes an outcome in the log's locale", () => {
    const german = createSmtpLog({ explainError, locale: "de" });
    const found = german.find(outcome("gone@example.com", "550 5.1.1 User unknown"));
    expect(found && german.field(found).summary).toBe("Das Postfach des Empfängers existiert nicht.");
  });

  it("escapes and caps replies and addresses from remote servers", () => {
    const smtpLog = createSmtpLog({ explainError, maxReplyLength: 50 });
    const found = smtpLog.find(
      outcome("a\r\nforged@example.com", `550 5.1.1 \u001b[31m${"x".repeat(10_000)}`),
    );
    const field = found && smtpLog.field(found);
    expect(field?.reply.length).toBeLessThanOrEqual(51);
    expect(field?.reply).toContain("\\u001b[31m");
    expect(field?.recipients?.[0]?.recipient).toBe("a\\r\\nforged@example.com");
  });
});

describe("writeField", () => {
  const field = (() => {
    const smtpLog = createSmtpLog({ explainError });
    const found = smtpLog.find(envelopeError);
    if (!found) throw new Error("not found");
    return smtpLog.field(found);
  })();

  it("writes nested, beside a user's own value of the same name", () => {
    const record: Record<string, unknown> = { smtp: "relay-eu-1" };
    writeField(record, field);
    expect(record).toEqual({ smtp: "relay-eu-1", smtp_explained: field });
  });

  it("replaces an attached explanation, nested or flat", () => {
    const nested: Record<string, unknown> = { smtp: explainError(envelopeError) };
    writeField(nested, field);
    expect(nested.smtp).toBe(field);
    const flat: Record<string, unknown> = { smtp: explainError(envelopeError), message: "m" };
    writeField(flat, field, { fields: "flat" });
    expect(flat).toEqual({ message: "m", ...flatFields(field) });
    const renamed: Record<string, unknown> = { smtp: explainError(envelopeError) };
    writeField(renamed, field, { field: "mail" });
    expect(renamed).toEqual({ mail: field });
  });
});

describe("isExplanation and carriesSmtp", () => {
  it.each([null, undefined, 0, "x", [], {}, { reason: 1, severity: "x" }])(
    "%j is no explanation",
    (value) => {
      expect(isExplanation(value)).toBe(false);
    },
  );

  it("tells explanations and SMTP-carrying values", () => {
    expect(isExplanation(explain("550"))).toBe(true);
    expect(carriesSmtp({ responseCode: 550 })).toBe(true);
    expect(carriesSmtp({ rejectedErrors: [] })).toBe(true);
    expect(carriesSmtp({ code: "ETIMEDOUT", command: "CONN" })).toBe(true);
    expect(carriesSmtp({ code: "ETIMEDOUT" })).toBe(false);
    expect(carriesSmtp({ recipients: [1, 2] })).toBe(false);
  });
});
