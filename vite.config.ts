// Vite build of the browser game: dist/ output, Phaser in a chunk of its own, preview on 4173.

import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // Phaser alone is ~1.2 MB minified; the budget that matters is the app without it.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Vite 8 bundles with Rolldown, whose manualChunks is deprecated: codeSplitting groups replace it.
        codeSplitting: {
          groups: [{ name: "phaser", test: /node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 4173 },
});
