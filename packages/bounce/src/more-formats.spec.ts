import { describe, expect, it } from "vitest";
import { parseBounce } from "./index.js";
import { decodeUndeclaredIso2022jp } from "./message/input.js";
import { expectSameReportOnEveryPath, fixture } from "./testing/fixtures.js";

/**
 * Google Groups' refusals, the "Mail System Error - Returned Mail" of Japanese ISPs and au's EZweb, fml's refusal of a non-member, Domino's Japanese DSN: emails written
 * for these tests from the formats' documentation (see each reader's `source`).
 */
const cases: readonly {
  file: string;
  format: string;
  /** address, status, command, reason, the start of the diagnostic */
  recipients: readonly (readonly [string, string | null, string | null, string, string])[];
}[] = [
  {
    file: "google-groups-refusal.eml",
    format: "googleGroups",
    recipients: [
      [
        "announce@googlegroups.com",
        null,
        null,
        "senderRejected",
        "We're writing to let you know that the group you tried to contact (announce) may not exist",
      ],
    ],
  },
  {
    file: "google-groups-refusal-ja.eml",
    format: "googleGroups",
    recipients: [
      ["team-tokyo@googlegroups.com", null, null, "senderRejected", "送信先のグループ（team-tokyo）"],
    ],
  },
  {
    file: "ezweb-filtered.eml",
    format: "ezweb",
    recipients: [
      [
        "hanako-filtered@ezweb.ne.jp",
        null,
        null,
        "filtered",
        "Each of the following recipients was rejected by a remote mail server.",
      ],
    ],
  },
  {
    file: "ezweb-transcript.eml",
    format: "ezweb",
    recipients: [
      ["taro-gone@ezweb.ne.jp", null, "RCPT", "userUnknown", "550 <taro-gone@ezweb.ne.jp>: User unknown"],
      ["jiro-full@ezweb.ne.jp", null, "RCPT", "mailboxFull", "552 <jiro-full@ezweb.ne.jp>: Mailbox full"],
    ],
  },
  {
    file: "mail-system-error.eml",
    format: "mailSystemError",
    recipients: [
      ["kumi@isp.example.ne.jp", null, null, "userUnknown", "<kumi@isp.example.ne.jp>... User unknown"],
      ["ken@isp.example.ne.jp", null, null, "mailboxFull", "<ken@isp.example.ne.jp>... Mailbox is full"],
    ],
  },
  {
    file: "mail-system-error-quota.eml",
    format: "mailSystemError",
    recipients: [
      ["mari@isp.example.ne.jp", null, null, "mailboxFull", "The user(s) account is temporarily over quota."],
    ],
  },
  {
    // the list's own deny text says no reason core knows: the format's meaning explains it
    file: "fml-not-member.eml",
    format: "fml",
    recipients: [
      ["tomo@lists.example.jp", null, null, "senderRejected", "This list is closed to the public."],
    ],
  },
  {
    file: "domino-dsn-iso2022jp.eml",
    format: "rfc3464",
    recipients: [
      [
        "yuki@example.co.jp",
        "5.0.0",
        null,
        "userUnknown",
        "ユーザーyuki (yuki@example.co.jp) は見つかりません。",
      ],
    ],
  },
];

describe.each(cases)("$file", ({ file, format, recipients }) => {
  it("gives its format and each recipient's status, stage, reason and reply", async () => {
    const report = await parseBounce(fixture(file));
    expect(report.kind).toBe("bounce");
    expect(report.format).toBe(format);
    expect(
      report.recipients.map((r) => [
        r.address,
        r.status,
        r.command,
        r.explanation.reason,
        r.diagnosticCode?.slice(0, recipients.find(([a]) => a === r.address)?.[4].length),
      ]),
    ).toEqual(recipients);
  });

  it("gives the same report on the fast path and the full parse, with any line ends", async () => {
    await expectSameReportOnEveryPath(fixture(file));
  });
});

