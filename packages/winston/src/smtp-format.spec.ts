import { enrichError, type SmtpError } from "@smtp-codes/nodemailer";
import { describe, expect, it } from "vitest";
import winston from "winston";
import Transport from "winston-transport";
import { smtpConsole, smtpFormat } from "./index.js";

const MESSAGE = Symbol.for("message");

/** A transport that keeps what it receives. */
class Capture extends Transport {
  readonly records: Record<string | symbol, unknown>[] = [];
  override log(info: Record<string | symbol, unknown>, next: () => void): void {
    this.records.push(info);
    next();
  }
}

function loggerWith(format: winston.Logform.Format, defaultMeta?: object) {
  const capture = new Capture();
  const logger = winston.createLogger({ level: "debug", format, transports: [capture], defaultMeta });
  return {
    logger,
    capture,
    last: () => capture.records[capture.records.length - 1] as Record<string | symbol, unknown>,
  };
}

const standard = () =>
  winston.format.combine(winston.format.errors({ stack: true }), smtpFormat(), winston.format.json());

/** A nodemailer-like error: what nodemailer's sendMail rejects with. */
function nodemailerError() {
  return Object.assign(
    new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <a@example.com>: User unknown"),
    {
      code: "EENVELOPE",
      response: "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown",
      responseCode: 550,
      command: "RCPT TO",
    },
  );
}

const expected = {
  code: 550,
  enhanced: "5.1.1",
  reason: "userUnknown",
  bounce: "hard",
  severity: "permanent",
  retryable: false,
};

describe("smtpFormat finds SMTP information wherever winston puts it", () => {
  it.each<[string, (logger: winston.Logger, err: Error) => void]>([
    ["logger.error(err)", (logger, err) => logger.error(err)],
    ["logger.error(message, err)", (logger, err) => logger.error("send failed", err)],
    ["logger.error(message, { err })", (logger, err) => logger.error("send failed", { err })],
    ["logger.error(message, { error })", (logger, err) => logger.error("send failed", { error: err })],
    [
      "logger.log({ level, message: err })",
      (logger, err) => logger.log({ level: "error", message: err as unknown as string }),
    ],
    ["a child logger", (logger, err) => logger.child({ requestId: "r1" }).error("send failed", err)],
  ])("%s", (_shape, log) => {
    const { logger, last } = loggerWith(standard());
    const err = nodemailerError();
    const fields = (value: Error) => ({
      ...Object.fromEntries(Object.entries(value)),
      message: value.message,
      stack: value.stack,
    });
    const before = fields(err);
    log(logger, err);
    const record = last();
    expect(record.smtp).toMatchObject(expected);
    expect(JSON.parse(String(record[MESSAGE])).smtp).toMatchObject(expected);
    // The user's error is not changed: winston itself adds `level` to an error logged alone,
    // the formats add nothing.
    const { level: _level, ...after } = fields(err) as Record<string, unknown>;
    expect(after).toEqual(before);
    expect(err).not.toHaveProperty("smtp");
    expect((err as unknown as Record<symbol, unknown>)[MESSAGE]).toBeUndefined();
  });

  it("keeps message and stack", () => {
    const { logger, last } = loggerWith(standard());
    const err = nodemailerError();
    logger.error(err);
    expect(last()).toMatchObject({ message: err.message, stack: err.stack });
  });

  it("reuses what @smtp-codes/nodemailer attached", () => {
    const { logger, last } = loggerWith(standard());
    const err = enrichError(nodemailerError(), { locale: "de" });
    logger.error("send failed", err);
    expect(last().smtp).toMatchObject({
      ...expected,
      summary: "Das Postfach des Empfängers existiert nicht.",
    });
  });

  it("writes the log's locale over the one @smtp-codes/nodemailer explained in", () => {
    const { logger, last } = loggerWith(
      winston.format.combine(winston.format.errors({ stack: true }), smtpFormat({ locale: "de" })),
    );
    const err = enrichError(nodemailerError()) as unknown as SmtpError;
    expect(err.smtp.locale).toBe("en");
    logger.error("send failed", err);
    expect(last().smtp).toMatchObject({
      ...expected,
      summary: "Das Postfach des Empfängers existiert nicht.",
    });
    expect(err.smtp.summary).toBe("The recipient's mailbox does not exist.");
  });

  it("accepts only the locales core holds", () => {
    // @ts-expect-error: "fr" is not one of core's locales, so it does not compile,
    // and from JavaScript it is core's RangeError when the format is made
    expect(() => smtpFormat({ locale: "fr" })).toThrow(RangeError);
  });

  it("explains nodemailer info objects with refused recipients", () => {
    const { logger, last } = loggerWith(standard());
    const info = {
      messageId: "<m@example.com>",
      response: "250 2.0.0 Ok: queued as 4C33C18207F",
      rejectedErrors: [
        Object.assign(new Error("Recipient command failed"), {
          response: "550 5.1.1 User unknown",
          command: "RCPT TO",
          recipient: "gone@example.com",
        }),
      ],
    };
    logger.info("sent", info);
    expect(last().smtp).toMatchObject({
      severity: "success",
      reason: "delivered",
      recipients: [{ recipient: "gone@example.com", reason: "userUnknown", bounce: "hard" }],
    });
  });

  it("explains client errors without a reply", () => {
    const { logger, last } = loggerWith(standard());
    logger.error(
      "send failed",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:25"), { code: "ESOCKET", command: "CONN" }),
    );
    expect(last().smtp).toMatchObject({ reason: "networkError", retryable: true });
  });

  it("leaves a database's ECONNREFUSED alone", () => {
    const { logger, last } = loggerWith(standard());
    logger.error(
      "db down",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    );
    expect(last()).not.toHaveProperty("smtp");
  });

  it("looks into plain messages only when asked", () => {
    const reply = "host mx.example.com said: 550 5.1.1 <a@example.com>: User unknown";
    const off = loggerWith(standard());
    off.logger.warn(reply);
    expect(off.last()).not.toHaveProperty("smtp");
    const on = loggerWith(winston.format.combine(smtpFormat({ parseMessages: true }), winston.format.json()));
    on.logger.warn(reply);
    expect(on.last().smtp).toMatchObject({ code: 550, reason: "userUnknown" });
  });
});

