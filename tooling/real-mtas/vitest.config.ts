import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "real-mtas",
    include: ["src/**/*.spec.ts"],
    // A run waits for the MTA's retry rules (seconds) to expire.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
