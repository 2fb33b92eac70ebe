import type { MtaFormat } from "./format.js";
import { addressAloneLine, returnedMessageMarkers } from "./lines.js";

/** Amazon SES's own bounce texts ("The following message to <...> was undeliverable"). */
export const amazonSes: MtaFormat = {
  name: "amazonSes",
  source: "Amazon SES Developer Guide, 'Bounce notifications'",
  recognise: {
    from: /@(?:[a-z0-9-]+\.)*amazonses\.com/i,
    text: /^The following message to <[^>]+> was undeliverable\.|^An error occurred while trying to deliver the mail to the following recipients:/m,
  },
  blockStarts: [/^An error occurred while trying to deliver the mail to the following recipients:\s*$/, /^/],
  blockEnds: returnedMessageMarkers,
  recipientLines: [
    /^The following message to <([^<>\s@]{1,64}@[^<>\s]{1,255})> was undeliverable\.(.*)$/,
    addressAloneLine,
  ],
  paragraphEnds: "nextRecipient",
  replies: [/The reason for the problem:\s*(.+)$/],
};