describe("records without SMTP information", () => {
  it.each([
    ["a string", (logger: winston.Logger, _error: Error) => logger.info("hello")],
    [
      "metadata",
      (logger: winston.Logger, _error: Error) => logger.info("order placed", { orderId: 42, items: [1, 2] }),
    ],
    ["an unrelated error", (logger: winston.Logger, error: Error) => logger.error(error)],
  ])("pass through unchanged: %s", (_name, log) => {
    const plain = loggerWith(
      winston.format.combine(winston.format.errors({ stack: true }), winston.format.json()),
    );
    const withSmtp = loggerWith(standard());
    const [first, second] = [1, 2].map(() => new TypeError("x is undefined")) as [Error, Error];
    log(plain.logger, first);
    log(withSmtp.logger, second);
    expect(withSmtp.last()).toEqual(plain.last());
    expect(withSmtp.last()[MESSAGE]).toEqual(plain.last()[MESSAGE]);
  });
});

describe("field names", () => {
  it("does not take over a defaultMeta field of the same name", () => {
    const { logger, last } = loggerWith(standard(), { smtp: "relay-eu-1", service: "mailer" });
    logger.error("send failed", nodemailerError());
    expect(last()).toMatchObject({ smtp: "relay-eu-1", service: "mailer" });
    expect(last().smtp_explained).toMatchObject(expected);
  });

  it("uses the configured name", () => {
    const { logger, last } = loggerWith(
      winston.format.combine(smtpFormat({ field: "mail" }), winston.format.json()),
    );
    logger.error("send failed", nodemailerError());
    expect(last().mail).toMatchObject(expected);
  });

  it("offers flat ECS and OpenTelemetry style names", () => {
    const { logger, last } = loggerWith(
      winston.format.combine(smtpFormat({ fields: "flat" }), winston.format.json()),
    );
    logger.error("send failed", nodemailerError());
    expect(last()).toMatchObject({
      "smtp.reply.code": 550,
      "smtp.reply.enhanced_code": "5.1.1",
      "smtp.reason": "userUnknown",
      "smtp.bounce": "hard",
      "smtp.retryable": false,
    });
  });

  it.each<[string, (logger: winston.Logger, err: Error) => void]>([
    ["logger.error(message, err)", (logger, err) => logger.error("send failed", err)],
    ["logger.error(err)", (logger, err) => logger.error(err)],
  ])("writes only flat keys, also for an error @smtp-codes/nodemailer explained: %s", (_shape, log) => {
    const { logger, last } = loggerWith(
      winston.format.combine(winston.format.errors({ stack: true }), smtpFormat({ fields: "flat" })),
    );
    log(logger, enrichError(nodemailerError()));
    const record = last();
    expect(record["smtp.reason"]).toBe("userUnknown");
    const nested = Object.entries(record).filter(
      ([, value]) => typeof value === "object" && value !== null && !Array.isArray(value),
    );
    expect(nested).toEqual([]);
  });
});

