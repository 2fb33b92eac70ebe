import type { Rule } from "./rule.js";

/** Haraka: how its servers word their replies. Source: https://haraka.github.io/core/Plugins/. */
export const harakaRules: readonly Rule[] = [
  {
    id: "haraka.plugin-timeout",
    words: ["plugin"],
    // Before the network family's "timeout": one of the receiver's own steps ran too long.
    pattern: /\bplugin timeout\b/i,
    reason: "systemError",
    source: "Haraka: a plugin hook that runs past its timeout is answered DENYSOFT 'plugin timeout'",
  },
];
