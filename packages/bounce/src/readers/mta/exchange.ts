import type { MtaFormat } from "./format.js";
import { addressAloneLine, returnedMessageMarkers } from "./lines.js";

/**
 * Non-delivery reports of Microsoft Exchange (2003 to 2019) and Microsoft 365 / Outlook.com,
 * also in their HTML-only form: "Diagnostic information for administrators" names each
 * recipient and the remote server's reply (Microsoft Learn, "Email non-delivery reports and
 * SMTP errors in Exchange Online").
 */
export const exchange: MtaFormat = {
  name: "exchange",
  source:
    "https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
  recognise: {
    headers: ["x-ms-exchange-message-is-ndr", "x-ms-exchange-crosstenant-id"],
    text: /^Diagnostic information for administrators:|^Delivery has failed to these recipients or groups:|^Your message did not reach some or all of the intended recipients\.|^The following recipient\(s\) (?:could not be reached|cannot be reached):|^Your message to .+ couldn't be delivered\.|^Delivery is delayed to these recipients or groups:|^did not reach the following recipient\(s\):/m,
  },
  blockStarts: [
    /^Diagnostic information for administrators:\s*$/,
    /^(?:Delivery has failed to these recipients or groups|Delivery is delayed to these recipients or groups):\s*$/,
    /^The following recipient\(s\) (?:could not be reached|cannot be reached):\s*$/,
    /^did not reach the following recipient\(s\):\s*$/,
    /^Your message did not reach some or all of the intended recipients\.\s*$/,
  ],
  blockEnds: [/^Original message headers:\s*$/, ...returnedMessageMarkers],
  recipientLines: [
    addressAloneLine,
    // "a@example.com on 3/2/2026 10:20 AM", "a@example.com on Mon, 2 Mar 2026 10:20:09 +0000":
    // Exchange writes the attempt's date in the server's locale
    /^\s*<?([^\s<>()"@]{1,64}@[^\s<>():]{1,255}?)>? on (?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4})/,
    /^\s*Your message to <?([^\s<>()"@]{1,64}@[^\s<>():]{1,255}?)>? couldn't be delivered\./,
  ],
  paragraphEnds: "nextRecipient",
  replies: [
    /Remote Server returned '([^']+)'/,
    /(#[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}.*?)##/,
    /(?:^|\s)(#?[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3} .+?)(?:\s+Original message headers:|$)/,
  ],
  reportingHost: /^Generating server: (\S+)/m,
  remoteHost: /Remote Server at (\S+)|Receiving server: (\S+)/,
  delayed:
    /^Delivery is delayed to these recipients or groups:|^Subject: (?:Delivery delayed|Undeliverable delayed|Delayed):/im,
};
