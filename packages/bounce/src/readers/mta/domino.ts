import type { MtaFormat } from "./format.js";
import { addressAloneLine } from "./lines.js";

/** HCL (Lotus) Domino's non-delivery reports: "was not delivered to: ... because: ...". */
export const domino: MtaFormat = {
  name: "domino",
  source: "HCL Domino Administrator documentation, Delivery Failure Reports",
  recognise: { text: /^\s*was not delivered to:\s*$/m },
  blockStarts: [/^\s*was not delivered to:\s*$/],
  blockEnds: [/^\s*-{3,}|^Reporting-MTA:/],
  recipientLines: [addressAloneLine],
  paragraphEnds: "nextRecipient",
  replies: [/because:\s*(.+)$/],
};
