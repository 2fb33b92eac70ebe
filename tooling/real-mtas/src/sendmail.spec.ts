import type { BounceReport } from "@smtp-codes/bounce";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { domains } from "./exim.js";
import { type FakeMx, refusesConnections, refusingHost, senderRefusal, startFakeMx } from "./fake-mx.js";
import { factsOf, messageIdOf, reportsFor, runPlan } from "./plan.js";
import { requireMta } from "./required.js";
import { createSendmail, hostname, type Sendmail, sendmailAvailable, sendmailSender } from "./sendmail.js";
import { removeCopies } from "./unprivileged.js";

/**
 * Debian's Sendmail 8.17 relays to the fake MX (pipelining: it reads the RCPT replies after
 * sending DATA), writes its own bounces and delay warnings to the sender, and parseBounce reads
 * each of them. Sendmail is unpacked by scripts/fetch-mtas.sh (`.ci/run` calls it) and runs
 * unprivileged.
 */
const available = requireMta("Sendmail", sendmailAvailable);

describe.skipIf(!available)("Sendmail's own bounces and delay warnings, read by parseBounce", () => {
  let fakeMx: FakeMx;
  let sendmail: Sendmail;
  let reports: BounceReport[] = [];

  beforeAll(async () => {
    fakeMx = await startFakeMx();
    expect(await refusesConnections(refusingHost, fakeMx.port)).toBe(true);
    sendmail = await createSendmail({
      fakeMxPort: fakeMx.port,
      delayWarningSeconds: 2,
      giveUpSeconds: 8,
    });
    // a return receipt: Sendmail reports the relay to a server that offers no DSN
    await sendmail.submit(
      `From: <${sendmailSender}>\nSubject: receipt\nMessage-ID: <${messageIdOf("receipt")}>\n\nA receipt.\n`,
      sendmailSender,
      [`ok-9@${domains.fakeMx}`],
      "success,failure",
    );
    reports = await runPlan("sendmail", sendmail, sendmailSender, {
      delayWarningSeconds: 2,
      giveUpSeconds: 8,
    });
  });
  afterAll(async () => {
    await fakeMx?.close();
    await sendmail?.remove();
    await removeCopies();
  });

  it("wrote one report per failed message and per delay, each matched to its message by Message-ID", () => {
    const named = reports.map((report) => `${report.kind} ${report.original.messageId}`).sort();
    expect(named).toEqual(
      [
        `bounce ${messageIdOf("refusedAtRcpt")}`,
        `bounce ${messageIdOf("refusedAtData")}`,
        `delay ${messageIdOf("temporaryUntilGivenUp")}`,
        `bounce ${messageIdOf("temporaryUntilGivenUp")}`,
        `delay ${messageIdOf("greylisted")}`,
        `delay ${messageIdOf("connectionRefused")}`,
        `bounce ${messageIdOf("connectionRefused")}`,
        `bounce ${messageIdOf("unroutable")}`,
        `bounce ${messageIdOf("multilineReply")}`,
        `bounce ${messageIdOf("senderRefused")}`,
        `delivered ${messageIdOf("receipt")}`,
      ].sort(),
    );
    for (const report of reports) {
      expect(report.reportingMta).toBe(hostname);
      expect(report.warnings).toEqual([]);
    }
    expect(fakeMx.delivered.has(`greylist-4@${domains.fakeMx}`)).toBe(true);
    expect(fakeMx.delivered.has(`ok-1@${domains.fakeMx}`)).toBe(true);
  });

  it("reads recipients refused at RCPT TO, though the pipelined transcript shows them under DATA", () => {
    const [report] = reportsFor(reports, "refusedAtRcpt");
    expect(report?.kind).toBe("bounce");
    expect(factsOf(report)).toEqual([
      {
        address: `unknown-1@${domains.fakeMx}`,
        action: "failed",
        status: "5.1.1",
        command: "RCPT",
        remoteMta: "[127.0.0.1]",
        diagnosticCode: "550 5.1.1 fake MX: no mailbox by that name here",
        reason: "userUnknown",
      },
      {
        address: `full-1@${domains.fakeMx}`,
        action: "failed",
        status: "5.2.2",
        command: "RCPT",
        remoteMta: "[127.0.0.1]",
        diagnosticCode: "552 5.2.2 fake MX: the mailbox is full",
        reason: "mailboxFull",
      },
    ]);
    expect(report?.original.subject).toBe("real MTA test refusedAtRcpt");
  });

  it("reads a refusal after the message as the DATA stage", () => {
    const [report] = reportsFor(reports, "refusedAtData");
    expect(factsOf(report)).toEqual([
      {
        address: `content-2@${domains.fakeMx}`,
        action: "failed",
        status: "5.6.0",
        command: "DATA",
        remoteMta: "[127.0.0.1]",
        diagnosticCode: "554 5.6.0 fake MX: message content rejected",
        reason: expect.any(String),
      },
    ]);
  });

  it("reads the delay warning of a temporary refusal, then the bounce when the queue lifetime ends", () => {
    const [delay, bounce] = reportsFor(reports, "temporaryUntilGivenUp");
    const tempfail = {
      address: `tempfail-3@${domains.fakeMx}`,
      status: "4.3.0",
      command: "RCPT",
      remoteMta: "[127.0.0.1]",
      diagnosticCode: "451 4.3.0 fake MX: temporary local problem",
    };
    expect(delay?.kind).toBe("delay");
    expect(factsOf(delay)).toEqual([{ ...tempfail, action: "delayed", reason: "systemError" }]);
    expect(bounce?.kind).toBe("bounce");
    expect(factsOf(bounce)).toEqual([{ ...tempfail, action: "failed", reason: expect.any(String) }]);
  });

  it("reads the delay warning of a greylisted recipient that got through later", () => {
    const [delay] = reportsFor(reports, "greylisted");
    expect(factsOf(delay)).toEqual([
      {
        address: `greylist-4@${domains.fakeMx}`,
        action: "delayed",
        status: "4.7.1",
        command: "RCPT",
        remoteMta: "[127.0.0.1]",
        diagnosticCode: "451 4.7.1 fake MX: greylisted, try again later",
        reason: expect.any(String),
      },
    ]);
  });

  it("reads a refused connection: Sendmail's own line is the reason, 4.4.1 then 4.4.7 when it gives up", () => {
    const [delay, bounce] = reportsFor(reports, "connectionRefused");
    const refused = {
      address: `someone-5@${domains.refused}`,
      command: null,
      remoteMta: "[127.0.0.2]",
      diagnosticCode: `someone-5@${domains.refused}... Deferred: Connection refused by [127.0.0.2]`,
    };
    expect(factsOf(delay)).toEqual([
      { ...refused, action: "delayed", status: "4.4.1", reason: expect.any(String) },
    ]);
    expect(delay?.recipients[0]?.willRetryUntil).toEqual(expect.any(String));
    expect(factsOf(bounce)).toEqual([{ ...refused, action: "failed", status: "4.4.7", reason: "expired" }]);
  });

  it("reads Sendmail's own refusal of a domain it cannot resolve", () => {
    const [report] = reportsFor(reports, "unroutable");
    expect(factsOf(report)).toEqual([
      {
        address: `someone-6@${domains.unroutable}`,
        action: "failed",
        status: "5.1.2",
        command: null,
        remoteMta: domains.unroutable,
        diagnosticCode: expect.stringContaining("Host unknown"),
        reason: "hostUnknown",
      },
    ]);
  });

  it("reads a multi-line reply as one reply, all its lines, though Sendmail states only the first", () => {
    const [report] = reportsFor(reports, "multilineReply");
    expect(factsOf(report)).toEqual([
      {
        address: `multiline-7@${domains.fakeMx}`,
        action: "failed",
        status: "5.1.1",
        command: "RCPT",
        remoteMta: "[127.0.0.1]",
        diagnosticCode:
          "550-5.1.1 fake MX: the mailbox you tried to reach does not exist 550 5.1.1 please check the address",
        reason: "userUnknown",
      },
    ]);
  });

  it("reads a refusal of the sender at MAIL FROM: the stage, the reply's own status", () => {
    const [report] = reportsFor(reports, "senderRefused");
    expect(factsOf(report)).toEqual([
      {
        address: `ok-8@${domains.fakeMx}`,
        action: "failed",
        // Sendmail's DSN says 5.1.3 (its own code for a 553); the server's reply says 5.7.1
        status: "5.7.1",
        command: "MAIL",
        remoteMta: null,
        diagnosticCode: senderRefusal,
        reason: "senderRejected",
      },
    ]);
  });

  it("reads a return receipt for a relay to a server without DSN as delivered, relayed", () => {
    const [report] = reportsFor(reports, "receipt");
    expect(report?.kind).toBe("delivered");
    expect(factsOf(report)).toEqual([
      {
        address: `ok-9@${domains.fakeMx}`,
        action: "relayed",
        status: "2.0.0",
        command: null,
        remoteMta: "[127.0.0.1]",
        diagnosticCode: "250 Accepted",
        reason: "delivered",
      },
    ]);
  });
});
