/**
 * The cost of `smtpFormat()` in a winston pipeline: `combine(smtpFormat(), json())` against the
 * same pipeline without it, `combine(json())`, on records without SMTP data (goal: at most 5 %
 * more) and with an SMTP error (goal: at most 3 times). Records are made anew for every call.
 * The SMTP records rotate through the realistic replies, as a mail log repeats them; a second
 * row gives every record a reply never seen before (each explained from scratch).
 */
import { smtpFormat } from "@smtp-codes/winston";
import winston from "winston";
import { timeRatio } from "./harness.js";
import { realisticReplies } from "./replies.js";

const LEVEL = Symbol.for("level");

const plainRecord = () => ({
  level: "info",
  message: "order placed",
  orderId: 42,
  customer: "c-1",
  [LEVEL]: "info",
});
let counter = 0;
const failures = realisticReplies.filter((reply) => !reply.startsWith("2"));
const smtpRecord = (unique: boolean) => () => {
  counter++;
  const reply = failures[counter % failures.length] as string;
  const response = unique ? `${reply} id=${counter}` : reply;
  return {
    level: "error",
    message: `Can't send mail - all recipients were rejected: ${response}`,
    code: "EENVELOPE",
    response,
    command: "RCPT TO",
    [LEVEL]: "error",
  };
};

export function benchWinston(): void {
  const json = winston.format.combine(winston.format.json());
  const withSmtp = winston.format.combine(smtpFormat(), winston.format.json());
  const inputs = [0, 1, 2, 3, 4, 5, 6, 7];
  const rows = [
    ["without SMTP data", plainRecord, 1.05],
    ["with an SMTP error", smtpRecord(false), 3],
    ["with a new SMTP error", smtpRecord(true), 3],
  ] as const;
  console.log("\nwinston: combine(smtpFormat(), json()) against combine(json())");
  for (const [name, make, goal] of rows) {
    const ratio = timeRatio(
      () => json.transform(make(), json.options),
      () => withSmtp.transform(make(), withSmtp.options),
      inputs,
    );
    const verdict = ratio <= goal ? "met" : "MISSED";
    console.log(
      `  ${name.padEnd(22)} time ${ratio.toFixed(3)} x without smtpFormat (goal at most ${goal} x): ${verdict}`,
    );
  }
}
