/**
 * The scenario mailboxes of the embedded SMTP server: what it answers for each recipient, at the
 * stage where a real server would. Replies are written after the documented texts of common
 * servers (Postfix, Gmail); the enhanced code is part of the text, as smtp-server needs it.
 */
import type { ScenarioId } from "../texts.js";

export interface Scenario {
  /** Its name in each language is `texts[locale].scenarios[id]`. */
  readonly id: ScenarioId;
  readonly address: string;
  /** The refusal: at RCPT TO or after the data; none for the accepted mailbox. */
  readonly refusal?: { readonly stage: "RCPT" | "DATA"; readonly code: number; readonly text: string };
}

export const scenarios: readonly Scenario[] = [
  {
    id: "unknown",
    address: "unknown@demo.test",
    refusal: {
      stage: "RCPT",
      code: 550,
      text: "5.1.1 <unknown@demo.test>: Recipient address rejected: User unknown in virtual mailbox table",
    },
  },
  {
    id: "full",
    address: "full@demo.test",
    refusal: {
      stage: "RCPT",
      code: 452,
      text: "4.2.2 The email account that you tried to reach is over quota.",
    },
  },
  {
    id: "greylist",
    address: "greylist@demo.test",
    refusal: {
      stage: "RCPT",
      code: 450,
      text: "4.2.0 <greylist@demo.test>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/demo.test.html",
    },
  },
  {
    id: "spam",
    address: "spam@demo.test",
    refusal: { stage: "DATA", code: 554, text: "5.7.1 Message rejected as spam by Content Filtering" },
  },
  {
    id: "toobig",
    address: "toobig@demo.test",
    refusal: { stage: "DATA", code: 552, text: "5.3.4 Message size exceeds fixed maximum message size" },
  },
  {
    id: "ratelimit",
    address: "ratelimit@demo.test",
    refusal: {
      stage: "RCPT",
      code: 451,
      text: "4.7.1 Rate limited: too many messages from your IP, try again in 10 minutes",
    },
  },
  {
    id: "dmarc",
    address: "dmarc@demo.test",
    refusal: {
      stage: "DATA",
      code: 550,
      text: "5.7.26 Unauthenticated email from demo.test is not accepted due to domain's DMARC policy.",
    },
  },
  { id: "accepted", address: "ok@demo.test" },
];
