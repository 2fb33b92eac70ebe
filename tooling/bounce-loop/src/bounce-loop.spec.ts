import { type MailboxReport, watchMailbox } from "@smtp-codes/bounce/imap";
import { smtpOf, withSmtpCodes } from "@smtp-codes/nodemailer";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeMx, scenarios, startFakeMx, testDomain } from "./fake-mx.js";
import { bounceSender, dovecotLogin, postfix, serversAvailable, testClient } from "./servers.js";

/**
 * The whole loop with real servers: nodemailer (with withSmtpCodes) sends through Debian's
 * Postfix, which relays bounce-test.example to the fake MX; the fake MX refuses recipients per
 * scenario; Postfix mails its own DSNs and delay warnings to the sender's mailbox; Dovecot
 * serves that mailbox; watchMailbox reads it over IMAP.
 */
const available = await serversAvailable("bounce-loop.spec", { postfix: true });

/** What is sent: per message, its recipients (named after their scenario) and its Message-ID. */
const plan: string[][] = [
  ["unknown-1", "ok-1", "full-1"],
  ["unknown-2", "ok-2", "full-2"],
  ["blocked-3", "greylist-3", "ok-3"],
  ["blocked-4", "greylist-4"],
  ["content-5"],
  ["tempfail-6", "ok-6"],
  ["ok-7"],
  ["ok-8", "ok-9"],
];
const address = (localPart: string) => `${localPart}@${testDomain}`;
const bareId = (messageId: string | null | undefined) => (messageId ?? "").replace(/^<|>$/g, "");

interface Outcome {
  reportId: string;
  kind: string;
  reportKind: string;
  messageId: string;
  action: string | null;
  diagnosticCode: string | null;
  reason: string | null;
}

