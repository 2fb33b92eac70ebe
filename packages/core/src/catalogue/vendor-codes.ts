import type { Actor } from "../types.js";

/**
 * Enhanced status codes that providers use outside the IANA registry: facts only, the texts are
 * in `locales/vendor/`. A code is given with its class (`"5.7.708"`) where the provider uses it
 * in one class only, and a range (`to`) where the provider documents a whole block with one
 * meaning (`5.7.606` to `5.7.649`). `lookup` finds them as entries with `registered: false` and
 * `vendor` set. Sorted by subject and detail, then class.
 */
export interface VendorCodeFacts {
  /** The first code of the entry, with its class: `"5.7.708"`. */
  readonly code: `${4 | 5}.${number}.${number}`;
  /** The last detail of a documented block, when the entry covers more than one code. */
  readonly to?: number;
  /** Who uses the code. */
  readonly vendor: string;
  /** Who usually has to act. */
  readonly actor: Actor;
  /** Where the provider documents it. */
  readonly references: readonly string[];
}

const exchangeOnline =
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online";
const rejectDirectSend =
  "https://learn.microsoft.com/en-us/powershell/module/exchangepowershell/set-organizationconfig";
const exchange7xx =
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750";
const exchange5xx =
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-7-5xx";
const outlookAuthenticationLevel =
  "https://support.microsoft.com/en-au/topic/fix-ndr-error-550-5-7-515-in-outlook-com-34cfe8f8-6fbf-457e-9e8b-9e4dbaf4e0ef";
const externalForwarding =
  "https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding";
const outlookCom = "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx";

export const vendorCodes = [
  { code: "5.1.90", vendor: "Microsoft", actor: "senderAdmin", references: [exchangeOnline] },
  { code: "5.1.351", vendor: "Microsoft", actor: "sendingApplication", references: [exchangeOnline] },
  { code: "5.2.121", vendor: "Microsoft", actor: "sendingApplication", references: [exchangeOnline] },
  { code: "5.2.122", vendor: "Microsoft", actor: "sendingApplication", references: [exchangeOnline] },
  { code: "5.3.190", vendor: "Microsoft", actor: "senderAdmin", references: [exchangeOnline] },
  { code: "5.4.14", vendor: "Microsoft", actor: "recipientAdmin", references: [exchangeOnline] },
  { code: "5.4.300", vendor: "Microsoft", actor: "recipientAdmin", references: [exchangeOnline] },
  { code: "5.4.310", vendor: "Microsoft", actor: "sendingApplication", references: [exchangeOnline] },
  { code: "4.4.312", vendor: "Microsoft", actor: "recipientAdmin", references: [exchangeOnline] },
  { code: "5.4.312", vendor: "Microsoft", actor: "recipientAdmin", references: [exchangeOnline] },
  { code: "4.4.316", vendor: "Microsoft", actor: "recipientAdmin", references: [exchangeOnline] },
  { code: "5.4.316", vendor: "Microsoft", actor: "recipientAdmin", references: [exchangeOnline] },
  { code: "5.6.11", vendor: "Microsoft", actor: "senderAdmin", references: [exchangeOnline] },
  { code: "5.7.57", vendor: "Microsoft", actor: "senderAdmin", references: [exchangeOnline] },
  { code: "5.7.60", vendor: "Microsoft", actor: "senderAdmin", references: [exchangeOnline] },
  { code: "5.7.64", vendor: "Microsoft", actor: "senderAdmin", references: [exchangeOnline] },
  { code: "5.7.68", vendor: "Microsoft", actor: "senderAdmin", references: [rejectDirectSend] },
  { code: "5.7.124", vendor: "Microsoft", actor: "recipientAdmin", references: [exchangeOnline] },
  { code: "5.7.133", vendor: "Microsoft", actor: "recipientAdmin", references: [exchangeOnline] },
  { code: "5.7.134", vendor: "Microsoft", actor: "recipientAdmin", references: [exchangeOnline] },
  { code: "5.7.135", vendor: "Microsoft", actor: "recipientAdmin", references: [exchangeOnline] },
  { code: "5.7.136", vendor: "Microsoft", actor: "recipientAdmin", references: [exchangeOnline] },
  { code: "4.7.500", to: 699, vendor: "Microsoft", actor: "senderAdmin", references: [exchangeOnline] },
  { code: "5.7.501", vendor: "Microsoft", actor: "senderAdmin", references: [exchange5xx] },
  { code: "5.7.502", to: 503, vendor: "Microsoft", actor: "senderAdmin", references: [exchange5xx] },
  { code: "5.7.504", vendor: "Microsoft", actor: "sendingApplication", references: [exchange5xx] },
  { code: "5.7.505", vendor: "Microsoft", actor: "sendingApplication", references: [exchange5xx] },
  { code: "5.7.506", vendor: "Microsoft", actor: "senderAdmin", references: [exchange5xx] },
  { code: "5.7.507", vendor: "Microsoft", actor: "senderAdmin", references: [exchange5xx] },
  { code: "5.7.508", vendor: "Microsoft", actor: "senderAdmin", references: [exchange5xx] },
  { code: "5.7.509", vendor: "Microsoft", actor: "senderAdmin", references: [exchange5xx] },
  { code: "5.7.510", vendor: "Microsoft", actor: "senderAdmin", references: [exchange5xx] },
  { code: "5.7.511", vendor: "Microsoft", actor: "senderAdmin", references: [exchange5xx] },
  { code: "5.7.512", vendor: "Microsoft", actor: "sendingApplication", references: [exchange5xx] },
  { code: "5.7.513", vendor: "Microsoft", actor: "recipientAdmin", references: [exchange5xx] },
  { code: "5.7.515", vendor: "Microsoft", actor: "senderAdmin", references: [outlookAuthenticationLevel] },
  { code: "5.7.520", vendor: "Microsoft", actor: "recipientAdmin", references: [externalForwarding] },
  { code: "5.7.606", to: 649, vendor: "Microsoft", actor: "senderAdmin", references: [exchangeOnline] },
  { code: "4.7.650", vendor: "Microsoft", actor: "senderAdmin", references: [outlookCom] },
  { code: "5.7.703", vendor: "Microsoft", actor: "senderAdmin", references: [exchange7xx] },
  { code: "5.7.705", vendor: "Microsoft", actor: "senderAdmin", references: [exchange7xx] },
  { code: "5.7.708", vendor: "Microsoft", actor: "senderAdmin", references: [exchange7xx] },
  { code: "5.7.750", vendor: "Microsoft", actor: "senderAdmin", references: [exchange7xx] },
] as const satisfies readonly VendorCodeFacts[];

/** The key of a vendor code's texts: its first code. */
export type VendorCodeKey = (typeof vendorCodes)[number]["code"];

const parsedCodes = (vendorCodes as readonly VendorCodeFacts[]).map((facts) => {
  const [cls, subject, detail] = facts.code.split(".").map(Number) as [number, number, number];
  return { facts, cls, subject, detail, to: facts.to ?? detail };
});

/**
 * The vendor entry for a code (class, subject, detail), or `undefined`; `X` matches any class.
 * A single code inside a documented block (4.7.650 in 4.7.500 to 4.7.699) wins over the block.
 */
export function vendorCodeOf(cls: string, subject: number, detail: number): VendorCodeFacts | undefined {
  let block: VendorCodeFacts | undefined;
  for (const code of parsedCodes) {
    if (code.subject !== subject || detail < code.detail || detail > code.to) continue;
    if (cls !== "X" && Number(cls) !== code.cls) continue;
    if (code.to === code.detail) return code.facts;
    block ??= code.facts;
  }
  return block;
}