describe("hostile replies", () => {
  function logReply(response: string) {
    const { logger, last } = loggerWith(standard());
    logger.error(
      "send failed",
      Object.assign(new Error("Message failed"), { response, command: "DATA", code: "EMESSAGE" }),
    );
    return last();
  }

  it("cannot forge log lines", () => {
    const record = logReply('550 5.7.1 spam\r\n{"level":"info","message":"all good","admin":true}\n');
    const line = String(record[MESSAGE]);
    expect(line.split("\n")).toHaveLength(1);
    expect((record.smtp as { reply: string }).reply).toBe(
      '550 5.7.1 spam\\r\\n{"level":"info","message":"all good","admin":true}\\n',
    );
  });

  it("cannot paint the terminal", () => {
    const record = logReply("550 5.7.1 \u001b[2J\u001b[31mred\u001b[0m \u0007bell \u2028sep");
    const reply = (record.smtp as { reply: string }).reply;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none is left
    expect(reply).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(reply).toContain("\\u001b[2J");
  });

  it("caps a 1 MB reply", () => {
    const record = logReply(`550 5.7.1 ${"a".repeat(1_048_576)}`);
    expect((record.smtp as { reply: string }).reply.length).toBeLessThanOrEqual(1001);
    expect(String(record[MESSAGE]).length).toBeLessThan(1_048_576 + 20_000);
  });
});

describe("works with other formats", () => {
  it.each([
    ["json()", winston.format.json()],
    ["logstash()", winston.format.logstash()],
    ["printf()", winston.format.printf((info) => `${info.level} ${JSON.stringify(info.smtp)}`)],
    ["prettyPrint()", winston.format.prettyPrint()],
  ])("%s", (_name, output) => {
    const { logger, last } = loggerWith(
      winston.format.combine(winston.format.errors({ stack: true }), smtpFormat(), output),
    );
    logger.error("send failed", nodemailerError());
    expect(String(last()[MESSAGE])).toContain("userUnknown");
  });
});

describe("smtpConsole", () => {
  it("renders one coloured line with reason and advice", () => {
    const { logger, last } = loggerWith(winston.format.combine(smtpFormat(), smtpConsole({ colors: true })));
    logger.error("send failed\r\nforged line", nodemailerError());
    const line = String(last()[MESSAGE]);
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toContain(
      "\u001b[31m[550 5.1.1 permanent · hard bounce · User unknown · Retry? no]\u001b[0m",
    );
    expect(line).toContain("The recipient's mailbox does not exist.");
    expect(line).toContain("send failed\\r\\nforged line");
  });

  it("shows the refused recipients of a send", () => {
    const { logger, last } = loggerWith(winston.format.combine(smtpFormat(), smtpConsole({ colors: false })));
    logger.info("sent", {
      messageId: "<m@example.com>",
      response: "250 2.0.0 Ok: queued as 4C33C18207F",
      rejectedErrors: [
        Object.assign(new Error("Recipient command failed"), {
          response: "550 5.1.1 User unknown\r\nforged",
          command: "RCPT TO",
          recipient: "gone@example.com",
        }),
      ],
    });
    const line = String(last()[MESSAGE]);
    expect(line).toMatch(
      /^info: sent \[250 2\.0\.0 success · Delivered · Retry\? no; 1 refused: gone@example\.com 550 5\.1\.1 User unknown hard bounce\] /,
    );
    expect(line.split("\n")).toHaveLength(1);
  });

  it("renders without colours", () => {
    const { logger, last } = loggerWith(winston.format.combine(smtpFormat(), smtpConsole({ colors: false })));
    logger.info("plain record");
    expect(last()[MESSAGE]).toBe("info: plain record");
  });
});