describe.skipIf(!available)("the bounce loop: nodemailer, Postfix, a fake MX, Dovecot, watchMailbox", () => {
  let fakeMx: FakeMx;
  const sentTo = new Map<string, string>(); // recipient address -> Message-ID of its message
  const outcomes = new Map<string, Outcome[]>(); // recipient address -> what came back
  const reportIds: string[] = [];
  const errors: Error[] = [];
  let strangers = 0;

  beforeAll(async () => {
    fakeMx = await startFakeMx();
    // Start from an empty INBOX: earlier runs leave their DSNs (the test may delete, the
    // library never does).
    const client = await testClient();
    const inbox = await client.mailboxOpen("INBOX");
    if (inbox.exists > 0) await client.messageDelete("1:*");
    await client.logout();
  });
  afterAll(async () => {
    await fakeMx?.close();
  });

  it("reports every refused recipient once, matched to its send, and nothing for the accepted ones", async () => {
    const transporter = withSmtpCodes(
      nodemailer.createTransport({ host: postfix.host, port: postfix.port, secure: false, ignoreTLS: true }),
    );
    for (const [index, recipients] of plan.entries()) {
      const info = await transporter.sendMail({
        from: `Newsletter <${bounceSender}>`,
        to: recipients.map(address),
        subject: `bounce loop ${index}`,
        text: "A message for the bounce loop test.\n",
      });
      // Postfix accepts every recipient of the relay domain: the refusals come later, by mail.
      expect(smtpOf(info)).toMatchObject({ severity: "success" });
      expect(info.rejected).toEqual([]);
      for (const recipient of recipients) sentTo.set(address(recipient), bareId(info.messageId));
    }
    transporter.close();
    const sentIds = new Set(sentTo.values());

    const refused = [...sentTo.keys()].filter(
      (recipient) => !recipient.startsWith("ok-") && !recipient.startsWith("greylist-"),
    );
    const delayed = [...sentTo.keys()].filter((recipient) => /^(greylist|tempfail)-/.test(recipient));
    const complete = () =>
      refused.every((recipient) => outcomes.get(recipient)?.some((outcome) => outcome.kind === "bounce")) &&
      delayed.every((recipient) => outcomes.get(recipient)?.some((outcome) => outcome.kind === "delay"));

    let finished: () => void = () => {};
    const allArrived = new Promise<void>((resolve) => {
      finished = resolve;
    });
    const watcher = watchMailbox({
      ...dovecotLogin("INBOX"),
      after: "seen",
      pollInterval: 2_000,
      onError: (error) => errors.push(error),
      async onReport(report: MailboxReport) {
        reportIds.push(report.id);
        const messageId = bareId(report.original?.messageId);
        if (!sentIds.has(messageId)) {
          strangers++;
          return;
        }
        for (const recipient of report.recipients) {
          const key = (recipient.address ?? "").toLowerCase();
          const list = outcomes.get(key) ?? [];
          list.push({
            reportId: report.id,
            kind: recipient.type,
            reportKind: report.kind,
            messageId,
            action: recipient.action,
            diagnosticCode: recipient.diagnosticCode,
            reason: recipient.explanation?.reason ?? null,
          });
          outcomes.set(key, list);
        }
        if (complete()) finished();
      },
    });
    await watcher.ready;
    // Postfix's queue lifetime is 20 s (postfix-test-server.sh): the tempfail bounce comes last.
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 45_000).unref());
    const result = await Promise.race([allArrived.then(() => "complete" as const), timeout]);
    // A little longer, so that a duplicate report would have the time to show.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await watcher.stop();

    expect(errors).toEqual([]);
    expect(result).toBe("complete");
    expect(new Set(reportIds).size).toBe(reportIds.length);

    const expectations: Record<string, { reason: string; scenario: keyof typeof scenarios }> = {
      unknown: { reason: "userUnknown", scenario: "unknown" },
      full: { reason: "mailboxFull", scenario: "full" },
      blocked: { reason: "policyViolation", scenario: "blocked" },
      content: { reason: "spamDetected", scenario: "content" },
      tempfail: { reason: "systemError", scenario: "tempfail" },
    };
    for (const recipient of refused) {
      const bounces = (outcomes.get(recipient) ?? []).filter((outcome) => outcome.kind === "bounce");
      expect(bounces, recipient).toHaveLength(1);
      const [bounce] = bounces as [Outcome];
      expect(bounce.messageId).toBe(sentTo.get(recipient));
      const expected = expectations[recipient.split("-")[0] as string] as (typeof expectations)[string];
      const fakeMxText = (scenarios[expected.scenario].reply as string).slice(4);
      expect(bounce.diagnosticCode, recipient).toContain(fakeMxText);
      expect(bounce.reason, recipient).toBe(expected.reason);
    }
    for (const recipient of delayed) {
      const delays = (outcomes.get(recipient) ?? []).filter((outcome) => outcome.kind === "delay");
      expect(delays, recipient).toHaveLength(1);
      expect(delays[0]?.messageId).toBe(sentTo.get(recipient));
      // Postfix's delay warning names only delayed recipients: the whole report is a delay.
      expect(delays[0]?.reportKind, recipient).toBe("delay");
      expect(delays[0]?.reason, recipient).toMatch(
        recipient.startsWith("greylist") ? /greylisted/ : /systemError/,
      );
    }
    for (const recipient of sentTo.keys()) {
      if (recipient.startsWith("greylist-")) {
        // Refused twice, then delivered: a delay warning and no bounce.
        expect(outcomes.get(recipient)?.filter((outcome) => outcome.kind === "bounce") ?? []).toEqual([]);
        expect(fakeMx.delivered.get(recipient)).toBe(1);
      }
      if (recipient.startsWith("ok-")) {
        expect(outcomes.get(recipient) ?? [], recipient).toEqual([]);
        expect(fakeMx.delivered.get(recipient), recipient).toBe(1);
      }
    }
    // DSNs of messages an earlier run left in Postfix's queue may arrive too: counted, not matched.
    if (strangers > 0) console.info(`bounce-loop.spec: ${strangers} report(s) of earlier runs ignored`);
  });
});
