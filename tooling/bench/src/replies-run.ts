/**
 * `pnpm --filter @smtp-codes-tooling/bench bench:replies`: only the reply figures of `pnpm bench`
 * (parseReply, explain, email-bounce-parser on the same set), for measuring a change to the
 * parser or the classifier without the adapters' and the bounce reader's benches.
 */
import { benchReplies } from "./replies-bench.js";

benchReplies();
