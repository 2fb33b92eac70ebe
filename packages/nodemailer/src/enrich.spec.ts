import nodemailer, { type NodemailerError, type SMTPSentMessageInfo } from "nodemailer";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { enrichError, enrichInfo, retryPlan, type SmtpExplanation, smtpOf, withSmtpCodes } from "./index.js";
import { type RunningServer, reply, startSmtpServer } from "./testing/smtp-server.js";

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

function transportTo(port: number) {
  return nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
}
const message = { from: "from@example.com", to: "to@example.com", subject: "test", text: "hello" };

describe("enrichError", () => {
  it("keeps the error itself: identity, class, message, stack, code, cause", () => {
    const cause = new Error("socket");
    const error = Object.assign(new TypeError("Can't send mail - all recipients were rejected", { cause }), {
      code: "EENVELOPE",
      response: "550 5.1.1 User unknown",
      command: "RCPT TO",
    });
    const { message: before, stack } = error;
    expect(enrichError(error)).toBe(error);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: before, stack, code: "EENVELOPE", cause });
    expect(smtpOf(error)).toMatchObject({ reason: "userUnknown", bounce: "hard" });
  });

  it("changes nothing the second time", () => {
    const error = Object.assign(new Error("x"), { response: "452 4.2.2 Mailbox full" });
    const first = smtpOf(enrichError(error));
    expect(smtpOf(enrichError(error, { locale: "de" }))).toBe(first);
  });

  it("never throws, whatever it is given", () => {
    const frozen = Object.freeze(Object.assign(new Error("frozen"), { response: "550 5.1.1 User unknown" }));
    const hostile = new Error("hostile");
    Object.defineProperty(hostile, "response", {
      get() {
        throw new Error("getter throws");
      },
    });
    for (const value of [
      frozen,
      hostile,
      null,
      undefined,
      42,
      "550 nope",
      Symbol("s"),
      Object.create(null),
    ]) {
      expect(() => enrichError(value)).not.toThrow();
    }
    expect(frozen.message).toBe("frozen");
  });

  it("answers in German", () => {
    const error = enrichError(Object.assign(new Error("x"), { response: "550 5.1.1 User unknown" }), {
      locale: "de",
    });
    expect(smtpOf(error)?.summary).toBe("Das Postfach des Empfängers existiert nicht.");
  });
});

describe("enrichInfo", () => {
  it("explains the final response and every refused recipient", () => {
    const refused = Object.assign(new Error("Recipient command failed"), {
      response: "550 5.1.1 User unknown",
      recipient: "gone@example.com",
      command: "RCPT TO",
    });
    const info = enrichInfo({ response: "250 2.0.0 Ok: queued as ABC123", rejectedErrors: [refused] });
    expect(smtpOf(info)).toMatchObject({ reason: "delivered", queueId: "ABC123" });
    expect(smtpOf(info)?.recipients?.[0]).toMatchObject({
      recipient: "gone@example.com",
      reason: "userUnknown",
    });
    expect(smtpOf(refused)).toMatchObject({ reason: "userUnknown" });
  });

  it("leaves results without an SMTP response alone", () => {
    const info = { messageId: "<x@example.com>", message: Buffer.from("raw") };
    expect(smtpOf(enrichInfo(info))).toBeUndefined();
  });
});

describe("withSmtpCodes", () => {
  it("returns the same transporter and installs once", async () => {
    running = await startSmtpServer({ onRcptTo: (_a, _s, cb) => cb(reply(550, "5.1.1 User unknown")) });
    const transporter = transportTo(running.port);
    expect(withSmtpCodes(transporter)).toBe(transporter);
    const sendMail = transporter.sendMail;
    expect(withSmtpCodes(transporter, { locale: "de" }).sendMail).toBe(sendMail);
    await expect(transporter.sendMail(message)).rejects.toMatchObject({
      code: "EENVELOPE",
      smtp: { reason: "userUnknown", locale: "en" },
    });
    transporter.close();
  });

  it("explains in the callback style", async () => {
    running = await startSmtpServer({});
    const transporter = withSmtpCodes(transportTo(running.port));
    const info = await new Promise<SMTPSentMessageInfo>((resolve, reject) =>
      transporter.sendMail(message, (err, result) => (err ? reject(err) : resolve(result))),
    );
    expect(info.smtp).toMatchObject({ severity: "success", reason: "delivered" });
    transporter.close();
  });
});

describe("retryPlan", () => {
  it("retries what passes, with backoff, and gives up on the rest", () => {
    const greylisted = enrichError(Object.assign(new Error("x"), { response: "450 4.2.0 Greylisted" }));
    expect(retryPlan(greylisted)).toEqual({ retry: true, delayMs: 300_000 });
    expect(retryPlan(greylisted, { attempt: 2 })).toEqual({ retry: true, delayMs: 600_000 });
    expect(retryPlan(greylisted, { attempt: 5 })).toEqual({ retry: false, delayMs: 0 });
    const unknown = enrichError(Object.assign(new Error("x"), { response: "550 5.1.1 User unknown" }));
    expect(retryPlan(unknown).retry).toBe(false);
    expect(retryPlan(new Error("never explained")).retry).toBe(false);
  });

  it("waits core's retryAfter first, and never less, whatever the cap", () => {
    const full = enrichError(Object.assign(new Error("x"), { response: "452 4.2.2 Mailbox full" }));
    const retryAfterMs = (smtpOf(full)?.retryAfter ?? 0) * 1000;
    expect(retryAfterMs).toBe(21_600_000);
    expect(retryPlan(full)).toEqual({ retry: true, delayMs: retryAfterMs });
    expect(retryPlan(full, { attempt: 2 }).delayMs).toBe(2 * retryAfterMs);
    expect(retryPlan(full, { attempt: 4 }).delayMs).toBe(86_400_000);
    expect(retryPlan(full, { attempt: 2, maxDelayMs: 3_600_000 }).delayMs).toBe(retryAfterMs);
    const greylisted = enrichError(Object.assign(new Error("x"), { response: "450 4.2.0 Greylisted" }));
    expect(retryPlan(greylisted, { attempt: 4, maxDelayMs: 1_000_000 }).delayMs).toBe(1_000_000);
  });
});

describe("types", () => {
  it("types smtp on nodemailer's own error and result types", () => {
    expectTypeOf<NodemailerError["smtp"]>().toEqualTypeOf<SmtpExplanation | undefined>();
    expectTypeOf<SMTPSentMessageInfo["smtp"]>().toEqualTypeOf<SmtpExplanation | undefined>();
  });
});
