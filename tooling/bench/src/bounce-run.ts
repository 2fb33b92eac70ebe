/** `pnpm bench:bounce [corpus]`: only the bounce benchmarks (`pnpm bench` runs them with the rest). */
import { benchBounce, corpusPath } from "./bounce.js";

await benchBounce(corpusPath(process.argv[2]));
