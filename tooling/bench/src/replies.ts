import { labelledReplies } from "../../scripts/src/replies/labelled-replies.js";

/**
 * The bench's replies: the hand-labelled set of real replies (tooling/scripts/src/replies/),
 * quoted from public issue trackers and providers' documentation, every reason family among
 * them, many multi-line and many inside log lines and DSN fields, as a sending application
 * meets them; plus successes, since most replies a sender sees are. One set for accuracy and
 * speed, so the speed is measured on the replies the accuracy is.
 */
export const realisticReplies: readonly string[] = [
  ...labelledReplies.map((labelled) => labelled.reply),
  "250 2.0.0 Ok: queued as 4C33C18207F",
  "250 2.0.0 OK  1700000000 a1-20020a05600c000000b0040e000000000si123456wmq.45 - gsmtp",
  "250 2.6.0 <a@example.com> [InternalId=123456789, Hostname=DM6PR00MB0000.namprd00.prod.outlook.com] Queued mail for delivery",
];
