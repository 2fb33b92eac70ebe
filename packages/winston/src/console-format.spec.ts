import { de, formatDuration, labels, reasons } from "@smtp-codes/core";
import { type SmtpLogField, verdictOf } from "@smtp-codes/core/log";
import { describe, expect, it } from "vitest";
import winston from "winston";
import Transport from "winston-transport";
import { smtpConsole, smtpFormat } from "./index.js";

const MESSAGE = Symbol.for("message");

/** A transport that keeps the printed lines. */
class Capture extends Transport {
  readonly lines: string[] = [];
  override log(info: Record<string | symbol, unknown>, next: () => void): void {
    this.lines.push(String(info[MESSAGE]));
    next();
  }
}

function germanConsole() {
  const capture = new Capture();
  const logger = winston.createLogger({
    level: "debug",
    format: winston.format.combine(
      winston.format.errors({ stack: true }),
      smtpFormat({ locale: "de" }),
      smtpConsole({ locale: "de", colors: false }),
    ),
    transports: [capture],
  });
  return { logger, lines: capture.lines };
}

/** Every string in a nested table of texts. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

const wordsOf = (text: string): string[] =>
  text
    .replace(/\{\w+\}/g, " ")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/**
 * The English words of a verdict, derived from core's English labels and the keys an
 * English-only renderer would print, less every word German texts use too (Bounce, Code ...).
 */
const englishWords: ReadonlySet<string> = (() => {
  const english = [...stringsOf(labels("en")), ...reasons, ...Object.keys(labels("en").severities)];
  const german = new Set(stringsOf(de).flatMap(wordsOf));
  return new Set(english.flatMap(wordsOf).filter((word) => word.length >= 3 && !german.has(word)));
})();

/** The part of a line that smtpConsole writes: the verdict and the summary, not the log message. */
const ours = (line: string) => line.slice(line.indexOf("["));

const englishIn = (text: string) => [...new Set(wordsOf(text).filter((word) => englishWords.has(word)))];

/** Errors as nodemailer rejects with them; the server texts hold no English. */
function smtpError(response: string, responseCode: number, command = "RCPT TO") {
  return Object.assign(new Error(`Fehler: ${response}`), {
    code: "EENVELOPE",
    response,
    responseCode,
    command,
  });
}

describe("smtpConsole in German", () => {
  it("derives a list of English words from core's labels", () => {
    for (const word of ["permanent", "transient", "retry", "unknown", "userunknown"])
      expect(englishWords.has(word), word).toBe(true);
    expect(englishWords.has("bounce")).toBe(false);
  });

  it("writes every verdict in German: severity, bounce, reason and retry with its wait", () => {
    const { logger, lines } = germanConsole();
    logger.error("Versand fehlgeschlagen", smtpError("550 5.1.1 <kunde@beispiel.de>: unbekannt", 550));
    logger.warn("Versand verschoben", smtpError("452 4.2.2 <kunde@beispiel.de>: voll", 452));
    logger.warn("Versand verschoben", smtpError("421 4.7.0 [TSS04] verzoegert", 421, "MAIL FROM"));
    logger.warn("Versand verschoben", smtpError("450 4.2.0 Greylisting, 5 Minuten", 450));
    logger.error("Verbindung", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    logger.info("zugestellt", { response: "250 2.0.0 Ok: queued as 4C33C18207F" });
    expect(lines[0]).toContain(
      "[550 5.1.1 dauerhaft · Hard Bounce · Empfänger unbekannt · Wiederholen? nein]",
    );
    expect(lines[1]).toContain(
      "[452 4.2.2 vorübergehend · Soft Bounce · Postfach voll · Wiederholen? ja, nach 6 Stunden]",
    );
    for (const line of lines.filter((line) => line.includes("[")))
      expect(englishIn(ours(line)), line).toEqual([]);
    expect(lines.filter((line) => line.includes("[")).length).toBeGreaterThanOrEqual(5);
  });

  it("labels every reason in German", () => {
    const format = smtpConsole({ locale: "de", colors: false });
    for (const reason of reasons) {
      const info = format.transform({
        level: "error",
        message: "x",
        smtp: {
          code: 550,
          severity: "permanent",
          reason,
          bounce: "soft",
          retryable: true,
          retryAfter: 90,
          summary: "",
        },
      }) as Record<string | symbol, unknown>;
      const line = String(info[MESSAGE]);
      expect(line).toContain(labels("de").reasons[reason]);
      expect(line).toContain("ja, nach 90 Sekunden");
      expect(englishIn(ours(line)), line).toEqual([]);
    }
  });

  it("prints a value it has no label for as it is, and stays English by default", () => {
    const info = smtpConsole({ colors: false }).transform({
      level: "error",
      message: "x",
      smtp: { severity: "strange", reason: "blocked", retryable: false, summary: "s" },
    }) as Record<string | symbol, unknown>;
    expect(String(info[MESSAGE])).toBe("error: x [strange · Blocked · Retry? no] s");
  });

  it("escapes a value it has no label for, so a forged field stays one uncoloured line", () => {
    const info = smtpConsole({ colors: false }).transform({
      level: "error",
      message: "x",
      smtp: { severity: "\u001b[31mred\nerror: forged", reason: "blocked", retryable: false, summary: "s" },
    }) as Record<string | symbol, unknown>;
    expect(String(info[MESSAGE])).toBe("error: x [\\u001b[31mred\\nerror: forged · Blocked · Retry? no] s");
  });

  it("prints the verdict core/log renders for the field, the one pino and the CLI print too", () => {
    const format = winston.format.combine(
      smtpFormat({ locale: "de" }),
      smtpConsole({ locale: "de", colors: false }),
    );
    const { response, responseCode, command } = smtpError("452 4.2.2 <kunde@beispiel.de>: voll", 452);
    const info = format.transform({
      level: "warn",
      message: "verschoben",
      response,
      responseCode,
      command,
    }) as Record<string | symbol, unknown>;
    const words = { labels: labels("de"), duration: (seconds: number) => formatDuration(seconds, "de") };
    expect(String(info[MESSAGE])).toContain(`[${verdictOf(info.smtp as SmtpLogField, words)}]`);
  });
});
