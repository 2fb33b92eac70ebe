import { defineConfig } from "tsup";
import { library } from "../../tooling/tsup.base.mjs";

export default defineConfig(library({ index: "src/index.ts", imap: "src/imap/index.ts" }));
