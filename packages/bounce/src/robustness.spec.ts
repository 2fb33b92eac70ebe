import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBounce, type ReportKind } from "./index.js";

const kinds: readonly ReportKind[] = ["bounce", "delay", "delivered", "complaint", "autoReply", "none"];

const header = [
  "From: MAILER-DAEMON@mx.example.com",
  "To: sender@example.org",
  "Subject: Undelivered Mail Returned to Sender",
  "MIME-Version: 1.0",
].join("\r\n");

function dsn(recipients: number): string {
  const groups = Array.from(
    { length: recipients },
    (_, i) => `Final-Recipient: rfc822; user${i}@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n`,
  );
  return [
    header,
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain",
    "",
    "Delivery failed.",
    "--b",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.com",
    "",
    groups.join("\r\n"),
    "--b--",
    "",
  ].join("\r\n");
}

describe("bad input gives a report or a typed error, never a crash or a hang", () => {
  it("reads text that is no email as `none`", async () => {
    for (const input of [
      "",
      "hello",
      "\u0000\u0001\u0002",
      "550",
      "From: x\n\n",
      Buffer.from([0xff, 0xfe, 0x00, 0x0d]),
    ]) {
      const report = await parseBounce(input);
      expect(report.kind).toBe("none");
    }
  });

  it("reads a truncated report as far as it goes", async () => {
    const whole = dsn(3);
    const cut = whole.slice(0, whole.indexOf("user2@"));
    const report = await parseBounce(cut);
    expect(report.recipients.map((r) => r.address)).toEqual(["user0@example.net", "user1@example.net"]);
  });

  it("cuts emails beyond maxSize and warns", async () => {
    const big = `${dsn(1)}${"x".repeat(2_000)}`;
    const report = await parseBounce(big, { maxSize: 1_000 });
    expect(report.warnings.map((w) => w.type)).toContain("truncated");
  });

  it("skips a 50 MB attachment without decoding it", async () => {
    const attachment = "QUFBQUFBQUFBQUFB\r\n".repeat(3_000_000);
    const email = dsn(1).replace(
      "--b--",
      `--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${attachment}--b--`,
    );
    const report = await parseBounce(email, { maxSize: 64 * 1024 * 1024 });
    expect(report.recipients).toHaveLength(1);
  });

  it("reads 10 000 recipients, and stops at maxRecipients with a warning", async () => {
    const email = dsn(10_000);
    expect((await parseBounce(email)).recipients).toHaveLength(10_000);
    const capped = await parseBounce(email, { maxRecipients: 100 });
    expect(capped.recipients).toHaveLength(100);
    expect(capped.warnings.map((w) => w.type)).toEqual(["tooManyRecipients"]);
  });

  it("stops at maxDepth in MIME nested 1 000 deep, on both paths", async () => {
    let body = "Final-Recipient: rfc822; deep@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n";
    let type = "message/delivery-status";
    for (let depth = 0; depth < 1_000; depth++) {
      body = `--d${depth}\r\nContent-Type: ${type}\r\n\r\n${body}\r\n--d${depth}--`;
      type = `multipart/mixed; boundary="d${depth}"`;
    }
    const email = `${header}\r\nContent-Type: ${type}\r\n\r\n${body}\r\n`;
    for (const mime of ["auto", "full"] as const) {
      const report = await parseBounce(email, { mime });
      expect(report.warnings.length).toBeGreaterThan(0);
      expect(kinds).toContain(report.kind);
    }
  });

  it("reads parts whose boundary never closes, broken base64, unknown charsets and NUL bytes", async () => {
    const email = [
      header,
      'Content-Type: multipart/report; report-type=delivery-status; boundary="open"',
      "",
      "--open",
      "Content-Type: text/plain; charset=x-no-such-charset",
      "Content-Transfer-Encoding: base64",
      "",
      "!!!not base64\u0000===",
      "--open",
      "Content-Type: message/delivery-status",
      "",
      "Final-Recipient: rfc822; open@example.net\u0000",
      "Action: failed",
      "Status: 5.2.2",
      "",
    ].join("\r\n");
    for (const mime of ["auto", "full"] as const) {
      const report = await parseBounce(email, { mime });
      expect(report.recipients.map((r) => [r.address, r.status])).toEqual([["open@example.net", "5.2.2"]]);
    }
  });

  it("warns when a delivery-status part names recipients without a status", async () => {
    const email = dsn(1).replace("Action: failed\r\nStatus: 5.1.1\r\n", "Action: failed\r\n");
    const report = await parseBounce(email);
    expect(report.recipients.map((r) => r.address)).toEqual(["user0@example.net"]);
    expect(report.warnings.map((w) => w.type)).toEqual(["incompleteReport"]);
  });

  it("reads an email of 8 MB of parts without a blank line, and stops at maxParts", async () => {
    // each part's header search ends at its part: read as a whole email's, it took minutes
    const email = `${header}\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n${"--p\r\nContent-Type: text/plain\r\n".repeat(300_000)}`;
    const report = await parseBounce(email);
    expect(kinds).toContain(report.kind);
    expect(report.warnings.map((w) => w.type)).toContain("tooManyParts");
  });

  it("reads the raw text of an email of 8 MB of parts whose boundary the fast path leaves to the MIME library", async () => {
    // an RFC 2231 boundary goes to postal-mime, which has no limit on parts
    const email = `${header}\r\nContent-Type: multipart/mixed; boundary*0="p"\r\n\r\n${"--p\r\nContent-Type: text/plain\r\n".repeat(300_000)}`;
    for (const mime of ["auto", "full"] as const) {
      const report = await parseBounce(email, { mime });
      expect(report.kind).toBe("none");
      expect(report.warnings.map((w) => w.type)).toEqual(["tooManyParts"]);
    }
  });

  it("reads an email with a 1 MB header line", async () => {
    const email = `X-Long: ${"a".repeat(1 << 20)}\r\n${dsn(1)}`;
    const report = await parseBounce(email);
    expect(report.recipients).toHaveLength(1);
  });
});

