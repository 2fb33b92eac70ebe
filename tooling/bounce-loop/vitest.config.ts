import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "bounce-loop",
    include: ["src/**/*.spec.ts"],
    // The specs share one Dovecot and one Postfix (and the fake MX's fixed port): one file at
    // a time keeps a server restart in one test from failing another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
