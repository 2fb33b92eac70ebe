import { headerValue } from "../message/headers.js";
import type { MessageView } from "../message/view.js";
import { firstAddress } from "./address.js";
import { emptyFacts, type ReaderResult } from "./facts.js";
import { generic } from "./mta/generic.js";

/**
 * Subjects of out-of-office and vacation replies in the languages mail clients write them in
 * (Outlook/Exchange "Automatic reply:" and its translations, "Out of Office", vacation(1)'s
 * default). Data: one language per entry.
 */
export const autoReplySubjects: readonly RegExp[] = [
  /^(?:Auto(?:matic)?[ -]?(?:reply|response)|Autoreply|Auto:|Out of (?:the )?office|Away from (?:the|my) office|On vacation|Vacation|I am away|I'm away)\b/i, // English
  /^(?:Automatische Antwort|Abwesenheitsnotiz|Abwesend|Autom\. Antwort|Automatische Abwesenheitsnotiz)\b/i, // German
  /^(?:Réponse automatique|Absence du bureau|Absent)\b/i, // French
  /^(?:Respuesta automática|Fuera de la oficina|Ausente)\b/i, // Spanish
  /^(?:Risposta automatica|Fuori sede|Fuori ufficio)\b/i, // Italian
  /^(?:Automatisch antwoord|Afwezig|Niet aanwezig)\b/i, // Dutch
  /^(?:Resposta automática|Ausência|Fora do escritório)\b/i, // Portuguese
  /^(?:Automatisk svar|Fraværende|Frånvaro|Poissa|Automaattinen vastaus)\b/i, // Scandinavian, Finnish
  /^(?:Automatyczna odpowiedź|Nieobecność|Automatická odpověď|Automatikus válasz)\b/i, // Polish, Czech, Hungarian
  /^(?:Автоответ|Автоматический ответ|Нет на месте)/i, // Russian
  /^(?:自動応答|自動返信|不在通知|自动回复|自動回覆|자동 응답)/, // Japanese, Chinese, Korean
];

/** Headers that mark an automatic reply, with the values that do (RFC 3834; common non-standard ones). */
const autoReplyHeaders: readonly (readonly [string, RegExp])[] = [
  ["auto-submitted", /^auto-replied\b/i], // RFC 3834 section 5
  ["x-autoreply", /./],
  ["x-autorespond", /./],
  ["x-autoresponse", /./],
  ["precedence", /^auto[_-]reply\b/i],
];

/**
 * RFC 3834 automatic responses (vacation, out-of-office, challenge-response): the markers in the
 * headers or an auto-reply subject, on an email that is no delivery report. The recipient is
 * the one who replied.
 */
export function readAutoReply(view: MessageView): ReaderResult | null {
  const subject = (headerValue(view.headers, "subject") ?? "").replace(/^(?:Re|AW|Fwd?|WG):\s*/i, "").trim();
  const from = headerValue(view.headers, "from") ?? "";
  if (generic.recognise.from?.test(from)) return null;
  const marked = autoReplyHeaders.some(([name, value]) => {
    const header = headerValue(view.headers, name);
    return header !== null && value.test(header.trim());
  });
  const bySubject = autoReplySubjects.some((pattern) => pattern.test(subject));
  if (!marked && !bySubject) return null;
  if (marked && !bySubject && generic.recognise.subject?.test(subject)) return null;
  const address = firstAddress(from) ?? firstAddress(headerValue(view.headers, "reply-to"));
  const facts = emptyFacts(address);
  facts.action = "delivered";
  facts.diagnosticCode = view.text.replace(/\s+/g, " ").trim().slice(0, 300) || null;
  return { format: "rfc3834", kind: "autoReply", recipients: address ? [facts] : [] };
}
