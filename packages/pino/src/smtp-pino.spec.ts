import { explain, formatDuration, labels, type RecipientOutcome } from "@smtp-codes/core";
import { type SmtpLogField, verdictOf } from "@smtp-codes/core/log";
import { enrichError } from "@smtp-codes/nodemailer";
import pino from "pino";
import { prettyFactory } from "pino-pretty";
import pino9 from "pino9";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpPino } from "./index.js";
import { closedPort, type RunningServer, send, startRefusingServer } from "./testing/mail.js";

type Logger = pino.Logger;
type Record = { [key: string]: unknown };
type MakeLogger = (options: object, stream: { write(line: string): void }) => Logger;

/** Both supported majors of pino, created the same way. */
const pinos: [string, MakeLogger][] = [
  ["pino 10", (options, stream) => pino(options, stream)],
  ["pino 9", (options, stream) => pino9(options as pino9.LoggerOptions, stream) as unknown as Logger],
];

/** A logger writing to a captured stream, and its records parsed. */
function capture(make: MakeLogger, options: object) {
  const lines: string[] = [];
  const logger = make(options, { write: (line) => void lines.push(line) });
  const last = () => JSON.parse(lines[lines.length - 1] ?? "null") as Record;
  return { logger, lines, last };
}

let server: RunningServer;
/** Real results of nodemailer against a real server: what users log. */
const real: { envelope?: Error; partial?: object; socket?: Error } = {};

beforeAll(async () => {
  server = await startRefusingServer();
  real.envelope = (await send(server.port, ["gone@example.com"])) as Error;
  real.partial = (await send(server.port, ["ok@example.com", "gone@example.com"])) as object;
  real.socket = (await send(await closedPort(), ["ok@example.com"])) as Error;
});
afterAll(() => server.close());

const envelope = () => real.envelope as Error;
/** A copy of the real error, for tests that let @smtp-codes/nodemailer attach its explanation. */
const envelopeCopy = () => Object.assign(new Error(envelope().message), envelope());
const hard = { code: 550, enhanced: "5.1.1", severity: "permanent", reason: "userUnknown", bounce: "hard" };
/** nodemailer lists the refused recipient of an all-refused send in `rejectedErrors`: the verdict names it. */
const hardVerdict =
  "[550 5.1.1 permanent · hard bounce · User unknown · Retry? no; 1 refused: gone@example.com 550 5.1.1 User unknown hard bounce]";

/** A copy of an error's own fields, message and stack, to show the user's error is not changed. */
const fieldsOf = (error: Error) => ({ ...error, message: error.message, stack: error.stack });

