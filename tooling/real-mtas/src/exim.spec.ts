import type { BounceReport } from "@smtp-codes/bounce";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExim, domains, type Exim, eximAvailable, sender } from "./exim.js";
import { type FakeMx, refusesConnections, refusingHost, senderRefusal, startFakeMx } from "./fake-mx.js";
import { factsOf, messageIdOf, reportsFor as reportsOf, runPlan } from "./plan.js";
import { requireMta } from "./required.js";
import { removeCopies } from "./unprivileged.js";

/**
 * Debian's Exim 4.96 relays to the fake MX, which refuses recipients per scenario; Exim writes
 * its own bounces and delay warnings to the sender's Maildir; parseBounce reads each of them.
 * Exim is unpacked by scripts/fetch-mtas.sh (`.ci/run` calls it) and runs unprivileged.
 */
const available = requireMta("Exim", eximAvailable);

const delayWarningSeconds = 2;
const giveUpSeconds = 8;
const facts = factsOf;

describe.skipIf(!available)("Exim's own bounces and delay warnings, read by parseBounce", () => {
  let fakeMx: FakeMx;
  let exim: Exim;
  /** Every report Exim delivered to the sender, parsed. */
  let reports: BounceReport[] = [];
  const reportsFor = (name: string) => reportsOf(reports, name);

  beforeAll(async () => {
    fakeMx = await startFakeMx();
    expect(await refusesConnections(refusingHost, fakeMx.port)).toBe(true);
    exim = await createExim({
      fakeMxPort: fakeMx.port,
      delayWarningSeconds,
      giveUpSeconds,
    });
    // a return receipt: Exim's success notification for the relay to the fake MX
    await exim.submitWithReceipt(
      `From: <${sender}>\nSubject: receipt\nMessage-ID: <${messageIdOf("receipt")}>\n\nA receipt.\n`,
      sender,
      [`ok-9@${domains.fakeMx}`],
    );
    reports = await runPlan("exim", exim, sender, { delayWarningSeconds, giveUpSeconds });
  });
  afterAll(async () => {
    await fakeMx?.close();
    await exim?.remove();
    await removeCopies();
  });

  it("wrote one report per failed message and per delay, each matched to its message by Message-ID", async () => {
    const named = reports.map((report) => `${report.kind} ${report.original.messageId}`).sort();
    const expected = [
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
    ].sort();
    expect(named, await exim.log()).toEqual(expected);
    for (const report of reports) {
      expect(report.reportingMta).toBe("mta.exim.test");
      expect(report.warnings).toEqual([]);
    }
    // the greylisted recipient got through at the third attempt: a delay, never a bounce
    expect(fakeMx.delivered.has(`greylist-4@${domains.fakeMx}`)).toBe(true);
    expect(fakeMx.delivered.has(`ok-1@${domains.fakeMx}`)).toBe(true);
  });

  it("reads recipients refused at RCPT TO: one report, each recipient with its own reply", () => {
    const [report] = reportsFor("refusedAtRcpt");
    expect(report?.kind).toBe("bounce");
    expect(facts(report)).toEqual([
      {
        address: `unknown-1@${domains.fakeMx}`,
        action: "failed",
        status: "5.1.1",
        command: "RCPT",
        remoteMta: "127.0.0.1",
        diagnosticCode: "550 5.1.1 fake MX: no mailbox by that name here",
        reason: "userUnknown",
      },
      {
        address: `full-1@${domains.fakeMx}`,
        action: "failed",
        status: "5.2.2",
        command: "RCPT",
        remoteMta: "127.0.0.1",
        diagnosticCode: "552 5.2.2 fake MX: the mailbox is full",
        reason: "mailboxFull",
      },
    ]);
    expect(report?.original.subject).toBe("real MTA test refusedAtRcpt");
  });

  it("reads a refusal after DATA as the DATA stage", () => {
    const [report] = reportsFor("refusedAtData");
    expect(facts(report)).toEqual([
      {
        address: `content-2@${domains.fakeMx}`,
        action: "failed",
        status: "5.6.0",
        command: "DATA",
        remoteMta: "127.0.0.1",
        diagnosticCode: "554 5.6.0 fake MX: message content rejected",
        reason: expect.any(String),
      },
    ]);
  });

  it("reads the delay warning of a temporary refusal, then the bounce when the retry rule gives up", () => {
    const [delay, bounce] = reportsFor("temporaryUntilGivenUp");
    expect(delay?.kind).toBe("delay");
    expect(facts(delay)).toEqual([
      {
        address: `tempfail-3@${domains.fakeMx}`,
        action: "delayed",
        status: "4.3.0",
        command: "RCPT",
        remoteMta: "127.0.0.1",
        diagnosticCode: "451 4.3.0 fake MX: temporary local problem",
        reason: "systemError",
      },
    ]);
    expect(bounce?.kind).toBe("bounce");
    expect(facts(bounce)).toEqual([
      {
        address: `tempfail-3@${domains.fakeMx}`,
        action: "failed",
        status: "5.0.0",
        command: "RCPT",
        remoteMta: "127.0.0.1",
        diagnosticCode: "451 4.3.0 fake MX: temporary local problem: retry timeout exceeded",
        reason: "expired",
      },
    ]);
  });

  it("reads the delay warning of a greylisted recipient that got through later", () => {
    const [delay] = reportsFor("greylisted");
    expect(facts(delay)).toEqual([
      {
        address: `greylist-4@${domains.fakeMx}`,
        action: "delayed",
        status: "4.7.1",
        command: "RCPT",
        remoteMta: "127.0.0.1",
        diagnosticCode: "451 4.7.1 fake MX: greylisted, try again later",
        reason: expect.any(String),
      },
    ]);
  });

  it("reads a refused connection: a delay warning that states no reason, then the bounce when Exim gives up", () => {
    const [delay, bounce] = reportsFor("connectionRefused");
    expect(facts(delay)).toEqual([
      {
        address: `someone-5@${domains.refused}`,
        action: "delayed",
        status: "4.0.0",
        command: null,
        remoteMta: null,
        // Exim's warning names the address and no reason: nothing of its closing words
        diagnosticCode: null,
        reason: expect.any(String),
      },
    ]);
    expect(facts(bounce)).toEqual([
      {
        address: `someone-5@${domains.refused}`,
        action: "failed",
        status: "5.0.0",
        command: null,
        remoteMta: null,
        diagnosticCode: "retry timeout exceeded",
        reason: "expired",
      },
    ]);
  });

  it("reads Exim's own refusal of an address no router takes", () => {
    const [report] = reportsFor("unroutable");
    expect(facts(report)).toEqual([
      {
        address: `someone-6@${domains.unroutable}`,
        action: "failed",
        status: "5.0.0",
        command: null,
        remoteMta: null,
        diagnosticCode: "Unrouteable address",
        reason: "hostUnknown",
      },
    ]);
  });
  it("reads a multi-line reply as one reply, all its lines", () => {
    const [report] = reportsFor("multilineReply");
    expect(facts(report)).toEqual([
      {
        address: `multiline-7@${domains.fakeMx}`,
        action: "failed",
        status: "5.1.1",
        command: "RCPT",
        remoteMta: "127.0.0.1",
        diagnosticCode:
          "550-5.1.1 fake MX: the mailbox you tried to reach does not exist 550 5.1.1 please check the address",
        reason: "userUnknown",
      },
    ]);
  });

  it("reads a refusal of the sender at MAIL FROM: the stage, the reply's own status", () => {
    const [report] = reportsFor("senderRefused");
    expect(facts(report)).toEqual([
      {
        address: `ok-8@${domains.fakeMx}`,
        action: "failed",
        status: "5.7.1",
        command: "MAIL",
        remoteMta: "127.0.0.1",
        diagnosticCode: senderRefusal,
        reason: "senderRejected",
      },
    ]);
  });

  it("reads a success notification (NOTIFY=SUCCESS) as delivered", () => {
    const [report] = reportsFor("receipt");
    expect(report?.kind).toBe("delivered");
    expect(facts(report)).toEqual([
      {
        address: `ok-9@${domains.fakeMx}`,
        // Exim's DSN says "delivered", its text "relayed to non-DSN-aware mailer"
        action: "delivered",
        status: "2.0.0",
        command: null,
        remoteMta: "127.0.0.1",
        diagnosticCode: expect.stringMatching(/^250 /),
        reason: "delivered",
      },
    ]);
  });
});
