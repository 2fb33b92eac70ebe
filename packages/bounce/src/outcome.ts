import type { Locale } from "@smtp-codes/core";
import {
  type DsnAction,
  explain,
  outcomeTypeOfAction,
  parseReply,
  type RecipientOutcome,
} from "@smtp-codes/core";
import type { RecipientFacts } from "./readers/facts.js";

/** The action a status implies when the report states none. */
function actionOfStatus(status: string | null, fallback: DsnAction): DsnAction {
  switch (status?.charAt(0)) {
    case "2":
      return "delivered";
    case "4":
      return "delayed";
    case "5":
      return "failed";
    default:
      return fallback;
  }
}

/**
 * What core's `explain` reads for a recipient: the remote reply, with the DSN status put in when
 * the reply carries no enhanced code of its own; the status (and the words of its comment) when
 * there is no reply.
 */
function explainInput(facts: RecipientFacts): string {
  const diagnostic = facts.diagnosticCode;
  if (!diagnostic) {
    if (facts.status && facts.statusComment) return `${facts.status} ${facts.statusComment}`;
    return facts.status ?? "";
  }
  if (!facts.status || hasEnhancedCode.test(diagnostic)) return diagnostic;
  const leading = leadingCode.exec(diagnostic);
  if (leading) {
    const code = leading[1] as string;
    return code.charAt(0) === facts.status.charAt(0)
      ? `${code} ${facts.status} ${diagnostic.slice(leading[0].length)}`
      : diagnostic;
  }
  const parsed = parseReply(diagnostic);
  if (parsed.code !== null && String(parsed.code).charAt(0) === facts.status.charAt(0)) {
    return `${parsed.code} ${facts.status} ${parsed.text}`;
  }
  if (parsed.code !== null) return diagnostic;
  return `${facts.status} ${diagnostic}`;
}

/** An enhanced code standing as a token (`5.1.1`, `#5.1.1`, `(5.1.1`). */
const hasEnhancedCode = /(?:^|[\s(#'"[<-])[245]\.\d{1,3}\.\d{1,3}(?![\d.])/;
/** A reply code that starts the text (`550 `, `550-`). */
const leadingCode = /^\s*([245]\d\d)(?:[ \t-]+|$)/;

/** A recipient's facts as core's shared outcome, explained. */
export function outcomeOf(
  facts: RecipientFacts,
  context: {
    messageId: string | null;
    timestamp: string | null;
    locale: Locale | undefined;
    fallback: DsnAction;
  },
): RecipientOutcome {
  const input = explainInput(facts);
  const options: { locale?: Locale; command?: string; gaveUp?: boolean } = {};
  if (context.locale !== undefined) options.locale = context.locale;
  if (facts.command) options.command = facts.command;
  // A failed recipient is one the reporting MTA stopped retrying: a transient reply, the last of
  // many, then tells why the delivery ran out of time. The action is guessed from the status or
  // the reply's leading code, and the reply explained again in the rare case the guess was wrong.
  const guessed = facts.status ?? leadingCode.exec(facts.diagnosticCode ?? "")?.[1] ?? null;
  options.gaveUp = (facts.action ?? actionOfStatus(guessed, context.fallback)) === "failed";
  let explanation = explain(input, options);
  const action =
    facts.action ?? actionOfStatus(facts.status ?? enhancedOrCode(explanation), context.fallback);
  if ((action === "failed") !== options.gaveUp) {
    options.gaveUp = action === "failed";
    explanation = explain(input, options);
  }
  // a text core has no rules for (a provider writing in its reader's own language, a reason left
  // out): the format's own meaning explains it
  if (explanation.reason === "undefined" && facts.formatMeaning)
    explanation = explain(facts.formatMeaning, options);
  return {
    source: "bounce",
    type: outcomeTypeOfAction(action),
    address: facts.address,
    originalRecipient: facts.originalRecipient,
    action,
    status: statusOf(facts.status, explanation.enhanced),
    diagnosticCode: facts.diagnosticCode,
    remoteMta: facts.remoteMta,
    command: facts.command ?? explanation.command,
    timestamp: facts.lastAttempt ?? context.timestamp,
    lastAttempt: facts.lastAttempt,
    willRetryUntil: facts.willRetryUntil,
    messageId: context.messageId,
    provider: null,
    providerMessageId: null,
    providerCategory: null,
    explanation,
  };
}

function enhancedOrCode(explanation: { enhanced: string | null; code: number | null }): string | null {
  if (explanation.enhanced) return explanation.enhanced;
  return explanation.code === null ? null : String(explanation.code);
}

/**
 * The remote server's own enhanced code when it gives one of the DSN status's class: the
 * reporting MTA's `Status:` is often its mapping (`5.0.0` for any refusal) of that reply. Where
 * the reply's code only names the subject (`5.1.0`, "other address status") and the status
 * names a detail of the same subject (`5.1.1`), the status says more.
 */
function statusOf(dsnStatus: string | null, replied: string | null): string | null {
  if (!dsnStatus) return replied;
  if (!replied || replied.charAt(0) !== dsnStatus.charAt(0)) return dsnStatus;
  const subject = replied.slice(0, replied.lastIndexOf(".") + 1);
  const vaguer = replied.endsWith(".0") && dsnStatus.startsWith(subject) && !dsnStatus.endsWith(".0");
  return vaguer ? dsnStatus : replied;
}
