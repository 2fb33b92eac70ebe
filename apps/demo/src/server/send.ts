import { type ErrorExplanation, explainError, type Locale, safeText } from "@smtp-codes/core";
import { smtpOf, withSmtpCodes } from "@smtp-codes/nodemailer";
import { smtpFormat } from "@smtp-codes/winston";
import nodemailer from "nodemailer";
import winston from "winston";
import Transport from "winston-transport";
import { texts } from "../texts.js";
import type { Scenario } from "./scenarios.js";
import { type CardView, viewOf } from "./view.js";

const MESSAGE = Symbol.for("message");

/** What a test mail ended with. */
export interface SendOutcome {
  readonly ok: boolean;
  readonly smtp: ErrorExplanation | null;
  readonly error: { readonly message: string; readonly code: string | null } | null;
  /** The JSON line @smtp-codes/winston writes for the outcome. */
  readonly logLine: string;
  /**
   * The card in each language the page offers, so that switching the language re-renders it
   * without sending again: core's explanation of the same error or result, and its words.
   */
  readonly cards: Readonly<Record<Locale, (ErrorExplanation & { readonly view: CardView }) | null>>;
}

function cardsOf(value: unknown, explained: boolean): SendOutcome["cards"] {
  const card = (locale: Locale) => {
    if (!explained) return null;
    const result = explainError(value, { locale });
    return { ...result, view: viewOf(result, locale) };
  };
  return { en: card("en"), de: card("de") };
}

/** A transport that keeps the last line, for showing it on the page. */
class LastLine extends Transport {
  line = "";
  override log(info: Record<string | symbol, unknown>, next: () => void): void {
    this.line = String(info[MESSAGE] ?? "");
    next();
  }
}

/** Sends one test mail through nodemailer with @smtp-codes/nodemailer, and logs it with @smtp-codes/winston. */
export async function sendTestMail(
  smtpPort: number,
  scenario: Scenario,
  locale: Locale,
): Promise<SendOutcome> {
  const lastLine = new LastLine();
  const logger = winston.createLogger({
    format: winston.format.combine(
      winston.format.errors({ stack: false }),
      smtpFormat({ locale }),
      winston.format.json(),
    ),
    transports: [lastLine],
  });
  const transporter = withSmtpCodes(
    nodemailer.createTransport({ host: "127.0.0.1", port: smtpPort, secure: false, ignoreTLS: true }),
    { locale },
  );
  const message = {
    from: "demo@smtp-codes.test",
    to: scenario.address,
    subject: "smtp-codes demo",
    text: scenario.id === "toobig" ? "x".repeat(2_000) : "Hello from the smtp-codes demo.",
  };
  try {
    const info = await transporter.sendMail(message);
    logger.info(texts[locale].log.sent, info);
    const smtp = smtpOf(info) ?? null;
    return { ok: true, smtp, error: null, logLine: lastLine.line, cards: cardsOf(info, smtp !== null) };
  } catch (error) {
    logger.error(texts[locale].log.failed, error);
    const err = error as Error & { code?: unknown };
    return {
      ok: false,
      smtp: smtpOf(error) ?? null,
      error: {
        message: safeText(err.message ?? String(error), 500),
        code: typeof err.code === "string" ? err.code : null,
      },
      logLine: lastLine.line,
      cards: cardsOf(error, smtpOf(error) !== undefined),
    };
  } finally {
    transporter.close();
  }
}
