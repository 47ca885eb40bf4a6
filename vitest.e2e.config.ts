// End-to-end suite: real Chromium (playwright-core) against `vite preview` of the built dist/.
// Files run one at a time: each drives a software-rendered browser, and the machine has 2 cores.

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