/** A generated MIME tree: multiparts of leaves, some of them a report's parts. */
type Leaf =
  | "text"
  | "qp"
  | "base64"
  | "status"
  | "headers"
  | "binary"
  | "latin1"
  | "asciiEightBit"
  | "html"
  | "qpHtml"
  | "emptyQp";
/** How a multipart marks its parts: as it should, with no boundary parameter, or with a delimiter that never appears. */
type Delimiting = "boundary" | "noBoundary" | "neverDelimited";
type Tree = { multipart: string; delimiting: Delimiting; parts: Tree[] } | { leaf: Leaf };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({
      leaf: fc.constantFrom<Leaf>(
        "text",
        "qp",
        "base64",
        "status",
        "headers",
        "binary",
        "latin1",
        "asciiEightBit",
        "html",
        "qpHtml",
        "emptyQp",
      ),
    }),
    fc.record({
      multipart: fc.constantFrom("mixed", "alternative", "report", "related"),
      delimiting: fc.constantFrom<Delimiting>(
        "boundary",
        "boundary",
        "boundary",
        "noBoundary",
        "neverDelimited",
      ),
      parts: fc.array(tie("node"), { minLength: 1, maxLength: 4 }),
    }),
  ),
})).node;

let boundaries = 0;
function render(node: Tree): string {
  if ("leaf" in node) {
    switch (node.leaf) {
      case "text":
        return "Content-Type: text/plain; charset=utf-8\r\n\r\n<a@example.net>: host mx said: 550 5.1.1 User unknown\r\n";
      case "qp":
        return "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nGr=FC=DFe, <b@example.net>: 552 5.2.2 full=\r\n d\r\n";
      case "base64":
        return `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from("<c@example.net>: 550 5.1.1 unknown\n").toString("base64")}\r\n`;
      case "status":
        return "Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n\r\nFinal-Recipient: rfc822; d@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n";
      case "latin1":
        return "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n<e@example.net>: 550 5.1.1 Gr\u00fc\u00dfe unbekannt\r\n";
      case "asciiEightBit":
        return "Content-Type: text/plain; charset=us-ascii\r\n\r\n<f@example.net>: 552 5.2.2 caf\u00e9 full\r\n";
      case "html":
        return "Content-Type: text/html; charset=utf-8\r\n\r\n<p>Delivery failed:</p><p>&lt;g@example.net&gt;: 550 5.1.1 unknown</p>\r\n";
      case "qpHtml":
        return "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<div>&lt;h@example.net&gt;: 550 5.1.1 unbekannt f=C3=BCr=\r\n immer</div>\r\n";
      case "emptyQp":
        return "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
      case "headers":
        return "Content-Type: text/rfc822-headers\r\n\r\nMessage-ID: <m@example.org>\r\nSubject: s\r\n";
      default:
        return "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\nAAECAwQF\r\n";
    }
  }
  const boundary = `=_b${boundaries++}`;
  const parts = node.parts.map((part) => `--${boundary}\r\n${render(part)}`).join("\r\n");
  const type = `Content-Type: multipart/${node.multipart}`;
  if (node.delimiting === "noBoundary") return `${type}\r\n\r\npreamble\r\n${parts}\r\n--${boundary}--\r\n`;
  if (node.delimiting === "neverDelimited")
    return `${type}; boundary="${boundary}-elsewhere"\r\n\r\npreamble\r\n${parts}\r\n--${boundary}--\r\n`;
  return `${type}; boundary="${boundary}"\r\n\r\npreamble\r\n${parts}\r\n--${boundary}--\r\n`;
}

describe("generated MIME trees", () => {
  it("give the same report on the fast path and the full parse, and never throw", async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.constantFrom("\r\n", "\n"), async (node, eol) => {
        // latin1: one byte per character, so the 8-bit parts keep their bytes
        const email = Buffer.from(`${header}\r\n${render(node)}`.replace(/\r\n/g, eol), "latin1");
        const fast = await parseBounce(email);
        const full = await parseBounce(email, { mime: "full" });
        expect(fast).toEqual(full);
        expect(kinds).toContain(fast.kind);
      }),
      { numRuns: 300 },
    );
  });
});
