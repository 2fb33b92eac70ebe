/**
 * The cost of `smtpPino()` in a pino logger: `pino(smtpPino(), stream)` against plain
 * `pino(stream)` in the same process, both writing to a stream that drops the lines, on records
 * without SMTP data (goal: at most 5 % more; a plain object, and an unrelated Error) and with an
 * SMTP error (reported as a ratio; goal at most 3 times); and with `messagePrefix`, whose
 * logMethod hook costs every record. The SMTP errors rotate through the
 * realistic replies, as a mail log repeats them; a second row gives every error a reply never
 * seen before (each explained from scratch).
 */
import { smtpPino } from "@smtp-codes/pino";
import pino from "pino";
import { timeRatio } from "./harness.js";
import { realisticReplies } from "./replies.js";

const failures = realisticReplies.filter((reply) => !reply.startsWith("2"));
let counter = 0;

/** What nodemailer rejects with when every recipient is refused. */
const smtpError = (unique: boolean) => {
  counter++;
  const reply = failures[counter % failures.length] as string;
  const response = unique ? `${reply} id=${counter}` : reply;
  return Object.assign(new Error(`Can't send mail - all recipients were rejected: ${response}`), {
    code: "EENVELOPE",
    response,
    command: "RCPT TO",
  });
};

export function benchPino(): void {
  const discard = { write: (_line: string) => {} };
  const plain = pino({ level: "info" }, discard);
  // Plain pino against a second plain pino shows how far the machine's noise moves a ratio.
  const control = pino({ level: "info" }, discard);
  const withSmtp = pino(smtpPino({}, { level: "info" }), discard);
  const withPrefix = pino(smtpPino({ messagePrefix: true }, { level: "info" }), discard);
  const inputs = [0, 1, 2, 3, 4, 5, 6, 7];
  const unrelated = new TypeError("x is undefined");
  const rows: [string, (logger: pino.Logger) => void, number | null, pino.Logger?][] = [
    ["control: plain against plain", (logger) => logger.info({ orderId: 42 }, "order placed"), null, control],
    ["without SMTP data", (logger) => logger.info({ orderId: 42, customer: "c-1" }, "order placed"), 1.05],
    ["with an unrelated Error", (logger) => logger.error(unrelated, "request failed"), 1.05],
    ["with an SMTP error", (logger) => logger.error(smtpError(false), "send failed"), 3],
    ["with a new SMTP error", (logger) => logger.error(smtpError(true), "send failed"), 3],
    // The message prefix needs pino's logMethod hook, which every record pays for: reported only.
    ["prefix, without SMTP data", (logger) => logger.info({ orderId: 42 }, "order placed"), null, withPrefix],
    ["prefix, with an SMTP error", (logger) => logger.error(smtpError(false), "send failed"), 3, withPrefix],
  ];
  console.log("\npino: pino(smtpPino()) against plain pino, both writing to a discarding stream");
  for (const [name, log, goal, candidate = withSmtp] of rows) {
    const ratio = timeRatio(
      () => log(plain),
      () => log(candidate),
      inputs,
    );
    const verdict =
      goal === null ? "(no goal)" : `(goal at most ${goal} x): ${ratio <= goal ? "met" : "MISSED"}`;
    console.log(`  ${name.padEnd(28)} time ${ratio.toFixed(3)} x plain pino ${verdict}`);
  }
}
