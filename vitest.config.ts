// The unit, property, golden and hostile-file suite (tests/**), run in Node.
// The browser tests in tests/e2e have their own config (vitest.e2e.config.ts).

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**", "dist/**"],
    environment: "node",
    // Property tests replay whole games; give them room on a slow shared machine.
    testTimeout: 60_000,
    maxWorkers: 2,
  },
});
