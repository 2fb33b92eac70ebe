import nodemailer from "nodemailer";
import nodemailer6 from "nodemailer-6";
import type { SMTPServerOptions } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { type SmtpExplanation, smtpOf, withSmtpCodes } from "./index.js";
import { closedPort, type Script, startScriptServer } from "./testing/script-server.js";
import { type RunningServer, reply, startSmtpServer } from "./testing/smtp-server.js";

/** What a scenario's send must end with. */
interface Expectation {
  readonly fails: boolean;
  readonly smtp: Partial<SmtpExplanation>;
  /** Per refused recipient, in order. */
  readonly recipients?: readonly Partial<SmtpExplanation & { recipient: string }>[];
  /** The nodemailer error code, where there is an error. */
  readonly code?: string;
}

interface Scenario {
  readonly name: string;
  readonly server: { smtp: SMTPServerOptions } | { script: Script } | { closed: true };
  readonly to?: string[];
  readonly auth?: boolean;
  readonly expect: Expectation;
}

const gmailUnknownUser = [
  "550-5.1.1 The email account that you tried to reach does not exist. Please try",
  "550-5.1.1 double-checking the recipient's email address for typos or",
  "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser",
].join("\r\n");

const refuseRecipients =
  (answers: Record<string, Error>): SMTPServerOptions["onRcptTo"] =>
  (address, _session, callback) =>
    callback(answers[address.address] ?? undefined);

/** The server of the two several-recipient scenarios: one unknown user, one full mailbox. */
const refuseUnknownAndFull = refuseRecipients({
  "unknown@example.com": reply(550, "5.1.1 User unknown"),
  "full@example.com": reply(452, "4.2.2 Mailbox full"),
});

