/**
 * What a nodemailer 6 user with @types/nodemailer writes. `pnpm typecheck` compiles it with
 * skipLibCheck off, so the package's declarations (module augmentation included) must hold
 * against nodemailer 6's types too.
 */
import {
  enrichError,
  retryPlan,
  type SmtpError,
  type SmtpExplanation,
  smtpOf,
  withSmtpCodes,
} from "@smtp-codes/nodemailer";
import nodemailer from "nodemailer";

const transporter = withSmtpCodes(nodemailer.createTransport({ host: "127.0.0.1", port: 2525 }), {
  locale: "de",
});

export async function send(): Promise<string | null> {
  try {
    const info = await transporter.sendMail({ from: "a@example.com", to: "b@example.com", text: "hi" });
    const explained: SmtpExplanation | undefined = smtpOf(info);
    return explained?.queueId ?? null;
  } catch (error) {
    const err = enrichError(error) as SmtpError;
    const reason: string = err.smtp.reason;
    const plan = retryPlan(err, { attempt: 1 });
    return plan.retry ? reason : null;
  }
}
