import type { BounceReport } from "@smtp-codes/bounce";
import { percent, type Ratio } from "../corpus/evaluate.js";
import { sisimaiAlternatives, sisimaiReasons } from "../corpus/sisimai-mapping.js";

export { percent };

/** One record of the corpus, with the fields this evaluation reads (see the corpus README). */
export interface BounceRecord {
  readonly file: string;
  readonly msg: number;
  readonly recipient: string;
  readonly alias: string;
  readonly action: string;
  readonly deliverystatus: string;
  readonly replycode: number | "";
  readonly smtpcommand: string;
  readonly reason: string;
  readonly softbounce: number;
  readonly feedbacktype: string;
  readonly diagnosticcode: string;
  readonly messageid: string;
}

/** One email (a file, or one message of an mbox) with our report and Sisimai's records. */
export interface ScoredMessage {
  /** `file` or `file#msg`. */
  readonly name: string;
  readonly report: BounceReport;
  readonly records: readonly BounceRecord[];
}

export type Measure =
  | "recipientFound"
  | "recipientReal"
  | "status"
  | "basicCode"
  | "command"
  | "reason"
  | "hardSoft"
  | "hardSoftAlternatives"
  | "messageId"
  | "complaint"
  | "autoReply"
  | "notReport";

export const measures: readonly Measure[] = [
  "recipientFound",
  "recipientReal",
  "status",
  "basicCode",
  "command",
  "reason",
  "hardSoft",
  "hardSoftAlternatives",
  "messageId",
  "complaint",
  "autoReply",
  "notReport",
];

export interface Scores {
  readonly ratios: Readonly<Record<Measure, Ratio>>;
  /** `measure name: what differs`, for `--verbose`. */
  readonly disagreements: readonly string[];
}

/** Sisimai's placeholder when a complaint names no recipient. */
const placeholder = (address: string): boolean => address.endsWith(".invalid") || address === "";

const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a ?? "").toLowerCase() === (b ?? "").toLowerCase();

/**
 * Sisimai's command names and the stages of core each stands for. Sisimai 4.25 has no name for
 * the greeting and files a refusal of it under `EHLO`; core's `CONNECT` is the finer name.
 */
const stagesOf: Readonly<Record<string, readonly string[]>> = {
  HELO: ["EHLO", "CONNECT"],
  EHLO: ["EHLO", "CONNECT"],
  MAIL: ["MAIL"],
  RCPT: ["RCPT"],
  DATA: ["DATA"],
  QUIT: ["QUIT"],
};

/**
 * Scores our reports against Sisimai's records, per record: is its recipient among ours, and
 * do status, basic code, command, reason and hard/soft agree; per report: is each of our
 * recipients one of Sisimai's, and did we call complaints, auto-replies and non-reports as it did.
 */
