import { defineConfig } from "tsup";
import { library } from "../../tooling/tsup.base.mjs";

export default defineConfig(library({ index: "src/index.ts", en: "src/en.ts", log: "src/log/index.ts" }));