const scenarios: Scenario[] = [
  {
    name: "greeting 554",
    server: {
      smtp: { onConnect: (_s, cb) => cb(reply(554, "5.7.1 No SMTP service here, your IP is blocked")) },
    },
    expect: { fails: true, smtp: { code: 554, severity: "permanent", reason: "blocked", retryable: false } },
  },
  {
    name: "greeting 421",
    server: {
      smtp: { onConnect: (_s, cb) => cb(reply(421, "4.3.2 Service not available, closing channel")) },
    },
    expect: { fails: true, smtp: { code: 421, severity: "transient", retryable: true } },
  },
  {
    name: "EHLO refused",
    server: {
      script: {
        command: (line) =>
          /^(EHLO|HELO)/.test(line) ? "550 5.7.1 Helo command rejected: Host not found" : undefined,
      },
    },
    expect: { fails: true, smtp: { code: 550, reason: "blocked", bounce: "soft" } },
  },
  {
    name: "STARTTLS required",
    server: {
      smtp: { onMailFrom: (_a, _s, cb) => cb(reply(530, "5.7.0 Must issue a STARTTLS command first")) },
    },
    expect: {
      fails: true,
      smtp: { code: 530, enhanced: "5.7.0", reason: "requireTLS", actor: "senderAdmin" },
    },
  },
  {
    name: "AUTH 535 5.7.8",
    auth: true,
    server: {
      smtp: {
        authOptional: false,
        allowInsecureAuth: true,
        onAuth: (_a, _s, cb) => cb(reply(535, "5.7.8 Username and Password not accepted")),
      },
    },
    expect: {
      fails: true,
      code: "EAUTH",
      smtp: { code: 535, enhanced: "5.7.8", reason: "authRequired", retryable: false },
    },
  },
  {
    name: "AUTH 534-5.7.9 multi-line",
    auth: true,
    server: {
      script: {
        command: (line) =>
          line.startsWith("EHLO")
            ? "250-test.example\r\n250 AUTH PLAIN LOGIN"
            : line.startsWith("AUTH")
              ? "534-5.7.9 Application-specific password required.\r\n534 5.7.9 Learn more at https://support.google.com/mail/?p=InvalidSecondFactor"
              : undefined,
      },
    },
    expect: { fails: true, code: "EAUTH", smtp: { code: 534, enhanced: "5.7.9", reason: "authRequired" } },
  },
  {
    name: "MAIL FROM 553",
    server: {
      smtp: {
        onMailFrom: (_a, _s, cb) =>
          cb(reply(553, "5.1.8 <a@nowhere.invalid>: Sender address rejected: Domain not found")),
      },
    },
    expect: { fails: true, smtp: { code: 553, reason: "senderRejected", command: "MAIL" } },
  },
  {
    name: "MAIL FROM 550 sender refused",
    server: { smtp: { onMailFrom: (_a, _s, cb) => cb(reply(550, "5.7.1 Access denied")) } },
    expect: { fails: true, smtp: { code: 550, reason: "senderRejected", command: "MAIL" } },
  },
  {
    name: "RCPT 550 5.1.1",
    server: {
      smtp: {
        onRcptTo: (_a, _s, cb) =>
          cb(reply(550, "5.1.1 <to@example.com>: Recipient address rejected: User unknown")),
      },
    },
    expect: {
      fails: true,
      code: "EENVELOPE",
      smtp: { code: 550, reason: "userUnknown", bounce: "hard", retryable: false },
      recipients: [{ recipient: "to@example.com", reason: "userUnknown", bounce: "hard" }],
    },
  },
  {
    name: "RCPT 452 4.2.2",
    server: { smtp: { onRcptTo: (_a, _s, cb) => cb(reply(452, "4.2.2 Mailbox full")) } },
    expect: {
      fails: true,
      smtp: { code: 452, reason: "mailboxFull", retryable: true, severity: "transient" },
    },
  },
  {
    name: "RCPT 450 4.2.0 greylisting",
    server: {
      smtp: {
        onRcptTo: (_a, _s, cb) =>
          cb(
            reply(
              450,
              "4.2.0 <to@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/",
            ),
          ),
      },
    },
    expect: { fails: true, smtp: { code: 450, reason: "greylisted", retryable: true, retryAfter: 300 } },
  },
  {
    name: "RCPT Gmail-style three-line 550 5.1.1",
    server: { script: { command: (line) => (line.startsWith("RCPT") ? gmailUnknownUser : undefined) } },
    expect: {
      fails: true,
      smtp: {
        code: 550,
        enhanced: "5.1.1",
        reason: "userUnknown",
        rule: "combined:rule:gmail.account-does-not-exist",
      },
    },
  },
  {
    name: "mixed recipients, some accepted",
    to: ["ok@example.com", "unknown@example.com", "full@example.com"],
    server: {
      smtp: {
        onRcptTo: refuseUnknownAndFull,
      },
    },
    expect: {
      fails: false,
      smtp: { severity: "success", reason: "delivered" },
      recipients: [
        { recipient: "unknown@example.com", reason: "userUnknown", bounce: "hard" },
        { recipient: "full@example.com", reason: "mailboxFull", retryable: true },
      ],
    },
  },
  {
    name: "all recipients refused, one of them temporarily",
    to: ["unknown@example.com", "full@example.com"],
    server: {
      smtp: {
        onRcptTo: refuseUnknownAndFull,
      },
    },
    expect: {
      fails: true,
      code: "EENVELOPE",
      smtp: { reason: "mailboxFull", retryable: true, bounce: "soft" },
      recipients: [
        { recipient: "unknown@example.com", reason: "userUnknown", bounce: "hard", retryable: false },
        { recipient: "full@example.com", reason: "mailboxFull", retryable: true },
      ],
    },
  },
  {
    name: "DATA 552 5.3.4",
    server: {
      smtp: {
        onData: (stream, _s, cb) =>
          stream
            .on("end", () => cb(reply(552, "5.3.4 Message size exceeds fixed maximum message size")))
            .resume(),
      },
    },
    expect: { fails: true, code: "EMESSAGE", smtp: { code: 552, reason: "messageTooBig", command: "DATA" } },
  },
  {
    name: "DATA 554 5.7.1 spam",
    server: {
      smtp: {
        onData: (stream, _s, cb) =>
          stream.on("end", () => cb(reply(554, "5.7.1 Message rejected as spam"))).resume(),
      },
    },
    expect: { fails: true, code: "EMESSAGE", smtp: { code: 554, reason: "spamDetected", retryable: false } },
  },
  {
    name: "451 4.3.0 after the data",
    server: {
      smtp: {
        onData: (stream, _s, cb) =>
          stream.on("end", () => cb(reply(451, "4.3.0 Temporary local problem - please try later"))).resume(),
      },
    },
    expect: { fails: true, smtp: { code: 451, reason: "systemError", retryable: true } },
  },
  {
    name: "connection dropped in the middle of DATA",
    server: { script: { data: "drop" } },
    expect: { fails: true, smtp: { reason: "networkError", retryable: true } },
  },
  {
    name: "a server that never answers",
    server: { script: { greeting: "silence" } },
    expect: { fails: true, code: "ETIMEDOUT", smtp: { reason: "networkError", retryable: true } },
  },
  {
    name: "connection refused",
    server: { closed: true },
    expect: { fails: true, code: "ESOCKET", smtp: { reason: "networkError", retryable: true } },
  },
  {
    name: "success with a queue id",
    server: {
      smtp: {
        onData: (stream, _s, cb) =>
          stream.on("end", () => cb(null, "2.0.0 Ok: queued as 4C33C18207F")).resume(),
      },
    },
    expect: {
      fails: false,
      smtp: { severity: "success", reason: "delivered", queueId: "4C33C18207F", bounce: null },
    },
  },
];