describe("Google Groups' refusal", () => {
  it("is explained by the format's meaning when Google writes it in the poster's language", async () => {
    const [recipient] = (await parseBounce(fixture("google-groups-refusal-ja.eml"))).recipients;
    expect(recipient?.explanation.decidedBy).toEqual({ kind: "rule", id: "gmail.group-permission" });
    expect(recipient?.explanation.bounce).toBe("soft");
    // the greeting names the poster, not the reason
    expect(recipient?.diagnosticCode).not.toContain("kenji@example.jp");
  });

  it("recognises a Workspace group's refusal, signed by the domain's admins, in German", async () => {
    const email = [
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      "To: jonas@example.de",
      "Subject: Delivery Status Notification (Failure)",
      "X-Failed-Recipients: vertrieb@firma.example",
      "Content-Type: text/plain; charset=UTF-8",
      "",
      "Hallo jonas@example.de,",
      "",
      "die Gruppe (vertrieb) gibt es vielleicht nicht, oder Sie dürfen dort keine Nachrichten veröffentlichen.",
      "",
      "Fragen beantwortet die Hilfe unter https://support.google.com/a/firma.example/bin/topic.py?topic=1",
      "",
      "firma.example admins",
      "",
      "----- Original message -----",
      "",
      "Subject: Angebot",
      "",
    ].join("\n");
    const report = await parseBounce(email);
    expect(report.format).toBe("googleGroups");
    expect(report.recipients.map((r) => [r.address, r.explanation.reason])).toEqual([
      ["vertrieb@firma.example", "senderRejected"],
    ]);
    expect(report.recipients[0]?.diagnosticCode).toMatch(/^die Gruppe \(vertrieb\)/);
  });

  it("gives the returned message's Message-ID", async () => {
    const report = await parseBounce(fixture("google-groups-refusal.eml"));
    expect(report.original.messageId).toBe("post-42@example.org");
  });

  it("leaves a Gmail bounce from the same mailer daemon to the Gmail reader", async () => {
    const email = [
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      "To: nora@example.org",
      "Subject: Delivery Status Notification (Failure)",
      "X-Failed-Recipients: gone@example.net",
      "",
      "** Address not found **",
      "",
      "Your message wasn't delivered to gone@example.net because the address couldn't be found.",
      "",
      "The response from the remote server was:",
      "550 5.1.1 The email account that you tried to reach does not exist.",
      "",
    ].join("\n");
    const report = await parseBounce(email);
    expect(report.format).toBe("gmail");
    expect(report.recipients[0]?.explanation.reason).toBe("userUnknown");
  });
});

describe("au EZweb's returned mail", () => {
  it("reads a recipient's Reason line, and the reason written before the recipients", async () => {
    const email = [
      "From: Mail Administrator <Postmaster@ezweb.ne.jp>",
      "To: shop@example.co.jp",
      "Subject: Mail System Error - Returned Mail",
      "",
      "This Message was undeliverable due to the following reason:",
      "",
      "Each of the following recipients was rejected by a remote mail server.",
      "",
      "Recipient: <saburo@ezweb.ne.jp>",
      "Reason: <saburo@ezweb.ne.jp>... User unknown",
      "",
    ].join("\n");
    const [recipient] = (await parseBounce(email)).recipients;
    expect([recipient?.address, recipient?.diagnosticCode, recipient?.explanation.reason]).toEqual([
      "saburo@ezweb.ne.jp",
      "<saburo@ezweb.ne.jp>... User unknown",
      "userUnknown",
    ]);
    const expired = [
      "From: Postmaster@ezweb.ne.jp",
      "Subject: Mail System Error - Returned Mail",
      "",
      "Your message was not delivered within 5 days and 0 hours.",
      "Remote host is not responding.",
      "",
      "The following recipients did not receive this message:",
      "",
      "<shiro@ezweb.ne.jp>",
      "",
    ].join("\n");
    const [late] = (await parseBounce(expired)).recipients;
    expect([late?.address, late?.explanation.reason]).toEqual(["shiro@ezweb.ne.jp", "expired"]);
  });
});

describe("fml", () => {
  it("leaves an ordinary post of an fml list alone", async () => {
    const post = [
      "From: member@example.org",
      "To: tomo@lists.example.jp",
      "Subject: [tomo:00042] Picnic",
      "Message-ID: <202603100931.FMLAAB4243.tomo@lists.example.jp>",
      "X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]",
      "",
      "Saturday at noon.",
      "",
    ].join("\n");
    expect((await parseBounce(post)).kind).toBe("none");
  });
});

describe("a delivery-status part's non-ASCII text", () => {
  it("decodes an encoded word in a Diagnostic-Code, on both paths", async () => {
    const email = [
      "From: MAILER-DAEMON@mx.example.jp",
      "To: sender@example.org",
      "Subject: Returned mail",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="r1"',
      "",
      "--r1",
      "Content-Type: text/plain",
      "",
      "Your message could not be delivered.",
      "",
      "--r1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.jp",
      "",
      "Final-Recipient: rfc822; aki@example.jp",
      "Action: failed",
      "Status: 5.2.2",
      `Diagnostic-Code: smtp; 552 5.2.2 =?UTF-8?B?${Buffer.from("メールボックスが一杯です").toString("base64")}?=`,
      "",
      "--r1--",
      "",
    ].join("\r\n");
    for (const mime of ["auto", "full"] as const) {
      const [recipient] = (await parseBounce(email, { mime })).recipients;
      expect(recipient?.diagnosticCode).toBe("552 5.2.2 メールボックスが一杯です");
      expect(recipient?.explanation.reason).toBe("mailboxFull");
    }
  });
});

describe("decodeUndeclaredIso2022jp", () => {
  it("decodes each ISO-2022-JP run and leaves the text around it, UTF-8 included", () => {
    const run = Buffer.from("\u001b$B%f!<%6!<\u001b(B", "latin1").toString("latin1");
    expect(decodeUndeclaredIso2022jp(`Überweisung ${run} done`)).toBe("Überweisung ユーザー done");
  });

  it("decodes a run whose shift back to ASCII was cut off", () => {
    expect(decodeUndeclaredIso2022jp("x \u001b$B%f!<%6!<")).toBe("x ユーザー");
  });

  it("leaves text without ISO-2022-JP shifts as it is", () => {
    expect(decodeUndeclaredIso2022jp("plain \u001b[1m text")).toBe("plain \u001b[1m text");
  });
});
