import type { MtaFormat } from "./format.js";
import { returnedMessageMarkers } from "./lines.js";

/**
 * Google Groups' refusal to a poster, mailed by Google's mailer daemon as plain text in the
 * poster's language: a greeting that names the poster, a paragraph saying the group may not
 * exist or may not let the poster post, a list of likely causes, a link to the Groups help
 * centre, the signature ("Google Groups", or "<domain> admins" for a Workspace group), then
 * "----- Original message -----". The group is named only in X-Failed-Recipients.
 *
 * Recognised by what does not depend on the language: the help centre's address, the
 * signature. The refusal's meaning is the format's own (`meaning`), so that a text in any
 * language is explained.
 */
export const googleGroups: MtaFormat = {
  name: "googleGroups",
  source:
    "Google Groups Help (https://groups.google.com/support/, 'Messages sent to a group bounce'); the refusal as posters have published it",
  recognise: {
    // the help centre of Google Groups, or a Workspace domain's own (support.google.com/a/<domain>/bin/topic.py)
    text: /https?:\/\/(?:groups\.google\.com\/support\b|support\.google\.com\/a\/[^\s/]+\/bin\/topic\.py)|^Google Groups\s*$|\bthe group you tried to contact\b/m,
  },
  // the greeting ("Hello a@example.com,", localised): the explanation is the paragraph below it
  // (a short line with one address in it; bounded so that a long line costs little)
  blockStarts: [/^[^\n@]{1,80}@[^\n@]{1,80}$/],
  blockEnds: [/^-{3,} ?Original message ?-{3,}/, ...returnedMessageMarkers],
  recipientLines: [],
  paragraphEnds: "blankLine",
  recipientsHeader: "x-failed-recipients",
  meaning:
    "The group you tried to contact may not exist, or you may not have permission to post messages to the group.",
};
