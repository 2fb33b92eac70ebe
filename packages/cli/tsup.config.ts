import { defineConfig } from "tsup";
import { library } from "../../tooling/tsup.base.mjs";

export default defineConfig([
  library({ index: "src/index.ts" }),
  // The binary: ESM only, with its shebang; clean is off so that it does not remove the library build.
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
