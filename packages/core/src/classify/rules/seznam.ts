import type { Rule } from "./rule.js";

/** Seznam.cz: how its servers word their replies. Source: https://napoveda.seznam.cz/uzivatel-neexistuje. */
export const seznamRules: readonly Rule[] = [
  {
    id: "seznam.service-not-mapped",
    words: ["mapped"],
    // Seznam's page files this under a recipient that does not exist: no mailbox is set up for
    // the address. Read from the words, so that a report that drops the 5.1.1 still says so.
    pattern: /\bUser has(?:n't| not) got the service mapped\b/i,
    reason: "userUnknown",
    source: "Seznam 5.1.1 szn; User hasn't got the service mapped: no such recipient (napoveda.seznam.cz)",
  },
];