const versions = [
  ["nodemailer 10", nodemailer],
  ["nodemailer 6.9", nodemailer6],
] as const;

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function startFor(scenario: Scenario): Promise<number> {
  if ("closed" in scenario.server) return closedPort();
  running =
    "smtp" in scenario.server
      ? await startSmtpServer(scenario.server.smtp)
      : await startScriptServer(scenario.server.script);
  return running.port;
}

type CreateTransport = (options: object) => { sendMail(message: object): Promise<unknown>; close(): void };

describe.each(versions)("%s", (_version, mailer) => {
  describe.each([false, true])("pooled: %s", (pool) => {
    it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))(
      "%s",
      async (_name, scenario) => {
        const port = await startFor(scenario);
        const transporter = withSmtpCodes(
          (mailer.createTransport as unknown as CreateTransport)({
            host: "127.0.0.1",
            port,
            pool,
            secure: false,
            ignoreTLS: true,
            connectionTimeout: 2_000,
            greetingTimeout: 500,
            socketTimeout: 2_000,
            ...(scenario.auth ? { auth: { user: "user", pass: "wrong" } } : {}),
          }),
        );
        const message = {
          from: "from@example.com",
          to: scenario.to ?? ["to@example.com"],
          subject: "test",
          text: "hello",
        };
        let outcome: unknown;
        let failed = false;
        try {
          outcome = await transporter.sendMail(message);
        } catch (error) {
          outcome = error;
          failed = true;
        } finally {
          transporter.close();
        }
        expect(failed, String((outcome as Error)?.message)).toBe(scenario.expect.fails);
        if (failed) {
          expect(outcome).toBeInstanceOf(Error);
          if (scenario.expect.code) expect((outcome as { code?: string }).code).toBe(scenario.expect.code);
        }
        const smtp = smtpOf(outcome);
        expect(smtp).toMatchObject(scenario.expect.smtp);
        if (scenario.expect.recipients) {
          expect(smtp?.recipients).toHaveLength(scenario.expect.recipients.length);
          scenario.expect.recipients.forEach((expected, i) => {
            expect(smtp?.recipients?.[i]).toMatchObject(expected);
          });
          const rejectedErrors = (outcome as { rejectedErrors?: unknown[] }).rejectedErrors ?? [];
          for (const rejected of rejectedErrors) expect(smtpOf(rejected)?.reason).toBeTruthy();
        }
      },
    );
  });
});
