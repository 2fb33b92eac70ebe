import type { MtaFormat } from "./format.js";
import { indentedAddressLine, returnedMessageMarkers } from "./lines.js";

/**
 * Gmail's and Google Workspace's own bounce texts: the older "Delivery to the following
 * recipient failed permanently" with "Technical details", and the current "Address not found"
 * / "Message not delivered" notices with "The response from the remote server was".
 */
export const gmail: MtaFormat = {
  name: "gmail",
  source:
    "Google Workspace Admin Help, 'Understand bounce messages' and Gmail's delivery status notifications",
  recognise: {
    from: /mailer-daemon@(?:googlemail\.com|google\.com|gmail\.com)/i,
    text: /^Delivery to the following recipients? (?:failed permanently|has been delayed|failed)|^\*\* (?:Address not found|Message not delivered|Message blocked|Delivery incomplete) \*\*/m,
  },
  blockStarts: [
    /^Delivery to the following recipients? (?:failed permanently|has been delayed|failed):?\s*$/,
    /^\*\* (?:Address not found|Message not delivered|Message blocked|Delivery incomplete) \*\*\s*$/,
  ],
  blockEnds: [/^-{3,} ?Original message ?-{3,}/, ...returnedMessageMarkers],
  recipientLines: [
    indentedAddressLine,
    /(?:wasn't delivered to|couldn't be delivered to|hasn't been delivered to|There was a temporary problem delivering your message to) <?([^\s<>()"@]{1,64}@[^\s<>():]{1,255})>?(?:\s|$)(.*)$/,
  ],
  paragraphEnds: "nextRecipient",
  replies: [
    /(?:The error that the other server returned was|The response from the remote server was|The response was):\s*(.+?)(?:\s+-{3,}.*)?$/,
  ],
  remoteHost: /\bby (\S+?)\.? \[[0-9a-f.:]+\]/,
  delayed:
    /Delivery to the following recipients? has been delayed|Technical details of temporary failure|^\*\* Delivery incomplete \*\*|will retry for/m,
};
