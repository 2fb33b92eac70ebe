import { explainError, formatDuration, type Locale, labels } from "@smtp-codes/core";
import {
  createSmtpLog,
  type FoundSmtp,
  type SmtpLogField,
  type VerdictWords,
  writeField,
} from "@smtp-codes/core/log";
import type { LoggerOptions } from "pino";
import { type Serializer, smtpErrSerializer } from "./err-serializer.js";
import { withPrefix } from "./message-prefix.js";

/** Options of `smtpPino`. */
export interface SmtpPinoOptions {
  /** Name of the added field. Default `"smtp"`. */
  readonly field?: string;
  /** `"nested"` (default): one object under `field`; `"flat"`: ECS/OpenTelemetry-style dotted keys only. */
  readonly fields?: "nested" | "flat";
  /**
   * Language of `summary` and of the message prefix's labels: one of core's locales (`"en"`,
   * `"de"`). When set, it wins over the
   * language an explanation was attached in by `@smtp-codes/nodemailer`; unset, English, and
   * attached explanations are reused as they are.
   */
  readonly locale?: Locale;
  /** Longest server reply copied into a record, after escaping. Default 1000. */
  readonly maxReplyLength?: number;
  /**
   * Put the verdict before the message (`[550 5.1.1 permanent · hard bounce · User unknown ·
   * Retry? no] send failed`), in `locale`'s labels, for pino-pretty and every tool that shows `msg`. Default `false`: it needs pino's
   * `logMethod` hook, which costs every record (about 15 % on records without SMTP data).
   */
  readonly messagePrefix?: boolean;
}

/** The pino options `smtpPino` sets: merged with the same options of the user's, when given. */
export type SmtpPinoLoggerOptions<Base> = Omit<Base, "serializers" | "formatters" | "hooks"> &
  Required<Pick<LoggerOptions, "serializers" | "formatters" | "hooks">>;

type LogFormatter = (object: Record<string, unknown>) => Record<string, unknown>;
type LogMethodHook = NonNullable<NonNullable<LoggerOptions["hooks"]>["logMethod"]>;

/**
 * pino options that add one structured, safe `smtp` field to every record that carries SMTP
 * information (a nodemailer error as `err`, a send result with refused recipients, a Node socket
 * error at an SMTP stage, an error's `cause`, a recipient outcome or bounce report), built by
 * `@smtp-codes/core/log` the same way as `@smtp-codes/winston`'s: an `err` serializer, a
 * `formatters.log`, and with `messagePrefix` a `logMethod` hook. Records without SMTP
 * information are written as pino writes them. Pass your own pino options as `base` to have
 * their `serializers`, `formatters` and `hooks` merged (yours run after these); spreading the
 * result and then setting one of those three replaces it. Works with pino 9 and 10 and with
 * Fastify (`Fastify({ logger: smtpPino() })`).
 *
 * @example
 * const logger = pino(smtpPino({ messagePrefix: true }, { level: "info" }));
 * logger.error(err, "send failed");
 * // {"level":50,...,"err":{...},"smtp":{"code":550,"reason":"userUnknown",...},"msg":"[550 5.1.1 permanent · hard bounce · User unknown · Retry? no] send failed"}
 */
export function smtpPino<Base extends LoggerOptions = LoggerOptions>(
  options: SmtpPinoOptions = {},
  base?: Base,
): SmtpPinoLoggerOptions<Base> {
  const maxReplyLength = options.maxReplyLength ?? 1000;
  const smtpLog = createSmtpLog({ explainError, locale: options.locale, maxReplyLength });
  const write = { field: options.field, fields: options.fields };
  const locale = options.locale ?? "en";
  const words: VerdictWords = {
    labels: labels(locale),
    duration: (seconds) => formatDuration(seconds, locale),
  };
  const keys = {
    messageKey: (base as { messageKey?: string } | undefined)?.messageKey ?? "msg",
    errorKey: (base as { errorKey?: string } | undefined)?.errorKey ?? "err",
  };
  const { serializers, formatters, hooks, ...rest } = (base ?? {}) as LoggerOptions;
  // The field the logMethod hook made for a record, handed to formatters.log for the same one.
  let pending: { readonly source: object; readonly field: SmtpLogField } | undefined;
  const fieldOf = (found: FoundSmtp): SmtpLogField => {
    const handed = pending;
    pending = undefined;
    return handed?.source === found.source ? handed.field : smtpLog.field(found);
  };

  const addField: LogFormatter = (object) => {
    let found: FoundSmtp | undefined;
    try {
      found = smtpLog.find(object);
      if (!found) return object;
      const record = { ...object };
      writeField(record, fieldOf(found), write);
      return record;
    } catch {
      // A record a getter throws on is written as it is rather than lost.
      return object;
    }
  };
  const userLog = formatters?.log as LogFormatter | undefined;
  const log: LogFormatter = userLog ? (object) => userLog(addField(object)) : addField;

  const userHook = hooks?.logMethod;
  const logMethod: LogMethodHook = function (this, args, method, level) {
    const first = args[0];
    let callArgs: unknown[] = args;
    if (typeof first === "object" && first !== null) {
      try {
        const found = smtpLog.find(first);
        if (found) {
          const field = smtpLog.field(found);
          pending = { source: found.source, field };
          callArgs = withPrefix(args, field, keys, words);
        }
      } catch {
        callArgs = args;
      }
    }
    const next = callArgs as Parameters<LogMethodHook>[0];
    if (userHook) userHook.call(this, next, method, level);
    else method.apply(this, next);
  };

  return {
    ...(rest as Omit<Base, "serializers" | "formatters" | "hooks">),
    serializers: {
      ...serializers,
      err: smtpErrSerializer(serializers?.err as Serializer | undefined, maxReplyLength),
    },
    formatters: { ...formatters, log },
    hooks: options.messagePrefix === true ? { ...hooks, logMethod } : { ...hooks },
  };
}