describe.each(pinos)("%s", (_name, make) => {
  it("the real errors are what nodemailer gives", () => {
    expect(envelope()).toMatchObject({ code: "EENVELOPE", command: "RCPT TO", responseCode: 550 });
    expect(real.socket).toMatchObject({ code: "ESOCKET", command: "CONN" });
    expect(real.partial).toMatchObject({ rejected: ["gone@example.com"], accepted: ["ok@example.com"] });
  });

  it.each<[string, (logger: Logger) => void, string]>([
    ["logger.error(err)", (logger) => logger.error(envelope()), `${hardVerdict} Can't send mail`],
    [
      "logger.error(err, msg)",
      (logger) => logger.error(envelope(), "send failed"),
      `${hardVerdict} send failed`,
    ],
    [
      "logger.error({ err }, msg)",
      (logger) => logger.error({ err: envelope() }, "send failed"),
      `${hardVerdict} send failed`,
    ],
    [
      "logger.error({ err })",
      (logger) => logger.error({ err: envelope() }),
      `${hardVerdict} Can't send mail`,
    ],
    [
      "logger.error({ error }, msg)",
      (logger) => logger.error({ error: envelope() }, "send failed"),
      `${hardVerdict} send failed`,
    ],
    [
      "a child logger",
      (logger) => logger.child({ requestId: "r1" }).error(envelope(), "send failed"),
      `${hardVerdict} send failed`,
    ],
    [
      "an application error with the nodemailer error as its cause",
      (logger) => logger.error(new Error("welcome mail failed", { cause: envelope() })),
      `${hardVerdict} welcome mail failed`,
    ],
    [
      "format arguments",
      (logger) => logger.error(envelope(), "send to %s failed", "gone@example.com"),
      `${hardVerdict} send to gone@example.com failed`,
    ],
  ])("finds a nodemailer error: %s", (_shape, log, message) => {
    const { logger, last } = capture(make, smtpPino({ messagePrefix: true }));
    const before = fieldsOf(envelope());
    log(logger);
    const record = last();
    expect(record.smtp).toMatchObject({ ...hard, retryable: false });
    expect(String(record.msg).startsWith(message)).toBe(true);
    expect(fieldsOf(envelope())).toEqual(before);
    expect(envelope()).not.toHaveProperty("smtp");
  });

  it("explains a send result with a refused recipient and names the refusal in the message", () => {
    const { logger, last } = capture(make, smtpPino({ messagePrefix: true }));
    logger.info(real.partial, "sent");
    const record = last();
    expect(record.smtp).toMatchObject({
      severity: "success",
      reason: "delivered",
      recipients: [{ recipient: "gone@example.com", code: 550, reason: "userUnknown", bounce: "hard" }],
    });
    expect(record.msg).toBe(
      "[250 success · Delivered · Retry? no; 1 refused: gone@example.com 550 5.1.1 User unknown hard bounce] sent",
    );
  });

  it("explains a bounce report's recipient outcomes", () => {
    const outcome = (address: string, reply: string): RecipientOutcome => ({
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
    });
    const { logger, last } = capture(make, smtpPino({ fields: "flat" }));
    logger.info({ recipients: [outcome("gone@example.com", "550 5.1.1 User unknown")] }, "bounce received");
    expect(last()).toMatchObject({
      "smtp.reason": "userUnknown",
      "smtp.bounce": "hard",
      "email.to.address": ["gone@example.com"],
    });
  });

  it("explains a Node socket error at an SMTP stage", () => {
    const { logger, last } = capture(make, smtpPino({ messagePrefix: true }));
    logger.error(real.socket, "send failed");
    expect(last().smtp).toMatchObject({ reason: "networkError", retryable: true, severity: "transient" });
    expect(last().msg).toBe(
      "[transient · soft bounce · Network error · Retry? yes, after 10 minutes] send failed",
    );
  });

  it("explains an error whose cause carries the socket error code", () => {
    const { logger, last } = capture(make, smtpPino({ messagePrefix: true }));
    const cause = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
    logger.error(
      Object.assign(new Error("Connection closed", { cause }), { command: "DATA", code: "ECONNECTION" }),
    );
    expect(last().smtp).toMatchObject({ reason: "networkError", retryable: true });
  });

  it.each<[string, (logger: Logger) => void]>([
    ["a message", (logger) => logger.info("hello")],
    ["metadata", (logger) => logger.info({ orderId: 42, items: [1, 2] }, "order placed")],
    ["an unrelated error", (logger) => logger.error(new TypeError("x is undefined"))],
    [
      "a database's ECONNREFUSED",
      (logger) =>
        logger.error(
          Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
        ),
    ],
  ])("writes records without SMTP information as pino does: %s", (_shape, log) => {
    const plain = capture(make, { timestamp: false });
    const withSmtp = capture(make, smtpPino({}, { timestamp: false }));
    log(plain.logger);
    log(withSmtp.logger);
    const withoutStack = (line: string) => line.replace(/"stack":"(?:[^"\\]|\\.)*"/, "");
    expect(withSmtp.lines.map(withoutStack)).toEqual(plain.lines.map(withoutStack));
  });

  it("reuses what @smtp-codes/nodemailer attached, and leaves it out of the serialized error", () => {
    const { logger, last } = capture(make, smtpPino({ messagePrefix: true }));
    logger.error(enrichError(envelopeCopy(), { locale: "de" }), "send failed");
    const record = last();
    expect(record.smtp).toMatchObject({ ...hard, summary: "Das Postfach des Empfängers existiert nicht." });
    expect(record.err).toMatchObject({ code: "EENVELOPE", responseCode: 550 });
    expect(record.err).not.toHaveProperty("smtp");
  });

  it("writes the log's locale over the one an explanation was attached in", () => {
    const { logger, last } = capture(make, smtpPino({ locale: "de" }));
    const err = enrichError(envelopeCopy());
    expect((err as Error & { smtp: { locale: string } }).smtp.locale).toBe("en");
    logger.error(err, "send failed");
    expect(last().smtp).toMatchObject({ summary: "Das Postfach des Empfängers existiert nicht." });
  });

  it("writes the message prefix in the log's locale, core/log's verdict as winston's console prints it", () => {
    const { logger, last } = capture(make, smtpPino({ locale: "de", messagePrefix: true }));
    logger.error(envelope(), "Versand fehlgeschlagen");
    expect(last().msg).toBe(
      "[550 5.1.1 dauerhaft · Hard Bounce · Empfänger unbekannt · Wiederholen? nein; 1 abgelehnt: gone@example.com 550 5.1.1 Empfänger unbekannt Hard Bounce] Versand fehlgeschlagen",
    );
    const german = { labels: labels("de"), duration: (seconds: number) => formatDuration(seconds, "de") };
    expect(last().msg).toBe(`[${verdictOf(last().smtp as SmtpLogField, german)}] Versand fehlgeschlagen`);
  });

  it("accepts only the locales core holds", () => {
    // @ts-expect-error: "fr" is not one of core's locales, so it does not compile,
    // and from JavaScript it is core's RangeError when the options are made
    expect(() => smtpPino({ locale: "fr" })).toThrow(RangeError);
  });

  it("writes flat ECS and OpenTelemetry names only", () => {
    const { logger, last } = capture(make, smtpPino({ fields: "flat" }));
    logger.info(enrichError(envelopeCopy()) as unknown as object, "sent");
    const record = last();
    expect(record).toMatchObject({
      "smtp.reply.code": 550,
      "smtp.reply.enhanced_code": "5.1.1",
      "smtp.reason": "userUnknown",
      "smtp.bounce": "hard",
      "smtp.retryable": false,
    });
    expect(record).not.toHaveProperty("smtp");
  });

  it("does not take over a field of the user's of the same name", () => {
    const { logger, last } = capture(make, smtpPino({ messagePrefix: true }));
    logger.child({ smtp: "relay-eu-1" }).error({ smtp: "relay-eu-1", err: envelope() }, "send failed");
    expect(last()).toMatchObject({ smtp: "relay-eu-1", smtp_explained: hard });
  });

  it("merges the user's serializers, formatters and hooks", () => {
    const calls: number[] = [];
    const { logger, last } = capture(
      make,
      smtpPino(
        { messagePrefix: true },
        {
          serializers: {
            err: (err: Error) => ({ mine: true, response: (err as { response?: string }).response }),
          },
          formatters: { log: (object: Record) => ({ ...object, service: "mailer" }) },
          hooks: {
            logMethod(args, method, level) {
              calls.push(level);
              method.apply(this, args);
            },
          },
        },
      ),
    );
    logger.error(envelope(), "send failed");
    expect(last()).toMatchObject({
      service: "mailer",
      smtp: hard,
      err: { mine: true },
      msg: `${hardVerdict} send failed`,
    });
    expect(calls).toEqual([50]);
  });

  it("leaves the message alone by default", () => {
    const { logger, last } = capture(make, smtpPino());
    logger.error(envelope(), "send failed");
    expect(last()).toMatchObject({ smtp: hard, msg: "send failed" });
  });

  it("renders one readable first line in pino-pretty", () => {
    const { logger, lines } = capture(make, smtpPino({ messagePrefix: true }));
    logger.error(envelope(), "send failed");
    const pretty = prettyFactory({ colorize: false })(lines[0] ?? "");
    expect(pretty.split("\n")[0]).toMatch(/^\[[\d:.]+\] ERROR \(\d+\): (.*)$/);
    expect(pretty.split("\n")[0]?.endsWith(`: ${hardVerdict} send failed`)).toBe(true);
  });

  describe("hostile replies", () => {
    function logReply(response: string) {
      const { logger, lines, last } = capture(make, smtpPino({ messagePrefix: true }));
      logger.error(
        Object.assign(new Error("Message failed"), { response, command: "DATA", code: "EMESSAGE" }),
      );
      return { lines, record: last() };
    }

    it("cannot forge log lines", () => {
      const { lines, record } = logReply('550 5.7.1 spam\r\n{"level":30,"msg":"all good","admin":true}\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]?.trimEnd().split("\n")).toHaveLength(1);
      const escaped = '550 5.7.1 spam\\r\\n{"level":30,"msg":"all good","admin":true}\\n';
      expect((record.smtp as { reply: string }).reply).toBe(escaped);
      expect((record.err as { response: string }).response).toBe(escaped);
      expect(String(record.msg)).not.toMatch(/[\r\n]/);
    });

    it("cannot paint the terminal", () => {
      const { record } = logReply("550 5.7.1 \u001b[2J\u001b[31mred\u001b[0m \u0007bell \u2028sep");
      const reply = (record.smtp as { reply: string }).reply;
      // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none is left
      expect(reply).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(reply).toContain("\\u001b[2J");
    });

    it("caps a 1 MB reply, on the field and on the serialized error", () => {
      const { lines, record } = logReply(`550 5.7.1 ${"a".repeat(1_048_576)}`);
      expect((record.smtp as { reply: string }).reply.length).toBeLessThanOrEqual(1001);
      expect((record.err as { response: string }).response.length).toBeLessThanOrEqual(1001);
      expect(lines[0]?.length).toBeLessThan(20_000);
    });
  });
});
