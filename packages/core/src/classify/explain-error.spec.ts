import { describe, expect, it } from "vitest";
import { clientErrors, combineExplanations, explain, explainError } from "../index.js";

describe("explainError", () => {
  it("explains the server's reply an error carries, with its command", () => {
    const error = Object.assign(
      new Error("Can't send mail - all recipients were rejected: 550 5.1.1 User unknown"),
      {
        code: "EENVELOPE",
        response: "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown",
        responseCode: 550,
        command: "RCPT TO",
      },
    );
    expect(explainError(error)).toMatchObject({
      code: 550,
      reason: "userUnknown",
      bounce: "hard",
      command: "RCPT",
    });
  });

  it("puts back a response code the reply text lost", () => {
    expect(explainError({ response: "Greylisted, try later", responseCode: 451 })).toMatchObject({
      code: 451,
      reason: "greylisted",
    });
  });

  it.each([
    ["ECONNECTION", "Connection closed unexpectedly", "networkError", true],
    ["ETIMEDOUT", "Greeting never received", "networkError", true],
    ["EDNS", "getaddrinfo EAI_AGAIN smtp.example.com", "networkError", true],
    [
      "ETLS",
      "Client network socket disconnected before secure TLS connection was established",
      "securityError",
      false,
    ],
    ["EAUTH", 'Missing credentials for "PLAIN"', "authRequired", false],
    ["ENOAUTH", "Credentials not provided", "authRequired", false],
    ["EREQUIRETLS", "REQUIRETLS not supported by server", "requireTLS", false],
    ["EMESSAGE", "Message size larger than allowed 1000", "messageTooBig", false],
    ["EMAXLIMIT", "Reached max messages for this connection", "rateLimited", true],
  ])("explains nodemailer's %s without a reply", (code, message, reason, retryable) => {
    const result = explainError(Object.assign(new Error(message), { code }));
    expect(result).toMatchObject({ reason, retryable, bounce: "soft" });
    expect(result.severity).toBe(retryable ? "transient" : "permanent");
  });

  it("reads Node's socket errors, also on the cause", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:2525"), { code: "ESOCKET" });
    expect(explainError(refused)).toMatchObject({ reason: "networkError", retryable: true });
    const wrapped = new Error("send failed", {
      cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }),
    });
    expect(explainError(wrapped)).toMatchObject({ reason: "networkError", rule: "client:ECONNRESET" });
  });

  it("explains every refused recipient and gives one verdict over them", () => {
    const rejectedErrors = [
      { response: "550 5.1.1 User unknown", command: "RCPT TO", recipient: "gone@example.com" },
      { response: "452 4.2.2 Mailbox full", command: "RCPT TO", recipient: "full@example.com" },
    ];
    const failure = explainError({
      code: "EENVELOPE",
      response: "452 4.2.2 Mailbox full",
      command: "RCPT TO",
      rejectedErrors,
    });
    expect(failure).toMatchObject({ reason: "mailboxFull", retryable: true, bounce: "soft" });
    expect(failure.recipients?.map((r) => [r.recipient, r.reason, r.bounce])).toEqual([
      ["gone@example.com", "userUnknown", "hard"],
      ["full@example.com", "mailboxFull", "soft"],
    ]);
    const result = explainError(
      { response: "250 2.0.0 Ok: queued as 4C33C18207F", rejectedErrors },
      { command: "DATA" },
    );
    expect(result).toMatchObject({ severity: "success", queueId: "4C33C18207F" });
    expect(result.recipients?.[0]).toMatchObject({ reason: "userUnknown", command: "RCPT" });
  });

  it.each([null, undefined, 42, "550 5.1.1 User unknown", {}, [], Symbol("x")])(
    "never throws for %s",
    (value) => {
      expect(() => explainError(value)).not.toThrow();
    },
  );

  it("covers every client error code in its table", () => {
    for (const code of Object.keys(clientErrors)) {
      expect(explainError({ code, message: "" }).rule).toBe(`client:${code}`);
    }
  });
});

describe("combineExplanations", () => {
  it("gives one verdict for several recipients", () => {
    const unknown = explain("550 5.1.1 User unknown");
    const full = explain("452 4.2.2 Mailbox full");
    expect(combineExplanations([unknown, full])).toMatchObject({
      reason: "mailboxFull",
      retryable: true,
      bounce: "soft",
    });
    expect(combineExplanations([unknown, unknown])).toMatchObject({
      reason: "userUnknown",
      bounce: "hard",
      retryable: false,
    });
    expect(combineExplanations([])).toBeUndefined();
  });
});
