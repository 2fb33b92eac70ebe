import type { Rule } from "./rule.js";

/** Symantec Email Security.cloud (formerly MessageLabs, now Broadcom): how its servers word their replies. */
export const symantecRules: readonly Rule[] = [
  {
    id: "symantec.connection-policy",
    words: ["connection"],
    // Before the policy family, which would read "by policy" as a local rule: refused at connect
    // time, before any sender or recipient is known, it is the connecting IP that is refused.
    pattern: /\bconnection rejected by policy\b/i,
    reason: "blocked",
    source:
      "Broadcom knowledge base 164955 (501 Connection rejected by policy [7.7]: the sending IP has a negative reputation with Symantec, checked at ipremoval.sms.symantec.com) and 177234 (such IPs are on Symantec's IP-based block lists, the Global Bad Senders list)",
  },
];
