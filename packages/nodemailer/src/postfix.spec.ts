import { connect } from "node:net";
import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { smtpOf, withSmtpCodes } from "./index.js";

/**
 * Against a real MTA: Debian's Postfix on 127.0.0.1:2525, set up by
 * tooling/scripts/postfix-test-server.sh (CI installs and starts it). On a developer machine
 * without it these tests skip; in CI they must run.
 */
const port = 2525;

async function listening(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

const available = await listening();
if (!available && process.env.CI === "true") {
  throw new Error(
    "Postfix is not listening on 127.0.0.1:2525; .ci/run must start it (tooling/scripts/postfix-test-server.sh)",
  );
}
if (!available) {
  console.warn(
    "postfix.spec: no Postfix on 127.0.0.1:2525, skipping (run tooling/scripts/postfix-test-server.sh start as root)",
  );
}

async function send(to: string, text = "hello") {
  const transporter = withSmtpCodes(
    nodemailer.createTransport({
      host: "127.0.0.1",
      port,
      secure: false,
      ignoreTLS: true,
      socketTimeout: 10_000,
    }),
  );
  try {
    return {
      ok: true as const,
      value: await transporter.sendMail({ from: "sender@localhost", to, subject: "test", text }),
    };
  } catch (error) {
    return { ok: false as const, value: error };
  } finally {
    transporter.close();
  }
}

describe.skipIf(!available)("against Postfix", () => {
  it("explains an unknown local user", async () => {
    const result = await send("nosuchuser@localhost");
    expect(result.ok).toBe(false);
    expect((result.value as Error & { response?: string }).response).toMatch(
      /User unknown in local recipient table/,
    );
    expect(smtpOf(result.value)).toMatchObject({
      code: 550,
      enhanced: "5.1.1",
      reason: "userUnknown",
      bounce: "hard",
    });
  });

  it("explains relay access denied", async () => {
    const result = await send("someone@example.com");
    expect(result.ok).toBe(false);
    expect(smtpOf(result.value)).toMatchObject({
      code: 554,
      enhanced: "5.7.1",
      reason: "relayDenied",
      retryable: false,
    });
  });

  it("explains a message over the size limit", async () => {
    const result = await send("postmaster@localhost", "x".repeat(64 * 1024));
    expect(result.ok).toBe(false);
    expect(smtpOf(result.value)).toMatchObject({ reason: "messageTooBig", retryable: false });
  });

  it("explains a success with its queue id", async () => {
    const result = await send("postmaster@localhost");
    expect(result.ok).toBe(true);
    expect(smtpOf(result.value)).toMatchObject({ severity: "success", reason: "delivered" });
    expect(smtpOf(result.value)?.queueId).toMatch(/^[0-9A-F]{6,}$/);
  });
});
