import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "bounce",
    include: ["src/**/*.spec.ts"],
  },
});
