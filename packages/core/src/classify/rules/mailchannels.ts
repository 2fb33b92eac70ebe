import type { Rule } from "./rule.js";

/** MailChannels (outbound relay for web hosts): how its servers word their replies. Source: MailChannels support's explanation of its [CS] blocks. */
export const mailchannelsRules: readonly Rule[] = [
  {
    id: "mailchannels.content-scan",
    words: ["cs"],
    // MailChannels tags the refusals of its content filter "[CS]" (content scan): the message
    // showed spam patterns (a missing Message-ID or MIME-Version counts against it).
    pattern: /\[CS\] Message blocked\b/i,
    reason: "spamDetected",
    source: "MailChannels 550 5.7.1 [CS] Message blocked: refused by its content filter",
  },
];
