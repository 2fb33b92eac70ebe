import type {} from "nodemailer";
import type {} from "nodemailer/lib/smtp-transport";
import type { SmtpExplanation } from "./types.js";

/**
 * Types `smtp` on nodemailer's own error and result types (nodemailer 10 ships its types; the
 * pool's result type is the same as the SMTP transport's). For
 * nodemailer 6 with `@types/nodemailer`, whose errors are plain `Error`s, use `smtpOf(err)` or
 * the `SmtpError` type.
 */
declare module "nodemailer" {
  interface NodemailerError {
    smtp?: SmtpExplanation;
  }
}

declare module "nodemailer/lib/smtp-transport" {
  interface SMTPSentMessageInfo {
    smtp?: SmtpExplanation;
  }
}