export function score(messages: readonly ScoredMessage[]): Scores {
  const counts = Object.fromEntries(measures.map((m) => [m, { agree: 0, total: 0 }])) as Record<
    Measure,
    { agree: number; total: number }
  >;
  const disagreements: string[] = [];
  const count = (measure: Measure, agrees: boolean, name: string, detail: () => string): void => {
    counts[measure].total++;
    if (agrees) counts[measure].agree++;
    else disagreements.push(`${measure} ${name}: ${detail()}`);
  };
  for (const { name, report, records } of messages) {
    if (records.length === 0) {
      count(
        "notReport",
        report.kind === "none",
        name,
        () => `sisimai none, ours ${report.kind} (${report.format})`,
      );
      continue;
    }
    const complaint = records.some((r) => r.reason === "feedback");
    const autoReply = records.some((r) => r.reason === "vacation");
    if (complaint || report.kind === "complaint") {
      count(
        "complaint",
        complaint === (report.kind === "complaint"),
        name,
        () => `sisimai ${records[0]?.reason}, ours ${report.kind}`,
      );
    }
    if (autoReply || report.kind === "autoReply") {
      count(
        "autoReply",
        autoReply === (report.kind === "autoReply"),
        name,
        () => `sisimai ${records[0]?.reason}, ours ${report.kind}`,
      );
    }
    const messageIds = records.map((r) => r.messageid).filter((id) => id !== "");
    if (messageIds.length > 0) {
      count(
        "messageId",
        messageIds.includes(report.original.messageId ?? ""),
        name,
        () => `sisimai ${messageIds[0]}, ours ${report.original.messageId}`,
      );
    }
    const known = records.flatMap((r) => [r.recipient, r.alias]).filter((a) => a !== "");
    for (const ours of report.recipients) {
      if (ours.address === null || records.every((r) => placeholder(r.recipient))) continue;
      count(
        "recipientReal",
        known.some((a) => same(a, ours.address) || same(a, ours.originalRecipient)),
        name,
        () => `ours ${ours.address}, sisimai ${known.join(", ")}`,
      );
    }
    for (const record of records) {
      const ours =
        report.recipients.find((r) => same(r.address, record.recipient)) ??
        report.recipients.find(
          (r) => same(r.originalRecipient, record.recipient) || same(r.address, record.alias),
        ) ??
        (placeholder(record.recipient) ? report.recipients[0] : undefined);
      if (!placeholder(record.recipient)) {
        count(
          "recipientFound",
          ours !== undefined,
          name,
          () =>
            `sisimai ${record.recipient}, ours ${report.recipients.map((r) => r.address).join(", ") || "none"} (${report.kind})`,
        );
      }
      if (record.reason === "feedback" || record.reason === "vacation") continue;
      if (!ours) continue;
      const e = ours.explanation;
      // Sisimai's X.0.9xx codes are its own, made from its reason: no report states them
      if (record.deliverystatus && !/^\d\.0\.9\d\d$/.test(record.deliverystatus)) {
        count(
          "status",
          ours.status === record.deliverystatus,
          name,
          () =>
            `sisimai ${record.deliverystatus}, ours ${ours.status}: ${record.diagnosticcode.slice(0, 160)}`,
        );
      }
      if (record.replycode !== "") {
        count(
          "basicCode",
          e.code === record.replycode,
          name,
          () => `sisimai ${record.replycode}, ours ${e.code}: ${record.diagnosticcode.slice(0, 160)}`,
        );
      }
      if (record.smtpcommand) {
        count(
          "command",
          stagesOf[record.smtpcommand]?.includes(ours.command ?? "") ?? false,
          name,
          () => `sisimai ${record.smtpcommand}, ours ${ours.command}`,
        );
      }
      const mapping = sisimaiReasons[record.reason];
      const delivered = record.reason === "delivered";
      const reasonAgrees = delivered
        ? ours.type === "delivered"
        : mapping?.exact === e.reason ||
          (mapping?.finer?.includes(e.reason) ?? false) ||
          (sisimaiAlternatives[record.reason]?.includes(e.reason) ?? false);
      count(
        "reason",
        reasonAgrees,
        name,
        () =>
          `sisimai ${record.reason}, ours ${e.reason} (${e.rule}): ${(ours.diagnosticCode ?? ours.status ?? "").slice(0, 160)}`,
      );
      if (record.softbounce === 0 || record.softbounce === 1) {
        count(
          "hardSoft",
          (e.bounce === "hard") === (record.softbounce === 0),
          name,
          () => `sisimai ${record.softbounce === 0 ? "hard" : "soft"}, ours ${e.bounce} (${e.reason})`,
        );
        // the pairs Sisimai's own test suite accepts for the same message (eval:corpus does the same)
        const alternative = sisimaiAlternatives[record.reason]?.includes(e.reason) ?? false;
        counts.hardSoftAlternatives.total++;
        if ((e.bounce === "hard") === (record.softbounce === 0) || alternative)
          counts.hardSoftAlternatives.agree++;
      }
    }
  }
  return { ratios: counts, disagreements };
}
