import type { Rule } from "./rule.js";

/** Generic phrasings of one reason family, generic system failures, shared by many servers (RFC 5321 421, 451). */
export const systemErrorsRules: readonly Rule[] = [
  {
    id: "system.error",
    words: [
      "service",
      "temporary",
      "internal",
      "local",
      "system",
      "server",
      "error",
      "unavailable",
      "problem",
      "mailer",
      "unable",
      "engine",
      "saved",
      "stored",
      "failed",
      "accepting",
    ],
    pattern:
      /\bservice (?:is )?(?:currently |temporarily )?(?:unavailable|not available)\b|\btemporary (?:local |service |server |system )?(?:problem|failure|error)\b|\binternal (?:server )?error\b|\blocal error in processing\b|\b(?:system|server|mailer) (?:error|failure|problem)\b|\bunable to process\b|\bnot accepting connections\b|\bcould not be (?:saved|stored)\b|\b(?:unable|failed) to (?:save|store) (?:the )?message\b|\b(?:policy|filter(?:ing)?|scan(?:ning)?|rules?) engine (?:error|failure|failed|unavailable)\b/i,
    weak: true,
    reason: "systemError",
    source:
      "RFC 5321 421 and 451, Postfix, Exim, Mimecast, Amazon SES (454 Temporary service failure): the receiving system failed; RFC 5321 3.1 554 (a server that is not accepting connections)",
  },
];
