import type { MtaFormat } from "./format.js";
import { addressAloneLine } from "./lines.js";

/** HCL (Lotus) Domino's non-delivery reports: "was not delivered to: ... because: ...". */
export const domino: MtaFormat = {
  name: "domino",
  source: "HCL Domino Administrator documentation, Delivery Failure Reports",
  recognise: { text: /^[ \t]*was not delivered to:\s*$/m },
  blockStarts: [/^[ \t]*was not delivered to:\s*$/],
  blockEnds: [/^[ \t]*-{3,}|^Reporting-MTA:/],
  recipientLines: [addressAloneLine],
  paragraphEnds: "nextRecipient",
  replies: [/because:\s*(.+)$/],
};
