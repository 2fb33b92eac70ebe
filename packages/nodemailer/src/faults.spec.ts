import nodemailer from "nodemailer";
import { afterEach, describe, expect, it } from "vitest";
import { smtpOf, withSmtpCodes } from "./index.js";
import { type Script, startScriptServer } from "./testing/script-server.js";
import type { RunningServer } from "./testing/smtp-server.js";

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** Sends one mail to a scripted peer and returns the error it must end with. */
async function failWith(script: Script, options: object = {}): Promise<Error & { code?: string }> {
  running = await startScriptServer(script);
  const transporter = withSmtpCodes(
    nodemailer.createTransport({
      host: "127.0.0.1",
      port: running.port,
      secure: false,
      ignoreTLS: true,
      connectionTimeout: 3_000,
      greetingTimeout: 1_000,
      socketTimeout: 3_000,
      ...options,
    }),
  );
  try {
    await transporter.sendMail({ from: "from@example.com", to: "to@example.com", text: "hello" });
  } catch (error) {
    return error as Error & { code?: string };
  } finally {
    transporter.close();
  }
  throw new Error("the send should have failed");
}

const rcpt = (answer: string | Buffer) => (line: string) => (line.startsWith("RCPT") ? answer : undefined);

describe("faults: the user gets a clear explanation and the original error intact", () => {
  it("a server that closes in the middle of a reply", async () => {
    const err = await failWith({ command: rcpt("partial:550-5.1.1 The email account that you tried") });
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBeTruthy();
    expect(smtpOf(err)).toMatchObject({ retryable: expect.any(Boolean) });
    expect(smtpOf(err)?.summary.length).toBeGreaterThan(0);
  });

  it("a server that answers garbage instead of a reply", async () => {
    const err = await failWith({ greeting: "HTTP/1.1 400 Bad Request\r\nContent-Type: text/html" });
    expect(err.code).toBeTruthy();
    expect(err.message.length).toBeGreaterThan(0);
    expect(smtpOf(err)?.reason).toBeTruthy();
  });

  it("a reply line of 10 MB", async () => {
    const err = await failWith({ command: rcpt(`550 5.7.1 ${"a".repeat(10 * 1024 * 1024)}`) });
    const message = err.message;
    const smtp = smtpOf(err);
    // nodemailer 10 refuses a reply this long itself (EPROTOCOL); older versions pass it on.
    expect(smtp?.reason).toBeTruthy();
    expect(smtp?.text.length).toBeLessThanOrEqual(4_096);
    expect(err.message).toBe(message);
  });

  it("bytes that are not UTF-8", async () => {
    const bytes = Buffer.concat([
      Buffer.from("550 5.1.1 "),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from(" User unknown\r\n"),
    ]);
    const err = await failWith({ command: rcpt(bytes) });
    expect(smtpOf(err)).toMatchObject({ code: 550, reason: "userUnknown", bounce: "hard" });
  });

  it("TLS that fails", async () => {
    const err = await failWith(
      {
        command: (line) =>
          line.startsWith("EHLO")
            ? "250-test.example\r\n250 STARTTLS"
            : line.startsWith("STARTTLS")
              ? "partial:220 2.0.0 Ready to start TLS\r\n"
              : undefined,
      },
      { ignoreTLS: false, requireTLS: true },
    );
    expect(err.code).toMatch(/ETLS|ESOCKET|ECONNECTION/);
    expect(smtpOf(err)).toMatchObject({ retryable: expect.any(Boolean) });
    expect(["securityError", "networkError"]).toContain(smtpOf(err)?.reason);
  });
});
