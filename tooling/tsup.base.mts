import type { Options } from "tsup";

/**
 * How every published package builds: ESM and CommonJS with types for both, source maps, for
 * Node 20. Each package's tsup.config.ts names only its entry points.
 */
export function library(entry: Record<string, string>): Options {
  return {
    entry,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    treeshake: true,
  };
}
