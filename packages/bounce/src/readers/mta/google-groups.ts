import type { MtaFormat } from "./format.js";

/** Google Groups' refusals to a poster: the group named in X-Failed-Recipients. */
export const googleGroups: MtaFormat = {
  name: "googleGroups",
  source: "Google Groups Help, 'Messages to a group bounce'",
  recognise: { text: /^We're writing to let you know that the group you tried to contact/m },
  blockStarts: [/^We're writing to let you know that the group you tried to contact/],
  blockEnds: [/^-{3,}\s*Original message/],
  recipientLines: [],
  paragraphEnds: "blankLine",
  recipientsHeader: "x-failed-recipients",
};
